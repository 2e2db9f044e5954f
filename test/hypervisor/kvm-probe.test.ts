// lib/hypervisor/kvm-probe.ts over the real addon where that needs no KVM (a missing device,
// /dev/null), and its reading of the addon's object with made-up ones. The probe of a real
// /dev/kvm runs in the C++ tests (native/test/kvm_test.cc) and in the nested test host.
import { existsSync } from 'node:fs';
import t from 'tap';
import type { NativeKvmProbe } from '../../lib/common/native/addon.js';
import { fromNative, kvmProbeFailure, probeKvm } from '../../lib/hypervisor/kvm-probe.js';

t.test('kvm probe: a device that does not exist is not-kvm with ENOENT and the path', async (t) => {
  const p = probeKvm('/nonexistent/kvm');
  t.match(p, { path: '/nonexistent/kvm', kind: 'not-kvm', error: { code: 'ENOENT', errno: 2, message: 'open /nonexistent/kvm: ENOENT (No such file or directory)' } });
  t.equal(kvmProbeFailure(p), 'open /nonexistent/kvm: ENOENT (No such file or directory)');
  t.equal(probeKvm('/nonexistent/kvm'), p, 'asked once per process');
});

t.test('kvm probe: a device that is not KVM names the ioctl that refused', async (t) => {
  const p = probeKvm('/dev/null');
  t.match(p, { kind: 'not-kvm', error: { code: 'ENOTTY', message: /^KVM_GET_API_VERSION on \/dev\/null: ENOTTY/ } });
});

t.test('kvm probe: this host', async (t) => {
  const p = probeKvm();
  if (!existsSync('/dev/kvm')) t.match(p, { kind: 'not-kvm', error: { code: 'ENOENT' } }, 'no /dev/kvm here');
  else t.equal(p.kind, 'kvm', `a /dev/kvm that answers: ${kvmProbeFailure(p) ?? 'usable'}`);
});

t.test('kvm probe: the addon\'s object becomes a typed result; a field it lacks is an error naming it', async (t) => {
  const base: NativeKvmProbe = { path: '/dev/kvm', usable: true, apiVersion: 12, vcpuMmapSize: 12288, checkedOnVm: true, vmCreated: true,
    capabilities: [{ name: 'KVM_CAP_IRQFD', number: 32, required: true, neededFor: 'x', present: true, value: 1 }],
    realMode: { ok: true, exits: ['KVM_EXIT_IO out port 0x3f8 size 1 count 1 byte 0x4b \'K\'', 'KVM_EXIT_HLT'], elapsedMs: 2 } };
  const ok = fromNative(base);
  t.match(ok, { kind: 'kvm', device: { apiVersion: 12, capabilities: [{ name: 'KVM_CAP_IRQFD' }] }, vm: { created: true, realMode: { ok: true } } });
  t.equal(kvmProbeFailure(ok), undefined);
  const noVm = fromNative({ ...base, usable: false, vmCreated: false, realMode: undefined, vmError: { message: 'KVM_CREATE_VM on /dev/kvm: EINVAL (Invalid argument)', code: 'EINVAL', errno: 22 } });
  t.equal(kvmProbeFailure(noVm), 'KVM_CREATE_VM on /dev/kvm: EINVAL (Invalid argument)');
  const capError = fromNative({ ...base, capabilities: [{ name: 'KVM_CAP_IRQFD', number: 32, required: true, neededFor: 'x', present: false, value: 0, error: { message: 'KVM_CHECK_EXTENSION 32 on the VM: EIO (Input/output error)', code: 'EIO', errno: 5 } }] });
  t.equal(kvmProbeFailure(capError), '/dev/kvm lacks KVM_CAP_IRQFD (KVM_CHECK_EXTENSION 32 on the VM: EIO (Input/output error))');
  t.throws(() => fromNative({ ...base, capabilities: undefined }), /kvmProbe\(\/dev\/kvm\) returned no capabilities: .* rebuild the addon/);
  t.throws(() => fromNative({ ...base, realMode: undefined }), /returned no realMode/);
});
