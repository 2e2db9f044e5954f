// What this host's KVM offers kata-ts, as a typed result: the addon's probe of /dev/kvm
// (native/src/kvm/probe.h: API version, the capabilities QEMU and a small VMM need, a VM create,
// a real-mode vCPU run), reduced to one question — can KVM run our guests, and if not, why.
// Called by accel.ts's probeHost (accel = "auto" / "kvm") and by `kata-runtime check`.
import { type NativeKvmCapability, type NativeKvmError, type NativeKvmProbe, type NativeKvmRealModeRun, loadAddon } from '../common/native/addon.js';

export const DEFAULT_KVM_DEVICE = '/dev/kvm';

export type KvmError = NativeKvmError;
export type KvmCapability = NativeKvmCapability;
export type KvmRealModeRun = NativeKvmRealModeRun;

/** The device answered as KVM. */
export interface KvmDevice {
  apiVersion: number;
  vcpuMmapSize: number;
  checkedOnVm: boolean;
  capabilities: KvmCapability[];
}

export type KvmVm = { created: true; realMode: KvmRealModeRun } | { created: false; error: KvmError };

export type KvmProbe =
  | { path: string; kind: 'no-addon'; error: string }
  | { path: string; kind: 'not-kvm'; error: KvmError }
  | { path: string; kind: 'kvm'; device: KvmDevice; vm: KvmVm };

/** The addon's plain object as a KvmProbe; a shape it should never have is an Error naming the field. */
export function fromNative(n: NativeKvmProbe): KvmProbe {
  if (n.deviceError) return { path: n.path, kind: 'not-kvm', error: n.deviceError };
  const { apiVersion, vcpuMmapSize, checkedOnVm, capabilities, vmCreated, vmError, realMode } = n;
  const disagree = (field: string): Error => new Error(`kvmProbe(${n.path}) returned no ${field}: the addon and lib/hypervisor/kvm-probe.ts disagree; rebuild the addon`);
  if (apiVersion === undefined) throw disagree('apiVersion');
  if (vcpuMmapSize === undefined) throw disagree('vcpuMmapSize');
  if (checkedOnVm === undefined) throw disagree('checkedOnVm');
  if (capabilities === undefined) throw disagree('capabilities');
  const device = { apiVersion, vcpuMmapSize, checkedOnVm, capabilities };
  if (vmCreated) {
    if (!realMode) throw disagree('realMode');
    return { path: n.path, kind: 'kvm', device, vm: { created: true, realMode } };
  }
  if (!vmError) throw disagree('vmError');
  return { path: n.path, kind: 'kvm', device, vm: { created: false, error: vmError } };
}

const cache = new Map<string, KvmProbe>();

/**
 * Probes path once per process (a VM create and a bounded vCPU run cost milliseconds, and the
 * answer does not change while we run). A missing addon is a result too, not a throw: callers
 * decide whether KVM was needed.
 */
export function probeKvm(path: string = DEFAULT_KVM_DEVICE): KvmProbe {
  const known = cache.get(path);
  if (known) return known;
  let result: KvmProbe;
  try {
    result = fromNative(loadAddon().kvmProbe(path));
  } catch (e) {
    result = { path, kind: 'no-addon', error: `the kata-ts addon could not probe ${path}: ${(e as Error).message.split('\n')[0]}` };
  }
  cache.set(path, result);
  return result;
}

/** Why this KVM cannot run kata-ts's guests, or undefined when it can. */
export function kvmProbeFailure(p: KvmProbe): string | undefined {
  if (p.kind === 'no-addon') return p.error;
  if (p.kind === 'not-kvm') return p.error.message;
  if (!p.vm.created) return p.vm.error.message;
  const lacking = p.device.capabilities.filter((c) => c.required && !c.present);
  if (lacking.length > 0) return `${p.path} lacks ${lacking.map((c) => c.error ? `${c.name} (${c.error.message})` : c.name).join(', ')}`;
  if (!p.vm.realMode.ok) return `a VM was created but its real-mode vCPU run failed: ${p.vm.realMode.failure ?? 'no reason given'}`;
  return undefined;
}
