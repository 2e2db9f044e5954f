// The build lock that keeps two builds of one guest asset apart: a second build waits for a live
// holder (and says so) instead of failing, a lock whose process is gone is taken over, and a wait
// that outlasts its limit fails naming the holder. And the cache pruning that keeps the cache bounded.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { lockBuild, lockBuildUnlessDone, pruneCache } from '../../guest/osbuilder/common/cache.js';

function tempDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'kata-lock-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

t.test('a free lock is taken and released', async (t) => {
  const dir = tempDir(t);
  const release = lockBuild(dir, 'thing');
  t.equal(readFileSync(join(dir, 'build.lock'), 'utf8'), String(process.pid));
  release();
  t.notOk(existsSync(join(dir, 'build.lock')));
});

t.test('a lock left by a dead process is taken over', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'build.lock'), '2147483646'); // no such pid
  const release = lockBuild(dir, 'thing', { waitMs: 0 });
  t.equal(readFileSync(join(dir, 'build.lock'), 'utf8'), String(process.pid));
  release();
});

t.test('a live holder is waited for, with a line that names it', async (t) => {
  const dir = tempDir(t);
  // A child holds the lock for a second, then releases it and exits.
  const child = spawn(process.execPath, ['-e', `
    const fs = require('node:fs');
    fs.writeFileSync(${JSON.stringify(join(dir, 'build.lock'))}, String(process.pid));
    setTimeout(() => { fs.rmSync(${JSON.stringify(join(dir, 'build.lock'))}); }, 1000);
    setTimeout(() => {}, 1500);`], { stdio: 'ignore' });
  t.teardown(() => { child.kill('SIGKILL'); });
  while (!existsSync(join(dir, 'build.lock'))) await new Promise((r) => setTimeout(r, 20));
  const said: string[] = [];
  const started = Date.now();
  const release = lockBuild(dir, 'thing', { waitMs: 30000, say: (l) => said.push(l) });
  t.ok(Date.now() - started >= 500, 'it waited for the holder');
  t.match(said[0], new RegExp(`thing: waiting for another build \\(pid ${child.pid}, lock `));
  release();
});

t.test('a waiter does not rebuild what the build it waited for made', async (t) => {
  const dir = tempDir(t);
  const made = join(dir, 'asset');
  // A child holds the lock for a second, makes the asset, then releases the lock.
  const child = spawn(process.execPath, ['-e', `
    const fs = require('node:fs');
    fs.writeFileSync(${JSON.stringify(join(dir, 'build.lock'))}, String(process.pid));
    setTimeout(() => { fs.writeFileSync(${JSON.stringify(made)}, 'x'); fs.rmSync(${JSON.stringify(join(dir, 'build.lock'))}); }, 1000);
    setTimeout(() => {}, 1500);`], { stdio: 'ignore' });
  t.teardown(() => { child.kill('SIGKILL'); });
  while (!existsSync(join(dir, 'build.lock'))) await new Promise((r) => setTimeout(r, 20));
  t.notOk(existsSync(made), 'not made yet when the wait starts');
  t.equal(lockBuildUnlessDone(dir, 'thing', () => existsSync(made), { waitMs: 30000, say: () => {} }), undefined, 'made meanwhile: no lock, nothing to build');
  t.notOk(existsSync(join(dir, 'build.lock')), 'and no lock left');
  const release = lockBuildUnlessDone(dir, 'thing', () => false, { say: () => {} });
  t.type(release, 'function', 'not made: the lock is this build\'s');
  release!();
});

t.test('a wait past its limit fails naming the holder', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'build.lock'), String(process.ppid)); // alive: our parent
  t.throws(() => lockBuild(dir, 'thing', { waitMs: 1500, say: () => {} }), new RegExp(`thing: another build is still running \\(pid ${process.ppid}`));
  t.equal(readFileSync(join(dir, 'build.lock'), 'utf8'), String(process.ppid), 'the holder keeps its lock');
});

t.test('pruneCache keeps the most recently used entries and the one in use', async (t) => {
  const dir = tempDir(t);
  const names = ['0000000000000001', '0000000000000002', '0000000000000003', '0000000000000004'];
  names.forEach((n, i) => {
    mkdirSync(join(dir, n));
    const when = new Date(Date.now() - (10 - i) * 60000); // 1 oldest … 4 newest
    utimesSync(join(dir, n), when, when);
  });
  mkdirSync(join(dir, 'src')); // not an entry
  writeFileSync(join(dir, 'build.lock'), '1');
  const removed = pruneCache(join(dir, names[0]!), 2, 0); // the oldest is used now
  t.same(removed.sort(), [join(dir, names[1]!), join(dir, names[2]!)], 'the two least recently used go');
  t.same(readdirSync(dir).sort(), [names[0], names[3], 'build.lock', 'src'], 'the used entry, the newest, and what is not an entry stay');
});

t.test('pruneCache leaves entries used within the grace period, however many there are', async (t) => {
  const dir = tempDir(t);
  const names = ['0000000000000001', '0000000000000002', '0000000000000003'];
  names.forEach((n, i) => {
    mkdirSync(join(dir, n));
    const when = new Date(Date.now() - (i === 0 ? 5 * 3600_000 : 30 * 60000)); // 1: five hours ago, 2 and 3: half an hour ago
    utimesSync(join(dir, n), when, when);
  });
  t.same(pruneCache(join(dir, names[2]!), 1, 3600_000), [join(dir, names[0]!)], 'only the entry older than the grace period goes');
  t.same(readdirSync(dir).sort(), [names[1], names[2]]);
});
