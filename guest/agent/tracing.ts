// The agent's spans (agent.trace=true on the kernel command line, set by the runtime when [runtime]
// and [agent.kata] enable_tracing): each agent call continues the runtime's trace from the
// `traceparent` in its ttrpc metadata as a span `agent.<Method>`, and the work inside it (container
// create, process spawn) gets spans of its own. The OpenTelemetry SDK is imported only when tracing
// is on; with it off, traceCalls returns the handlers untouched and agentSpan is a direct call.
// Spans leave the guest as OTLP protobuf batches over vsock to the host's port 10240 (the runtime's
// lib/runtime/trace-forwarder.ts), each behind a 4-byte big-endian length. Started by main.ts;
// agentSpan is called by containers.ts.
import type { Socket } from 'node:net';
import type { Attributes, Span } from '@opentelemetry/api';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Logger } from '../../lib/common/log/logger.js';
import type { CallContext } from '../../lib/common/ttrpc/index.js';
import { VMADDR_CID_HOST, connectVsock } from '../../lib/common/vsock/socket.js';

type Api = typeof import('@opentelemetry/api');
let api: Api | undefined;
let flushAll: (() => Promise<void>) | undefined;

/** Most bytes waiting for the host; more are dropped (tracing never holds the agent up). */
const MAX_PENDING = 4 << 20;

/** Loads the SDK and starts exporting to host vsock port `port`. */
export async function startTracing(port: number, log: Logger): Promise<void> {
  const [otel, sdk, { ProtobufTraceSerializer }, { resourceFromAttributes }, { AsyncLocalStorageContextManager }, core] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/otlp-transformer'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
  ]);

  // The transport only: the SDK builds and serializes the spans.
  class VsockSpanExporter implements SpanExporter {
    private sock: Socket | undefined;
    private connecting: Promise<Socket> | undefined;

    export(spans: ReadableSpan[], done: (r: ExportResult) => void): void {
      const body = ProtobufTraceSerializer.serializeRequest(spans);
      if (!body) return done({ code: core.ExportResultCode.FAILED });
      const frame = Buffer.alloc(4 + body.length);
      frame.writeUInt32BE(body.length, 0);
      frame.set(body, 4);
      this.socket().then(
        (s) => {
          if (s.writableLength > MAX_PENDING) return done({ code: core.ExportResultCode.FAILED });
          s.write(frame);
          done({ code: core.ExportResultCode.SUCCESS });
        },
        (e: Error) => {
          log.debug('trace export failed', { error: e });
          done({ code: core.ExportResultCode.FAILED, error: e });
        },
      );
    }

    private socket(): Promise<Socket> {
      if (this.sock && !this.sock.destroyed) return Promise.resolve(this.sock);
      this.connecting ??= connectVsock(VMADDR_CID_HOST, port).then(
        (s) => {
          s.on('error', () => undefined);
          s.on('close', () => {
            if (this.sock === s) this.sock = undefined;
          });
          this.sock = s;
          this.connecting = undefined;
          return s;
        },
        (e: Error) => {
          this.connecting = undefined;
          throw e;
        },
      );
      return this.connecting;
    }

    async forceFlush(): Promise<void> {}

    async shutdown(): Promise<void> {
      this.sock?.end();
    }
  }

  const provider = new sdk.BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'kata-agent' }),
    // Each span as it ends: the host is one vsock hop away, and the VM may power off any time.
    spanProcessors: [new sdk.SimpleSpanProcessor(new VsockSpanExporter())],
  });
  otel.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  otel.propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  otel.trace.setGlobalTracerProvider(provider);
  flushAll = () => provider.forceFlush();
  api = otel;
  log.info('tracing on', { port });
}

export function tracingOn(): boolean {
  return api !== undefined;
}

/** Sends the spans still in flight (before the VM powers off). */
export async function flushTracing(): Promise<void> {
  await flushAll?.();
}

/** Runs fn in a span (a child of the current one); off: fn() alone. */
export async function agentSpan<T>(name: string, attributes: Attributes, fn: () => Promise<T>): Promise<T> {
  if (!api) return fn();
  const otel = api;
  return otel.trace.getTracer('kata-agent').startActiveSpan(name, { attributes }, async (span: Span) => {
    try {
      return await fn();
    } catch (e) {
      span.recordException(e as Error);
      span.setStatus({ code: otel.SpanStatusCode.ERROR, message: (e as Error).message });
      throw e;
    } finally {
      span.end();
    }
  });
}

type Handler = (req: never, ctx: CallContext) => unknown;

/** Each call a span continuing the caller's trace (its `traceparent` metadata). Off: the handlers as they are. */
export function traceCalls<H extends Partial<Record<string, Handler>>>(handlers: H): H {
  if (!api) return handlers;
  const otel = api;
  const out: Partial<Record<string, Handler>> = {};
  for (const [name, h] of Object.entries(handlers)) {
    if (!h) continue;
    const f = h as (req: unknown, ctx: CallContext) => unknown;
    out[name] = ((req: unknown, ctx: CallContext) => {
      // ttrpc metadata values are lists; the propagator reads the first.
      const parent = otel.propagation.extract(otel.ROOT_CONTEXT, ctx.metadata, {
        keys: (c) => Object.keys(c),
        get: (c, k) => c[k]?.[0],
      });
      const id = (req as { containerId?: unknown } | null)?.containerId;
      const attributes: Attributes = typeof id === 'string' && id ? { 'kata.container_id': id } : {};
      return otel.context.with(parent, () => agentSpan(`agent.${name}`, attributes, async () => f(req, ctx)));
    }) as Handler;
  }
  return out as H;
}
