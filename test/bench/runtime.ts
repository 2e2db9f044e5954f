// Bench suite "runtime": what the runtime library adds over the hypervisor's floor. Sandbox.create
// (QEMU start → agent dialled → CreateSandbox) against a bare QEMU booting the same kernel and
// guest to the agent's ready line, measured alternately in one run, with the ratio (goal ≤ 1.3);
// container create → workload running; and the host memory of one idle sandbox (PSS of QEMU and
// of the process holding the sandbox, this one), and the guest RAM the idle pod's QEMU has touched.
// For the three guest kinds: the initrd, the rootfs image as a DAX nvdimm with systemd, and the
// agent-init image (the agent as PID 1 from the DAX nvdimm). Each create is also cut into boot
// phases (boot-phases.ts) up to CreateSandbox done and the container running; the bare boots get
// the same phase kernel parameters, so the ratio stays like for like.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedAgentInitImage } from '../../guest/osbuilder/rootfs/agent-init-image.js';
import { cachedImage } from '../../guest/osbuilder/rootfs/image.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { baseSpec, makeBundle, rootfsSkipReason } from '../helpers/rootfs.js';
import { type TestGuest, vmConfig } from '../helpers/vm-config.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { Sandbox } from '../../lib/runtime/sandbox.js';
import { sandboxDir } from '../../lib/runtime/state.js';
import { type BootPhases, PHASE_PARAMS, bootPhases, followFile, guestRamUse, phaseRows, processStartMs } from './boot-phases.js';
import { bareAgentInitBootMs, bareImageBootMs, bareInitrdBootMs } from './guest.js';
import { type BenchRow, type BenchSuite, median, pss } from './result.js';

const RUNS = 3;
const MiB = 1048576;

type Kind = 'initrd' | 'image' | 'agent-init';
const LABELS: Record<Kind, string> = { initrd: 'initrd', image: 'image, DAX nvdimm, systemd', 'agent-init': 'agent-init image, DAX nvdimm' };
const BARE: Record<Kind, (boots: number, params: string[]) => Promise<number>> = { initrd: bareInitrdBootMs, image: bareImageBootMs, 'agent-init': bareAgentInitBootMs };

async function measure(kernel: string, kind: Kind, guest: TestGuest): Promise<BenchRow[]> {
  const cfg = vmConfig(kernel, guest, 240);
  cfg.hypervisor.qemu.disableImageNvdimm = false; // the image as a DAX nvdimm, whatever the default
  const label = LABELS[kind];
  const stateRoot = mkdtempSync(join(tmpdir(), 'kata-bench-rt-'));
  const bundle = makeBundle('kata-bench-rt-');
  const creates: number[] = [];
  const bare: number[] = [];
  const starts: number[] = [];
  const phases: BootPhases[] = [];
  const created: number[] = [];
  const running: number[] = [];
  let qemuPss = NaN;
  let runtimePss = NaN;
  let touched = NaN;
  let imageMapped = NaN;
  try {
    for (let i = 0; i < RUNS; i++) {
      bare.push(await BARE[kind](1, PHASE_PARAMS));
      const id = `bench-rt-${process.pid}-${kind}-${i}`;
      const consoleLines = followFile(() => join(sandboxDir(stateRoot, id), 'console.log'));
      const t0 = performance.now();
      let sb: Sandbox;
      try {
        sb = await Sandbox.create({ id, config: cfg, log: silentLogger(), stateRoot, kernelParams: PHASE_PARAMS });
      } catch (e) {
        consoleLines.stop();
        throw e;
      }
      try {
        const createdAt = Date.now();
        creates.push(performance.now() - t0);
        const t1 = performance.now();
        await sb.createContainer('c', bundle.dir, baseSpec(['sleep', '30']));
        await sb.startContainer('c');
        starts.push(performance.now() - t1);
        const runningAt = Date.now();
        const qemuStart = processStartMs(sb.vm.pid);
        phases.push(bootPhases(consoleLines.stop(), qemuStart));
        created.push(createdAt - qemuStart);
        running.push(runningAt - qemuStart);
        if (i === 0) {
          // Idle: the container sleeps, nobody talks to the agent.
          await new Promise((r) => setTimeout(r, 3000));
          qemuPss = pss(sb.vm.pid);
          runtimePss = pss(process.pid);
          const ram = guestRamUse(sb.vm.pid, cfg.hypervisor.qemu.defaultMemory, guest.kind === 'image' ? guest.path : undefined);
          touched = ram.touched;
          imageMapped = ram.imageMapped;
        }
        await sb.signal('c', 'c', 9);
        await sb.wait('c');
        await sb.deleteContainer('c');
      } finally {
        consoleLines.stop();
        await sb.delete();
      }
    }
  } finally {
    bundle.remove();
    rmSync(stateRoot, { recursive: true, force: true });
  }
  return [
    { suite: 'runtime', name: `sandbox create → agent ready (${label})`, value: median(creates), unit: 'ms', reference: { label: 'bare QEMU boot', value: median(bare) }, note: `median of ${RUNS}, alternated with the bare boots; goal ratio ≤ 1.3` },
    { suite: 'runtime', name: `container create → workload running (${label})`, value: median(starts), unit: 'ms', note: `median of ${RUNS}; rootfs over ${cfg.hypervisor.qemu.sharedFs}` },
    { suite: 'runtime', name: `idle sandbox: PSS of QEMU (${label})`, value: qemuPss / MiB, unit: 'MiB', note: `${cfg.hypervisor.qemu.defaultMemory} MiB guest, one sleeping container` },
    { suite: 'runtime', name: `idle sandbox: PSS of the runtime process (${label})`, value: runtimePss / MiB, unit: 'MiB', note: 'the bench process holding the Sandbox (a shim in production)' },
    { suite: 'runtime', name: `idle sandbox: guest RAM touched (${label})`, value: touched / MiB, unit: 'MiB', note: 'Rss of QEMU\'s guest RAM mapping' },
    ...(guest.kind === 'image' ? [{ suite: 'runtime', name: `idle sandbox: image pages mapped (${label})`, value: imageMapped / MiB, unit: 'MiB', note: 'Rss of the nvdimm file mapping: the host\'s page cache, shared by every pod' }] : []),
    ...phaseRows('runtime', label, phases, [{ mark: 'CreateSandbox done (Sandbox.create returned)', ms: created }, { mark: 'container running', ms: running }], 'console at loglevel 7'),
  ];
}

export const runtimeSuite: BenchSuite = {
  name: 'runtime',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    const image = cachedImage();
    const agentInit = cachedAgentInitImage();
    if (!kernel || !initrd || !image || !agentInit) throw new Error('guest assets are not built: run `npm run guest`');
    const skip = rootfsSkipReason();
    if (skip) throw new Error(skip);
    const rows = [
      ...(await measure(kernel.vmlinux, 'initrd', { kind: 'initrd', path: initrd.path })),
      ...(await measure(kernel.vmlinux, 'image', { kind: 'image', path: image.path })),
      ...(await measure(kernel.vmlinux, 'agent-init', { kind: 'image', path: agentInit.path })),
    ];
    // The memory goal, as one ratio: an agent-init pod's touched guest RAM against the initrd's.
    const touched = (k: Kind): number => rows.find((r) => r.name === `idle sandbox: guest RAM touched (${LABELS[k]})`)!.value;
    rows.push({ suite: 'runtime', name: 'idle sandbox: guest RAM touched, agent-init image against the initrd', value: touched('agent-init'), unit: 'MiB', reference: { label: 'initrd', value: touched('initrd') }, note: 'goal: at least 100 MiB below' });
    return rows;
  },
};
