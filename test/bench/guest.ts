// Bench suite "guest": the guest assets' sizes and how long a VM takes from QEMU start to the
// agent's ready line on the serial console (TCG on these machines), median of several boots, for
// the initrd (agent as PID 1) and the rootfs image as a DAX nvdimm (systemd starts the agent).
// The bare boots here are also the runtime suite's floor. The assets are the cached ones
// `npm run guest` builds (npm run bench runs it first).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestVmSpec, bootVm } from '../helpers/qemu.js';
import { cachedKernel } from '../../guest/kernel/build.js';
import { cachedImage } from '../../guest/rootfs/image.js';
import { cachedInitrd } from '../../guest/rootfs/initrd.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

const BOOTS = 3;
const MiB = 1048576;

async function bootToReady(spec: TestVmSpec): Promise<number> {
  const cleanups: Array<() => void> = [];
  try {
    const vm = bootVm(spec, (f) => cleanups.push(f));
    return await vm.waitFor(/kata-agent ready: /, 180000);
  } finally {
    for (const f of cleanups) f();
  }
}

const AGENT_PARAMS = ['console=ttyS0', 'panic=-1', 'quiet', 'agent.listen=serial:agent.channel.0'];

/** A bare VM (qemu-args.ts, minimal) with the agent's virtio-serial channel on this socket. */
function agentVm(socket: string, guest: Pick<TestVmSpec, 'kernel' | 'initrd' | 'image'>): TestVmSpec {
  return { memoryMiB: 512, kernelParams: AGENT_PARAMS, agentChannel: { socket, name: 'agent.channel.0' }, ...guest };
}

/** Median QEMU start → agent ready over `boots` boots; specFor(socket) is the VM. */
async function medianBootMs(boots: number, specFor: (agentSocket: string) => TestVmSpec): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kata-bench-guest-'));
  try {
    const times: number[] = [];
    for (let i = 0; i < boots; i++) times.push(await bootToReady(specFor(join(dir, `c${i}.sock`))));
    return median(times);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median QEMU start → agent ready of a bare QEMU (no runtime) booting the kernel with the initrd. */
export async function bareInitrdBootMs(boots = BOOTS): Promise<number> {
  const kernel = cachedKernel();
  const initrd = cachedInitrd();
  if (!kernel || !initrd) throw new Error('guest assets are not built: run `npm run guest`');
  return medianBootMs(boots, (socket) => agentVm(socket, { kernel: kernel.bzImage, initrd: initrd.path }));
}

/** The same for the rootfs image as a read-only DAX nvdimm (root=/dev/pmem0p1, rootflags=dax). */
export async function bareImageBootMs(boots = BOOTS): Promise<number> {
  const kernel = cachedKernel();
  const image = cachedImage();
  if (!kernel || !image) throw new Error('guest assets are not built: run `npm run guest`');
  const bytes = statSync(image.path).size;
  // qemu-args.ts adds root=/dev/pmem0p1 with rootflags=dax.
  return medianBootMs(boots, (socket) => agentVm(socket, { kernel: kernel.bzImage, image: { path: image.path, bytes, nvdimm: true } }));
}

export const guestSuite: BenchSuite = {
  name: 'guest',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    const image = cachedImage();
    if (!kernel || !initrd || !image) throw new Error('guest assets are not built: run `npm run guest`');
    const imageFile = statSync(image.path);
    const rows: BenchRow[] = [
      { suite: 'guest', name: 'kernel bzImage size', value: statSync(kernel.bzImage).size / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'kernel vmlinux size', value: statSync(kernel.vmlinux).size / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'initrd size (zstd cpio)', value: statSync(initrd.path).size / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'image size (file)', value: imageFile.size / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'image size (allocated, sparse)', value: (imageFile.blocks * 512) / MiB, unit: 'MiB' },
    ];
    rows.push({ suite: 'guest', name: 'initrd boot: QEMU start → agent ready', value: await bareInitrdBootMs(), unit: 'ms', note: `median of ${BOOTS}, TCG (no usable KVM here)` });
    rows.push({ suite: 'guest', name: 'image boot (DAX nvdimm, systemd): QEMU start → agent ready', value: await bareImageBootMs(), unit: 'ms', note: `median of ${BOOTS}, TCG` });
    return rows;
  },
};
