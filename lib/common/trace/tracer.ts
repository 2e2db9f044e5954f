// The process's one OpenTelemetry tracer, for the shim and runtime (lib/runtime/tracing.ts: spans
// batched to an OTLP/HTTP endpoint) and for the agent (guest/agent/tracing.ts: each span over
// vsock to the host). installTracer() loads the SDK — only then, so a process with tracing off
// never loads it — and registers a tracer provider with the caller's span processor, the
// async-hooks context manager and the W3C trace-context propagator. The span helpers (spans.ts)
// are direct calls until it has run.
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';

type Api = typeof import('@opentelemetry/api');
type Sdk = typeof import('@opentelemetry/sdk-trace-base');
type Core = typeof import('@opentelemetry/core');

export interface ActiveTracer {
  api: Api;
  /** The name spans are made under. */
  name: string;
  flush(): Promise<void>;
}

let active: ActiveTracer | undefined;

export interface TracerOptions {
  /** service.name of the spans' resource. */
  service: string;
  /** The tracer's name (the instrumentation scope of every span). */
  tracer: string;
  /** Where the spans go: a processor and its exporter, made from the SDK once it is loaded. */
  processor(sdk: Sdk, core: Core): SpanProcessor | Promise<SpanProcessor>;
}

export async function installTracer(o: TracerOptions): Promise<void> {
  const [otel, sdk, { resourceFromAttributes }, { AsyncLocalStorageContextManager }, core] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
  ]);
  const provider = new sdk.BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': o.service }),
    spanProcessors: [await o.processor(sdk, core)],
  });
  otel.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  otel.propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  otel.trace.setGlobalTracerProvider(provider);
  active = { api: otel, name: o.tracer, flush: () => provider.forceFlush() };
}

export function tracingEnabled(): boolean {
  return active !== undefined;
}

/** The tracer once installed (for spans.ts). */
export function activeTracer(): ActiveTracer | undefined {
  return active;
}

/** Sends the spans still held (before the process exits, or the VM powers off). */
export async function flushTracing(): Promise<void> {
  await active?.flush();
}
