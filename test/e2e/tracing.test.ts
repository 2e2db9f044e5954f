// End to end: with [runtime] and [agent.kata] enable_tracing, one `ctr run` yields one trace tree
// from the shim's Create down into the guest — shim span → sandbox.create and its phases → the
// client span of each agent RPC → the agent's span for that call (its context carried in ttrpc
// metadata) → the agent's container.create — collected by a small OTLP/HTTP receiver in this test
// (on a unix socket: no network) that decodes what the exporters send.
import { existsSync } from 'node:fs';
import t from 'tap';
import { otlpReceiver } from '../helpers/otlp-receiver.js';
import { e2eContainerd, IMAGE, TAG } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
t.setTimeout(600000);

t.test('one ctr run: shim, runtime and agent spans in one tree', async (t) => {
  const rx = await otlpReceiver(t);
  const { c } = await e2eContainerd(t, {}, '', undefined, `enable_tracing = true\n\n[runtime]\nenable_tracing = true\njaeger_endpoint = "unix:${rx.socket}"\n`);
  const id = `trace${TAG}`;
  const run = await c.ctr(['run', '--rm', '--runtime', 'io.containerd.kata.v2', IMAGE, id, 'echo', 'traced'], { timeoutMs: 240000 });
  t.equal(run.stdout, 'traced\n', `ran: ${run.stderr}`);

  const find = rx.find;
  await rx.waitFor([['kata-agent', 'container.create'], ['kata-shim', 'shim.Create'], ['kata-shim', 'shim.Delete']]);
  t.comment(`received ${rx.spans.length} spans: ${[...new Set(rx.spans.map((s) => `${s.service}/${s.name}`))].join(', ')}; requests: ${[...new Set(rx.requests)].join('; ')}`);

  const create = find('kata-shim', 'shim.Create');
  t.ok(create, 'the shim span of Create');
  t.equal(create?.parent, '', 'Create is the root');
  t.equal(create?.attrs['kata.container_id'], id, 'with the container id');
  const trace = create?.traceId;
  const sbox = find('kata-shim', 'sandbox.create');
  t.equal(sbox?.parent, create?.spanId, 'sandbox.create is a child of shim.Create');
  for (const phase of ['sandbox.checkAssets', 'sandbox.qemuStart', 'sandbox.agentDial', 'agent.CreateSandbox']) {
    t.equal(find('kata-shim', phase)?.parent, sbox?.spanId, `${phase} is a phase of sandbox.create`);
  }
  for (const rpc of ['CreateSandbox', 'CreateContainer']) {
    const client = find('kata-shim', `agent.${rpc}`);
    const served = find('kata-agent', `agent.${rpc}`);
    t.ok(served, `the agent's span of ${rpc}`);
    t.equal(served?.parent, client?.spanId, `the agent's ${rpc} continues the runtime's client span`);
    t.equal(served?.traceId, trace, `${rpc}: one trace`);
  }
  const clientCc = find('kata-shim', 'agent.CreateContainer');
  t.equal(clientCc?.parent, create?.spanId, "CreateContainer's client span is a child of shim.Create");
  t.equal(clientCc?.attrs['kata.container_id'], id);
  const cc = find('kata-agent', 'container.create');
  t.equal(cc?.parent, find('kata-agent', 'agent.CreateContainer')?.spanId, "the agent's container.create is inside its CreateContainer");
  t.equal(cc?.attrs['kata.container_id'], id, 'with the container id');
  t.equal(cc?.traceId, trace, 'all in the trace of shim.Create');
  t.ok(find('kata-shim', 'shim.Start') && find('kata-shim', 'shim.Delete'), 'the other task calls are spans too');
});
