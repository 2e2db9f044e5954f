// Bench suite "guest": the guest assets' sizes and how long a VM takes from QEMU start to the
// agent's ready line on the serial console (TCG on these machines), median of several boots.
// The assets are the cached ones `npm run guest` builds (npm run bench runs it first).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootVm } from '../../test/helpers/qemu.js';
import { cachedKernel } from '../../guest/kernel/build.js';
import { cachedInitrd } from '../../guest/rootfs/initrd.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

const BOOTS = 3;
const MiB = 1048576;

async function bootToReady(args: string[]): Promise<number> {
  const cleanups: Array<() => void> = [];
  try {
    const vm = bootVm(args, (f) => cleanups.push(f));
    return await vm.waitFor(/kata-agent ready: /, 180000);
  } finally {
    for (const f of cleanups) f();
  }
}

export const guestSuite: BenchSuite = {
  name: 'guest',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    if (!kernel || !initrd) throw new Error('guest assets are not built: run `npm run guest`');
    const rows: BenchRow[] = [
      { suite: 'guest', name: 'kernel bzImage size', value: statSync(kernel.bzImage).size / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'kernel vmlinux size', value: statSync(kernel.vmlinux).size / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'initrd size (zstd cpio)', value: statSync(initrd.path).size / MiB, unit: 'MiB' },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-guest-'));
    try {
      const times: number[] = [];
      for (let i = 0; i < BOOTS; i++) {
        times.push(await bootToReady(['-machine', 'q35,accel=tcg', '-cpu', 'max', '-m', '512', '-smp', '1', '-kernel', kernel.bzImage, '-initrd', initrd.path,
          '-append', 'console=ttyS0 panic=-1 quiet agent.listen=serial:agent.channel.0', '-device', 'virtio-serial-pci',
          '-chardev', `socket,id=agent,path=${join(dir, `c${i}.sock`)},server=on,wait=off`, '-device', 'virtserialport,chardev=agent,name=agent.channel.0']));
      }
      rows.push({ suite: 'guest', name: 'initrd boot: QEMU start → agent ready', value: median(times), unit: 'ms', note: `median of ${BOOTS}, TCG (no usable KVM here)` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
