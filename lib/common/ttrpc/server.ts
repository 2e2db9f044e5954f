// A ttrpc server: the services registered on it, served on unix sockets it listens on and on any
// already-connected Duplex (a vsock connection, a socketpair). The shim serves containerd's Task
// API with it; the agent serves the agent API. Each connection is independent: one peer's garbage
// closes that peer's connection only.
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { Logger } from '../log/logger.js';
import { ServerConnection } from './server-connection.js';
import { ServiceRegistry, type ServiceDefinition } from './services.js';

export interface ServerOptions {
  logger?: Logger;
  /** How long a connection may leave a frame half-sent before it is dropped (default PARTIAL_FRAME_TIMEOUT_MS). */
  partialFrameTimeoutMs?: number;
}

export class TtrpcServer {
  private readonly registry = new ServiceRegistry();
  private readonly listeners = new Set<net.Server>();
  private readonly connections = new Set<ServerConnection>();
  private readonly log: Logger;
  private readonly partialFrameTimeoutMs: number | undefined;
  private nextConnId = 1;
  private closed = false;

  constructor(opts: ServerOptions = {}) {
    this.log = opts.logger ?? new Logger({ component: 'ttrpc-server' });
    this.partialFrameTimeoutMs = opts.partialFrameTimeoutMs;
  }

  register(def: ServiceDefinition): this {
    this.registry.register(def);
    return this;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Listens on a unix socket at `path` (which must not exist). Resolves once it accepts connections. */
  async listen(path: string): Promise<void> {
    if (this.closed) throw new Error(`ttrpc: listen ${path}: server is closed`);
    const srv = net.createServer((sock) => this.serveStream(sock));
    await new Promise<void>((resolve, reject) => {
      srv.once('error', (err) => reject(new Error(`ttrpc: listen ${path}: ${err.message}`, { cause: err })));
      srv.listen(path, () => resolve());
    });
    srv.on('error', (err) => this.log.error('ttrpc: listener error', { path, error: err }));
    this.listeners.add(srv);
    this.log.debug('ttrpc: listening', { path });
  }

  /** Serves one already-connected stream until it closes. */
  serveStream(stream: Duplex): void {
    if (this.closed) {
      stream.destroy();
      return;
    }
    const log = this.log.child({ conn: this.nextConnId++ });
    const conn = new ServerConnection(stream, this.registry, log, (c) => this.connections.delete(c), this.partialFrameTimeoutMs);
    this.connections.add(conn);
  }

  /** Stops listening (removing the socket files) and drops every connection; running handlers see their signal aborted. */
  async close(): Promise<void> {
    this.closed = true;
    const waits: Promise<void>[] = [];
    // Closing a unix listener unlinks its socket file (libuv does it).
    for (const srv of this.listeners) waits.push(new Promise<void>((resolve) => srv.close(() => resolve())));
    this.listeners.clear();
    for (const c of [...this.connections]) c.close('server closed');
    await Promise.all(waits);
  }
}
