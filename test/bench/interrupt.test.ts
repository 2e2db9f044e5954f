// The bench's Ctrl-C handling (test/bench/interrupt.ts), on a real process tree: a script that
// waits on a shell with a grandchild, as a suite waits on ctr or QEMU. The first SIGINT kills the
// tree, so the script's await fails and its finally runs; a second SIGINT exits at once.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import t from 'tap';
import { descendants } from '../helpers/process-tree.js';

const MODULE = pathToFileURL(join(import.meta.dirname, 'interrupt.js')).href;

function script(dir: string, finallyBody: string): string {
  const path = join(dir, 'suite.mjs');
  writeFileSync(path, `
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { handleInterrupts } from ${JSON.stringify(MODULE)};
const i = handleInterrupts('suite');
const sh = spawn('/bin/sh', ['-c', 'sleep 1000 & echo $! > ${dir}/grandchild; wait'], { stdio: 'ignore' });
writeFileSync(${JSON.stringify(join(dir, 'child'))}, String(sh.pid));
try {
  await new Promise((res, rej) => sh.on('exit', (code, sig) => rej(new Error('killed by ' + sig))));
} catch (e) {
  writeFileSync(${JSON.stringify(join(dir, 'caught'))}, e.message);
} finally {
  ${finallyBody}
}
process.exitCode = i.signal ? 130 : 0;
`);
  return path;
}

async function until(cond: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Running (a killed process whose parent has not reaped it yet is a zombie: not running). */
const running = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

t.test('the first SIGINT kills what the run started, and the finally blocks still run', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-interrupt-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const p = spawn(process.execPath, [script(dir, `writeFileSync(${JSON.stringify(join(dir, 'cleaned'))}, 'yes');`)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  p.stderr.on('data', (b: Buffer) => (err += b));
  const exited = new Promise<number | null>((r) => p.on('exit', (code) => r(code)));
  t.teardown(() => void (p.exitCode === null && p.kill('SIGKILL')));
  await until(() => existsSync(join(dir, 'grandchild')) && readFileSync(join(dir, 'grandchild'), 'utf8').trim() !== '');
  const grandchild = Number(readFileSync(join(dir, 'grandchild'), 'utf8'));
  t.ok(descendants(p.pid!).includes(grandchild), 'descendants() finds the grandchild through the shell');
  p.kill('SIGINT');
  t.equal(await exited, 130, 'exit status 130');
  t.match(err, /suite: SIGINT: stopping the 2 processes the run started/);
  t.match(readFileSync(join(dir, 'caught'), 'utf8'), /killed by SIGKILL/, 'the awaited child failed');
  t.equal(readFileSync(join(dir, 'cleaned'), 'utf8'), 'yes', 'the finally block ran');
  t.notOk(running(grandchild), 'the grandchild is gone');
});

t.test('a second SIGINT exits at once though cleanup hangs', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-interrupt-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const p = spawn(process.execPath, [script(dir, `await new Promise((r) => setTimeout(r, 600000));`)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  p.stderr.on('data', (b: Buffer) => (err += b));
  const exited = new Promise<number | null>((r) => p.on('exit', (code) => r(code)));
  t.teardown(() => void (p.exitCode === null && p.kill('SIGKILL')));
  await until(() => existsSync(join(dir, 'child')));
  p.kill('SIGINT');
  await until(() => existsSync(join(dir, 'caught')));
  const t0 = Date.now();
  p.kill('SIGINT');
  t.equal(await exited, 130);
  t.ok(Date.now() - t0 < 5000, 'promptly');
  t.match(err, /SIGINT again: exiting without cleaning up/);
});
