// Readers of /proc for the metrics Kata's kata-monitor exposes: one process's status, stat, io,
// fds and threads (the shim and QEMU on the host, the agent in the guest), and the guest's
// meminfo, loadavg, stat and vmstat. Values are as Kata reports them: sizes in bytes (meminfo's
// and status's kB times 1024), CPU times in clock ticks, items named in Kata's snake_case.
// Used by lib/common/metrics/families.ts; pure parsers are exported for tests.
import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: /proc times are in 1/100 s on every Linux architecture we run on (man 5 proc). */
export const CLOCK_TICKS = 100;

/** Kata's item name for a /proc/meminfo or /proc/<pid>/status key: MemTotal → mem_total. */
export function itemName(key: string): string {
  const s = key
    .replace(/HugePages/g, 'Hugepages')
    .replace(/\((\w+)\)/g, '_$1')
    .replace(/Percpu/, 'PerCpu')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z])(\d)/g, '$1_$2')
    .toLowerCase();
  // DirectMap2M, DirectMap1G keep their unit's case in Kata's names.
  return s.replace(/^direct_map_(\d+)_?([mg])$/, (_m, n: string, u: string) => `direct_map_${n}${u.toUpperCase()}`);
}

/**
 * "Key:   123 kB" lines → item → value (kB as bytes); lines without a number are skipped. Kata names
 * meminfo's items in snake_case (mem_total) and status's in lower case (vmrss, rssanon).
 */
export function parseKeyValues(text: string, name: (key: string) => string = itemName): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^([^:]+):\s+(\d+)(\s+kB)?\s*$/.exec(line);
    if (m) out.set(name(m[1]!), Number(m[2]) * (m[3] ? 1024 : 1));
  }
  return out;
}

export interface ProcStat {
  ppid: number;
  utime: number;
  stime: number;
  cutime: number;
  cstime: number;
  numThreads: number;
  /** Since boot, in clock ticks. */
  startTime: number;
  vsize: number;
  rssPages: number;
}

/** /proc/<pid>/stat (man 5 proc: fields after the parenthesised command name). */
export function parseProcStat(text: string): ProcStat {
  const rest = text.slice(text.lastIndexOf(')') + 2).trim().split(/\s+/).map(Number);
  // rest[0] is field 3 (state); field n is rest[n - 3].
  const f = (n: number): number => rest[n - 3] ?? 0;
  return { ppid: f(4), utime: f(14), stime: f(15), cutime: f(16), cstime: f(17), numThreads: f(20), startTime: f(22), vsize: f(23), rssPages: f(24) };
}

/** /proc/<pid>/io, with Kata's item names (cancelled_write_bytes, read_bytes, …). */
export function parseIo(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^(\w+):\s+(\d+)$/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}

export interface ProcessFigures {
  status: Map<string, number>;
  stat: ProcStat;
  io: Map<string, number> | undefined;
  fds: number;
}

/** One process's figures; throws (ENOENT) when it is gone. pid may be 'self'. */
export function readProcess(pid: number | 'self'): ProcessFigures {
  const dir = `/proc/${pid}`;
  let io: Map<string, number> | undefined;
  try {
    io = parseIo(readFileSync(`${dir}/io`, 'utf8'));
  } catch {
    io = undefined; // needs ptrace rights over the process; absent in some kernels
  }
  return {
    status: parseKeyValues(readFileSync(`${dir}/status`, 'utf8'), (k) => k.toLowerCase()),
    stat: parseProcStat(readFileSync(`${dir}/stat`, 'utf8')),
    io,
    fds: readdirSync(`${dir}/fd`).length,
  };
}

/** /proc/loadavg: load1, load5, load15 and the running/total tasks. */
export function parseLoadavg(text: string): { load1: number; load5: number; load15: number; running: number; tasks: number } {
  const [l1, l5, l15, rt] = text.trim().split(/\s+/);
  const [running, tasks] = (rt ?? '0/0').split('/').map(Number);
  return { load1: Number(l1), load5: Number(l5), load15: Number(l15), running: running ?? 0, tasks: tasks ?? 0 };
}

const CPU_ITEMS = ['user', 'nice', 'system', 'idle', 'iowait', 'irq', 'softirq', 'steal', 'guest', 'guest_nice'] as const;

/** /proc/stat's cpu lines: cpu ("total" or the number) → item → clock ticks. */
export function parseCpuTimes(text: string): Array<{ cpu: string; item: string; value: number }> {
  const out: Array<{ cpu: string; item: string; value: number }> = [];
  for (const line of text.split('\n')) {
    const m = /^cpu(\d*)\s+(.*)$/.exec(line);
    if (!m) continue;
    const values = m[2]!.trim().split(/\s+/).map(Number);
    CPU_ITEMS.forEach((item, i) => {
      if (values[i] !== undefined) out.push({ cpu: m[1] === '' ? 'total' : m[1]!, item, value: values[i]! });
    });
  }
  return out;
}

/** /proc/vmstat: "name value" lines. */
export function parseVmstat(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^(\w+)\s+(\d+)$/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}
