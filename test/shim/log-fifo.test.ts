// The shim's log fifo survives its reader going away: while containerd is down (restarting),
// lines are dropped and counted instead of killing the shim, and they flow again once a new
// reader opens the fifo.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { FifoLogSink } from '../../lib/shim/log-fifo.js';

function readAll(fd: number): string {
  const buf = Buffer.alloc(65536);
  try {
    return buf.subarray(0, readSync(fd, buf)).toString();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return '';
    throw e;
  }
}

t.test('lines reach the reader; with no reader they are dropped, not fatal; a new reader gets the next ones', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-fifo-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const fifo = join(dir, 'log');
  execFileSync('mkfifo', [fifo]);
  t.throws(() => FifoLogSink.open(fifo), { code: 'ENXIO' }, 'no reader yet: the shim keeps logging to stderr');
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const sink = FifoLogSink.open(fifo);
  sink.write('one\n');
  t.equal(readAll(reader), 'one\n');
  closeSync(reader); // containerd went away
  t.doesNotThrow(() => sink.write('lost\n'), 'EPIPE does not end the shim');
  t.equal(sink.dropped, 1, 'the lost line is counted');
  const again = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK); // the new containerd
  t.teardown(() => closeSync(again));
  sink.write('two\n');
  t.equal(readAll(again), 'two\n', 'writing goes on with the new reader');
  const big = 'x'.repeat(200000) + '\n'; // more than the fifo holds: the rest is dropped, not blocked on
  t.doesNotThrow(() => sink.write(big));
  t.equal(sink.dropped, 2, 'a full fifo drops too (EAGAIN)');
});
