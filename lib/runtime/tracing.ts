// OpenTelemetry tracing for the shim and the runtime ([runtime] enable_tracing, jaeger_endpoint —
// Kata's keys, the endpoint an OTLP/HTTP one): enableTracing() installs the process's tracer
// (lib/common/trace/tracer.ts) with a processor that batches spans to the OTLP exporter, over a
// unix socket when the endpoint names one. The spans themselves come from lib/common/trace/spans.ts
// (lib/shim/tracing.ts, lib/runtime/sandbox.ts, lib/agent/call-spans.ts). Called by
// lib/shim/tracing.ts.
import { Agent } from 'node:http';
import { connect as netConnect, type Socket } from 'node:net';
import { basicAuthHeaders } from '../common/trace/basic-auth.js';
import { parseOtlpEndpoint } from '../common/trace/otlp-endpoint.js';
import { installTracer } from '../common/trace/tracer.js';

let enabling: Promise<void> | undefined;

export interface TracingSettings {
  endpoint: string;
  user?: string;
  password?: string;
  /** service.name of the spans' resource. */
  service: string;
}

/** Turns tracing on for this process (idempotent; the first settings win). */
export function enableTracing(s: TracingSettings): Promise<void> {
  enabling ??= (async () => {
    const target = parseOtlpEndpoint(s.endpoint);
    const socketPath = target.socketPath;
    await installTracer({
      service: s.service,
      tracer: 'kata-ts',
      processor: async (sdk) => {
        const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-proto');
        const exporter = new OTLPTraceExporter({
          url: target.url,
          headers: basicAuthHeaders(s.user, s.password),
          // A unix-socket receiver: the exporter's own HTTP client, connected to the socket.
          ...(socketPath ? { httpAgentOptions: () => new UnixAgent(socketPath) } : {}),
        });
        return new sdk.BatchSpanProcessor(exporter, { scheduledDelayMillis: 1000 });
      },
    });
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
