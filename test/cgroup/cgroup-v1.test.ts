// cgroup v1 on a hybrid host: limits read back from the files, OOM kill + event, freeze/thaw,
// stats, signals, and removal. Skipped where /sys/fs/cgroup is not a v1 layout.
import t from 'tap';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Cgroup, detectCgroupVersion } from '../../lib/common/cgroup/cgroup.js';
import { CgroupFileError } from '../../lib/common/cgroup/files.js';
import { byteCounter, exitOf, go, noneExist, sleep, tracker, uniquePath, waitingChild } from './helpers.js';

const V1 = '/sys/fs/cgroup';
const usable = detectCgroupVersion(V1) === 1 && existsSync(join(V1, 'memory')) && existsSync(join(V1, 'freezer'));
if (!usable) {
  t.plan(0, `${V1} is not a cgroup v1 layout with memory and freezer controllers`);
  process.exit(0);
}

const tr = tracker();
t.teardown(() => tr.cleanup());

async function make(tag: string, resources: Parameters<typeof Cgroup.create>[1] = {}): Promise<Cgroup> {
  const cg = await Cgroup.create(uniquePath(tag), resources, { root: V1, version: 1 });
  tr.cgroups.push(cg);
  return cg;
}

const read = (cg: Cgroup, controller: string, file: string): string =>
  readFileSync(join(V1, controller, cg.path, file), 'utf8').trim();

t.test('limits are written to the v1 files and update() changes them', async (t) => {
  const cg = await make('limits', {
    memory: { limit: 64 << 20, reservation: 32 << 20, swap: 128 << 20, swappiness: 10 },
    cpu: { shares: 512, quota: 50000, period: 100000, cpus: '0', mems: '0' },
    pids: { limit: 50 },
  });
  t.equal(cg.version, 1);
  t.equal(read(cg, 'memory', 'memory.limit_in_bytes'), String(64 << 20));
  t.equal(read(cg, 'memory', 'memory.soft_limit_in_bytes'), String(32 << 20));
  t.equal(read(cg, 'memory', 'memory.memsw.limit_in_bytes'), String(128 << 20));
  t.equal(read(cg, 'memory', 'memory.swappiness'), '10');
  t.equal(read(cg, 'cpu', 'cpu.shares'), '512');
  t.equal(read(cg, 'cpu', 'cpu.cfs_quota_us'), '50000');
  t.equal(read(cg, 'cpu', 'cpu.cfs_period_us'), '100000');
  t.equal(read(cg, 'cpuset', 'cpuset.cpus'), '0');
  t.equal(read(cg, 'cpuset', 'cpuset.mems'), '0');
  t.equal(read(cg, 'pids', 'pids.max'), '50');
  // Raising the limit above memsw must write memsw first; lowering must write the limit first.
  await cg.update({ memory: { limit: 256 << 20, swap: 512 << 20 }, pids: { limit: 0 } });
  t.equal(read(cg, 'memory', 'memory.limit_in_bytes'), String(256 << 20));
  t.equal(read(cg, 'memory', 'memory.memsw.limit_in_bytes'), String(512 << 20));
  t.equal(read(cg, 'pids', 'pids.max'), 'max');
  await cg.update({ memory: { limit: 16 << 20, swap: 16 << 20 } });
  t.equal(read(cg, 'memory', 'memory.memsw.limit_in_bytes'), String(16 << 20));
  await cg.destroy();
  t.ok(noneExist(cg.dirs), 'no cgroup directory is left');
});

t.test('a process over its memory limit is OOM-killed and an OOM event arrives', async (t) => {
  const cg = await make('oom', { memory: { limit: 32 << 20, swap: 32 << 20 } });
  const events: number[] = [];
  let eventArrived!: () => void;
  const gotEvent = new Promise<void>((resolve) => (eventArrived = resolve));
  // Registration reads the kill counter first; awaiting it makes sure the kill below is counted.
  await cg.onOom((e) => {
    events.push(e.oomKills);
    eventArrived();
  });
  const child = waitingChild(tr, 'exec dd if=/dev/zero of=/dev/null bs=256M count=1');
  await cg.addProcess(child.pid!);
  go(child);
  t.same(await exitOf(child), { code: null, signal: 'SIGKILL' });
  await gotEvent;
  t.ok(events[0]! >= 1, `oom event with oomKills=${events[0]}`);
  const stats = await cg.stats();
  t.ok(stats.memory!.oomKills >= 1);
  t.ok(stats.memory!.maxUsage! >= (32 << 20) * 0.9, `peak usage ${stats.memory!.maxUsage} reached the limit`);
  t.type(stats.memory!.failcnt, 'number'); // this kernel's v1 memcg leaves failcnt at 0 on OOM
  t.equal(stats.memory!.limit, 32 << 20);
  await cg.destroy();
  t.ok(noneExist(cg.dirs));
});

