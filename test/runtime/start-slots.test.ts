// VM start slots (lib/runtime/start-slots.ts): the count from max_concurrent_boots, slots taken
// and waited for in one process, a slot held by another process that is then SIGKILLed (its slot
// comes free), the bounded wait, and a slot directory that cannot be made.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';
import { startSlotCount, takeStartSlot } from '../../lib/runtime/start-slots.js';

function scratch(t: { teardown(f: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'start-slots-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'slots');
}

const settledWithin = async (p: Promise<unknown>, ms: number): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, ms));
  return done;
};

t.test('the count: the configured one, else the CPUs under TCG and no limit under KVM', async (t) => {
  t.equal(startSlotCount(3, 'tcg', 2), 3);
  t.equal(startSlotCount(3, 'kvm', 2), 3);
  t.equal(startSlotCount(0, 'tcg', 2), 2);
  t.equal(startSlotCount(0, 'kvm', 2), 0);
});

t.test('no limit: returns at once, with no slot and no files', async (t) => {
  const dir = scratch(t);
  const s = await takeStartSlot({ count: 0, maxWaitMs: 1000, dir });
  t.equal(s.index, undefined);
  s.release();
});

t.test('two slots: two taken at once, a third waits until one is released', async (t) => {
  const dir = scratch(t);
  const a = await takeStartSlot({ count: 2, maxWaitMs: 10000, dir });
  const b = await takeStartSlot({ count: 2, maxWaitMs: 10000, dir });
  t.same([a.index, b.index].sort(), [0, 1], 'each its own slot');
  let waited = 0;
  const c = takeStartSlot({ count: 2, maxWaitMs: 10000, dir, onWait: () => waited++ });
  t.notOk(await settledWithin(c, 200), 'the third waits while both are held');
  t.equal(waited, 1, 'onWait is called once');
  b.release();
  b.release(); // a second release does nothing (it must not close a descriptor reused since)
  const got = await c;
  t.equal(got.index, b.index, 'the third gets the released slot');
  t.ok(got.waitedMs >= 150, `it waited (${Math.round(got.waitedMs)} ms)`);
  a.release();
  got.release();
});

t.test('the wait is bounded: after maxWaitMs the caller goes on without a slot', async (t) => {
  const dir = scratch(t);
  const held = await takeStartSlot({ count: 1, maxWaitMs: 1000, dir });
  const s = await takeStartSlot({ count: 1, maxWaitMs: 150, dir });
  t.equal(s.index, undefined, 'no slot');
  t.ok(s.waitedMs >= 150, `after the bound (${Math.round(s.waitedMs)} ms)`);
  held.release();
});

t.test('a slot held by a process that is SIGKILLed comes free', async (t) => {
  const dir = scratch(t);
  const script = join(dir, '..', 'holder.mjs');
  const mod = pathToFileURL(join(packageRoot(), 'dist', 'lib', 'runtime', 'start-slots.js')).href;
  writeFileSync(script, `import { takeStartSlot } from '${mod}';\nconst s = await takeStartSlot({ count: 1, maxWaitMs: 1000, dir: ${JSON.stringify(dir)} });\nconsole.log('held', s.index);\nsetInterval(() => {}, 1000);\n`);
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  t.teardown(() => void child.kill('SIGKILL'));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (b: Buffer) => (b.toString().includes('held 0') ? resolve() : undefined));
    child.once('exit', (code) => reject(new Error(`the holder exited (${code}) before it held the slot`)));
  });
  const mine = takeStartSlot({ count: 1, maxWaitMs: 20000, dir });
  t.notOk(await settledWithin(mine, 300), 'the slot is held by the other process');
  child.kill('SIGKILL');
  const s = await mine;
  t.equal(s.index, 0, 'taken once its holder died');
  s.release();
});

t.test('a slot directory that cannot be made is an error naming it', async (t) => {
  const dir = scratch(t);
  writeFileSync(`${dir}-file`, '');
  t.teardown(() => rmSync(`${dir}-file`, { force: true }));
  await t.rejects(takeStartSlot({ count: 2, maxWaitMs: 1000, dir: join(`${dir}-file`, 'slots') }), { message: new RegExp(`VM start slots: cannot make ${dir}-file/slots`) });
});
