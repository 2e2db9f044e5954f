// How big a sandbox's VM is, as Kata sizes it: the configuration's default_vcpus and
// default_memory (what the guest kernel, the agent and the page cache need) plus, for every
// container in the pod, its CPU quota rounded up to whole vCPUs and its memory limit. A pod made
// by the CRI starts from its pause container, which has no limits; each workload container that
// joins adds its own, and the runtime hot-plugs the difference (sandbox.ts, lib/hypervisor/qemu/vm.ts).
// A container made alone (ctr run) sizes the VM at boot. The ceilings are default_maxvcpus and
// default_maxmemory (0: the host's). Used by Sandbox.
import { availableParallelism, totalmem } from 'node:os';
import type { LinuxResources } from '../common/cgroup/resources.js';
import type { QemuConfig } from '../config/types.js';
import { GUEST_MEMORY_BLOCK } from '../hypervisor/plan.js';

const MiB = 1024 * 1024;

export interface VmSize {
  vcpus: number;
  memoryMiB: number;
}

export interface HostSize {
  cpus: number;
  memoryMiB: number;
}

/** How far a VM may grow. */
export interface VmLimits {
  maxVcpus: number;
  maxMemoryMiB: number;
  memorySlots: number;
}

export function hostSize(): HostSize {
  return { cpus: availableParallelism(), memoryMiB: Math.floor(totalmem() / MiB) };
}

/**
 * The ceilings from the configuration: default_maxvcpus (0: the host's CPUs; a larger value is
 * honoured, unlike Kata, which caps it at the host's cores: under emulation a vCPU is a thread and
 * time-slices like any other) and default_maxmemory (0: the host's memory).
 */
export function vmLimits(q: Pick<QemuConfig, 'maxVcpus' | 'maxMemory' | 'memorySlots'>, host: HostSize = hostSize()): VmLimits {
  return {
    maxVcpus: q.maxVcpus > 0 ? q.maxVcpus : Math.max(1, host.cpus),
    maxMemoryMiB: q.maxMemory > 0 ? q.maxMemory : host.memoryMiB,
    memorySlots: q.memorySlots,
  };
}

/** What one container's limits add: memory.limit bytes rounded up to MiB, cpu quota/period rounded up to whole vCPUs. */
export function containerSize(resources: LinuxResources | undefined): VmSize {
  const limit = resources?.memory?.limit;
  const quota = resources?.cpu?.quota;
  const period = resources?.cpu?.period;
  return {
    memoryMiB: limit !== undefined && limit > 0 ? Math.ceil(limit / MiB) : 0,
    vcpus: quota !== undefined && quota > 0 && period !== undefined && period > 0 ? Math.ceil(quota / period) : 0,
  };
}

/**
 * Defaults plus every container's limits. vCPUs are capped at limits.maxVcpus (Kata does the
 * same); memory beyond limits.maxMemoryMiB is an error naming the limits, since a guest that
 * cannot hold its containers' memory would only OOM.
 */
export function vmSize(defaults: VmSize, containers: Array<LinuxResources | undefined>, limits: VmLimits): VmSize {
  let { vcpus, memoryMiB } = defaults;
  let limitBytes = 0;
  for (const r of containers) {
    const add = containerSize(r);
    vcpus += add.vcpus;
    memoryMiB += add.memoryMiB;
    limitBytes += Math.max(0, r?.memory?.limit ?? 0);
  }
  if (memoryMiB > limits.maxMemoryMiB)
    throw new Error(`the sandbox needs ${memoryMiB} MiB (default_memory ${defaults.memoryMiB} + memory limits ${limitBytes} bytes), more than the ${limits.maxMemoryMiB} MiB it may have (default_maxmemory, or the host's memory)`);
  return { vcpus: Math.max(1, Math.min(vcpus, limits.maxVcpus)), memoryMiB };
}

/** Memory is hot-plugged in whole guest memory blocks, so every block can be onlined. */
export const MEMORY_BLOCK_MIB = GUEST_MEMORY_BLOCK / MiB;

/** What to hot-plug to go from `current` to `target` (never shrinks): vCPUs and MiB rounded up to whole blocks. */
export function growth(current: VmSize, target: VmSize): VmSize {
  const mem = Math.max(0, target.memoryMiB - current.memoryMiB);
  return { vcpus: Math.max(0, target.vcpus - current.vcpus), memoryMiB: Math.ceil(mem / MEMORY_BLOCK_MIB) * MEMORY_BLOCK_MIB };
}
