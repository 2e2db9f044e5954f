// The console log's bound (lib/runtime/console-log.ts): over maxBytes it is copied to console.log.1
// and truncated; an appending writer (QEMU opens it O_APPEND) goes on at the new start.
import { appendFileSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { silentLogger } from '../../lib/common/log/logger.js';
import { ConsoleLogRotation } from '../../lib/runtime/console-log.js';

t.test('over its bound the console log is rotated once and the writer continues at the start', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'console-log-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'console.log');
  const fd = openSync(path, 'a'); // as QEMU's chardev with append=on
  t.teardown(() => closeSync(fd));
  const rot = new ConsoleLogRotation(path, silentLogger(), 1000, 60000);
  t.teardown(() => rot.stop());
  writeSync(fd, 'a'.repeat(900));
  t.notOk(rot.check(), 'under the bound: kept');
  writeSync(fd, 'b'.repeat(200));
  t.ok(rot.check(), 'over the bound: rotated');
  t.equal(statSync(`${path}.1`).size, 1100, 'the old content is in console.log.1');
  t.equal(statSync(path).size, 0, 'console.log starts again');
  writeSync(fd, 'after\n');
  t.equal(readFileSync(path, 'utf8'), 'after\n', 'the appending writer lands at the start, no hole');
  appendFileSync(path, 'c'.repeat(2000));
  t.ok(rot.check());
  t.equal(statSync(`${path}.1`).size, 2006, 'console.log.1 is replaced: at most two files');
  t.equal(rot.rotations, 2);
});

t.test('a missing console log is no error', async (t) => {
  const rot = new ConsoleLogRotation('/nonexistent/console.log', silentLogger(), 10, 60000);
  t.teardown(() => rot.stop());
  t.notOk(rot.check());
});
