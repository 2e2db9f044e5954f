// The resource limits a container asks for, in the shape of the OCI runtime spec's
// LinuxResources (config-linux.md "Control groups"), only the parts lib/common/cgroup applies.
// Minimal on purpose: the full spec type is lib/common/oci/spec.ts, and this one unifies with it.
// Numbers are bytes / microseconds / counts as in the spec; -1 means "no limit" where the spec
// allows it.

export interface LinuxMemory {
  /** Hard limit in bytes (v1 memory.limit_in_bytes, v2 memory.max). */
  limit?: number;
  /** Soft limit in bytes (v1 memory.soft_limit_in_bytes, v2 memory.low). */
  reservation?: number;
  /** Memory + swap limit in bytes, as the spec defines it (v2 writes swap - limit to memory.swap.max). */
  swap?: number;
  /** 0..100 (v1 only). */
  swappiness?: number;
  /** v1 only: memory.oom_control. */
  disableOOMKiller?: boolean;
}

export interface LinuxCPU {
  /** Relative weight (v1 cpu.shares, 2..262144; v2 cpu.weight converted). */
  shares?: number;
  /** Microseconds per period the group may run; -1 for no limit. */
  quota?: number;
  /** Period in microseconds for quota. */
  period?: number;
  /** CPU list, e.g. "0-1". */
  cpus?: string;
  /** Memory node list, e.g. "0". */
  mems?: string;
}

export interface LinuxPids {
  /** Maximum number of tasks; 0 or -1 for no limit. */
  limit: number;
}

export interface LinuxResources {
  memory?: LinuxMemory;
  cpu?: LinuxCPU;
  pids?: LinuxPids;
}

/** Throws a RangeError naming the field when a value cannot be right, before anything is written. */
export function validateResources(r: LinuxResources): void {
  const int = (v: number | undefined, name: string, min: number): void => {
    if (v === undefined) return;
    if (!Number.isSafeInteger(v) || (v < min && v !== -1))
      throw new RangeError(`resources.${name} must be an integer >= ${min} or -1, got ${v}`);
  };
  int(r.memory?.limit, 'memory.limit', 0);
  int(r.memory?.reservation, 'memory.reservation', 0);
  int(r.memory?.swap, 'memory.swap', 0);
  if (r.memory?.swappiness !== undefined && !(r.memory.swappiness >= 0 && r.memory.swappiness <= 100))
    throw new RangeError(`resources.memory.swappiness must be 0..100, got ${r.memory.swappiness}`);
  int(r.cpu?.shares, 'cpu.shares', 2);
  int(r.cpu?.quota, 'cpu.quota', 1000);
  int(r.cpu?.period, 'cpu.period', 1000);
  int(r.pids?.limit, 'pids.limit', 0);
  const list = /^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$/;
  for (const k of ['cpus', 'mems'] as const) {
    const v = r.cpu?.[k];
    if (v !== undefined && v !== '' && !list.test(v)) throw new RangeError(`resources.cpu.${k} is not a list like "0-1,3": ${JSON.stringify(v)}`);
  }
}

/** OCI cpu.shares (2..262144) to cgroup v2 cpu.weight (1..10000), the conversion runc and crun use. */
export function sharesToWeight(shares: number): number {
  if (shares <= 0) return 100;
  return 1 + Math.floor(((Math.min(Math.max(shares, 2), 262144) - 2) * 9999) / 262142);
}
