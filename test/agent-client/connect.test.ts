// connect() (lib/agent/connect.ts) against a ttrpc server on a unix socket standing in for the
// agent: a client from an address answers on both services, the agent's calls have the deadlines
// they were given and Health none of them, and a sandbox record whose channel takes no second
// client is refused naming why.
import { join } from 'node:path';
import t from 'tap';
import { addressDialer } from '../../lib/agent/address.js';
import { connect } from '../../lib/agent/connect.js';
import { AGENT_SERVICE, HEALTH_SERVICE, agentMethods, healthMethods } from '../../lib/common/agent/api.js';
import { DeadlineExceededError } from '../../lib/common/errors.js';
import { TtrpcServer, method, type ServiceDefinition } from '../../lib/common/ttrpc/index.js';
import { captureLog, socketDir } from '../ttrpc/helpers.js';

/** GetGuestDetails hangs until the caller gives up; Health Check answers after 1.5 s. */
function fakeAgent(): ServiceDefinition[] {
  const details = agentMethods.GetGuestDetails;
  const check = healthMethods.Check;
  return [
    { serviceName: AGENT_SERVICE, methods: { GetGuestDetails: method({ requestType: details.requestType, responseType: details.responseType, handler: (_req, ctx) => new Promise((r) => ctx.signal.addEventListener('abort', () => r({}), { once: true })) }) } },
    { serviceName: HEALTH_SERVICE, methods: { Check: method({ requestType: check.requestType, responseType: check.responseType, handler: () => new Promise((r) => setTimeout(() => r({ status: 1 }), 1500)) }) } },
  ];
}

t.test('a client from an address: the agent with its deadlines, Health without', async (t) => {
  const path = join(socketDir(t), 'agent.sock');
  const server = new TtrpcServer({ logger: captureLog().logger });
  for (const d of fakeAgent()) server.register(d);
  await server.listen(path);
  t.teardown(() => server.close());
  const client = await connect(addressDialer({ kind: 'unix', path }), { deadlines: { sandboxId: 'sb1', requestTimeout: 1, createContainerTimeout: 2 } });
  t.teardown(() => client.close());
  const e = await client.agent.GetGuestDetails({}).then(() => undefined, (err: Error) => err);
  t.ok(e instanceof DeadlineExceededError, 'the agent call ends at request_timeout');
  t.match(e?.message, /^sandbox sb1: the agent did not answer GetGuestDetails within 1 s/);
  t.equal((await client.health.Check({})).status, 1, 'Health is not bounded by request_timeout');
});

t.test("a sandbox record on virtio-serial is refused: the shim holds the channel's one connection", async (t) => {
  await t.rejects(connect({ id: 'sb2', agentSocket: '/nonexistent/agent.sock' }), /sandbox sb2 reaches its agent over virtio-serial, whose one connection the shim holds/);
});
