// The runtime's tracing without a VM (the VM path is test/e2e/tracing.test.ts): off, spans cost a
// direct call and no trace context is sent; on, spans go through the SDK's OTLP exporter to a
// receiver on a unix socket with their parent links, an agent call's client span carries its
// context in the request's ttrpc metadata (W3C traceparent), a served call continues the trace its
// metadata names (the agent's side, lib/common/trace/spans.ts), and the trace forwarder posts what the
// agent sends over vsock (a length-prefixed OTLP batch) to the same endpoint.
import { connect } from 'node:net';
import { join } from 'node:path';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import t from 'tap';
import { silentLogger } from '../../lib/common/log/logger.js';
import type { CallOptions } from '../../lib/common/ttrpc/index.js';
import { parseOtlpEndpoint } from '../../lib/common/trace/otlp-endpoint.js';
import { TraceForwarder } from '../../lib/runtime/trace-forwarder.js';
import { tracedAgent } from '../../lib/agent/call-spans.js';
import { inSpan, withCallerContext } from '../../lib/common/trace/spans.js';
import { flushTracing, tracingEnabled } from '../../lib/common/trace/tracer.js';
import { enableTracing } from '../../lib/runtime/tracing.js';
import { otlpReceiver } from '../helpers/otlp-receiver.js';

t.test('the endpoint setting: http(s) URLs and unix sockets; anything else is an error naming it', async (t) => {
  t.same(parseOtlpEndpoint('http://collector:4318/v1/traces'), { url: 'http://collector:4318/v1/traces' });
  t.same(parseOtlpEndpoint('https://collector:4318'), { url: 'https://collector:4318/v1/traces' });
  t.same(parseOtlpEndpoint('unix:/run/otlp.sock'), { url: 'http://localhost/v1/traces', socketPath: '/run/otlp.sock' });
  t.throws(() => parseOtlpEndpoint('localhost:14268'), /jaeger_endpoint "localhost:14268": expected http\(s\):\/\/HOST:PORT\/v1\/traces or unix:\/PATH/);
  t.throws(() => parseOtlpEndpoint('unix:relative.sock'), /unix: needs an absolute socket path/);
});

t.test('tracing off, then on: spans, parent links and the traceparent in ttrpc metadata', async (t) => {
  const seen: Array<CallOptions | undefined> = [];
  const agent = tracedAgent({ CreateContainer: async (_req: { containerId: string }, opts?: CallOptions) => (seen.push(opts), {}) });

  t.notOk(tracingEnabled());
  let spanArg: unknown = 'unset';
  await inSpan('off', {}, async (span) => void (spanArg = span));
  t.equal(spanArg, undefined, 'off: no span is made');
  await agent.CreateContainer({ containerId: 'c0' }, { timeoutMs: 5 });
  t.same(seen[0], { timeoutMs: 5 }, 'off: the call options pass unchanged, no metadata');

  const rx = await otlpReceiver(t);
  await enableTracing({ endpoint: `unix:${rx.socket}`, service: 'kata-shim' });
  t.ok(tracingEnabled());
  await inSpan('outer', { 'kata.sandbox_id': 's1' }, () => agent.CreateContainer({ containerId: 'c1' }, { metadata: { other: 'x' } }));
  const md = seen[1]?.metadata as Record<string, string> | undefined;
  t.match(md?.traceparent, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/, 'the call carries a W3C traceparent');
  t.equal(md?.other, 'x', "the caller's metadata is kept");
  await flushTracing();
  await rx.waitFor([['kata-shim', 'outer'], ['kata-shim', 'agent.CreateContainer']], 5000);
  const outer = rx.find('kata-shim', 'outer');
  const call = rx.find('kata-shim', 'agent.CreateContainer');
  t.equal(call?.parent, outer?.spanId, 'the RPC span is a child of the span it ran in');
  t.equal(call?.attrs['kata.container_id'], 'c1');
  t.equal(md?.traceparent?.split('-')[1], outer?.traceId, 'the metadata names this trace');
  t.equal(md?.traceparent?.split('-')[2], call?.spanId, '… and the client span as the parent');
  t.ok(rx.requests.every((r) => r === 'POST /v1/traces application/x-protobuf'), `OTLP/HTTP protobuf: ${rx.requests.join('; ')}`);

  // The serving side, as the agent's traceCalls does it: a span continues the trace the call's metadata names.
  await withCallerContext({ traceparent: ['00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'] }, () => inSpan('served', {}, async () => undefined));
  await flushTracing();
  await rx.waitFor([['kata-shim', 'served']], 5000);
  t.equal(rx.find('kata-shim', 'served')?.traceId, '0af7651916cd43dd8448eb211c80319c', "a served span is in the caller's trace");
  t.equal(rx.find('kata-shim', 'served')?.parent, 'b7ad6b7169203331', "… under the caller's span");

  await t.rejects(inSpan('failing', {}, async () => Promise.reject(new Error('boom'))), /boom/, 'an error passes through the span');
});

t.test("the trace forwarder posts the agent's batches to the endpoint as they are", async (t) => {
  const rx = await otlpReceiver(t);
  const path = join(rx.socket, '..', 'kata.hvsock_10240');
  const fwd = new TraceForwarder(path, `unix:${rx.socket}`, silentLogger());
  t.teardown(() => fwd.stop());
  // Spans as the agent's SDK makes them, serialized by the SDK.
  const mem = new InMemorySpanExporter();
  const p = new BasicTracerProvider({ resource: resourceFromAttributes({ 'service.name': 'kata-agent' }), spanProcessors: [new SimpleSpanProcessor(mem)] });
  p.getTracer('x').startSpan('container.create', { attributes: { 'kata.container_id': 'c9' } }).end();
  const body = ProtobufTraceSerializer.serializeRequest(mem.getFinishedSpans())!;
  const frame = Buffer.alloc(4 + body.length);
  frame.writeUInt32BE(body.length, 0);
  frame.set(body, 4);
  const s = connect(path);
  await new Promise((r) => s.once('connect', r));
  s.write(frame.subarray(0, 7)); // split across writes
  await new Promise((r) => setTimeout(r, 50));
  s.end(frame.subarray(7));
  await rx.waitFor([['kata-agent', 'container.create']], 5000);
  t.equal(rx.find('kata-agent', 'container.create')?.attrs['kata.container_id'], 'c9');
  t.equal(fwd.batches, 1);
});
