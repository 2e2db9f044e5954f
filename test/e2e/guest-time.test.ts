// The guest keeps the host's time: under TCG there is no kvm-clock or PTP device, so the runtime
// sets the guest clock when the sandbox starts and again after a resume. A container paused for
// 20 s and resumed reads a `date +%s` within 2 s of the host's.
import { existsSync } from 'node:fs';
import t from 'tap';
import { e2eContainerd, IMAGE, leftovers, TAG, NOTHING_LEFT } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
t.setTimeout(600000);

const KATA = ['--runtime', 'io.containerd.kata.v2'];

t.test('after pause for 20 s and resume, the container\'s clock is within 2 s of the host\'s', async (t) => {
  const { c } = await e2eContainerd(t);
  const id = `time${TAG}`;
  const run = await c.ctr(['run', '-d', ...KATA, IMAGE, id, 'sleep', '3600'], { timeoutMs: 240000 });
  t.equal(run.code, 0, `started: ${run.stderr}`);
  const skew = async (execId: string): Promise<number> => {
    const before = Date.now() / 1000;
    const r = await c.ctr(['task', 'exec', '--exec-id', execId, id, 'date', '+%s'], { timeoutMs: 60000 });
    const after = Date.now() / 1000;
    const guest = Number(r.stdout.trim());
    t.ok(Number.isInteger(guest), `date +%s answered: ${r.stdout} ${r.stderr}`);
    // The guest read its clock somewhere between the two host readings.
    return guest < before - 1 ? guest - before : guest > after ? guest - after : 0;
  };
  t.ok(Math.abs(await skew('t0')) <= 2, 'in step after the start');
  t.equal((await c.ctr(['task', 'pause', id])).code, 0, 'paused');
  await new Promise((r) => setTimeout(r, 20000));
  t.equal((await c.ctr(['task', 'resume', id])).code, 0, 'resumed');
  const d = await skew('t1');
  t.comment(`skew after a 20 s pause: ${d} s`);
  t.ok(Math.abs(d) <= 2, `within 2 s of the host after the resume (${d} s)`);
  await c.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
  await c.ctr(['task', 'delete', '-f', id]);
  await c.ctr(['containers', 'rm', id]);
  t.same(leftovers(), NOTHING_LEFT, 'nothing left');
});
