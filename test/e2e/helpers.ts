// What the end-to-end tests share: a private containerd configured for TCG VMs with the busybox
// image imported (torn down with everything it left), and finders for the VMs, shims, mounts and
// state a test's containers could leave behind — every id a test uses ends in `-<test pid>`.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { CRI_NAMESPACE, type Containerd, isShimCommand, pidsMatching, startContainerd } from '../demo/containerd.js';
import { busyboxImageTar, pauseImageTar } from '../demo/oci-image.js';
import { MNT_DETACH } from '../../lib/common/mount/options.js';
import { loadAddon } from '../../lib/common/native/addon.js';

export const IMAGE = 'docker.io/library/kata-ts-busybox:latest';
/** The CRI sandbox image the tests build (test/demo/oci-image.ts). */
export const PAUSE_IMAGE = 'docker.io/library/kata-ts-pause:latest';
export const TAG = `-${process.pid}`;
const tagged = new RegExp(`-${process.pid}\\b`);

const cmdline = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

/** QEMU processes of sandbox id (their command line names its state directory). */
export function qemuOf(id: string): number[] {
  return pidsMatching(`/run/kata-ts/sandboxes/${id}/`).filter((p) => cmdline(p).includes('qemu-system'));
}

/** The virtio-fs daemons of sandbox id (their socket is in its state directory). */
export function virtiofsdOf(id: string): number[] {
  return pidsMatching(`/run/kata-ts/sandboxes/${id}/`).filter((p) => cmdline(p).includes('virtiofsd'));
}

/** Shim server processes started by the containerd in dir. */
export function shimsOf(c: Containerd): number[] {
  return pidsMatching(c.dir).filter((p) => isShimCommand(cmdline(p)));
}

/** Everything of this test process's containers still on the host. */
/** What leftovers() finds when a test left nothing behind. */
export const NOTHING_LEFT = { qemu: [], shims: [], virtiofsd: [], virtiofsdLocks: [], mounts: [], state: [] };

export function leftovers(): { qemu: number[]; shims: number[]; virtiofsd: number[]; virtiofsdLocks: string[]; mounts: string[]; state: string[] } {
  const all = pidsMatching('');
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((l) => l.split(' ')[4] ?? '').filter((m) => tagged.test(m));
  let state: string[] = [];
  let virtiofsdLocks: string[] = [];
  try {
    // virtiofsd's lock files are named after their socket path, which names the sandbox.
    virtiofsdLocks = readdirSync('/run/virtiofsd').filter((f) => f.startsWith('.run.kata-ts.') && tagged.test(f));
  } catch {
    /* no daemon ever ran */
  }
  try {
    state = readdirSync('/run/kata-ts/sandboxes').filter((d) => tagged.test(d));
  } catch {
    /* no state root: nothing left */
  }
  return {
    qemu: all.filter((p) => cmdline(p).includes('qemu-system') && tagged.test(cmdline(p))),
    shims: all.filter((p) => isShimCommand(cmdline(p)) && tagged.test(cmdline(p))),
    virtiofsd: all.filter((p) => cmdline(p).includes('virtiofsd') && tagged.test(cmdline(p))),
    virtiofsdLocks,
    mounts,
    state,
  };
}

/**
 * A private containerd with the image imported (qemuExtra, agentExtra: more [hypervisor.qemu],
 * [agent.kata] lines; image: boot this rootfs image instead of the initrd); the test's teardown
 * stops it and what it left. With criSubnet, the CRI
 * plugin is on (test/demo/containerd.ts) and the busybox and pause images are imported into the
 * CRI's namespace.
 */
export async function e2eContainerd(t: Test, env: Record<string, string> = {}, qemuExtra = '', criSubnet?: number, agentExtra = '', image?: string): Promise<{ c: Containerd; dir: string }> {
  const kernel = cachedKernel();
  // KATA_TS_E2E_INITRD: an initrd built elsewhere — the nested test host uses the one its host
  // built, whose cache key (the accelerator its snapshot was proven on) differs from its own.
  const initrd = image ? undefined : process.env.KATA_TS_E2E_INITRD ? { path: process.env.KATA_TS_E2E_INITRD } : cachedInitrd();
  if (!kernel || (!image && !initrd)) throw new Error('guest assets missing: run `npm run guest` (npm test does)');
  const dir = mkdtempSync(join(tmpdir(), 'kata-e2e-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const conf = join(dir, 'configuration.toml');
  // The initrd, or (image) a rootfs image as a DAX nvdimm; naming one turns the other's default off.
  const guest = image ? `image = "${image}"` : `initrd = "${initrd!.path}"`;
  // KATA_TS_E2E_ACCEL=kvm: the nested test host runs these suites on its real KVM (test/nested/).
  const accel = process.env.KATA_TS_E2E_ACCEL ?? 'tcg';
  writeFileSync(conf, `[hypervisor.qemu]\nkernel = "${kernel.vmlinux}"\n${guest}\naccel = "${accel}"\n${qemuExtra}\n\n[agent.kata]\ndial_timeout = 120\n${agentExtra}\n`);
  const c = await startContainerd({ KATA_CONF_FILE: conf, ...env }, criSubnet === undefined ? {} : { cri: { subnet: criSubnet, sandboxImage: PAUSE_IMAGE, systemdCgroup: process.env.KATA_TS_E2E_SYSTEMD_CGROUP === '1' } });
  t.teardown(async () => {
    for (const p of [...leftovers().qemu, ...leftovers().virtiofsd]) process.kill(p, 'SIGKILL');
    await c.stop();
    // Shares a failed test left mounted: a recursive removal must not go through them.
    for (const m of leftovers().mounts.reverse()) {
      try {
        loadAddon().unmount(m, MNT_DETACH);
      } catch {
        /* gone already */
      }
    }
    for (const f of leftovers().virtiofsdLocks) rmSync(join('/run/virtiofsd', f), { force: true });
    for (const d of leftovers().state) rmSync(join('/run/kata-ts/sandboxes', d), { recursive: true, force: true });
  });
  const ns = criSubnet === undefined ? [] : ['-n', CRI_NAMESPACE];
  const imp = await c.ctr([...ns, 'images', 'import', busyboxImageTar(dir, IMAGE)]);
  if (imp.code !== 0) throw new Error(`image import failed: ${imp.stderr}`);
  if (criSubnet !== undefined) {
    const pause = await c.ctr([...ns, 'images', 'import', pauseImageTar(dir, PAUSE_IMAGE)]);
    if (pause.code !== 0) throw new Error(`pause image import failed: ${pause.stderr}`);
  }
  return { c, dir };
}

/** Polls `ctr task ls` until id shows status (or the time is up); returns the last listing. */
export async function waitForStatus(c: Containerd, id: string, status: string, timeoutMs = 60000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let ls = '';
  while (Date.now() < until) {
    ls = (await c.ctr(['task', 'ls'])).stdout;
    if (new RegExp(`^${id}\\s+\\d+\\s+${status}`, 'm').test(ls)) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return ls;
}
