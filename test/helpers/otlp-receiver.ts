// A small OTLP/HTTP traces receiver for tests, on a unix socket (no network): decodes each
// ExportTraceServiceRequest the exporters post (protobuf) into flat spans with their service,
// ids, parent and attributes. Used by test/runtime/tracing.test.ts and test/e2e/tracing.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import protobuf from 'protobufjs';

// The parts of OTLP's trace protos (opentelemetry/proto/{collector/trace/v1,trace/v1,common/v1,
// resource/v1}) this receiver reads, with their field numbers.
const OTLP = protobuf.parse(`
syntax = "proto3";
message AnyValue { oneof value { string string_value = 1; bool bool_value = 2; int64 int_value = 3; double double_value = 4; } }
message KeyValue { string key = 1; AnyValue value = 2; }
message Resource { repeated KeyValue attributes = 1; }
message InstrumentationScope { string name = 1; string version = 2; }
message Span {
  bytes trace_id = 1; bytes span_id = 2; string trace_state = 3; bytes parent_span_id = 4; string name = 5;
  int32 kind = 6; fixed64 start_time_unix_nano = 7; fixed64 end_time_unix_nano = 8; repeated KeyValue attributes = 9;
}
message ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
message ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
message ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
`).root.lookupType('ExportTraceServiceRequest');

export interface ReceivedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  /** '' for a root span. */
  parent: string;
  attrs: Record<string, unknown>;
}

interface KV {
  key: string;
  value?: { stringValue?: string; boolValue?: boolean; intValue?: unknown; doubleValue?: number };
}

interface Decoded {
  resourceSpans?: Array<{ resource?: { attributes?: KV[] }; scopeSpans?: Array<{ spans?: Array<{ traceId: number[]; spanId: number[]; parentSpanId?: number[]; name: string; attributes?: KV[] }> }> }>;
}

const hex = (b: number[] | undefined): string => Buffer.from(b ?? []).toString('hex');
const attrs = (kvs: KV[] | undefined): Record<string, unknown> =>
  Object.fromEntries((kvs ?? []).map((kv) => [kv.key, kv.value?.stringValue ?? kv.value?.boolValue ?? kv.value?.doubleValue ?? String(kv.value?.intValue)]));

export interface OtlpReceiver {
  socket: string;
  spans: ReceivedSpan[];
  /** "METHOD path content-type" of each request. */
  requests: string[];
  find(service: string, name: string): ReceivedSpan | undefined;
  /** Waits until every [service, name] has arrived or ms pass. */
  waitFor(wanted: Array<[string, string]>, ms?: number): Promise<void>;
}

export async function otlpReceiver(t: { teardown(f: () => void): void }): Promise<OtlpReceiver> {
  const dir = mkdtempSync(join(tmpdir(), 'otlp-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const socket = join(dir, 'otlp.sock');
  const spans: ReceivedSpan[] = [];
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      const msg = OTLP.toObject(OTLP.decode(Buffer.concat(chunks)), { bytes: Array, longs: String }) as Decoded;
      for (const rs of msg.resourceSpans ?? []) {
        const service = String(attrs(rs.resource?.attributes)['service.name']);
        for (const ss of rs.scopeSpans ?? []) {
          for (const s of ss.spans ?? []) spans.push({ service, name: s.name, traceId: hex(s.traceId), spanId: hex(s.spanId), parent: hex(s.parentSpanId), attrs: attrs(s.attributes) });
        }
      }
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((r) => server.listen(socket, r));
  t.teardown(() => server.close());
  const find = (service: string, name: string): ReceivedSpan | undefined => spans.find((s) => s.service === service && s.name === name);
  return {
    socket,
    spans,
    requests,
    find,
    async waitFor(wanted, ms = 30000) {
      const until = Date.now() + ms;
      while (!wanted.every(([s, n]) => find(s, n)) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    },
  };
}
