// `npm run demo`: after the set-up and builds (package.json runs them first), starts a private
// containerd with the kata-ts shim on its PATH, imports a small busybox image made on the spot,
// and runs a container in a VM with `ctr run --runtime io.containerd.kata.v2`, then a pod of two
// containers through containerd's CRI and kata-crictl (cri-pod.ts), printing what they do and how
// long it takes. containerd runs in a network namespace of its own with the CRI plugin and its
// CNI bridge there. Everything it started is stopped and removed at the end.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { chooseAccel, probeHost } from '../../lib/hypervisor/accel.js';
import { CRI_NAMESPACE, startContainerd } from './containerd.js';
import { criPodDemo } from './cri-pod.js';
import { busyboxImageTar, pauseImageTar } from './oci-image.js';

const IMAGE = 'docker.io/library/kata-ts-busybox:latest';
const PAUSE_IMAGE = 'docker.io/library/kata-ts-pause:latest';
const say = (s: string): void => void process.stdout.write(`demo: ${s}\n`);

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    process.stdout.write('Usage: npm run demo\n\nRuns one container in a kata-ts VM through a private containerd and ctr, then a pod of two\ncontainers through containerd\'s CRI and kata-crictl, then cleans up.\n');
    return;
  }
  const kernel = cachedKernel();
  const initrd = cachedInitrd();
  if (!kernel || !initrd) throw new Error('guest assets are missing: run `npm run guest`');
  const accel = chooseAccel('auto', probeHost());
  if (accel.warning) say(accel.warning);
  const dir = mkdtempSync(join(tmpdir(), 'kata-demo-'));
  const conf = join(dir, 'configuration.toml');
  // The guest the build made: the kernel and the initrd with the agent as PID 1.
  writeFileSync(conf, `[hypervisor.qemu]\nkernel = "${kernel.vmlinux}"\ninitrd = "${initrd.path}"\n\n[agent.kata]\ndial_timeout = 120\n`);
  say(`configuration: ${conf} (kernel ${kernel.details.sourceVersion}, initrd ${(initrd.details.bytes ?? 0) >> 20} MiB, ${accel.accel})`);
  const c = await startContainerd({ KATA_CONF_FILE: conf }, { cri: { subnet: 250, sandboxImage: PAUSE_IMAGE } });
  const id = `kata-demo-${process.pid}`;
  try {
    say(`private containerd at ${c.socket} (CRI plugin on, in network namespace ${c.netns})`);
    const imp = await c.ctr(['images', 'import', busyboxImageTar(dir, IMAGE)]);
    if (imp.code !== 0) throw new Error(`ctr images import failed: ${imp.stderr}`);
    say(`image ${IMAGE} imported`);
    const cmd = ['run', '--runtime', 'io.containerd.kata.v2', '--rm', IMAGE, id, 'sh', '-c', 'echo "Hello from a container in a kata-ts VM"; echo "guest kernel: $(uname -r)"; echo "hostname: $(hostname)"'];
    say(`ctr ${cmd.join(' ')}`);
    const t0 = Date.now();
    const run = await c.ctr(cmd, { timeoutMs: 300000 });
    process.stdout.write(run.stdout.trimEnd().replace(/^/gm, '  | ') + '\n');
    if (run.code !== 0) throw new Error(`ctr run failed (${run.code}): ${run.stderr}\ncontainerd log:\n${c.log().slice(-3000)}`);
    say(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s (VM boot, agent, container, tear-down); host kernel: ${release()}`);
    for (const [tar, name] of [[busyboxImageTar(dir, IMAGE), IMAGE], [pauseImageTar(dir, PAUSE_IMAGE), PAUSE_IMAGE]] as const) {
      const r = await c.ctr(['-n', CRI_NAMESPACE, 'images', 'import', tar]);
      if (r.code !== 0) throw new Error(`ctr images import ${name} for the CRI failed: ${r.stderr}`);
    }
    await criPodDemo(c, dir, IMAGE, say);
  } finally {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
    if (existsSync(`/run/kata-ts/sandboxes/${id}`)) rmSync(`/run/kata-ts/sandboxes/${id}`, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  process.stderr.write(`demo: ${e.message}\n`);
  process.exit(1);
});
