// Pure parts of the QEMU hypervisor: the accelerator choice from the host's facts, and the
// command line for each kind of guest.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { type HostVirt, chooseAccel, kvmUnavailable, probeHost } from '../../lib/hypervisor/accel.js';
import type { KvmCapability, KvmProbe, KvmVm } from '../../lib/hypervisor/kvm-probe.js';
import { IMAGE_ROOT_PARAMS, type QemuVmSpec, defaultCpuModel, dimmBackend, nextDimmAddress, qemuArgs } from '../../lib/hypervisor/qemu-args.js';
import { parseConfig } from '../../lib/config/parse.js';
import type { VmPlan } from '../../lib/hypervisor/plan.js';
import { qemuSpec } from '../../lib/hypervisor/qemu/spec.js';

// A made-up probe of /dev/kvm: every capability present, a VM created, the real-mode run as given.
function kvmProbeOf(vm: KvmVm = { created: true, realMode: { ok: true, exits: ["KVM_EXIT_IO out port 0x3f8 size 1 count 1 byte 0x4b 'K'", 'KVM_EXIT_HLT'], elapsedMs: 3 } },
  capabilities: KvmCapability[] = [{ name: 'KVM_CAP_IRQCHIP', number: 0, required: true, neededFor: 'in-kernel interrupt controllers', present: true, value: 1 }]): KvmProbe {
  return { path: '/dev/kvm', kind: 'kvm', device: { apiVersion: 12, vcpuMmapSize: 12288, checkedOnVm: true, capabilities }, vm };
}

