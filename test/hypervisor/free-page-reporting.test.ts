// Free page reporting (qemu-args.ts freePageReporting, config reclaim_guest_freed_memory) really
// gives the host back memory the guest frees: a busybox guest fills 128 MiB of its RAM with a file
// and deletes it; with the balloon's reporting QEMU's guest RAM shrinks again within seconds,
// without it the pages stay. Two small VMs on TCG, plain RAM (no vhost-user device); the pods
// bench measures the same on the runtime's shared memfd.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { busyboxInitrd } from '../../guest/osbuilder/rootfs/busybox-initrd.js';
import { QEMU, bootVm } from '../helpers/qemu.js';
import { qemuMemory, readSmaps } from '../helpers/smaps.js';

const kernel = cachedKernel();
if (!kernel) throw new Error('no guest kernel is cached for the current fragments: run `npm run guest` (npm test does)');
if (!existsSync(QEMU)) throw new Error(`${QEMU} is missing (apt-get install qemu-system-x86)`);

const GUEST_MiB = 256;
const FILL_MiB = 128;
const MiB = 1048576;
// The rootfs is ramfs: the file's pages are guest RAM, and rm frees them. yes|head needs no /dev.
const INIT = `
echo "fill start"
yes 0123456789abcdef | head -c ${FILL_MiB * MiB} > /fill
echo "filled"
sleep 1
rm /fill
echo "freed"
sleep 600
`;

/** Guest RAM QEMU holds (PSS), in MiB. */
const guestRamMiB = (pid: number): number => qemuMemory(readSmaps(pid), GUEST_MiB, []).guestRam / MiB;

async function fillAndFree(teardown: (f: () => void) => void, reporting: boolean, initrd: string): Promise<{ filled: number; after: number }> {
  const vm = bootVm({ memoryMiB: GUEST_MiB, kernel: kernel!.bzImage, initrd, kernelParams: ['console=ttyS0', 'panic=-1', 'quiet'], freePageReporting: reporting }, teardown);
  await vm.waitFor(/filled/, 120000);
  const filled = guestRamMiB(vm.child.pid!);
  await vm.waitFor(/freed/, 30000);
  // The guest reports every 2 s (mm/page_reporting.c); give it a few rounds.
  let after = filled;
  const until = Date.now() + 15000;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 1000));
    after = guestRamMiB(vm.child.pid!);
    if (reporting && after < filled - FILL_MiB * 0.75) break;
  }
  vm.kill();
  return { filled, after };
}

t.test('with free page reporting the host gets back what the guest freed; without it, not', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-fpr-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const initrd = busyboxInitrd(INIT, dir);
  const on = await fillAndFree(t.teardown.bind(t), true, initrd);
  t.ok(on.filled >= FILL_MiB, `the fill touched guest RAM: ${on.filled.toFixed(1)} MiB`);
  t.ok(on.after < on.filled - FILL_MiB * 0.75, `reporting on: ${on.filled.toFixed(1)} → ${on.after.toFixed(1)} MiB after the guest freed ${FILL_MiB} MiB`);
  const off = await fillAndFree(t.teardown.bind(t), false, initrd);
  t.ok(off.after > off.filled - FILL_MiB * 0.25, `reporting off: ${off.filled.toFixed(1)} → ${off.after.toFixed(1)} MiB (kept)`);
});
