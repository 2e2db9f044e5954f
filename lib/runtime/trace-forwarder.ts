// The agent's spans on their way out: the agent (guest/agent/tracing.ts) connects to host vsock
// port 10240 (Kata's trace forwarder port) — with hybrid vsock that is the unix socket
// `<kata.hvsock>_10240`, which this listens on — and sends each batch as one OTLP
// ExportTraceServiceRequest (protobuf, serialized by the OpenTelemetry SDK in the guest) behind a
// 4-byte big-endian length. Each batch is posted as it is to the OTLP/HTTP endpoint the runtime's
// own spans go to. Started and stopped with the sandbox's guest telemetry (guest-telemetry.ts).
import { request } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';
import { rmSync } from 'node:fs';
import type { Logger } from '../common/log/logger.js';
import { parseOtlpEndpoint } from '../common/trace/otlp-endpoint.js';

/** A batch larger than this is not the agent's: the stream is cut. */
const MAX_BATCH = 16 << 20;

export class TraceForwarder {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly target: ReturnType<typeof parseOtlpEndpoint>;
  /** Batches posted so far (tests). */
  batches = 0;

  constructor(
    private readonly path: string,
    endpoint: string,
    private readonly log: Logger,
    private readonly headers: Record<string, string> = {},
  ) {
    this.target = parseOtlpEndpoint(endpoint);
    rmSync(path, { force: true });
    this.server = createServer((s) => this.serve(s));
    this.server.on('error', (e) => log.warn('trace forwarder failed', { path, error: e }));
    this.server.listen(path);
    this.server.unref();
  }

  private serve(sock: Socket): void {
    this.sockets.add(sock);
    let buf = Buffer.alloc(0);
    sock.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      while (buf.length >= 4) {
        const n = buf.readUInt32BE(0);
        if (n > MAX_BATCH) {
          this.log.warn('trace forwarder: oversized batch from the agent; closing the stream', { bytes: n });
          sock.destroy();
          return;
        }
        if (buf.length < 4 + n) break;
        this.post(buf.subarray(4, 4 + n));
        buf = buf.subarray(4 + n);
      }
    });
    sock.on('error', () => undefined);
    sock.on('close', () => this.sockets.delete(sock));
  }

  private post(body: Buffer): void {
    this.batches++;
    const u = new URL(this.target.url);
    const send = u.protocol === 'https:' ? httpsRequest : request;
    const req = send(
      {
        ...(this.target.socketPath ? { socketPath: this.target.socketPath } : { hostname: u.hostname, port: u.port }),
        path: u.pathname + u.search,
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf', 'content-length': body.length, ...this.headers },
      },
      (res) => {
        res.resume();
        if ((res.statusCode ?? 0) >= 300) this.log.warn('trace forwarder: the endpoint refused agent spans', { status: res.statusCode });
      },
    );
    req.on('error', (e) => this.log.warn('trace forwarder: cannot reach the endpoint', { endpoint: this.target.url, error: e }));
    req.end(body);
  }

  stop(): void {
    for (const s of this.sockets) s.destroy();
    this.server.close();
    rmSync(this.path, { force: true });
  }
}
