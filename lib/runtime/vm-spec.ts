// The QEMU spec of a sandbox's VM, from the configuration and what the runtime planned for it (its
// directory, size, agent channel, shared directory, network, identity). One function for the
// sandbox (sandbox.ts) and the VM template (lib/factory/template.ts): a clone restores only into
// a VM whose devices are the template's, so both must build their command line the same way.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { RuntimeConfig } from '../config/types.js';
import type { QemuVmSpec, RunAs } from '../hypervisor/qemu-args.js';
import type { SandboxChannel } from '../agent/channel.js';
import type { SandboxSharedFs } from './shared-fs.js';
import { type VmSize, vmLimits } from './sizing.js';

export interface VmPlan {
  /** The VM's own directory: its console log and QMP socket go there. */
  dir: string;
  accel: 'kvm' | 'tcg';
  size: VmSize;
  /** Every kernel parameter after the runtime's base ones (guestKernelParams, then the sandbox's own). */
  kernelParams: string[];
  channel: SandboxChannel;
  sharedFs: SandboxSharedFs;
  runAs?: RunAs;
  network?: Pick<QemuVmSpec, 'netns' | 'nics'>;
}

/** default_vcpus and default_memory: the size of a pod that asks for nothing (and of the template). */
export function baseSize(c: RuntimeConfig): VmSize {
  const q = c.hypervisor.qemu;
  return { vcpus: Math.min(q.defaultVcpus, vmLimits(q).maxVcpus), memoryMiB: q.defaultMemory };
}

/** The kernel parameters every VM of this configuration gets: the agent channel's, the file's, the agent's log level. */
export function guestKernelParams(c: RuntimeConfig, channel: SandboxChannel): string[] {
  const q = c.hypervisor.qemu;
  const params = [...channel.kernelParams, ...(q.kernelParams ? q.kernelParams.split(/\s+/).filter(Boolean) : [])];
  if (c.agent.kata.enableDebug) params.push('agent.log=debug');
  return params;
}

export function vmSpec(c: RuntimeConfig, p: VmPlan): QemuVmSpec {
  const q = c.hypervisor.qemu;
  const limits = vmLimits(q);
  // microvm has no ACPI: its VM keeps its boot size.
  const hotplug = q.machineType === 'microvm' ? undefined : { maxVcpus: limits.maxVcpus, memorySlots: limits.memorySlots, maxMemoryMiB: limits.maxMemoryMiB };
  return {
    qemuPath: q.path,
    machineType: q.machineType as 'q35',
    accel: p.accel,
    tcgTbSizeMiB: q.tcgTbSizeMb,
    freePageReporting: q.reclaimGuestFreedMemory,
    entropySource: q.entropySource, // '': no device
    vcpus: p.size.vcpus,
    memoryMiB: p.size.memoryMiB,
    ...(hotplug ? { hotplug } : {}),
    kernel: q.kernel,
    ...(q.image ? { image: { path: q.image, bytes: statSync(q.image).size, nvdimm: !q.disableImageNvdimm } } : { initrd: q.initrd }),
    kernelParams: p.kernelParams,
    consoleLog: sandboxConsoleLog(p.dir),
    qmpSocket: sandboxQmpSocket(p.dir),
    ...p.channel.qemu,
    ...p.sharedFs.qemu,
    newNetns: !c.runtime.disableNewNetns,
    seccompSandbox: q.seccompSandbox,
    ...(p.runAs ? { runAs: p.runAs } : {}),
    ...p.network,
  };
}

/** Where a sandbox's QEMU writes its serial console, in the sandbox's directory. */
export const sandboxConsoleLog = (dir: string): string => join(dir, 'console.log');
/** Where a sandbox's QEMU serves QMP, in the sandbox's directory. */
export const sandboxQmpSocket = (dir: string): string => join(dir, 'qmp.sock');
