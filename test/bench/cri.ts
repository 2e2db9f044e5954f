// Bench suite "cri": a pod's life through containerd's CRI as kubelet drives it (lib/cri/client.ts,
// the client kata-crictl uses), with the `kata` runtime handler and, as the reference, `runc` on
// the same containerd: RunPodSandbox → two containers created and started and seen RUNNING, one
// ExecSync, StopPodSandbox + RemovePodSandbox. Handlers alternate; medians of RUNS each.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { CriClient } from '../../lib/cri/client.js';
import { containerConfig, podSandboxConfig } from '../../lib/cri/config.js';
import { runtime } from '../../lib/cri/gen/cri.js';
import { CRI_NAMESPACE, startContainerd } from '../demo/containerd.js';
import { busyboxImageTar, pauseImageTar } from '../demo/oci-image.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

import v1 = runtime.v1;

const IMAGE = 'docker.io/library/kata-ts-busybox:latest';
const PAUSE_IMAGE = 'docker.io/library/kata-ts-pause:latest';
const RUNS = 3;
// A pod subnet no test uses (tests: 2–201), so a bench beside nothing else cannot clash.
const SUBNET = 251;

interface Phases {
  start: number;
  exec: number;
  remove: number;
}

async function podLife(client: CriClient, dir: string, handler: 'kata' | 'runc', n: number): Promise<Phases> {
  const name = `bench-${handler}-${n}`;
  const logs = join(dir, 'logs', name);
  mkdirSync(logs, { recursive: true });
  const config = podSandboxConfig({ metadata: { name, namespace: 'default', uid: `${name}-${process.pid}`, attempt: 0 }, log_directory: logs, linux: {} });
  const t0 = performance.now();
  const pod = (await client.runPodSandbox({ config, runtimeHandler: handler })).podSandboxId;
  try {
    const ids: string[] = [];
    for (const c of ['a', 'b']) {
      const cfg = containerConfig({ metadata: { name: c }, image: { image: IMAGE }, command: ['sleep', '100000'], log_path: `${c}.log`, linux: {} });
      ids.push((await client.createContainer({ podSandboxId: pod, config: cfg, sandboxConfig: config })).containerId);
    }
    for (const id of ids) await client.startContainer(id);
    for (const id of ids) {
      while (((await client.containerStatus(id)).status as v1.ContainerStatus).state !== v1.ContainerState.CONTAINER_RUNNING) await new Promise((r) => setTimeout(r, 20));
    }
    const t1 = performance.now();
    const ex = await client.execSync(ids[0]!, ['true'], 60);
    if (ex.exitCode !== 0) throw new Error(`ExecSync true in a ${handler} pod exited ${ex.exitCode}`);
    const t2 = performance.now();
    await client.stopPodSandbox(pod);
    await client.removePodSandbox(pod);
    return { start: t1 - t0, exec: t2 - t1, remove: performance.now() - t2 };
  } catch (e) {
    await client.stopPodSandbox(pod).catch(() => undefined);
    await client.removePodSandbox(pod).catch(() => undefined);
    throw e;
  }
}

export const criSuite: BenchSuite = {
  name: 'cri',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    if (!kernel || !initrd) throw new Error('guest assets are not built: run `npm run guest`');
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-cri-'));
    const conf = join(dir, 'configuration.toml');
    writeFileSync(conf, `[hypervisor.qemu]\nkernel = "${kernel.vmlinux}"\ninitrd = "${initrd.path}"\naccel = "tcg"\n\n[agent.kata]\ndial_timeout = 120\n`);
    const c = await startContainerd({ KATA_CONF_FILE: conf }, { cri: { subnet: SUBNET, sandboxImage: PAUSE_IMAGE } });
    const client = new CriClient(`unix://${c.socket}`);
    try {
      for (const tar of [busyboxImageTar(dir, IMAGE), pauseImageTar(dir, PAUSE_IMAGE)]) {
        const r = await c.ctr(['-n', CRI_NAMESPACE, 'images', 'import', tar]);
        if (r.code !== 0) throw new Error(`image import failed: ${r.stderr}`);
      }
      const runs: Record<'kata' | 'runc', Phases[]> = { kata: [], runc: [] };
      for (let i = 0; i < RUNS; i++) {
        for (const h of ['kata', 'runc'] as const) runs[h].push(await podLife(client, dir, h, i));
      }
      const m = (h: 'kata' | 'runc', f: (p: Phases) => number): number => median(runs[h].map(f));
      const note = `median of ${RUNS} each, handlers alternating; TCG`;
      const row = (name: string, f: (p: Phases) => number): BenchRow => ({ suite: 'cri', name: `${name} (kata)`, value: m('kata', f), unit: 'ms', reference: { label: 'runc', value: m('runc', f) }, note });
      return [
        row('runp → 2 containers running', (p) => p.start),
        row('exec -s true', (p) => p.exec),
        row('stopp + rmp', (p) => p.remove),
        row('whole pod: runp … rmp', (p) => p.start + p.exec + p.remove),
      ];
    } finally {
      client.close();
      await c.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
