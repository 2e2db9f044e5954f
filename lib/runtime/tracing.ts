// OpenTelemetry tracing for the shim and the runtime ([runtime] enable_tracing, jaeger_endpoint —
// Kata's keys, the endpoint an OTLP/HTTP one): enableTracing() loads the SDK (only then), registers
// a tracer provider that batches spans to the OTLP exporter, the async-hooks context manager and
// the W3C trace-context propagator. inSpan() runs work in a span, and injectContext() puts the
// current span into ttrpc request metadata (`traceparent`), where the agent picks it up. While
// tracing is off both are a direct call: no span object, no context switch. Used by
// lib/shim/tracing.ts, lib/runtime/sandbox.ts and lib/agent/call-spans.ts.
import { Agent } from 'node:http';
import { connect as netConnect, type Socket } from 'node:net';
import type { Attributes, Span } from '@opentelemetry/api';
import type { BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { parseOtlpEndpoint } from '../common/trace/otlp-endpoint.js';

type Api = typeof import('@opentelemetry/api');

let api: Api | undefined;
let provider: BasicTracerProvider | undefined;
let enabling: Promise<void> | undefined;

export interface TracingSettings {
  endpoint: string;
  user?: string;
  password?: string;
  /** service.name of the spans' resource. */
  service: string;
}

export function tracingEnabled(): boolean {
  return provider !== undefined;
}

/** Turns tracing on for this process (idempotent; the first settings win). */
export function enableTracing(s: TracingSettings): Promise<void> {
  enabling ??= (async () => {
    const target = parseOtlpEndpoint(s.endpoint);
    const [otel, sdk, { OTLPTraceExporter }, { resourceFromAttributes }, { AsyncLocalStorageContextManager }, { W3CTraceContextPropagator }] = await Promise.all([
      import('@opentelemetry/api'),
      import('@opentelemetry/sdk-trace-base'),
      import('@opentelemetry/exporter-trace-otlp-proto'),
      import('@opentelemetry/resources'),
      import('@opentelemetry/context-async-hooks'),
      import('@opentelemetry/core'),
    ]);
    const headers: Record<string, string> = {};
    if (s.user) headers.authorization = `Basic ${Buffer.from(`${s.user}:${s.password ?? ''}`).toString('base64')}`;
    const socketPath = target.socketPath;
    const exporter = new OTLPTraceExporter({
      url: target.url,
      headers,
      // A unix-socket receiver: the exporter's own HTTP client, connected to the socket.
      ...(socketPath ? { httpAgentOptions: () => new UnixAgent(socketPath) } : {}),
    });
    const p = new sdk.BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': s.service }),
      spanProcessors: [new sdk.BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 })],
    });
    otel.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    otel.propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    otel.trace.setGlobalTracerProvider(p);
    api = otel;
    provider = p;
  })();
  return enabling;
}

/** An http.Agent whose connections go to a unix socket. */
class UnixAgent extends Agent {
  constructor(private readonly path: string) {
    super({ keepAlive: true });
  }

  override createConnection(): Socket {
    return netConnect(this.path);
  }
}

/** Runs fn in a span named name (a child of the current one); records its error. Off: fn() alone. */
export async function inSpan<T>(name: string, attributes: Attributes, fn: (span?: Span) => Promise<T>): Promise<T> {
  if (!api) return fn();
  const otel = api;
  return otel.trace.getTracer('kata-ts').startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (e) {
      span.recordException(e as Error);
      span.setStatus({ code: otel.SpanStatusCode.ERROR, message: (e as Error).message });
      throw e;
    } finally {
      span.end();
    }
  });
}

/** The current trace context added to ttrpc request metadata (a new object; the input is kept). */
export function injectContext(metadata: Record<string, string | string[]> | undefined): Record<string, string | string[]> | undefined {
  if (!api) return metadata;
  const out: Record<string, string | string[]> = { ...(metadata ?? {}) };
  api.propagation.inject(api.context.active(), out);
  return out;
}

/** Sends what is batched (before the shim exits). */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}
