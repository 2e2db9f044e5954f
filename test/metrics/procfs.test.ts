// The /proc readers and metric families behind `kata-runtime metrics` and the agent's GetMetrics
// (lib/common/metrics): Kata's item names, the parsers on tricky input, and the families built
// from this host's own /proc (the VM path is test/e2e/metrics.test.ts).
import { Registry } from 'prom-client';
import t from 'tap';
import { addContainerMetrics, addGuestMetrics, addProcessMetrics, bootTime, netdev } from '../../lib/common/metrics/families.js';
import { itemName, parseCpuTimes, parseKeyValues, parseLoadavg, parseProcStat, readProcess } from '../../lib/common/metrics/procfs.js';

t.test("meminfo keys get Kata's item names", async (t) => {
  const cases: Record<string, string> = {
    MemTotal: 'mem_total', MemAvailable: 'mem_available', 'Active(anon)': 'active_anon', 'Inactive(file)': 'inactive_file',
    AnonPages: 'anon_pages', SReclaimable: 's_reclaimable', SUnreclaim: 's_unreclaim', KReclaimable: 'k_reclaimable',
    HugePages_Total: 'hugepages_total', Hugepagesize: 'hugepagesize', AnonHugePages: 'anon_hugepages', ShmemPmdMapped: 'shmem_pmd_mapped',
    DirectMap4k: 'direct_map_4k', DirectMap2M: 'direct_map_2M', DirectMap1G: 'direct_map_1G', Percpu: 'per_cpu',
    Committed_AS: 'committed_as', NFS_Unstable: 'nfs_unstable', WritebackTmp: 'writeback_tmp', PageTables: 'page_tables',
  };
  for (const [k, v] of Object.entries(cases)) t.equal(itemName(k), v, k);
});

t.test('parsers: kB become bytes, a command name with ") " does not shift /proc/<pid>/stat', async (t) => {
  t.same([...parseKeyValues('MemTotal:       1024 kB\nHugePages_Total:       3\nbad line\n')], [['mem_total', 1048576], ['hugepages_total', 3]]);
  const stat = parseProcStat('42 (a) b c) S 1 42 42 0 -1 4194560 100 0 0 0 11 22 33 44 20 0 7 0 500 1000000 250 18446744073709551615');
  t.match(stat, { ppid: 1, utime: 11, stime: 22, cutime: 33, cstime: 44, numThreads: 7, startTime: 500, vsize: 1000000, rssPages: 250 });
  t.same(parseLoadavg('0.50 0.25 0.10 2/123 4567\n'), { load1: 0.5, load5: 0.25, load15: 0.1, running: 2, tasks: 123 });
  const cpu = parseCpuTimes('cpu  1 2 3 4 5 6 7 8 9 10\ncpu0 1 2 3 4 5 6 7 8 9 10\nintr 5\n');
  t.same(cpu.filter((c) => c.item === 'user').map((c) => c.cpu), ['total', '0']);
  t.same(cpu.find((c) => c.cpu === 'total' && c.item === 'guest_nice')?.value, 10);
  const nd = netdev('Inter-|   Receive\n face |bytes\n    lo: 100 2 0 0 0 0 0 0 300 4 0 0 0 0 0 0\n');
  t.same(nd.find(([l]) => l.item === 'recv_bytes'), [{ interface: 'lo', item: 'recv_bytes' }, 100]);
  t.same(nd.find(([l]) => l.item === 'sent_packets'), [{ interface: 'lo', item: 'sent_packets' }, 4]);
});

t.test("the families from this host's /proc: present, labelled, plausible", async (t) => {
  const reg = new Registry();
  reg.setDefaultLabels({ sandbox_id: 'sb' });
  addProcessMetrics(reg, 'shim', readProcess(process.pid), bootTime());
  addGuestMetrics(reg);
  addContainerMetrics(reg, [{ id: 'c1', stats: { memory: { usage: 4096, failcnt: 0, oomKills: 0, stat: {} }, pids: { current: 2 } } }]);
  const text = await reg.metrics();
  const value = (re: RegExp): number => Number(re.exec(text)?.[1]);
  const rss = value(/^kata_shim_proc_status\{item="vmrss",sandbox_id="sb"\} (\d+)$/m);
  t.ok(rss > 10 << 20 && rss < 4 * 2 ** 30, `the shim's RSS is a plausible size in bytes (${rss})`);
  t.equal(value(/^kata_shim_process_resident_memory_bytes\{sandbox_id="sb"\} (\d+)$/m), rss);
  t.ok(value(/^kata_shim_threads\{sandbox_id="sb"\} (\d+)$/m) >= 1);
  t.ok(value(/^kata_shim_fds\{sandbox_id="sb"\} (\d+)$/m) >= 3);
  const start = value(/^kata_shim_process_start_time_seconds\{sandbox_id="sb"\} ([\d.]+)$/m);
  t.ok(Math.abs(start - (Date.now() / 1000 - process.uptime())) < 5, `start time matches this process's (${start})`);
  t.ok(value(/^kata_guest_meminfo\{item="mem_total",sandbox_id="sb"\} (\d+)$/m) > 100 << 20, 'mem_total in bytes');
  t.match(text, /^kata_guest_load\{item="load1",sandbox_id="sb"\} [\d.]+$/m);
  t.match(text, /^kata_guest_cpu_time\{cpu="total",item="idle",sandbox_id="sb"\} \d+$/m);
  t.match(text, /^kata_guest_vm_stat\{item="pgfault",sandbox_id="sb"\} \d+$/m);
  t.match(text, /^kata_guest_container_memory_usage_bytes\{container_id="c1",sandbox_id="sb"\} 4096$/m);
  t.match(text, /^kata_guest_container_pids\{container_id="c1",sandbox_id="sb"\} 2$/m);
  t.match(text, /^# TYPE kata_guest_meminfo gauge$/m);
});

t.test('a process that is gone is an error naming it', async (t) => {
  t.throws(() => readProcess(2 ** 22 + 1), /ENOENT.*\/proc\/4194305/);
});
