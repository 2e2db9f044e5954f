// The agent's log port (guest/agent/log-port.ts): lines logged before a reader connects reach it
// first, the queue is bounded (oldest dropped, the count reported in the stream), a new reader
// replaces the old one, and a reader that reads nothing never blocks the agent.
import t from 'tap';
import type { Socket } from 'node:net';
import { LogPort } from '../../guest/agent/log-port.js';
import { socketPair } from '../../lib/common/vsock/socket.js';

const line = (n: number): string => JSON.stringify({ level: 'info', msg: `line ${n}` }) + '\n';

function collect(sock: Socket): { text: () => string } {
  let buf = '';
  sock.setEncoding('utf8');
  sock.on('data', (d: string) => (buf += d));
  return { text: () => buf };
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 50));

t.test('lines written before the reader connects arrive first, in order', async (t) => {
  const port = new LogPort();
  port.write(line(1));
  port.write(line(2));
  t.equal(port.pending, 2);
  const [agentEnd, hostEnd] = socketPair();
  t.teardown(() => (agentEnd.destroy(), hostEnd.destroy()));
  const got = collect(hostEnd);
  port.attach(agentEnd);
  port.write(line(3));
  await settle();
  t.equal(got.text(), line(1) + line(2) + line(3));
  t.equal(port.pending, 0);
});

t.test('without a reader the queue is bounded: the oldest lines go and the count is reported', async (t) => {
  const port = new LogPort({ maxLines: 3 });
  for (let i = 1; i <= 10; i++) port.write(line(i));
  t.equal(port.pending, 3);
  t.equal(port.droppedTotal, 7);
  const [agentEnd, hostEnd] = socketPair();
  t.teardown(() => (agentEnd.destroy(), hostEnd.destroy()));
  const got = collect(hostEnd);
  port.attach(agentEnd);
  await settle();
  const lines = got.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { msg: string; dropped?: number });
  t.same(lines.map((l) => l.msg), ['log lines dropped (no reader kept up)', 'line 8', 'line 9', 'line 10']);
  t.equal(lines[0]!.dropped, 7);
});

t.test('the byte bound holds too', async (t) => {
  const port = new LogPort({ maxBytes: 100 });
  for (let i = 0; i < 50; i++) port.write(line(i));
  t.ok(port.pending * line(0).length <= 100, `${port.pending} lines held`);
  t.ok(port.pending >= 1);
});

t.test('a reader that does not read never blocks the writer, and memory stays bounded', async (t) => {
  const port = new LogPort({ maxBytes: 64 * 1024 });
  const [agentEnd, hostEnd] = socketPair();
  t.teardown(() => (agentEnd.destroy(), hostEnd.destroy()));
  hostEnd.pause();
  port.attach(agentEnd);
  const big = JSON.stringify({ msg: 'x'.repeat(1000) }) + '\n';
  const start = Date.now();
  for (let i = 0; i < 20000; i++) port.write(big); // 20 MB against a stalled reader
  t.ok(Date.now() - start < 5000, 'writes return at once');
  t.ok(port.pending * big.length <= 64 * 1024, 'the queue stays within its bound');
  t.ok(agentEnd.writableLength < 1 << 20, `the socket holds ${agentEnd.writableLength} bytes, not everything`);
  t.ok(port.droppedTotal > 0, 'the rest was dropped and counted');
});

t.test('a new reader replaces the old one', async (t) => {
  const port = new LogPort();
  const [a1, h1] = socketPair();
  const [a2, h2] = socketPair();
  t.teardown(() => [a1, h1, a2, h2].forEach((s) => s.destroy()));
  const g1 = collect(h1);
  const g2 = collect(h2);
  port.attach(a1);
  port.write(line(1));
  await settle();
  port.attach(a2);
  port.write(line(2));
  await settle();
  t.equal(g1.text(), line(1));
  t.equal(g2.text(), line(2));
  t.ok(a1.destroyed, 'the first reader is closed');
});
