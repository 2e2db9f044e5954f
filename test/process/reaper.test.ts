// Child exit events: pidfd watches, orphan reaping as a subreaper, and Node's child_process still
// receiving its own 'exit' events while both are active.
import t from 'tap';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { OrphanReaper, isNodeChild, isSubreaper, setSubreaper, watchExit, type ExitInfo } from '../../guest/agent/process/reaper.js';

// Starts `script` under sh in the background and returns the background job's pid. sh exits at
// once, so the job is re-parented to us (we are a subreaper): a child Node did not spawn.
async function orphan(script: string): Promise<number> {
  const sh = spawn('sh', ['-c', `(${script}) >/dev/null 2>&1 & echo $!`], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  sh.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await once(sh, 'exit');
  const pid = Number.parseInt(out.trim(), 10);
  if (!(pid > 0)) throw new Error(`no pid from sh: ${JSON.stringify(out)}`);
  return pid;
}

const started: number[] = [];
t.teardown(() => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

setSubreaper(true);

t.test('setSubreaper makes this process the subreaper', async (t) => {
  t.equal(isSubreaper(), true);
});

t.test('watchExit reports an exit code of an adopted orphan', async (t) => {
  const pid = await orphan('sleep 0.3; exit 7');
  started.push(pid);
  const info = await watchExit(pid);
  t.same(info, { pid, code: 7 });
});

t.test('watchExit reports the signal that killed a process', async (t) => {
  const pid = await orphan('exec sleep 30');
  started.push(pid);
  const exited = watchExit(pid);
  process.kill(pid, 'SIGTERM');
  t.same(await exited, { pid, signal: 'SIGTERM' });
});

t.test('the event loop keeps running while a watch is pending', async (t) => {
  const pid = await orphan('sleep 0.5');
  started.push(pid);
  let ticks = 0;
  const timer = setInterval(() => ticks++, 20);
  await watchExit(pid);
  clearInterval(timer);
  t.ok(ticks >= 10, `timer ran ${ticks} times during the watch`);
});

t.test('child_process children still get their exit event while the reaper and a watch run', async (t) => {
  const reaper = new OrphanReaper().start();
  t.teardown(() => reaper.stop());
  const stolen: ExitInfo[] = [];
  reaper.on('exit', (e) => stolen.push(e));
  const bg = await orphan('sleep 0.4; exit 9');
  started.push(bg);
  const bgExit = watchExit(bg);
  const children = [0, 1, 2, 3, 4].map((i) => spawn('sh', ['-c', `sleep 0.${i}; exit ${10 + i}`]));
  const peeked = watchExit(children[2]!.pid!); // a watch on Node's child only peeks
  t.ok(isNodeChild(children[2]!.pid!));
  const codes = await Promise.all(children.map(async (c) => (await once(c, 'exit'))[0] as number));
  t.same(codes, [10, 11, 12, 13, 14]);
  t.same(await peeked, { pid: children[2]!.pid, code: 12 });
  t.same(await bgExit, { pid: bg, code: 9 });
  const nodePids = new Set(children.map((c) => c.pid));
  t.same(stolen.filter((e) => nodePids.has(e.pid)), [], 'the reaper took none of Node\'s children');
});

t.test('the orphan reaper reaps adopted zombies and reports their status', async (t) => {
  const reaper = new OrphanReaper().start();
  // The SIGCHLD listener does not hold the loop open (the agent's servers do); this test must.
  const keepAlive = setInterval(() => undefined, 1000);
  t.teardown(() => {
    reaper.stop();
    clearInterval(keepAlive);
  });
  const pids = [await orphan('sleep 0.2; exit 5'), await orphan('exec sleep 30')];
  started.push(...pids);
  const events: ExitInfo[] = [];
  const done = new Promise<void>((resolve) =>
    reaper.on('exit', (e) => {
      if (pids.includes(e.pid)) events.push(e);
      if (events.length === 2) resolve();
    }),
  );
  process.kill(pids[1]!, 'SIGKILL');
  await done;
  events.sort((a, b) => pids.indexOf(a.pid) - pids.indexOf(b.pid));
  t.same(events, [
    { pid: pids[0], code: 5 },
    { pid: pids[1], signal: 'SIGKILL' },
  ]);
});

t.test('watchExit rejects bad pids with a clear error', async (t) => {
  await t.rejects(watchExit(-1), /watchExit: bad pid -1/);
  await t.rejects(watchExit(0x3fffffff), { code: 'ESRCH', message: /pidfd_open 1073741823/ });
});

t.test('watchExit works in a worker thread too (one poller per Node environment)', async (t) => {
  const { Worker } = await import('node:worker_threads');
  const reaperUrl = new URL('../../guest/agent/process/reaper.js', import.meta.url).href;
  const w = new Worker(
    `import('${reaperUrl}').then(async (m) => {
       const c = (await import('node:child_process')).spawn('sh', ['-c', 'exit 6']);
       (await import('node:worker_threads')).parentPort.postMessage(await m.watchExit(c.pid));
     });`,
    { eval: true },
  );
  t.teardown(() => w.terminate());
  const [info] = (await once(w, 'message')) as [ExitInfo];
  t.equal(info.code, 6);
});
