// What the CRI tests share: a private containerd with the CRI plugin on (test/demo/containerd.ts,
// in a network namespace of its own), kata-crictl run as a user runs it against that socket, pod
// and container configs in crictl's JSON format written to the test's directory, and checks for
// what one pod could leave behind on the host.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Test } from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';
import { CriClient } from '../../lib/cri/client.js';
import type { Containerd } from '../demo/containerd.js';
import { type CommandResult, runCommand } from '../demo/run-command.js';
import { cgroupDirsOf } from '../helpers/cgroup-dirs.js';
import { IMAGE, e2eContainerd, qemuOf, shimsOf } from './helpers.js';

export const CRICTL = join(packageRoot(), 'bin', 'kata-crictl.js');

export interface Cri {
  c: Containerd;
  dir: string;
  client: CriClient;
  /** The cgroup parent this test's pods get (cgroupfs form). */
  cgroupParent: string;
  crictl(args: string[], timeoutMs?: number): Promise<{ stdout: string; stderr: string; code: number }>;
  /** Writes a pod config (crictl's JSON) and returns its path. */
  podConfig(name: string, extra?: Record<string, unknown>): string;
  /** Writes a container config running cmd in the busybox image; returns its path. */
  ctrConfig(name: string, cmd: string[], extra?: Record<string, unknown>): string;
}

/** qemuExtra: more [hypervisor.qemu] lines for the kata handler's configuration. */
export async function criContainerd(t: Test, subnet: number, qemuExtra = ''): Promise<Cri> {
  const { c, dir } = await e2eContainerd(t, {}, qemuExtra, subnet);
  const client = new CriClient(`unix://${c.socket}`);
  t.teardown(() => client.close());
  const cgroupParent = `/kata-ts-cri-${process.pid}`;
  const crictl = (args: string[], timeoutMs = 300000): Promise<CommandResult> => runCommand(CRICTL, ['-r', `unix://${c.socket}`, ...args], timeoutMs);
  const podConfig = (name: string, extra: Record<string, unknown> = {}): string => {
    const logs = join(dir, 'logs', name);
    mkdirSync(logs, { recursive: true });
    const path = join(dir, `pod-${name}.json`);
    writeFileSync(path, JSON.stringify({
      metadata: { name, namespace: 'default', uid: `uid-${name}-${process.pid}`, attempt: 0 },
      hostname: name,
      log_directory: logs,
      linux: { cgroup_parent: `${cgroupParent}/${name}` },
      ...extra,
    }));
    return path;
  };
  const ctrConfig = (name: string, cmd: string[], extra: Record<string, unknown> = {}): string => {
    const path = join(dir, `ctr-${name}.json`);
    writeFileSync(path, JSON.stringify({ metadata: { name }, image: { image: IMAGE }, command: cmd, log_path: `${name}.log`, linux: {}, ...extra }));
    return path;
  };
  return { c, dir, client, cgroupParent, crictl, podConfig, ctrConfig };
}

/** The network namespaces containerd's CRI made for pods (/run/netns/cni-*). */
export const cniNetns = (): string[] => (existsSync('/run/netns') ? readdirSync('/run/netns').filter((n) => n.startsWith('cni-')) : []);

/** What of pod id (and its cgroup) is still on the host. */
export function podLeftovers(c: Containerd, id: string, cgroup: string): { qemu: number[]; shims: number[]; mounts: string[]; state: boolean; cgroups: string[] } {
  return {
    qemu: qemuOf(id),
    shims: shimsOf(c),
    mounts: readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4] ?? '').filter((m) => m.includes(id)),
    state: existsSync(`/run/kata-ts/sandboxes/${id}`),
    cgroups: cgroupDirsOf(cgroup.replace(/^\//, '')),
  };
}
