// The agent's spans (agent.trace=true on the kernel command line, set by the runtime when [runtime]
// and [agent.kata] enable_tracing): each agent call continues the runtime's trace from the
// `traceparent` in its ttrpc metadata as a span `agent.<Method>`, and the work inside it (container
// create, process spawn) gets spans of its own (inSpan, lib/common/trace/spans.ts). The tracer is
// the process's one (lib/common/trace/tracer.ts), installed only when tracing is on; with it off,
// traceCalls returns the handlers untouched and a span is a direct call. Spans leave the guest as
// OTLP protobuf batches over vsock to the host's port 10240 (the runtime's
// lib/runtime/trace-forwarder.ts), each behind a 4-byte big-endian length. Started by main.ts.
import type { Socket } from 'node:net';
import type { Attributes } from '@opentelemetry/api';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Logger } from '../../lib/common/log/logger.js';
import { inSpan, withCallerContext } from '../../lib/common/trace/spans.js';
import { installTracer, tracingEnabled } from '../../lib/common/trace/tracer.js';
import type { CallContext } from '../../lib/common/ttrpc/index.js';
import { VMADDR_CID_HOST, connectVsock } from '../../lib/common/vsock/socket.js';

/** Most bytes waiting for the host; more are dropped (tracing never holds the agent up). */
const MAX_PENDING = 4 << 20;

/** Loads the SDK and starts exporting to host vsock port `port`. */
export async function startTracing(port: number, log: Logger): Promise<void> {
  await installTracer({
    service: 'kata-agent',
    tracer: 'kata-agent',
    processor: async (sdk, core) => {
      const { ProtobufTraceSerializer } = await import('@opentelemetry/otlp-transformer');
      // Each span as it ends: the host is one vsock hop away, and the VM may power off any time.
      return new sdk.SimpleSpanProcessor(new VsockSpanExporter(port, log, core, ProtobufTraceSerializer));
    },
  });
  log.info('tracing on', { port });
}

type Core = typeof import('@opentelemetry/core');
type Serializer = (typeof import('@opentelemetry/otlp-transformer'))['ProtobufTraceSerializer'];

/** The transport only: the SDK builds and serializes the spans. */
class VsockSpanExporter implements SpanExporter {
  private sock: Socket | undefined;
  private connecting: Promise<Socket> | undefined;

  constructor(
    private readonly port: number,
    private readonly log: Logger,
    private readonly core: Core,
    private readonly serializer: Serializer,
  ) {}

  export(spans: ReadableSpan[], done: (r: ExportResult) => void): void {
    const { ExportResultCode } = this.core;
    const body = this.serializer.serializeRequest(spans);
    if (!body) return done({ code: ExportResultCode.FAILED });
    const frame = Buffer.alloc(4 + body.length);
    frame.writeUInt32BE(body.length, 0);
    frame.set(body, 4);
    this.socket().then(
      (s) => {
        if (s.writableLength > MAX_PENDING) return done({ code: ExportResultCode.FAILED });
        s.write(frame);
        done({ code: ExportResultCode.SUCCESS });
      },
      (e: Error) => {
        this.log.debug('trace export failed', { error: e });
        done({ code: ExportResultCode.FAILED, error: e });
      },
    );
  }

  private socket(): Promise<Socket> {
    if (this.sock && !this.sock.destroyed) return Promise.resolve(this.sock);
    this.connecting ??= connectVsock(VMADDR_CID_HOST, this.port).then(
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

type Handler = (req: never, ctx: CallContext) => unknown;

/** Each call a span continuing the caller's trace (its `traceparent` metadata). Off: the handlers as they are. */
export function traceCalls<H extends Partial<Record<string, Handler>>>(handlers: H): H {
  if (!tracingEnabled()) return handlers;
  const out: Partial<Record<string, Handler>> = {};
  for (const [name, h] of Object.entries(handlers)) {
    if (!h) continue;
    const f = h as (req: unknown, ctx: CallContext) => unknown;
    out[name] = ((req: unknown, ctx: CallContext) => {
      const id = (req as { containerId?: unknown } | null)?.containerId;
      const attributes: Attributes = typeof id === 'string' && id ? { 'kata.container_id': id } : {};
      return withCallerContext(ctx.metadata, () => inSpan(`agent.${name}`, attributes, async () => f(req, ctx)));
    }) as Handler;
  }
  return out as H;
}
