// The plan of a sandbox's VM (lib/hypervisor/plan.ts), from the configuration and what the runtime
// decided for it: its directory, size and room to grow, kernel parameters, agent channel, shared
// directory, network and identity. One function for the sandbox's VM (sandbox-vm.ts) and the VM
// template's status (lib/factory/template.ts): a clone restores only into a VM whose devices are the template's, so
// both must plan it the same way.
import { join } from 'node:path';
import type { RuntimeConfig } from '../config/types.js';
import type { SandboxChannel } from '../agent/channel.js';
import type { RunAs, VmNetwork, VmPlan } from '../hypervisor/plan.js';
import type { SandboxSharedFs } from './shared-fs.js';
import { type VmSize, vmLimits } from './sizing.js';

export interface VmChoices {
  /** The VM's own directory: its console log and control socket go there. */
  dir: string;
  accel: 'kvm' | 'tcg';
  size: VmSize;
  /** Every kernel parameter after the runtime's base ones (guestKernelParams, then the sandbox's own). */
  kernelParams: string[];
  channel: SandboxChannel;
  sharedFs: SandboxSharedFs;
  runAs?: RunAs;
  network?: VmNetwork;
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

export function vmPlan(c: RuntimeConfig, p: VmChoices): VmPlan {
  return {
    consoleLog: sandboxConsoleLog(p.dir),
    controlSocket: sandboxQmpSocket(p.dir),
    accel: p.accel,
    vcpus: p.size.vcpus,
    memoryMiB: p.size.memoryMiB,
    limits: vmLimits(c.hypervisor.qemu),
    kernelParams: p.kernelParams,
    devices: { ...p.channel.devices, ...p.sharedFs.devices },
    ...(p.runAs ? { runAs: p.runAs } : {}),
    ...(p.network ? { network: p.network } : {}),
  };
}

/** Where a sandbox's VM writes its serial console, in the sandbox's directory. */
export const sandboxConsoleLog = (dir: string): string => join(dir, 'console.log');
/** Where a sandbox's VMM serves its control socket (QEMU's QMP), in the sandbox's directory. */
export const sandboxQmpSocket = (dir: string): string => join(dir, 'qmp.sock');
