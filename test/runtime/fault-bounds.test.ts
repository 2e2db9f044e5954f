// The bounds that keep a hung guest from hanging the host, without a VM (test/e2e/faults.test.ts
// runs the same paths against a frozen agent, a SIGSTOPped QEMU and a hung vsock back-end):
// agent requests over a real ttrpc connection fail at their deadline naming the request and the
// configuration key, while waits stay unbounded; a QMP peer that stops answering fails the command
// in bounded time; the health check names what did not answer, and the watch reports once.
import net from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { AGENT_SERVICE, agentMethods, agentService } from '../../lib/common/agent/api.js';
import { DeadlineExceededError } from '../../lib/common/errors.js';
import { TtrpcClient, TtrpcServer, method, serviceClient, type ServiceDefinition } from '../../lib/common/ttrpc/index.js';
import { QmpClient } from '../../lib/hypervisor/qemu/qmp.js';
import { withDeadlines } from '../../lib/agent/deadlines.js';
import { HealthWatch, checkHealth, type HealthProbes } from '../../lib/runtime/health-watch.js';
import { captureLog, socketDir } from '../ttrpc/helpers.js';

/** An agent whose every request hangs until the caller gives up, except WaitProcess, which answers after 1.5 s. */
function hungAgent(): ServiceDefinition {
  const methods: ServiceDefinition['methods'] = {};
  for (const [name, m] of Object.entries(agentMethods)) {
    methods[name] = method({
      requestType: m.requestType as never,
      responseType: m.responseType as never,
      handler: async (_req: unknown, ctx) => {
        if (name === 'WaitProcess') {
          await sleep(1500);
          return { status: 7 };
        }
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
        return {};
      },
    });
  }
  return { serviceName: AGENT_SERVICE, methods };
}

t.test('agent requests fail at their deadline naming the request and its key; waits have none', async (t) => {
  const dir = socketDir(t);
  const server = new TtrpcServer({ logger: captureLog().logger }).register(hungAgent());
  await server.listen(join(dir, 'agent.sock'));
  t.teardown(() => server.close());
  const client = await TtrpcClient.connect(join(dir, 'agent.sock'));
  t.teardown(() => client.close());
  const agent = withDeadlines(serviceClient(client, agentService), { sandboxId: 'sb1', requestTimeout: 1, createContainerTimeout: 2 });

  let start = Date.now();
  const exec = await agent.ExecProcess({ containerId: 'c', execId: 'e' }).then(() => undefined, (e: Error) => e);
  t.ok(exec instanceof DeadlineExceededError, 'a typed deadline error (the shim answers DeadlineExceeded)');
  t.match(exec?.message, /^sandbox sb1: the agent did not answer ExecProcess within 1 s \(\[agent\.kata\] request_timeout\)/);
  t.ok(Date.now() - start < 1800, `within the bound (${Date.now() - start} ms)`);

  start = Date.now();
  const create = await agent.CreateContainer({ containerId: 'c' }).then(() => undefined, (e: Error) => e);
  t.match(create?.message, /did not answer CreateContainer within 2 s \(\[runtime\] create_container_timeout\)/);
  t.ok(Date.now() - start >= 1900, 'CreateContainer has its own, longer bound');

  const wait = await agent.WaitProcess({ containerId: 'c', execId: 'c' });
  t.equal(wait.status, 7, 'WaitProcess outlives request_timeout: a process may run as long as it likes');
  const own = await agent.SignalProcess({ containerId: 'c', execId: 'c', signal: 9 }, { timeoutMs: 200 }).then(() => undefined, (e: Error) => e);
  t.match(own?.message, /deadline of 200 ms exceeded/, "a caller's own timeout wins");
});

