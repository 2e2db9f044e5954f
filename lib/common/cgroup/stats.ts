// The statistics a Cgroup reports, the same shape for v1 and v2 (what the Task API's metrics need).
// Times are nanoseconds, sizes bytes; an absent limit means unlimited.

export interface CpuStats {
  usageTotalNs: number;
  usageUserNs: number;
  usageSystemNs: number;
  /** v1 cpuacct.usage_percpu; cgroup v2 has no per-CPU usage. */
  perCpuNs?: number[];
  throttling: { periods: number; throttledPeriods: number; throttledTimeNs: number };
}

export interface MemoryStats {
  usage: number;
  /** Peak usage (v1 max_usage_in_bytes, v2 memory.peak where the kernel has it). */
  maxUsage?: number;
  limit?: number;
  /** Times the limit was hit (v1 failcnt, v2 memory.events "max"). */
  failcnt: number;
  oomKills: number;
  /** memory.stat as read. */
  stat: Record<string, number>;
}

export interface PidsStats {
  current: number;
  limit?: number;
}

export interface CgroupStats {
  cpu?: CpuStats;
  memory?: MemoryStats;
  pids?: PidsStats;
}
