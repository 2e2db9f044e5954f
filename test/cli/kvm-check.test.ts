// `kata-runtime check`'s KVM lines (kvmChecks in lib/cli/check.ts) from made-up probes: one line per
// capability, one for the VM and its real-mode run, one INFO line without /dev/kvm; how bad a
// missing piece is follows hypervisor.qemu.accel. No VM, no KVM needed.
import t from 'tap';
import { kvmChecks } from '../../lib/cli/check.js';
import type { KvmCapability, KvmProbe, KvmVm } from '../../lib/hypervisor/kvm-probe.js';

const caps: KvmCapability[] = [
  { name: 'KVM_CAP_IRQCHIP', number: 0, required: true, neededFor: 'in-kernel interrupt controllers', present: true, value: 1 },
  { name: 'KVM_CAP_MAX_VCPUS', number: 66, required: true, neededFor: 'most vCPUs per VM', present: true, value: 1024 },
  { name: 'KVM_CAP_IRQFD', number: 32, required: true, neededFor: 'eventfd to guest interrupt', present: false, value: 0 },
  { name: 'KVM_CAP_PIT2', number: 33, required: false, neededFor: 'in-kernel i8254 timer', present: false, value: 0 },
];
const ran: KvmVm = { created: true, realMode: { ok: true, exits: ["KVM_EXIT_IO out port 0x3f8 size 1 count 1 byte 0x4b 'K'", 'KVM_EXIT_HLT'], elapsedMs: 1.25 } };
const probe = (vm: KvmVm = ran, capabilities = caps): KvmProbe => ({ path: '/dev/kvm', kind: 'kvm', device: { apiVersion: 12, vcpuMmapSize: 12288, checkedOnVm: true, capabilities }, vm });

t.test('kvm check: without /dev/kvm one INFO line saying why nothing was checked', async (t) => {
  for (const setting of ['auto', 'kvm', 'tcg'] as const) {
    t.same(kvmChecks(setting, undefined), [{ name: 'kvm', status: 'info', detail: 'capabilities not checked: /dev/kvm does not exist (no KVM on this host; TCG needs none)' }]);
  }
});

t.test('kvm check: one line per capability in order, then the VM; OK with the value, a missing one says what it is for', async (t) => {
  const lines = kvmChecks('auto', probe());
  t.same(lines.map((l) => l.name), ['kvm KVM_CAP_IRQCHIP', 'kvm KVM_CAP_MAX_VCPUS', 'kvm KVM_CAP_IRQFD', 'kvm KVM_CAP_PIT2', 'kvm vm']);
  t.same(lines[0], { name: 'kvm KVM_CAP_IRQCHIP', status: 'ok', detail: 'present: in-kernel interrupt controllers' });
  t.same(lines[1], { name: 'kvm KVM_CAP_MAX_VCPUS', status: 'ok', detail: 'present (1024): most vCPUs per VM' });
  t.same(lines[2], { name: 'kvm KVM_CAP_IRQFD', status: 'warn', detail: 'missing: needed for eventfd to guest interrupt' });
  t.same(lines[3], { name: 'kvm KVM_CAP_PIT2', status: 'warn', detail: 'missing (optional, QEMU runs without it): in-kernel i8254 timer' });
  t.same(lines[4], { name: 'kvm vm', status: 'ok', detail: "KVM_CREATE_VM and a real-mode vCPU run: KVM_EXIT_IO out port 0x3f8 size 1 count 1 byte 0x4b 'K', KVM_EXIT_HLT in 1.3 ms (API 12, vCPU mmap 12288 bytes, capabilities asked on the VM fd)" });
});

t.test('kvm check: a missing required piece FAILs under accel = "kvm", WARNs under auto, is INFO under tcg', async (t) => {
  const status = (setting: 'auto' | 'kvm' | 'tcg'): string[] => kvmChecks(setting, probe()).filter((l) => l.name === 'kvm KVM_CAP_IRQFD' || l.name === 'kvm KVM_CAP_PIT2').map((l) => l.status);
  t.same(status('kvm'), ['fail', 'warn']);
  t.same(status('auto'), ['warn', 'warn']);
  t.same(status('tcg'), ['info', 'info']);
});

t.test('kvm check: a VM that cannot be created or does not run, and a device that is not KVM, say why', async (t) => {
  const noVm = kvmChecks('kvm', probe({ created: false, error: { message: 'KVM_CREATE_VM on /dev/kvm: ENOMEM (Cannot allocate memory)', code: 'ENOMEM', errno: 12 } }));
  t.match(noVm.at(-1), { name: 'kvm vm', status: 'fail', detail: /^KVM_CREATE_VM on \/dev\/kvm: ENOMEM \(Cannot allocate memory\) \(API 12/ });
  const noRun = kvmChecks('auto', probe({ created: true, realMode: { ok: false, exits: [], elapsedMs: 2000, failure: 'the vCPU did not exit within 2000 ms (expected KVM_EXIT_IO)' } }));
  t.match(noRun.at(-1), { name: 'kvm vm', status: 'warn', detail: /^KVM_CREATE_VM worked; the real-mode vCPU run failed: the vCPU did not exit within 2000 ms/ });
  t.same(kvmChecks('auto', { path: '/dev/kvm', kind: 'not-kvm', error: { message: 'open /dev/kvm: EACCES (Permission denied)', code: 'EACCES', errno: 13 } }),
    [{ name: 'kvm', status: 'warn', detail: 'capabilities not checked: open /dev/kvm: EACCES (Permission denied)' }]);
  t.same(kvmChecks('kvm', { path: '/dev/kvm', kind: 'no-addon', error: 'the kata-ts addon could not probe /dev/kvm: not found' }),
    [{ name: 'kvm', status: 'fail', detail: 'capabilities not checked: the kata-ts addon could not probe /dev/kvm: not found' }]);
});
