// Spans around work, and a trace carried across a ttrpc call in its metadata (W3C `traceparent`):
// injectContext on the calling side (the runtime's agent client, lib/agent/call-spans.ts),
// withCallerContext on the serving side (the agent, guest/agent/tracing.ts). While no tracer is
// installed (tracer.ts) each is a direct call: no span object, no context switch.
import type { Attributes, Span } from '@opentelemetry/api';
import type { Metadata } from '../ttrpc/index.js';
import { activeTracer } from './tracer.js';

/** Runs fn in a span named name (a child of the current one); records its error. Off: fn() alone. */
export async function inSpan<T>(name: string, attributes: Attributes, fn: (span?: Span) => Promise<T>): Promise<T> {
  const tracer = activeTracer();
  if (!tracer) return fn();
  const otel = tracer.api;
  return otel.trace.getTracer(tracer.name).startActiveSpan(name, { attributes }, async (span) => {
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
  const tracer = activeTracer();
  if (!tracer) return metadata;
  const out: Record<string, string | string[]> = { ...(metadata ?? {}) };
  tracer.api.propagation.inject(tracer.api.context.active(), out);
  return out;
}

/** Runs fn in the trace context a call's metadata carries, so its spans continue the caller's. */
export function withCallerContext<T>(metadata: Metadata, fn: () => T): T {
  const tracer = activeTracer();
  if (!tracer) return fn();
  const otel = tracer.api;
  // ttrpc metadata values are lists; the propagator reads the first.
  const parent = otel.propagation.extract(otel.ROOT_CONTEXT, metadata, {
    keys: (c) => Object.keys(c),
    get: (c, k) => c[k]?.[0],
  });
  return otel.context.with(parent, fn);
}
