// The Prometheus metric families of a sandbox, named as Kata's kata-monitor names them
// (kata_shim_*, kata_hypervisor_*, kata_agent_*, kata_guest_*), built with prom-client on a
// registry of the caller's: one process's figures (the shim and QEMU on the host, the agent in
// the guest), the guest's own /proc figures, and each container's cgroup figures. Used by the
// agent's GetMetrics (guest/agent/metrics.ts, imported only when metrics are asked for) and by
// lib/cli/metrics.ts.
import { readFileSync } from 'node:fs';
import { Gauge, type Registry } from 'prom-client';
import type { CgroupStats } from '../cgroup/stats.js';
import { CLOCK_TICKS, type ProcessFigures, parseCpuTimes, parseKeyValues, parseLoadavg, parseVmstat } from './procfs.js';

type Labels = Record<string, string | number>;

function gauge(reg: Registry, name: string, help: string, labelNames: string[], points: Array<[Labels, number]>): void {
  const g = new Gauge({ name, help, labelNames, registers: [reg] });
  for (const [labels, v] of points) if (Number.isFinite(v)) g.set(labels, v);
}

const items = (m: Map<string, number>): Array<[Labels, number]> => [...m].map(([item, v]) => [{ item }, v]);

/** kata_<who>_proc_status, _proc_stat, _io_stat, _fds, _threads and the process_* summaries. */
export function addProcessMetrics(reg: Registry, who: 'shim' | 'hypervisor' | 'agent', p: ProcessFigures, bootTimeSec: number): void {
  const name = { shim: 'Kata containerd shim v2', hypervisor: 'Hypervisor', agent: 'Agent' }[who];
  const pre = `kata_${who}`;
  gauge(reg, `${pre}_proc_status`, `${name} process status (/proc/<pid>/status, sizes in bytes).`, ['item'], items(p.status));
  const s = p.stat;
  gauge(reg, `${pre}_proc_stat`, `${name} process statistics (/proc/<pid>/stat, clock ticks).`, ['item'], [
    [{ item: 'utime' }, s.utime],
    [{ item: 'stime' }, s.stime],
    [{ item: 'cutime' }, s.cutime],
    [{ item: 'cstime' }, s.cstime],
  ]);
  if (p.io) gauge(reg, `${pre}_io_stat`, `${name} process IO statistics (/proc/<pid>/io).`, ['item'], items(p.io));
  gauge(reg, `${pre}_fds`, `${name} open FDs.`, [], [[{}, p.fds]]);
  gauge(reg, `${pre}_threads`, `${name} process threads.`, [], [[{}, s.numThreads]]);
  gauge(reg, `${pre}_process_cpu_seconds_total`, 'Total user and system CPU time spent in seconds.', [], [[{}, (s.utime + s.stime) / CLOCK_TICKS]]);
  gauge(reg, `${pre}_process_resident_memory_bytes`, 'Resident memory size in bytes.', [], [[{}, p.status.get('vmrss') ?? 0]]);
  gauge(reg, `${pre}_process_virtual_memory_bytes`, 'Virtual memory size in bytes.', [], [[{}, s.vsize]]);
  gauge(reg, `${pre}_process_start_time_seconds`, 'Start time of the process since unix epoch in seconds.', [], [[{}, bootTimeSec + s.startTime / CLOCK_TICKS]]);
}

/** The boot time in seconds since the epoch (/proc/stat btime), to turn process start times absolute. */
export function bootTime(statText = readFileSync('/proc/stat', 'utf8')): number {
  return Number(/^btime\s+(\d+)/m.exec(statText)?.[1] ?? 0);
}

/** kata_guest_meminfo, _load, _tasks, _cpu_time, _vm_stat, _netdev_stat: this machine's /proc. */
export function addGuestMetrics(reg: Registry): void {
  const stat = readFileSync('/proc/stat', 'utf8');
  gauge(reg, 'kata_guest_meminfo', 'Statistics about memory usage on the system (/proc/meminfo, bytes).', ['item'], items(parseKeyValues(readFileSync('/proc/meminfo', 'utf8'))));
  const l = parseLoadavg(readFileSync('/proc/loadavg', 'utf8'));
  gauge(reg, 'kata_guest_load', 'Guest system load.', ['item'], [
    [{ item: 'load1' }, l.load1],
    [{ item: 'load5' }, l.load5],
    [{ item: 'load15' }, l.load15],
  ]);
  gauge(reg, 'kata_guest_tasks', 'Guest tasks: running now (cur) and in total (max).', ['item'], [
    [{ item: 'cur' }, l.running],
    [{ item: 'max' }, l.tasks],
  ]);
  gauge(reg, 'kata_guest_cpu_time', 'Guest CPU stat (/proc/stat, clock ticks).', ['cpu', 'item'], parseCpuTimes(stat).map((c) => [{ cpu: c.cpu, item: c.item }, c.value]));
  gauge(reg, 'kata_guest_vm_stat', 'Guest virtual memory stat (/proc/vmstat).', ['item'], items(parseVmstat(readFileSync('/proc/vmstat', 'utf8'))));
  gauge(reg, 'kata_guest_netdev_stat', 'Guest net devices stats (/proc/net/dev).', ['interface', 'item'], netdev(readFileSync('/proc/net/dev', 'utf8')));
}

const NETDEV_ITEMS = ['recv_bytes', 'recv_packets', 'recv_errs', 'recv_drop', 'recv_fifo', 'recv_frame', 'recv_compressed', 'recv_multicast',
  'sent_bytes', 'sent_packets', 'sent_errs', 'sent_drop', 'sent_fifo', 'sent_colls', 'sent_carrier', 'sent_compressed'];

/** /proc/net/dev: two header lines, then "iface: 16 numbers". */
export function netdev(text: string): Array<[Labels, number]> {
  const out: Array<[Labels, number]> = [];
  for (const line of text.split('\n').slice(2)) {
    const m = /^\s*([^:\s]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    m[2]!.trim().split(/\s+/).forEach((v, i) => {
      if (NETDEV_ITEMS[i]) out.push([{ interface: m[1]!, item: NETDEV_ITEMS[i]! }, Number(v)]);
    });
  }
  return out;
}

/** Each container's cgroup in the guest: memory, CPU and pids, labelled with container_id. */
export function addContainerMetrics(reg: Registry, containers: Array<{ id: string; stats: CgroupStats }>): void {
  const pick = (f: (s: CgroupStats) => number | undefined): Array<[Labels, number]> =>
    containers.flatMap((c) => {
      const v = f(c.stats);
      return v === undefined ? [] : [[{ container_id: c.id }, v] as [Labels, number]];
    });
  gauge(reg, 'kata_guest_container_memory_usage_bytes', "A container's memory use in the guest (its cgroup).", ['container_id'], pick((s) => s.memory?.usage));
  gauge(reg, 'kata_guest_container_memory_limit_bytes', "A container's memory limit in the guest (its cgroup).", ['container_id'], pick((s) => s.memory?.limit));
  gauge(reg, 'kata_guest_container_cpu_usage_seconds_total', "A container's CPU time in the guest (its cgroup).", ['container_id'], pick((s) => (s.cpu ? s.cpu.usageTotalNs / 1e9 : undefined)));
  gauge(reg, 'kata_guest_container_pids', "A container's processes in the guest (its cgroup).", ['container_id'], pick((s) => s.pids?.current));
}
