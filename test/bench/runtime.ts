// Bench suite "runtime": what the runtime library adds over the hypervisor's floor. Sandbox.create
// (QEMU start → agent dialled → CreateSandbox) against a bare QEMU booting the same kernel and
// guest to the agent's ready line, measured alternately in one run, with the ratio (goal ≤ 1.3);
// container create → workload running; and the host memory of one idle sandbox (PSS of QEMU and
// of the process holding the sandbox, this one). For both guest kinds: the initrd, and the rootfs
// image as a DAX nvdimm.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedKernel } from '../../guest/kernel/build.js';
import { cachedImage } from '../../guest/rootfs/image.js';
import { cachedInitrd } from '../../guest/rootfs/initrd.js';
import { baseSpec, makeBundle, rootfsSkipReason } from '../helpers/rootfs.js';
import { type TestGuest, vmConfig } from '../helpers/vm-config.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { Sandbox } from '../../lib/runtime/sandbox.js';
import { bareImageBootMs, bareInitrdBootMs } from './guest.js';
import { type BenchRow, type BenchSuite, median, pss } from './result.js';

const RUNS = 3;
const MiB = 1048576;

async function measure(kernel: string, guest: TestGuest): Promise<BenchRow[]> {
  const cfg = vmConfig(kernel, guest, 240);
  cfg.hypervisor.qemu.disableImageNvdimm = false; // the image as a DAX nvdimm, whatever the default
  const label = guest.kind === 'image' ? 'image, DAX nvdimm' : 'initrd';
  const stateRoot = mkdtempSync(join(tmpdir(), 'kata-bench-rt-'));
  const bundle = makeBundle('kata-bench-rt-');
  const creates: number[] = [];
  const bare: number[] = [];
  const starts: number[] = [];
  let qemuPss = NaN;
  let runtimePss = NaN;
  try {
    for (let i = 0; i < RUNS; i++) {
      bare.push(guest.kind === 'image' ? await bareImageBootMs(1) : await bareInitrdBootMs(1));
      const t0 = performance.now();
      const sb = await Sandbox.create({ id: `bench-rt-${process.pid}-${guest.kind}-${i}`, config: cfg, log: silentLogger(), stateRoot });
      try {
        creates.push(performance.now() - t0);
        const t1 = performance.now();
        await sb.createContainer('c', bundle.dir, baseSpec(['sleep', '30']));
        await sb.startContainer('c');
        starts.push(performance.now() - t1);
        if (i === 0) {
          // Idle: the container sleeps, nobody talks to the agent.
          await new Promise((r) => setTimeout(r, 3000));
          qemuPss = pss(sb.vm.pid);
          runtimePss = pss(process.pid);
        }
        await sb.signal('c', 'c', 9);
        await sb.wait('c');
        await sb.deleteContainer('c');
      } finally {
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
  ];
}

export const runtimeSuite: BenchSuite = {
  name: 'runtime',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    const image = cachedImage();
    if (!kernel || !initrd || !image) throw new Error('guest assets are not built: run `npm run guest`');
    const skip = rootfsSkipReason();
    if (skip) throw new Error(skip);
    return [...(await measure(kernel.bzImage, { kind: 'initrd', path: initrd.path })), ...(await measure(kernel.bzImage, { kind: 'image', path: image.path }))];
  },
};
