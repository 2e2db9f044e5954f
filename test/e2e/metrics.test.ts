// End to end: `kata-runtime metrics` on a sandbox that containerd started — the shim's and QEMU's
// figures from the host, the agent's and the guest's from the agent's GetMetrics in the VM, and the
// container's cgroup — present and plausible: 64 MiB written to a tmpfs in the container raise
// the container's memory figure and the guest's shmem by about that.
import { existsSync } from 'node:fs';
import t from 'tap';
import { cli } from '../cli/helpers.js';
import { e2eContainerd, IMAGE, TAG } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
t.setTimeout(600000);

const MiB = 1 << 20;

function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? NaN : Number(line.slice(series.length + 1));
}

t.test('kata-runtime metrics: host, agent, guest and container figures, and 64 MiB show up', async (t) => {
  const { c } = await e2eContainerd(t);
  const id = `metrics${TAG}`;
  const run = await c.ctr(['run', '-d', '--runtime', 'io.containerd.kata.v2', '--mount', 'type=tmpfs,src=tmpfs,dst=/big,options=rw', IMAGE, id, 'sh', '-c', 'sleep 600'], { timeoutMs: 240000 });
  t.equal(run.code, 0, `started: ${run.stderr}`);
  t.teardown(async () => {
    await c.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
    await c.ctr(['task', 'delete', '-f', id], { timeoutMs: 60000 });
    await c.ctr(['containers', 'rm', id]);
  });
  const before = cli(['metrics', id]);
  t.equal(before.status, 0, `metrics: ${before.stderr}`);
  const m = before.stdout;
  const sb = `sandbox_id="${id}"`;
  t.notMatch(m, /unavailable/, 'every part was read');
  for (const who of ['shim', 'hypervisor', 'agent']) {
    const rss = value(m, `kata_${who}_proc_status{item="vmrss",${sb}}`);
    t.ok(rss > 4 * MiB, `${who} RSS ${(rss / MiB).toFixed(1)} MiB`);
    t.ok(value(m, `kata_${who}_process_cpu_seconds_total{${sb}}`) > 0, `${who} CPU time`);
    t.ok(value(m, `kata_${who}_threads{${sb}}`) >= 1, `${who} threads`);
  }
  t.ok(value(m, `kata_hypervisor_proc_status{item="vmrss",${sb}}`) > 64 * MiB, "QEMU's RSS holds the guest's memory in use");
  const memTotal = value(m, `kata_guest_meminfo{item="mem_total",${sb}}`);
  t.ok(memTotal > 256 * MiB && memTotal < 64 * 1024 * MiB, `guest mem_total ${(memTotal / MiB).toFixed(0)} MiB`);
  t.match(m, new RegExp(`^kata_guest_load\\{item="load1",${sb}\\} [\\d.]+$`, 'm'));
  t.ok(value(m, `kata_guest_tasks{item="max",${sb}}`) > 5, 'guest tasks');
  t.ok(value(m, `kata_guest_container_pids{container_id="${id}",${sb}}`) >= 1, "the container's processes");
  const used0 = value(m, `kata_guest_container_memory_usage_bytes{container_id="${id}",${sb}}`);
  const shmem0 = value(m, `kata_guest_meminfo{item="shmem",${sb}}`);
  t.ok(used0 > 0, `container memory ${(used0 / MiB).toFixed(1)} MiB`);

  const exec = await c.ctr(['task', 'exec', '--exec-id', 'fill', id, 'sh', '-c', 'head -c 67108864 /dev/zero > /big/fill'], { timeoutMs: 120000 });
  t.equal(exec.code, 0, `64 MiB written: ${exec.stderr}`);
  const after = cli(['metrics', id]).stdout;
  const used1 = value(after, `kata_guest_container_memory_usage_bytes{container_id="${id}",${sb}}`);
  const shmem1 = value(after, `kata_guest_meminfo{item="shmem",${sb}}`);
  const du = (used1 - used0) / MiB;
  const ds = (shmem1 - shmem0) / MiB;
  t.ok(du > 56 && du < 80, `the container's memory rose by ${du.toFixed(1)} MiB (64 written)`);
  t.ok(ds > 60 && ds < 70, `the guest's shmem rose by ${ds.toFixed(1)} MiB`);
  t.ok(value(after, `kata_agent_scrape_count{${sb}}`) >= 2, 'the agent counts scrapes');
});

t.test('metrics of an unknown sandbox: an error naming it', async (t) => {
  const r = cli(['metrics', `nosuch${TAG}`]);
  t.equal(r.status, 1);
  t.match(r.stderr, new RegExp(`no sandbox "nosuch${TAG}"`));
});
