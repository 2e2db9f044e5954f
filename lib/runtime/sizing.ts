// How big a sandbox's VM is: the configuration's default_vcpus and default_memory (what the guest
// kernel, the agent and the page cache need) plus what the sandbox's OCI spec limits ask for, so a
// container with a 1 GiB memory limit gets 1 GiB more than an idle guest, as Kata's static
// sandbox sizing does. Without limits the defaults alone. Used by Sandbox.create.
import { availableParallelism, totalmem } from 'node:os';
import type { LinuxResources } from '../common/cgroup/resources.js';

const MiB = 1024 * 1024;

export interface VmSize {
  vcpus: number;
  memoryMiB: number;
}

export interface HostSize {
  cpus: number;
  memoryMiB: number;
}

export function hostSize(): HostSize {
  return { cpus: availableParallelism(), memoryMiB: Math.floor(totalmem() / MiB) };
}

/**
 * Defaults plus the spec's limits: memory.limit bytes rounded up to MiB, cpu quota/period rounded
 * up to whole vCPUs. vCPUs are capped at the host's CPUs (more would only time-slice); a memory
 * size beyond the host's memory is an error naming the limit.
 */
export function vmSize(defaults: VmSize, resources: LinuxResources | undefined, host: HostSize = hostSize()): VmSize {
  let memoryMiB = defaults.memoryMiB;
  let vcpus = defaults.vcpus;
  const limit = resources?.memory?.limit;
  if (limit !== undefined && limit > 0) memoryMiB += Math.ceil(limit / MiB);
  const quota = resources?.cpu?.quota;
  const period = resources?.cpu?.period;
  if (quota !== undefined && quota > 0 && period !== undefined && period > 0) vcpus += Math.ceil(quota / period);
  if (memoryMiB > host.memoryMiB)
    throw new Error(`the sandbox needs ${memoryMiB} MiB (default_memory ${defaults.memoryMiB} + memory limit ${limit ?? 0} bytes), more than the host's ${host.memoryMiB} MiB`);
  return { vcpus: Math.min(vcpus, Math.max(1, host.cpus)), memoryMiB };
}
