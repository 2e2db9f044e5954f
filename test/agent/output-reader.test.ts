import t from 'tap';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { OutputReader } from '../../guest/agent/output-reader.js';

t.test('returns data as it arrives, then null at EOF', async (t) => {
  const s = new PassThrough();
  const r = new OutputReader(s);
  setTimeout(() => s.write('hello'), 10);
  t.equal((await r.read(100))?.toString(), 'hello');
  s.end('bye');
  t.equal((await r.read(2))?.toString(), 'by');
  t.equal((await r.read(100))?.toString(), 'e');
  t.equal(await r.read(100), null);
});

t.test('a slow reader gets every byte in order and the writer is held back', async (t) => {
  t.setTimeout(60_000);
  const total = 8 << 20;
  // The child writes `total` zero bytes; we read slowly and check count, content and buffering.
  const child2 = spawn('sh', ['-c', `head -c ${total} /dev/zero`], { stdio: ['ignore', 'pipe', 'ignore'] });
  t.teardown(() => child2.kill('SIGKILL'));
  const r = new OutputReader(child2.stdout);
  const h = createHash('sha256');
  let got = 0;
  let maxBuffered = 0;
  for (;;) {
    const chunk = await r.read(64 << 10);
    if (chunk === null) break;
    got += chunk.length;
    h.update(chunk);
    maxBuffered = Math.max(maxBuffered, child2.stdout.readableLength);
    if (got < 1 << 20) await new Promise((res) => setTimeout(res, 2));
  }
  t.equal(got, total, 'every byte arrived');
  t.equal(h.digest('hex'), createHash('sha256').update(Buffer.alloc(total)).digest('hex'));
  t.ok(maxBuffered <= 1 << 20, `buffered at most ${maxBuffered} bytes while reading slowly`);
});