t.test('a QMP peer that stops answering fails the command in bounded time and closes the connection', async (t) => {
  const path = join(socketDir(t), 'qmp.sock');
  let seen = '';
  const srv = net.createServer((s) => {
    s.write('{"QMP": {"version": {}, "capabilities": []}}\n');
    s.on('data', (b: Buffer) => {
      seen += b.toString();
      if (b.toString().includes('qmp_capabilities')) s.write('{"return": {}}\n');
      // Anything else: no answer, as from a SIGSTOPped QEMU.
    });
  });
  await new Promise<void>((r) => srv.listen(path, r));
  t.teardown(() => srv.close());
  const qmp = await QmpClient.connect(path, 2000);
  t.teardown(() => qmp.close());
  const start = Date.now();
  const e = await qmp.execute('query-status', undefined, 300).then(() => undefined, (err: Error) => err);
  t.match(e?.message, /QEMU did not answer query-status within 300 ms \(hung or stopped\)/);
  t.ok(Date.now() - start < 1000, 'in bounded time');
  t.ok(seen.includes('query-status'), 'the command was sent');
  const after = await qmp.execute('query-status').then(() => undefined, (err: Error) => err);
  t.ok(after, 'the connection is closed: a late answer cannot be taken for the next command');
});

const probes = (o: Partial<HealthProbes>): HealthProbes => ({
  qemuStatus: async () => 'running',
  agentCheck: async () => undefined,
  channelError: () => null,
  ...o,
});

t.test('the health check names what did not answer', async (t) => {
  t.equal(await checkHealth(probes({}), 1000), undefined, 'all answered');
  t.match(await checkHealth(probes({ channelError: () => 'vhost-user: bad message' }), 1000), /^the vsock back-end stopped: vhost-user: bad message/);
  t.match(await checkHealth(probes({ qemuStatus: () => Promise.reject(new Error('no answer')) }), 2000), /^QEMU did not answer QMP query-status within 2 s \(no answer\)/);
  t.match(await checkHealth(probes({ qemuStatus: async () => 'guest-panicked' }), 1000), /QEMU reports the VM guest-panicked/);
  t.match(await checkHealth(probes({ agentCheck: () => Promise.reject(new Error('deadline')) }), 3000), /^the agent did not answer its health check within 3 s \(\[agent\.kata\] request_timeout; deadline\)/);
  let asked = false;
  t.equal(await checkHealth(probes({ qemuStatus: async () => 'paused', agentCheck: async () => void (asked = true) }), 1000), undefined, 'a paused VM is not a fault');
  t.notOk(asked, 'and its agent is not asked');
});

t.test('the watch checks every interval and reports the first failure once', async (t) => {
  let rounds = 0;
  const reasons: string[] = [];
  const w = HealthWatch.start({
    intervalMs: 50,
    timeoutMs: 100,
    probes: probes({ agentCheck: async () => { if (++rounds >= 3) throw new Error('silent'); } }),
    onFailure: (r) => reasons.push(r),
  });
  t.teardown(() => w.stop());
  await sleep(600);
  t.equal(rounds, 3, 'checks stop after the failure');
  t.same(reasons.length, 1);
  t.match(reasons[0], /the agent did not answer its health check/);
  const off = HealthWatch.start({ intervalMs: 0, timeoutMs: 100, probes: probes({ agentCheck: async () => { throw new Error('x'); } }), onFailure: (r) => reasons.push(r) });
  await sleep(100);
  off.stop();
  t.equal(reasons.length, 1, 'interval 0 checks nothing');
});

t.test('checkNow checks at once, reports a failure like a round does, and keeps answering it', async (t) => {
  const reasons: string[] = [];
  const w = HealthWatch.start({ intervalMs: 0, timeoutMs: 100, probes: probes({ qemuStatus: () => Promise.reject(new Error('stopped')) }), onFailure: (r) => reasons.push(r) });
  t.match(await w.checkNow(), /QEMU did not answer QMP query-status/);
  t.match(await w.checkNow(), /QEMU did not answer QMP query-status/, 'the same failure again');
  t.equal(reasons.length, 1, 'reported once');
  const ok = HealthWatch.start({ intervalMs: 0, timeoutMs: 100, probes: probes({}), onFailure: (r) => reasons.push(r) });
  t.equal(await ok.checkNow(), undefined, 'a healthy sandbox');
});
