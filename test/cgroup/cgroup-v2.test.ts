// cgroup v2: on the guest (pure v2) everything; on a hybrid host, the unified hierarchy usually
// offers no resource controllers (they are bound to v1), so the tests that need one skip and say
// so, and the core features v2 has without controllers (procs, freeze, cpu.stat, kill, events)
// are still tested.
import t from 'tap';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cgroup, detectCgroupVersion } from '../../lib/common/cgroup/cgroup.js';
import { byteCounter, exitOf, go, noneExist, sleep, tracker, uniquePath, waitingChild } from './helpers.js';

const ROOT = detectCgroupVersion('/sys/fs/cgroup') === 2 ? '/sys/fs/cgroup' : '/sys/fs/cgroup/unified';
if (!existsSync(join(ROOT, 'cgroup.controllers'))) {
  t.plan(0, 'no cgroup2 hierarchy mounted at /sys/fs/cgroup or /sys/fs/cgroup/unified');
  process.exit(0);
}
const controllers = new Set(readFileSync(join(ROOT, 'cgroup.controllers'), 'utf8').trim().split(/\s+/));
const missing = (want: string[]): string | false => {
  const m = want.filter((c) => !controllers.has(c));
  return m.length ? `${ROOT} offers no ${m.join(', ')} controller (cgroup.controllers: ${[...controllers].join(' ')})` : false;
};

const tr = tracker();
t.teardown(() => tr.cleanup());

async function make(tag: string, resources: Parameters<typeof Cgroup.create>[1] = {}): Promise<Cgroup> {
  const cg = await Cgroup.create(uniquePath(tag), resources, { root: ROOT, version: 2 });
  tr.cgroups.push(cg);
  return cg;
}

t.test('a v2 cgroup takes a process, freezes and thaws it, and is removed', async (t) => {
  const cg = await make('freeze');
  t.equal(cg.version, 2);
  const child = waitingChild(tr, 'while :; do echo tick; done');
  const count = byteCounter(child);
  await cg.addProcess(child.pid!);
  t.same(await cg.pids(), [child.pid]);
  go(child);
  await sleep(100);
  t.ok(count() > 0, 'it runs');
  await cg.freeze();
  t.equal(await cg.isFrozen(), true);
  await sleep(100);
  const frozenAt = count();
  await sleep(300);
  t.equal(count(), frozenAt, 'no output while frozen');
  await cg.thaw();
  await sleep(200);
  t.ok(count() > frozenAt, 'output again after thaw');
  await cg.destroy({ kill: true });
  t.same(await exitOf(child), { code: null, signal: 'SIGKILL' });
  t.ok(noneExist(cg.dirs), 'no cgroup directory is left');
});

t.test('cpu stats of a busy process are non-zero (cpu.stat needs no controller)', async (t) => {
  const cg = await make('stats');
  const child = waitingChild(tr, 'while :; do :; done');
  await cg.addProcess(child.pid!);
  go(child);
  await sleep(500);
  const s = await cg.stats();
  t.ok(s.cpu!.usageTotalNs > 1e7, `cpu usage ${s.cpu!.usageTotalNs} ns`);
  t.ok(s.cpu!.usageUserNs > 0);
  t.equal(s.cpu!.perCpuNs, undefined, 'v2 has no per-CPU usage');
  if (controllers.has('memory')) t.ok(s.memory!.usage > 0);
  if (controllers.has('pids')) t.equal(s.pids!.current, 1);
  await cg.kill('SIGTERM');
  t.same(await exitOf(child), { code: null, signal: 'SIGTERM' });
  await cg.destroy();
  t.ok(noneExist(cg.dirs));
});

t.test('a limit whose controller is missing is refused before anything is created', { skip: !missing(['memory']) && 'memory controller present' }, async (t) => {
  const path = uniquePath('nomem');
  await t.rejects(Cgroup.create(path, { memory: { limit: 1 << 24 } }, { root: ROOT, version: 2 }), {
    message: /needs the cgroup v2 'memory' controller/,
  });
  t.notOk(existsSync(join(ROOT, path.split('/')[0]!)));
});

t.test('limits are written to the v2 files', { skip: missing(['memory', 'cpu', 'cpuset', 'pids']) }, async (t) => {
  const cg = await make('limits', {
    memory: { limit: 64 << 20, reservation: 32 << 20, swap: 96 << 20 },
    cpu: { shares: 1024, quota: 50000, period: 100000, cpus: '0', mems: '0' },
    pids: { limit: 50 },
  });
  const read = (f: string): string => readFileSync(join(cg.dirs[0]!, f), 'utf8').trim();
  t.equal(read('memory.max'), String(64 << 20));
  t.equal(read('memory.low'), String(32 << 20));
  t.equal(read('memory.swap.max'), String(32 << 20), 'swap.max = (memory+swap) - memory');
  t.equal(read('cpu.weight'), '39', 'shares 1024 → weight 39');
  t.equal(read('cpu.max'), '50000 100000');
  t.equal(read('cpuset.cpus'), '0');
  t.equal(read('pids.max'), '50');
  await cg.update({ cpu: { quota: -1 } });
  t.equal(read('cpu.max'), 'max 100000');
  await cg.destroy();
  t.ok(noneExist(cg.dirs));
});

t.test('v2 OOM kill produces an OOM event', { skip: missing(['memory']) }, async (t) => {
  const cg = await make('oom', { memory: { limit: 32 << 20, swap: 32 << 20 } });
  let eventArrived!: (kills: number) => void;
  const gotEvent = new Promise<number>((resolve) => (eventArrived = resolve));
  await cg.onOom((e) => eventArrived(e.oomKills)); // registered before the kill can happen
  const child = waitingChild(tr, 'exec dd if=/dev/zero of=/dev/null bs=256M count=1');
  await cg.addProcess(child.pid!);
  go(child);
  t.same(await exitOf(child), { code: null, signal: 'SIGKILL' });
  t.ok((await gotEvent) >= 1);
  await cg.destroy();
  t.ok(noneExist(cg.dirs));
});
