// The runtime's side of the agent's log (lib/agent/log-forwarder.ts) against a unix socket standing
// in for the guest's log port (the VM path is test/e2e/agent-log.test.ts): each JSON line becomes a
// line of the runtime's log with source=agent, the sandbox id and the agent's level and fields;
// text that is not JSON is kept; a stream that ends is dialled again; stop() stops dialling.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { Logger } from '../../lib/common/log/logger.js';
import { AgentLogForwarder } from '../../lib/agent/log-forwarder.js';

const until = async (cond: () => boolean, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

t.test('agent lines land in the runtime log tagged, with their level; the stream is dialled again', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'agent-log-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'log.sock');
  const conns: Socket[] = [];
  const server = createServer((s) => conns.push(s));
  await new Promise<void>((r) => server.listen(path, r));
  t.teardown(() => server.close());
  let out = '';
  const log = new Logger({ component: 'kata-shim', level: 'info', stream: { write: (s: string) => ((out += s), true) } }).child({ sandbox: 'sb1' });
  let dials = 0;
  const fwd = AgentLogForwarder.start(() => {
    dials++;
    return new Promise<Socket>((res, rej) => {
      const s = connect(path);
      s.once('connect', () => res(s));
      s.once('error', rej);
    });
  }, log, 50);
  t.teardown(() => fwd.stop());
  await until(() => conns.length === 1);
  conns[0]!.write(JSON.stringify({ time: '2026-01-01T00:00:00.000Z', level: 'debug', component: 'kata-agent', msg: 'container started', container: 'c1', pid: 7 }) + '\n');
  conns[0]!.write('not json\n{"level":"error","msg":"agent call fa');
  conns[0]!.end('iled","call":"ExecProcess"}\n');
  await until(() => out.split('\n').length > 3);
  const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  t.match(lines[0], { level: 'debug', msg: 'container started', source: 'agent', sandbox: 'sb1', component: 'kata-agent', container: 'c1', pid: 7, time: '2026-01-01T00:00:00.000Z' }, 'the agent line, its debug level kept');
  t.match(lines[1], { level: 'info', msg: 'not json', source: 'agent', sandbox: 'sb1' }, 'text kept as text');
  t.match(lines[2], { level: 'error', msg: 'agent call failed', call: 'ExecProcess', source: 'agent' }, 'a line split across reads');
  await until(() => conns.length === 2);
  t.equal(conns.length, 2, 'dialled again after the stream ended');
  fwd.stop();
  const before = dials;
  await new Promise((r) => setTimeout(r, 200));
  t.equal(dials, before, 'no dialling after stop');
  for (const c of conns) c.destroy();
});