t.test('accel: auto takes KVM only with a CPU flag, a kvm module, /dev/kvm and a VM that runs; kvm without them says why', async (t) => {
  const full: HostVirt = { cpuFlag: 'vmx', kvmModule: 'kvm_intel', devKvm: true, kvm: kvmProbeOf() };
  t.same(chooseAccel('auto', full), { accel: 'kvm' });
  t.same(chooseAccel('kvm', full), { accel: 'kvm' });
  t.same(chooseAccel('tcg', full), { accel: 'tcg' });
  const noFlag = { ...full, cpuFlag: undefined, devKvm: false, kvm: undefined };
  t.match(chooseAccel('auto', noFlag), { accel: 'tcg', warning: /no vmx or svm flag \(no hardware virtualization exposed\)/ });
  t.throws(() => chooseAccel('kvm', noFlag), /accel = "kvm" but KVM cannot be used here: the CPU has no vmx or svm flag/);
  t.match(kvmUnavailable({ ...full, kvmModule: undefined }), /kvm_intel \(the KVM module for the CPU's vmx flag\) is not loaded/);
  t.match(kvmUnavailable({ ...full, devKvm: false, kvm: undefined }), /\/dev\/kvm is missing/);
  t.match(kvmUnavailable({ ...full, kvm: undefined }), /\/dev\/kvm was not probed/);
});

t.test('accel: a PVM-style /dev/kvm (a VM can be created, no vmx/svm flag) stays on TCG, and says why', async (t) => {
  const pvm: HostVirt = { cpuFlag: undefined, kvmModule: undefined, devKvm: true, kvm: kvmProbeOf() };
  t.match(chooseAccel('auto', pvm), { accel: 'tcg', warning: /no vmx or svm flag: this \/dev\/kvm is not hardware virtualization \(a PVM-style KVM/ });
  t.throws(() => chooseAccel('kvm', pvm), /accel = "kvm" but KVM cannot be used here: the CPU has no vmx or svm flag: this \/dev\/kvm/);
});

t.test('accel: a VM that cannot be created, a real-mode run that fails, a missing capability or no addon: TCG for auto, refused for kvm, with the error', async (t) => {
  const host = (kvm: KvmProbe): HostVirt => ({ cpuFlag: 'svm', kvmModule: 'kvm_amd', devKvm: true, kvm });
  const noVm = host(kvmProbeOf({ created: false, error: { message: 'KVM_CREATE_VM on /dev/kvm: ENOMEM (Cannot allocate memory)', code: 'ENOMEM', errno: 12 } }));
  t.match(chooseAccel('auto', noVm), { accel: 'tcg', warning: 'KVM is not usable (KVM_CREATE_VM on /dev/kvm: ENOMEM (Cannot allocate memory)); using TCG' });
  t.throws(() => chooseAccel('kvm', noVm), /accel = "kvm" but KVM cannot be used here: KVM_CREATE_VM on \/dev\/kvm: ENOMEM/);
  const noRun = host(kvmProbeOf({ created: true, realMode: { ok: false, exits: ['KVM_EXIT_SHUTDOWN'], elapsedMs: 1, failure: 'the vCPU exited with KVM_EXIT_SHUTDOWN, expected KVM_EXIT_IO' } }));
  t.match(chooseAccel('auto', noRun), { accel: 'tcg', warning: /a VM was created but its real-mode vCPU run failed: the vCPU exited with KVM_EXIT_SHUTDOWN/ });
  t.throws(() => chooseAccel('kvm', noRun), /KVM_EXIT_SHUTDOWN/);
  const noIrqchip = host(kvmProbeOf(undefined, [{ name: 'KVM_CAP_IRQCHIP', number: 0, required: true, neededFor: 'x', present: false, value: 0 },
    { name: 'KVM_CAP_PIT2', number: 33, required: false, neededFor: 'y', present: false, value: 0 }]));
  t.match(chooseAccel('auto', noIrqchip), { accel: 'tcg', warning: /\/dev\/kvm lacks KVM_CAP_IRQCHIP\)/ }, 'a missing required capability refuses KVM; an optional one does not');
  const notKvm = host({ path: '/dev/kvm', kind: 'not-kvm', error: { message: 'open /dev/kvm: EACCES (Permission denied)', code: 'EACCES', errno: 13 } });
  t.throws(() => chooseAccel('kvm', notKvm), /KVM cannot be used here: open \/dev\/kvm: EACCES/);
  const noAddon = host({ path: '/dev/kvm', kind: 'no-addon', error: 'the kata-ts addon could not probe /dev/kvm: kata-ts native addon not found; searched:' });
  t.match(chooseAccel('auto', noAddon), { accel: 'tcg', warning: /addon could not probe/ });
});

t.test('accel: probeHost probes /dev/kvm only with a CPU flag and a kvm module, and reads this host', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'kata-accel-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  for (const d of ['proc', 'sys/module', 'dev']) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, 'dev/kvm'), '');
  const probed: string[] = [];
  const probe = (p: string): KvmProbe => { probed.push(p); return kvmProbeOf(); };
  writeFileSync(join(root, 'proc/cpuinfo'), 'processor\t: 0\nflags\t\t: fpu sse2 hypervisor\n');
  t.same(probeHost(`${root}/`, probe), { cpuFlag: undefined, kvmModule: undefined, devKvm: true, kvm: undefined }, 'PVM-like: /dev/kvm, no flag: no probe');
  writeFileSync(join(root, 'proc/cpuinfo'), 'processor\t: 0\nflags\t\t: fpu svm sse2\n');
  mkdirSync(join(root, 'sys/module/kvm_amd'));
  t.match(probeHost(`${root}/`, probe), { cpuFlag: 'svm', kvmModule: 'kvm_amd', devKvm: true, kvm: { kind: 'kvm' } });
  t.same(probed, [`${root}/dev/kvm`]);
  // A kernel with both built in (the nested test host's) lists both modules: the flag picks.
  mkdirSync(join(root, 'sys/module/kvm_intel'));
  t.match(probeHost(`${root}/`, probe), { cpuFlag: 'svm', kvmModule: 'kvm_amd' }, 'svm with kvm_intel and kvm_amd: kvm_amd');
  rmSync(join(root, 'sys/module/kvm_amd'), { recursive: true });
  t.match(probeHost(`${root}/`, probe), { cpuFlag: 'svm', kvmModule: undefined }, 'svm with only kvm_intel: no module for this CPU');
  const here = probeHost();
  t.pass(`this host: ${JSON.stringify(here)} → ${JSON.stringify(chooseAccel('auto', here))}`);
});

const base: QemuVmSpec = {
  qemuPath: '/usr/bin/qemu-system-x86_64', machineType: 'q35', accel: 'tcg', vcpus: 2, memoryMiB: 512,
  kernel: '/k/bzImage', kernelParams: ['agent.log=debug'], consoleLog: '/s/console.log', qmpSocket: '/s/qmp.sock',
};

t.test('qemu args: initrd guest with a serial agent channel and a 9p share', async (t) => {
  const a = qemuArgs({ ...base, initrd: '/k/initrd.img', agentChannel: { socket: '/s/agent.sock', name: 'agent.channel.0' }, sharedDir: { path: '/s/shared', tag: 'kataShared' } });
  const after = (flag: string): string[] => a.flatMap((v, i) => (v === flag ? [a[i + 1]!] : []));
  t.same(after('-machine'), ['q35,memory-backend=ram']);
  t.same(after('-accel'), ['tcg']);
  t.same(after('-m'), ['512M']);
  t.ok(after('-object').includes('memory-backend-memfd,id=ram,size=512M,share=on'), 'guest RAM is a shared memfd');
  t.same(after('-initrd'), ['/k/initrd.img']);
  t.same(after('-qmp'), ['unix:/s/qmp.sock,server=on,wait=off']);
  t.ok(after('-chardev').includes('socket,id=agent,path=/s/agent.sock,server=on,wait=off'));
  t.ok(after('-device').includes('virtserialport,chardev=agent,name=agent.channel.0'));
  t.ok(after('-device').includes('virtio-9p-pci,fsdev=shared,mount_tag=kataShared'));
  t.match(after('-append')[0], /^console=ttyS0 .* agent\.log=debug$/);
  t.notMatch(after('-append')[0], /root=/);
});

t.test('qemu args: image guest is a read-only DAX nvdimm with room in the memory map', async (t) => {
  const a = qemuArgs({ ...base, image: { path: '/k/img', bytes: 256 << 20, nvdimm: true } });
  const after = (flag: string): string[] => a.flatMap((v, i) => (v === flag ? [a[i + 1]!] : []));
  t.same(after('-machine'), ['q35,memory-backend=ram,nvdimm=on']);
  t.same(after('-m'), ['512M,slots=2,maxmem=1792M']);
  t.ok(after('-object').includes(`memory-backend-file,id=img0,mem-path=/k/img,size=${256 << 20},share=on,readonly=on`));
  t.ok(after('-device').includes('nvdimm,id=nv0,memdev=img0,unarmed=on'));
  t.match(after('-append')[0], IMAGE_ROOT_PARAMS.join(' '));
  t.throws(() => qemuArgs({ ...base, machineType: 'microvm', image: { path: '/k/img', bytes: 1, nvdimm: true } }), /microvm/);
  t.throws(() => qemuArgs({ ...base }), /exactly one of a rootfs image and an initrd/);
  t.throws(() => qemuArgs({ ...base, initrd: '/i', image: { path: '/k/img', bytes: 1, nvdimm: true } }), /exactly one/);
});

t.test('qemu args: with disable_image_nvdimm the image is a read-only virtio-blk root', async (t) => {
  const a = qemuArgs({ ...base, image: { path: '/k/img', bytes: 256 << 20, nvdimm: false } });
  const after = (flag: string): string[] => a.flatMap((v, i) => (v === flag ? [a[i + 1]!] : []));
  t.same(after('-machine'), ['q35,memory-backend=ram']);
  t.same(after('-m'), ['512M']);
  t.same(after('-drive'), ['file=/k/img,if=none,id=rootfs,format=raw,readonly=on']);
  t.ok(after('-device').includes('virtio-blk-pci,drive=rootfs'));
  t.match(after('-append')[0], 'root=/dev/vda1 rootflags=data=ordered,errors=remount-ro ro rootfstype=ext4');
});

t.test('qemu args: the debug console is a second port on the agent channel bus', async (t) => {
  const a = qemuArgs({
    ...base, initrd: '/k/initrd.img', agentChannel: { socket: '/s/agent.sock', name: 'agent.channel.0' },
    debugConsoleChannel: { socket: '/s/console.sock', name: 'agent.debug_console.0' },
  });
  const after = (flag: string): string[] => a.flatMap((v, i) => (v === flag ? [a[i + 1]!] : []));
  t.equal(after('-device').filter((d) => d.startsWith('virtio-serial-pci')).length, 1, 'one virtio-serial bus');
  t.ok(after('-chardev').includes('socket,id=debugcon,path=/s/console.sock,server=on,wait=off'));
  t.ok(after('-device').includes('virtserialport,chardev=debugcon,name=agent.debug_console.0'));
  const none = qemuArgs({ ...base, initrd: '/k/initrd.img', agentChannel: { socket: '/s/agent.sock', name: 'agent.channel.0' } });
  t.notOk(none.some((v) => v.includes('debugcon')), 'no console port unless asked for');
});

t.test('qemu args: hybrid vsock is a vhost-user-vsock-pci device on a chardev to the back-end, and is off by default', async (t) => {
  const a = qemuArgs({ ...base, initrd: '/k/initrd.img', vhostUserVsock: { socket: '/s/vhost-vsock.sock' } });
  const after = (flag: string): string[] => a.flatMap((v, i) => (v === flag ? [a[i + 1]!] : []));
  t.ok(after('-chardev').includes('socket,id=vsock0,path=/s/vhost-vsock.sock'));
  t.ok(after('-device').includes('vhost-user-vsock-pci,chardev=vsock0'));
  t.ok(after('-object').includes('memory-backend-memfd,id=ram,size=512M,share=on'), 'the back-end can map guest RAM');
  t.same(after('-machine'), ['q35,memory-backend=ram']);
  const none = qemuArgs({ ...base, initrd: '/k/initrd.img' });
  t.notOk(none.some((v) => v.includes('vhost-user-vsock')));
});

t.test('qemu args: virtio-fs is a vhost-user-fs-pci device with the tag on a chardev to virtiofsd, and no 9p', async (t) => {
  const a = qemuArgs({ ...base, initrd: '/k/initrd.img', virtioFs: { socket: '/s/virtiofsd.sock', tag: 'kataShared' } });
  const after = (flag: string): string[] => a.flatMap((v, i) => (v === flag ? [a[i + 1]!] : []));
  t.ok(after('-chardev').includes('socket,id=virtiofs0,path=/s/virtiofsd.sock'));
  t.ok(after('-device').includes('vhost-user-fs-pci,chardev=virtiofs0,tag=kataShared,queue-size=1024'));
  t.ok(after('-object').includes('memory-backend-memfd,id=ram,size=512M,share=on'), 'the daemon can map guest RAM');
  t.same(after('-machine'), ['q35,memory-backend=ram']);
  t.notOk(a.some((v) => v.includes('9p') || v.startsWith('local,')), 'no 9p device');
});

t.test('qemu args: one virtio-net NIC per tap fd, at fd 3, 4, … with the veth\'s MAC; vhost only when asked', async (t) => {
  const a = qemuArgs({ ...base, initrd: '/k/initrd.img', nics: [{ fd: 17, mac: '02:00:00:00:00:01', vhost: false }, { fd: 18, mac: '02:00:00:00:00:02', vhost: true }] });
  const after = (flag: string): string[] => a.flatMap((v, i) => (v === flag ? [a[i + 1]!] : []));
  t.same(after('-netdev'), ['tap,id=net0,fd=3', 'tap,id=net1,fd=4,vhost=on']);
  t.same(after('-device').filter((d) => d.startsWith('virtio-net')), ['virtio-net-pci,netdev=net0,mac=02:00:00:00:00:01,romfile=', 'virtio-net-pci,netdev=net1,mac=02:00:00:00:00:02,romfile=']);
  t.notOk(qemuArgs({ ...base, initrd: '/k/initrd.img' }).includes('-netdev'), 'no NIC without a pod network');
});

t.test('qemu args: seccompSandbox becomes -sandbox; empty or absent, none', async (t) => {
  const on = qemuArgs({ ...base, initrd: '/k/initrd.img', seccompSandbox: 'on,spawn=deny' });
  t.same(on.slice(on.indexOf('-sandbox'), on.indexOf('-sandbox') + 2), ['-sandbox', 'on,spawn=deny']);
  t.notOk(qemuArgs({ ...base, initrd: '/k/initrd.img', seccompSandbox: '' }).includes('-sandbox'));
  t.notOk(qemuArgs({ ...base, initrd: '/k/initrd.img' }).includes('-sandbox'));
});

t.test('minimal (tests, the bench floor): plain RAM, only the caller\'s parameters, console on stdio, no QMP', async (t) => {
  const a = qemuArgs({ ...base, initrd: '/k/initrd.img', minimal: true, consoleLog: undefined, qmpSocket: undefined, kernelParams: ['console=ttyS0', 'panic=-1'] });
  t.equal(a[a.indexOf('-machine') + 1], 'q35', 'no memory backend on the machine');
  t.notOk(a.some((x) => x.startsWith('memory-backend-memfd')), 'no shared memfd without a vhost-user device');
  t.equal(a[a.indexOf('-serial') + 1], 'stdio');
  t.notOk(a.includes('-qmp'));
  t.equal(a[a.indexOf('-append') + 1], 'console=ttyS0 panic=-1', 'no runtime defaults (quiet is the caller\'s choice)');
  const v = qemuArgs({ ...base, initrd: '/k/initrd.img', minimal: true, vhostUserVsock: { socket: '/s/v.sock' } });
  t.ok(v.includes('memory-backend-memfd,id=ram,size=512M,share=on'), 'a vhost-user device still gets shared RAM');
  const s = qemuArgs({ ...base, initrd: '/k/initrd.img', minimal: true, serialPorts: [{ socket: '/s/1.sock', name: 'h2g', nr: 1 }] });
  t.ok(s.includes('virtio-serial-pci,id=serial0') && s.includes('virtserialport,chardev=port0,nr=1,name=h2g'), 'extra serial ports with their numbers');
});

t.test('qemu args: the TCG translation cache size is -accel tcg,tb-size=N; 0 or absent is QEMU\'s default; KVM has none', async (t) => {
  const accelOf = (a: string[]): string[] => a.flatMap((v, i) => (v === '-accel' ? [a[i + 1]!] : []));
  t.same(accelOf(qemuArgs({ ...base, initrd: '/k/initrd.img', tcgTbSizeMiB: 32 })), ['tcg,tb-size=32']);
  t.same(accelOf(qemuArgs({ ...base, initrd: '/k/initrd.img', tcgTbSizeMiB: 0 })), ['tcg']);
  t.same(accelOf(qemuArgs({ ...base, initrd: '/k/initrd.img' })), ['tcg']);
  t.same(accelOf(qemuArgs({ ...base, accel: 'kvm', initrd: '/k/initrd.img', tcgTbSizeMiB: 32 })), ['kvm'], 'no translation cache under KVM');
  const a = qemuArgs({ ...base, initrd: '/k/initrd.img', tcgTbSizeMiB: 32 });
  t.notOk(a[a.indexOf('-machine') + 1]!.includes('accel='), 'the accelerator is named once: QEMU refuses -accel with -machine accel=');
  t.throws(() => qemuArgs({ ...base, initrd: '/k/initrd.img', tcgTbSizeMiB: -1 }), /translation cache size must be a whole number of MiB, got -1/);
  t.throws(() => qemuArgs({ ...base, initrd: '/k/initrd.img', tcgTbSizeMiB: 1.5 }), /got 1\.5/);
});

t.test('qemu args: free page reporting is a virtio-balloon device with free-page-reporting=on, and off unless asked for', async (t) => {
  const a = qemuArgs({ ...base, initrd: '/k/initrd.img', freePageReporting: true });
  t.equal(a.filter((v) => v === 'virtio-balloon-pci,id=balloon0,free-page-reporting=on').length, 1);
  t.notOk(qemuArgs({ ...base, initrd: '/k/initrd.img' }).some((v) => v.includes('balloon')));
  t.notOk(qemuArgs({ ...base, initrd: '/k/initrd.img', freePageReporting: false }).some((v) => v.includes('balloon')));
});

t.test('qemu args: guest RAM is a shared memfd in the runtime\'s VMs, and in a minimal VM exactly when a vhost-user device maps it', async (t) => {
  const shared = (a: string[]): boolean => a.includes('memory-backend-memfd,id=ram,size=512M,share=on') && a.includes('q35,memory-backend=ram');
  const cases: Array<[string, Partial<QemuVmSpec>, boolean]> = [
    ['nothing', {}, false],
    ['virtio-serial and 9p', { agentChannel: { socket: '/s/a.sock', name: 'agent.channel.0' }, sharedDir: { path: '/s/shared', tag: 'kataShared' } }, false],
    ['vhost-user-vsock', { vhostUserVsock: { socket: '/s/v.sock' } }, true],
    ['virtio-fs', { virtioFs: { socket: '/s/fs.sock', tag: 'kataShared' } }, true],
    ['both', { vhostUserVsock: { socket: '/s/v.sock' }, virtioFs: { socket: '/s/fs.sock', tag: 'kataShared' } }, true],
  ];
  for (const [what, extra, want] of cases) {
    t.ok(shared(qemuArgs({ ...base, initrd: '/k/initrd.img', ...extra })), `${what}: shared memfd`);
    t.equal(shared(qemuArgs({ ...base, initrd: '/k/initrd.img', minimal: true, ...extra })), want, `${what}, minimal: ${want ? 'shared memfd' : 'plain RAM'}`);
  }
  t.notOk(qemuArgs({ ...base, initrd: '/k/initrd.img' }).some((v) => v.includes('prealloc')), 'guest RAM is never preallocated');
});

t.test('hot-plug: -smp maxcpus and -m slots/maxmem give room to grow; DIMMs are backed as boot RAM is', async (t) => {
  const hotplug = { maxVcpus: 4, memorySlots: 10, maxMemoryMiB: 4096 };
  const after = (a: string[], flag: string): string[] => a.flatMap((v, i) => (v === flag ? [a[i + 1]!] : []));
  const a = qemuArgs({ ...base, initrd: '/k/initrd.img', hotplug });
  t.same(after(a, '-smp'), ['2,maxcpus=4']);
  t.same(after(a, '-m'), ['512M,slots=10,maxmem=4096M']);
  const img = qemuArgs({ ...base, image: { path: '/k/img', bytes: 256 << 20, nvdimm: true }, hotplug });
  t.same(after(img, '-m'), ['512M,slots=11,maxmem=5376M'], 'the nvdimm takes one more slot and its own room');
  const none = qemuArgs({ ...base, initrd: '/k/initrd.img' });
  t.same([after(none, '-smp'), after(none, '-m')], [['2'], ['512M']], 'no hot-plug asked: a fixed VM');
  const full = qemuArgs({ ...base, initrd: '/k/initrd.img', hotplug: { maxVcpus: 2, memorySlots: 10, maxMemoryMiB: 512 } });
  t.same([after(full, '-smp'), after(full, '-m')], [['2'], ['512M']], 'nothing to grow into: no maxcpus, slots or maxmem');
  t.throws(() => qemuArgs({ ...base, machineType: 'microvm', initrd: '/k/initrd.img', hotplug }), /microvm has no ACPI hot-plug/);
  // Guest RAM is a shared memfd whenever a vhost-user back-end maps it; a DIMM must be mappable too.
  t.same(dimmBackend({}, 'm1', 1 << 30), { 'qom-type': 'memory-backend-memfd', id: 'm1', size: 1 << 30, share: true });
  t.same(dimmBackend({ minimal: true }, 'm1', 1 << 30), { 'qom-type': 'memory-backend-ram', id: 'm1', size: 1 << 30 });
  t.same(dimmBackend({ minimal: true, vhostUserVsock: { socket: '/s' } }, 'm1', 1 << 30), { 'qom-type': 'memory-backend-memfd', id: 'm1', size: 1 << 30, share: true });
});

t.test('the next DIMM goes after every memory device, at a guest memory block boundary', async (t) => {
  const G = 1 << 30;
  t.equal(nextDimmAddress([]), undefined, 'none yet: QEMU\'s own first address');
  // A 300 MiB rootfs nvdimm at the start of device memory: the DIMM starts at the next 128 MiB.
  t.equal(nextDimmAddress([{ data: { addr: 4 * G, size: 300 << 20 } }]), 4 * G + (384 << 20));
  t.equal(nextDimmAddress([{ data: { addr: 4 * G, size: 1 * G } }, { data: { addr: 5 * G, size: 128 << 20 } }, {}]), 5 * G + (128 << 20), 'the highest end; devices without an address ignored');
});

t.test('qemu args: an entropy source is a virtio-rng device on QEMU\'s rng-random backend, and none unless asked for', async (t) => {
  const a = qemuArgs({ ...base, initrd: '/k/initrd.img', entropySource: '/dev/urandom' });
  const obj = a.indexOf('rng-random,id=rng0,filename=/dev/urandom');
  t.equal(a[obj - 1], '-object');
  t.equal(a[a.indexOf('virtio-rng-pci,rng=rng0') - 1], '-device');
  t.notOk(qemuArgs({ ...base, initrd: '/k/initrd.img' }).some((v) => v.includes('rng')));
  t.notOk(qemuArgs({ ...base, initrd: '/k/initrd.img', entropySource: '' }).some((v) => v.includes('rng')));
});

t.test('qemu args: a VM template\'s RAM is a file, shared by the template and copy-on-write in a clone, which waits for its state', async (t) => {
  const serial = { initrd: '/k/initrd.img', agentChannel: { socket: '/s/agent.sock', name: 'agent.channel.0' }, sharedDir: { path: '/s/shared', tag: 'kataShared' } };
  const objects = (a: string[]): string[] => a.flatMap((v, i) => (v === '-object' ? [a[i + 1]!] : []));
  const tpl = qemuArgs({ ...base, ...serial, ramFile: { path: '/t/memory', share: true } });
  t.ok(objects(tpl).includes('memory-backend-file,id=ram,size=512M,mem-path=/t/memory,share=on'));
  t.notOk(tpl.includes('-incoming'), 'the template boots');
  const clone = qemuArgs({ ...base, ...serial, ramFile: { path: '/t/memory', share: false }, incoming: true });
  t.ok(objects(clone).includes('memory-backend-file,id=ram,size=512M,mem-path=/t/memory,share=off'));
  t.notOk(objects(clone).some((o) => o.startsWith('memory-backend-memfd')), 'no memfd besides');
  t.same(clone.slice(-2), ['-incoming', 'defer'], 'the clone waits for its state over QMP');
  // Everything else is the same command line: QEMU restores a state only into the same devices.
  const strip = (a: string[]): string[] => a.filter((v) => !v.startsWith('memory-backend-') && v !== '-incoming' && v !== 'defer');
  t.same(strip(clone), strip(tpl));
  t.throws(() => qemuArgs({ ...base, initrd: '/k/initrd.img', virtioFs: { socket: '/s/fs.sock', tag: 'kataShared' }, ramFile: { path: '/t/memory', share: false } }), /copy-on-write from \/t\/memory cannot be shared with a vhost-user back-end \(virtio-fs\): use virtio-serial and virtio-9p/);
  t.throws(() => qemuArgs({ ...base, initrd: '/k/initrd.img', vhostUserVsock: { socket: '/s/v.sock' }, ramFile: { path: '/t/memory', share: false } }), /\(hybrid vsock\)/);
  t.throws(() => qemuArgs({ ...base, ...serial, ramFile: { path: '/t/a,b', share: true } }), /QEMU cannot take a path with a comma/);
});

t.test('qemu args: the guest CPU is max under TCG and host under KVM; cpu_features follow that model', async (t) => {
  const cpu = (s: Partial<QemuVmSpec>): string | undefined => { const a = qemuArgs({ ...base, initrd: '/i', ...s }); return a[a.indexOf('-cpu') + 1]; };
  t.equal(cpu({}), 'max');
  t.equal(cpu({ accel: 'kvm' }), 'host');
  t.equal(defaultCpuModel('tcg'), 'max');
  t.equal(defaultCpuModel('kvm'), 'host');
  const withFeatures = (accel: 'kvm' | 'tcg', cpuFeatures: string): string | undefined => {
    const c = parseConfig(`[hypervisor.qemu]\ninitrd = "/i"\ncpu_features = "${cpuFeatures}"\n`, '/t/configuration.toml');
    const plan: VmPlan = { consoleLog: '/s/console.log', controlSocket: '/s/qmp.sock', accel, vcpus: 1, memoryMiB: 512, limits: { maxVcpus: 1, memorySlots: 1, maxMemoryMiB: 512 }, kernelParams: [], devices: {} };
    return qemuSpec(c, plan).cpuModel;
  };
  t.equal(withFeatures('tcg', ''), undefined, 'no cpu_features: the default model');
  t.equal(withFeatures('tcg', '-avx2'), 'max,-avx2');
  t.equal(withFeatures('kvm', 'pmu=off'), 'host,pmu=off');
});
