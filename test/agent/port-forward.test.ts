// Port-forward's opening line (lib/common/agent/port-forward-wire.ts) and the agent's answer to a
// bad one (guest/agent/port-forward.ts), over an in-process socket pair. The relay itself is
// tested end to end through containerd's CRI in test/e2e/cri.test.ts, kata beside runc.
import t from 'tap';
import { relayConnection } from '../../guest/agent/port-forward.js';
import { MAX_LINE, parseRequest, readLine, requestLine } from '../../lib/common/agent/port-forward-wire.js';
import { Logger } from '../../lib/common/log/logger.js';
import { socketPair } from '../../lib/common/vsock/socket.js';

const log = new Logger({ component: 'test', level: 'error' });
t.setTimeout(20000);

t.test('a port is a line of digits in range', async (t) => {
  t.equal(parseRequest(requestLine(8081).trim()), 8081);
  for (const bad of ['', '0', '65536', '80 ', '-1', 'x', '123456']) t.throws(() => parseRequest(bad), /port-forward: /, `refused: ${JSON.stringify(bad)}`);
});

t.test('readLine gives the first line and leaves what follows on the stream', async (t) => {
  const [a, b] = socketPair();
  a.write('8081\nrest');
  t.equal(await readLine(b), '8081');
  const rest = await new Promise<string>((resolve) => {
    b.once('data', (d: Buffer) => resolve(d.toString()));
    b.resume(); // readLine leaves the stream paused for its caller
  });
  t.equal(rest, 'rest');
  a.destroy();
  b.destroy();
});

t.test('readLine refuses a line longer than its bound and a stream that ends first', async (t) => {
  const [a, b] = socketPair();
  a.write('9'.repeat(MAX_LINE + 10));
  await t.rejects(readLine(b), /longer than/);
  a.destroy();
  b.destroy();
  const [c, d] = socketPair();
  c.end('80');
  await t.rejects(readLine(d), /ended before/);
  c.destroy();
  d.destroy();
});

t.test('the agent answers a bad opening with ERR and closes', async (t) => {
  const [runtime, agent] = socketPair();
  void relayConnection(agent, log);
  runtime.write('not-a-port\n');
  const answer = await new Promise<string>((resolve) => {
    let got = '';
    runtime.on('data', (d: Buffer) => (got += d.toString()));
    runtime.on('end', () => resolve(got));
  });
  t.match(answer, /^ERR port-forward: bad request "not-a-port"\n$/);
  runtime.destroy();
});
