// Bench suite "ctr": `ctr run --rm <image> true` wall time through a private containerd, for
// kata-ts (on the initrd and on the agent-init image, the shipped guest) and for runc and a bare QEMU boot of the same guest (the floor), alternately (median of
// several each), and the memory one running pod costs the host: PSS of the shim process and of
// QEMU (smaps_rollup). Then a few more kata-ts runs with the phase kernel parameters
// (boot-phases.ts), cut into phases from QEMU's start, and the physical floor of the machine
// (guest.ts: a busybox initrd that powers off) measured in the same run. And VM templating: runs
// that start as clones of a template made at the start (lib/factory/template.ts), against the same
// configuration booting each VM.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { cachedAgentInitImage } from '../../guest/osbuilder/rootfs/agent-init-image.js';
import { isShimCommand, pidsMatching, startContainerd } from '../demo/containerd.js';
import { busyboxImageTar } from '../demo/oci-image.js';
import { type BootPhases, PHASE_PARAMS, bootPhases, followFile, phaseRows, processStartMs } from './boot-phases.js';
import { bareInitrdBootMs, floorBootMs, floorInitrd } from './guest.js';
import { type BenchRow, type BenchSuite, median, pss } from './result.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { parseConfig } from '../../lib/config/parse.js';
import { destroyTemplate, makeTemplate } from '../../lib/factory/template.js';

const IMAGE = 'docker.io/library/kata-ts-busybox:latest';
const RUNS = 5;
const PHASE_RUNS = 3;

/** One `ctr run --rm … true` with kata-ts, its console followed and its QEMU's start found while it runs. */
async function phaseRun(c: Awaited<ReturnType<typeof startContainerd>>, id: string): Promise<{ phases: BootPhases; doneMs: number; ctrStartMs: number }> {
  const dir = `/run/kata-ts/sandboxes/${id}`;
  const consoleLines = followFile(() => join(dir, 'console.log'));
  let qemuStart: number | undefined;
  const finder = setInterval(() => {
    if (qemuStart !== undefined) return;
    const pid = pidsMatching(`${dir}/`).find((p) => readFileSync(`/proc/${p}/cmdline`, 'utf8').startsWith('/usr/bin/qemu'));
    if (pid !== undefined) qemuStart = processStartMs(pid);
  }, 200); // QEMU runs for seconds and /proc/PID/stat dates its start: a slow scan loads the machine less
  const ctrStartMs = Date.now();
  try {
    const r = await c.ctr(['run', '--rm', '--runtime', 'io.containerd.kata.v2', IMAGE, id, 'true'], { timeoutMs: 300000 });
    if (r.code !== 0) throw new Error(`ctr run (phases) failed: ${r.stderr}`);
  } finally {
    clearInterval(finder);
  }
  const doneMs = Date.now();
  const lines = consoleLines.stop();
  if (qemuStart === undefined) throw new Error(`ctr run ${id}: its QEMU was never seen running`);
  return { phases: bootPhases(lines, qemuStart), doneMs: doneMs - qemuStart, ctrStartMs: ctrStartMs - qemuStart };
}
const MiB = 1048576;

/** ms of one `ctr run --rm … true`; throws naming what ran. */
async function timedRun(c: Awaited<ReturnType<typeof startContainerd>>, runtime: string, id: string, what: string): Promise<number> {
  const t0 = performance.now();
  const r = await c.ctr(['run', '--rm', '--runtime', runtime, IMAGE, id, 'true'], { timeoutMs: 300000 });
  if (r.code !== 0) throw new Error(`ctr run with ${what} failed: ${r.stderr}`);
  return performance.now() - t0;
}

