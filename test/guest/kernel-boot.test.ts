// The built guest kernel boots under QEMU TCG to a trivial busybox init, which sees the devices
// and file systems the fragments promise, then powers the VM off cleanly. The kernel comes from
// the cache that `npm run guest` (run by `npm test`) fills; without it the test fails and says so.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { busyboxInitrd } from '../../guest/osbuilder/rootfs/busybox-initrd.js';
import { QEMU, bootVm } from '../helpers/qemu.js';

const kernel = cachedKernel();
if (!kernel) throw new Error('no guest kernel is cached for the current fragments: run `npm run guest` (npm test does)');
if (!existsSync(QEMU)) throw new Error(`${QEMU} is missing (apt-get install qemu-system-x86)`);

const INIT = `
mount -t proc proc /proc
mount -t sysfs sysfs /sys
echo "filesystems: $(grep -E -o '(virtiofs|9p|ext4|overlay|cgroup2|tmpfs)$' /proc/filesystems | tr '\\n' ' ')"
echo "drivers: $(ls /sys/bus/virtio/drivers | tr '\\n' ' ')"
echo "init reached: pid $$"
poweroff -f
`;

t.test('the kernel boots under TCG to init, which sees the promised drivers, and powers off', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-kboot-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const initrd = busyboxInitrd(INIT, dir);
  // The bare floor: a busybox initrd and no devices.
  const vm = bootVm({ memoryMiB: 256, kernel: kernel.bzImage, initrd, kernelParams: ['console=ttyS0', 'panic=-1', 'quiet'] }, t.teardown.bind(t));
  const ms = await vm.waitFor(/init reached: pid 1/, 60000);
  t.pass(`init ran as PID 1 after ${ms} ms (QEMU start to init, TCG)`);
  const out = vm.output();
  for (const fs of ['virtiofs', '9p', 'ext4', 'overlay', 'cgroup2']) t.match(out, new RegExp(`filesystems:.*\\b${fs}\\b`), `${fs} is built in`);
  for (const d of ['virtio_net', 'virtio_blk', 'vmw_vsock_virtio_transport', 'virtiofs', '9pnet_virtio', 'virtio_console']) t.match(out, new RegExp(`drivers:.*\\b${d}\\b`), `virtio driver ${d}`);
  t.equal(await vm.exited(30000), 0, 'the guest powered the VM off');
  t.notMatch(out, /Kernel panic|Oops|BUG:/, 'no panic or oops in the boot log');
});

t.test('the uncompressed vmlinux boots through its PVH entry, as the runtime starts it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-kboot-pvh-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const vm = bootVm({ memoryMiB: 256, kernel: kernel.vmlinux, initrd: busyboxInitrd(INIT, dir), kernelParams: ['console=ttyS0', 'panic=-1', 'quiet'] }, t.teardown.bind(t));
  const ms = await vm.waitFor(/init reached: pid 1/, 60000);
  t.pass(`init ran as PID 1 after ${ms} ms (QEMU start to init, TCG, PVH)`);
  t.equal(await vm.exited(30000), 0, 'the guest powered the VM off');
  t.notMatch(vm.output(), /Kernel panic|Oops|BUG:|PVH ELF Note/, 'no panic, and QEMU found the PVH note');
});
