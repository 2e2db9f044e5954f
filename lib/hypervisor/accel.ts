// Which accelerator QEMU gets: `auto` uses KVM only when the host really has hardware
// virtualization (a vmx/svm CPU flag and the kvm_intel/kvm_amd module loaded, with /dev/kvm),
// otherwise TCG with a warning; `kvm` without it is an error that says what is missing.
import { existsSync, readFileSync } from 'node:fs';

export type AccelSetting = 'auto' | 'kvm' | 'tcg';

export interface HostVirt {
  cpuFlag: 'vmx' | 'svm' | undefined;
  kvmModule: 'kvm_intel' | 'kvm_amd' | undefined;
  devKvm: boolean;
}

export function probeHost(root = '/'): HostVirt {
  const cpuinfo = existsSync(`${root}proc/cpuinfo`) ? readFileSync(`${root}proc/cpuinfo`, 'utf8') : '';
  const flags = new Set((/^flags\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? '').split(/\s+/));
  return {
    cpuFlag: flags.has('vmx') ? 'vmx' : flags.has('svm') ? 'svm' : undefined,
    kvmModule: existsSync(`${root}sys/module/kvm_intel`) ? 'kvm_intel' : existsSync(`${root}sys/module/kvm_amd`) ? 'kvm_amd' : undefined,
    devKvm: existsSync(`${root}dev/kvm`),
  };
}

/** Why KVM cannot be used on this host, or undefined when it can. */
export function kvmUnavailable(h: HostVirt): string | undefined {
  if (!h.cpuFlag) return 'the CPU has no vmx or svm flag (no hardware virtualization exposed)';
  if (!h.kvmModule) return 'neither kvm_intel nor kvm_amd is loaded';
  if (!h.devKvm) return '/dev/kvm is missing';
  return undefined;
}

export interface AccelChoice {
  accel: 'kvm' | 'tcg';
  warning?: string;
}

export function chooseAccel(setting: AccelSetting, h: HostVirt): AccelChoice {
  const why = kvmUnavailable(h);
  if (setting === 'tcg') return { accel: 'tcg' };
  if (setting === 'kvm') {
    if (why) throw new Error(`hypervisor.qemu.accel = "kvm" but KVM cannot be used here: ${why}`);
    return { accel: 'kvm' };
  }
  return why ? { accel: 'tcg', warning: `KVM is not usable (${why}); using TCG, which is much slower` } : { accel: 'kvm' };
}