export const ctrSuite: BenchSuite = {
  name: 'ctr',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    const image = cachedAgentInitImage();
    if (!kernel || !initrd || !image) throw new Error('guest assets are not built: run `npm run guest`');
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-ctr-'));
    const conf = join(dir, 'configuration.toml');
    // TCG, as the bare-boot floor it is compared with (bareInitrdBootMs): a KVM host must not compare KVM with TCG.
    // The initrd by default; guest = the agent-init image (the shipped guest) for the runs that compare the two.
    const confText = (kernelParams: string, guest: string, agent = ''): string =>
      `[hypervisor.qemu]\nkernel = "${kernel.vmlinux}"\n${guest}\naccel = "tcg"\nkernel_params = "${kernelParams}"\n\n[agent.kata]\ndial_timeout = 120\n${agent}`;
    const writeConf = (kernelParams: string, guest = `initrd = "${initrd.path}"`, agent = ''): void => writeFileSync(conf, confText(kernelParams, guest, agent));
    writeConf('');
    // VM templating: the agent-init image over virtio-9p and virtio-serial (what a clone can use),
    // cloned from a template made here, and the same configuration booting (no template).
    const template = `/run/kata-ts-bench-template-${process.pid}`;
    const serial9p = `image = "${image.path}"\nshared_fs = "virtio-9p"`;
    const templateAgent = `channel = "virtio-serial"\n\n[factory]\nenable_template = true\ntemplate_path = "${template}"\n`;
    const c = await startContainerd({ KATA_CONF_FILE: conf });
    try {
      process.stderr.write('bench: ctr: making the VM template\n');
      const made = await makeTemplate(parseConfig(confText('', serial9p, templateAgent), conf), silentLogger());
      if ((await c.ctr(['images', 'import', busyboxImageTar(dir, IMAGE)])).code !== 0) throw new Error('image import failed');
      const kata: number[] = [];
      const kataImage: number[] = [];
      const kataImageNoRng: number[] = [];
      const oldPath: number[] = [];
      const cloned: number[] = [];
      const notCloned: number[] = [];
      const runc: number[] = [];
      const bare: number[] = [];
      const floor: number[] = [];
      const floorCpio = floorInitrd(dir);
      for (let i = 0; i < RUNS; i++) {
        bare.push(await bareInitrdBootMs(1));
        floor.push(await floorBootMs(kernel.vmlinux, floorCpio));
        kata.push(await timedRun(c, 'io.containerd.kata.v2', `bench-${process.pid}-${i}-k`, 'kata-ts on the initrd'));
        runc.push(await timedRun(c, 'io.containerd.runc.v2', `bench-${process.pid}-${i}-r`, 'runc'));
        // Each shim reads the configuration as it starts: these boot the agent-init image, with the
        // shipped entropy source and without one (before it: the guest's random pool waited on jitter).
        // And the path before issue 16: the initrd, the agent from its module tree, no entropy
        // source, QEMU's own translation cache, no balloon.
        for (const [into, params, guest, tag, what, agentLines = ''] of [
          [kataImage, '', `image = "${image.path}"`, 'i', 'the agent-init image'],
          [kataImageNoRng, '', `image = "${image.path}"\nentropy_source = ""`, 'n', 'the agent-init image without an entropy source'],
          [oldPath, 'agent.start=modules', `initrd = "${initrd.path}"\nentropy_source = ""\ntcg_tb_size_mb = 0\nreclaim_guest_freed_memory = false`, 'o', 'the old path'],
          [cloned, '', serial9p, 't', 'a clone of the VM template', templateAgent],
          [notCloned, '', serial9p, 'b', 'virtio-9p and virtio-serial, booted', 'channel = "virtio-serial"\n'],
        ] as const) {
          writeConf(params, guest, agentLines);
          try {
            into.push(await timedRun(c, 'io.containerd.kata.v2', `bench-${process.pid}-${i}-${tag}`, what));
          } finally {
            writeConf('');
          }
        }
      }
      const id = `bench-pss-${process.pid}`;
      const d = await c.ctr(['run', '-d', '--runtime', 'io.containerd.kata.v2', IMAGE, id, 'sleep', '1000'], { timeoutMs: 300000 });
      if (d.code !== 0) throw new Error(`detached run failed: ${d.stderr}`);
      await new Promise((r) => setTimeout(r, 2000));
      const shim = pidsMatching(`-id\0${id}\0`).filter((p) => isShimCommand(readFileSync(`/proc/${p}/cmdline`, 'utf8')));
      const qemu = pidsMatching(`/run/kata-ts/sandboxes/${id}/`);
      const rows: BenchRow[] = [
        { suite: 'ctr', name: 'ctr run --rm … true (kata-ts)', value: median(kata), unit: 'ms', reference: { label: 'runc', value: median(runc) }, note: `median of ${RUNS} each, alternating; TCG` },
        { suite: 'ctr', name: 'ctr run --rm … true (kata-ts, agent-init image)', value: median(kataImage), unit: 'ms', reference: { label: 'kata-ts, initrd', value: median(kata) }, note: `median of ${RUNS}, alternating with the initrd runs; lower is better` },
        { suite: 'ctr', name: 'ctr run --rm … true (kata-ts, agent-init image) over the old path', value: median(kataImage), unit: 'ms', reference: { label: 'initrd, agent from modules, no entropy source, 1 GiB TB cache, no balloon', value: median(oldPath) }, note: `median of ${RUNS}, alternating; the shipped settings against the path before issue 16; goal ratio ≤ 0.5` },
        { suite: 'ctr', name: 'ctr run --rm … true (kata-ts, agent-init image), entropy source vs none', value: median(kataImage), unit: 'ms', reference: { label: 'entropy_source = ""', value: median(kataImageNoRng) }, note: `median of ${RUNS}, alternating; the guest's virtio-rng (shipped) against no device (before)` },
        { suite: 'ctr', name: 'ctr run --rm … true (kata-ts, agent-init image) over the physical floor', value: median(kataImage), unit: 'ms', reference: { label: 'busybox initrd, /init powers off', value: median(floor) }, note: 'the shipped guest; goal ratio ≤ 2' },
        { suite: 'ctr', name: 'ctr run --rm … true (VM template) over the physical floor', value: median(cloned), unit: 'ms', reference: { label: 'busybox initrd, /init powers off', value: median(floor) }, note: `a clone of the template (agent-init image, virtio-9p, virtio-serial); median of ${RUNS}, alternating; goal ratio ≤ 2` },
        { suite: 'ctr', name: 'ctr run --rm … true (VM template) over the same VM booted', value: median(cloned), unit: 'ms', reference: { label: 'no template', value: median(notCloned) }, note: `same configuration without [factory]; median of ${RUNS}, alternating` },
        { suite: 'ctr', name: 'ctr run --rm … true (VM template) over the old path', value: median(cloned), unit: 'ms', reference: { label: 'initrd, agent from modules, no entropy source, 1 GiB TB cache, no balloon', value: median(oldPath) }, note: `median of ${RUNS}, alternating` },
        { suite: 'ctr', name: 'VM template: factory init', value: made.bootMs, unit: 'ms', note: `template boot to its agent; a check clone's agent answered ${Math.round(made.cloneMs)} ms after its QEMU started; RAM file ${((made.memoryBytes ?? 0) / MiB).toFixed(1)} MiB, state ${((made.stateBytes ?? 0) / 1024).toFixed(0)} KiB` },
        { suite: 'ctr', name: 'ctr run --rm … true (kata-ts) over the VM floor', value: median(kata), unit: 'ms', reference: { label: 'bare QEMU boot', value: median(bare) }, note: 'same kernel and initrd to the agent\'s ready line, alternating; goal ratio ≤ 1.3' },
        { suite: 'ctr', name: 'PSS of the shim, one running pod', value: shim.reduce((a, p) => a + pss(p), 0) / MiB, unit: 'MiB', note: `${shim.length} process(es)` },
        { suite: 'ctr', name: 'PSS of QEMU, one running pod', value: qemu.reduce((a, p) => a + pss(p), 0) / MiB, unit: 'MiB', note: '512 MiB guest, initrd' },
      ];
      await c.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
      await new Promise((r) => setTimeout(r, 1000));
      await c.ctr(['task', 'delete', id]);
      await c.ctr(['containers', 'delete', id]);
      // Each shim reads the configuration as it starts: the phase runs get the phase parameters.
      rows.push({ suite: 'ctr', name: 'ctr run --rm … true (kata-ts) over the physical floor', value: median(kata), unit: 'ms', reference: { label: 'busybox initrd, /init powers off', value: median(floor) }, note: `floor: QEMU start → exit, same kernel, TCG, median of ${RUNS}, alternating; goal ratio ≤ 2` });
      for (const [label, guest] of [['initrd', `initrd = "${initrd.path}"`], ['agent-init image', `image = "${image.path}"`]] as const) {
        writeConf(PHASE_PARAMS.join(' '), guest);
        const phases: BootPhases[] = [];
        const done: number[] = [];
        const ctrStart: number[] = [];
        for (let i = 0; i < PHASE_RUNS; i++) {
          const r = await phaseRun(c, `bench-ph-${process.pid}-${label === 'initrd' ? 'r' : 'i'}${i}`);
          phases.push(r.phases);
          done.push(r.doneMs);
          ctrStart.push(r.ctrStartMs);
        }
        rows.push(...phaseRows('ctr', `ctr run (${label})`, phases, [{ mark: 'ctr run returned (container ran, was removed)', ms: done }], `ctr started ${median(ctrStart).toFixed(0)} ms from QEMU start (negative: before); console at loglevel 7`));
      }
      return rows;
    } finally {
      await c.stop();
      destroyTemplate(template);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