t.test('freeze stops a process and thaw resumes it', async (t) => {
  const cg = await make('freeze');
  const child = waitingChild(tr, 'while :; do echo tick; done');
  const count = byteCounter(child);
  await cg.addProcess(child.pid!);
  go(child);
  await sleep(100);
  t.ok(count() > 0, 'it runs');
  await cg.freeze();
  t.equal(await cg.isFrozen(), true);
  await sleep(100); // what was already in the pipe drains
  const frozenAt = count();
  await sleep(300);
  t.equal(count(), frozenAt, 'no output while frozen');
  await cg.thaw();
  t.equal(await cg.isFrozen(), false);
  await sleep(200);
  t.ok(count() > frozenAt, 'output again after thaw');
  await cg.destroy({ kill: true });
  t.same(await exitOf(child), { code: null, signal: 'SIGKILL' });
  t.ok(noneExist(cg.dirs));
});

t.test('stats of a busy process are non-zero', async (t) => {
  const cg = await make('stats', { pids: { limit: 10 }, cpu: { quota: 50000, period: 100000 } });
  // v1 charges pages to the cgroup that touched them first: allocate after joining (2 MB string).
  const child = waitingChild(tr, 'x=$(head -c 2000000 /dev/zero | tr "\\0" a); while :; do :; done');
  await cg.addProcess(child.pid!);
  go(child);
  await sleep(700);
  const s = await cg.stats();
  t.ok(s.cpu!.usageTotalNs > 1e7, `cpu usage ${s.cpu!.usageTotalNs} ns`);
  t.ok(s.cpu!.usageUserNs > 0);
  t.equal(s.cpu!.perCpuNs!.length, cpus().length);
  t.ok(s.cpu!.throttling.periods > 0, 'the quota gives CFS periods');
  t.ok(s.memory!.usage > 0);
  t.ok(s.memory!.maxUsage! >= s.memory!.usage);
  t.equal(s.memory!.limit, undefined, 'no memory limit set');
  t.ok('rss' in s.memory!.stat || 'cache' in s.memory!.stat, 'memory.stat is parsed');
  t.same(s.pids, { current: 1, limit: 10 }); // head and tr have exited
  t.same(await cg.pids(), [child.pid]);
  await cg.destroy({ kill: true });
  t.ok(noneExist(cg.dirs));
});

t.test('kill signals every process in the cgroup', async (t) => {
  const cg = await make('kill');
  const a = waitingChild(tr, 'exec sleep 30');
  const b = waitingChild(tr, 'exec sleep 30');
  await cg.addProcess(a.pid!);
  await cg.addProcess(b.pid!);
  go(a);
  go(b);
  await sleep(50);
  await cg.kill('SIGTERM');
  t.same(await exitOf(a), { code: null, signal: 'SIGTERM' });
  t.same(await exitOf(b), { code: null, signal: 'SIGTERM' });
  t.equal(await cg.isFrozen(), false, 'left thawed');
  await cg.destroy();
  t.ok(noneExist(cg.dirs));
});

t.test('destroy of a busy cgroup fails clearly; with kill it succeeds', async (t) => {
  const cg = await make('busy');
  const child = waitingChild(tr, 'exec sleep 30');
  await cg.addProcess(child.pid!);
  await t.rejects(cg.destroy({ timeoutMs: 200 }), { message: new RegExp(`EBUSY \\(processes still in it: ${child.pid}\\)`) });
  await cg.destroy({ kill: true });
  t.ok(noneExist(cg.dirs));
});

t.test('bad input is refused and leaves no cgroup behind', async (t) => {
  const path = uniquePath('bad');
  await t.rejects(Cgroup.create(path, { cpu: { cpus: 'zero' } }, { root: V1, version: 1 }), RangeError);
  await t.rejects(Cgroup.create('../escape', {}, { root: V1, version: 1 }), RangeError);
  await t.rejects(Cgroup.create(path, { pids: { limit: -5 } }, { root: V1, version: 1 }), /pids.limit/);
  // Valid syntax, but the kernel refuses a CPU this machine does not have.
  await t.rejects(Cgroup.create(path, { cpu: { cpus: '999' } }, { root: V1, version: 1 }), CgroupFileError);
  const top = path.split('/')[0]!;
  for (const c of ['memory', 'cpu', 'cpuset', 'pids', 'freezer']) t.notOk(existsSync(join(V1, c, top)), `nothing left in ${c}`);
  const cg = await make('dup');
  await t.rejects(Cgroup.create(cg.path, {}, { root: V1, version: 1 }), /already exists/);
  t.ok(existsSync(cg.dirs[0]!), 'the existing cgroup is untouched');
});
