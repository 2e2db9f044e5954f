// Which accelerator QEMU gets: `auto` uses KVM only when the host really has hardware
// virtualization — a vmx/svm CPU flag, the kvm_intel/kvm_amd module loaded, and a /dev/kvm on
// which the addon's probe (kvm-probe.ts) created a VM and ran a real-mode vCPU — otherwise TCG
// with a warning; `kvm` without all of it is an error that says what failed. chooseAccel is a
// pure function of the host's facts (HostVirt), so tests pass made-up hosts.
import { existsSync, readFileSync } from 'node:fs';
import { type KvmProbe, kvmProbeFailure, probeKvm } from './kvm-probe.js';

export type AccelSetting = 'auto' | 'kvm' | 'tcg';

export interface HostVirt {
  cpuFlag: 'vmx' | 'svm' | undefined;
  kvmModule: 'kvm_intel' | 'kvm_amd' | undefined;
  devKvm: boolean;
  /** The addon's probe of /dev/kvm; undefined when it was not run (see probeHost). */
  kvm: KvmProbe | undefined;
}

/**
 * The host's facts. /dev/kvm is probed only when the CPU flag and the module are there: without
 * them chooseAccel refuses KVM anyway, and a PVM-style /dev/kvm could spend the probe's whole
 * time bound failing a real-mode run on every sandbox start. `kata-runtime check` probes it
 * regardless, to show its capabilities.
 */
export function probeHost(root = '/', probe: (path: string) => KvmProbe = probeKvm): HostVirt {
  const cpuinfo = existsSync(`${root}proc/cpuinfo`) ? readFileSync(`${root}proc/cpuinfo`, 'utf8') : '';
  const flags = new Set((/^flags\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? '').split(/\s+/));
  const cpuFlag = flags.has('vmx') ? 'vmx' : flags.has('svm') ? 'svm' : undefined;
  // The module for this CPU's flag: a kernel with both built in has both under /sys/module.
  const loaded = (m: 'kvm_intel' | 'kvm_amd'): boolean => existsSync(`${root}sys/module/${m}`);
  const wanted = cpuFlag === 'vmx' ? 'kvm_intel' : cpuFlag === 'svm' ? 'kvm_amd' : undefined;
  const kvmModule = wanted ? (loaded(wanted) ? wanted : undefined) : loaded('kvm_intel') ? 'kvm_intel' : loaded('kvm_amd') ? 'kvm_amd' : undefined;
  const devKvm = existsSync(`${root}dev/kvm`);
  return { cpuFlag, kvmModule, devKvm, kvm: cpuFlag && kvmModule && devKvm ? probe(`${root}dev/kvm`) : undefined };
}

/** Why KVM cannot be used on this host, or undefined when it can. */
export function kvmUnavailable(h: HostVirt): string | undefined {
  if (!h.cpuFlag) {
    return h.devKvm
      ? 'the CPU has no vmx or svm flag: this /dev/kvm is not hardware virtualization (a PVM-style KVM runs an unmodified guest only by emulation)'
      : 'the CPU has no vmx or svm flag (no hardware virtualization exposed)';
  }
  if (!h.kvmModule) return `${h.cpuFlag === 'vmx' ? 'kvm_intel' : 'kvm_amd'} (the KVM module for the CPU's ${h.cpuFlag} flag) is not loaded`;
  if (!h.devKvm) return '/dev/kvm is missing';
  if (!h.kvm) return '/dev/kvm was not probed';
  return kvmProbeFailure(h.kvm);
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
