// A ttrpc client over one Duplex (a unix socket to a shim, a vsock connection to the agent). Many
// calls share the connection, each on its own odd stream id (ttrpc's client.go). The shim uses it to
// talk to the agent and to publish events to containerd; kata-agent-ctl uses it directly.
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { silentLogger, type Logger } from '../log/logger.js';
import { ttrpc } from '../proto/gen/protocols.js';
import { MESSAGE_LENGTH_MAX, MessageType, encodeFrame, oversizeError, type Frame } from './frame.js';
import { FrameWriter } from './frame-writer.js';
import { FrameError, FrameParser, type FramerEvent } from './framer.js';
import type { Decoder, Encoder } from './services.js';
import { Code, ConnectionClosedError, TtrpcError } from './status.js';

export interface CallOptions {
  /** The call fails with DeadlineExceeded after this long; the server is told via timeout_nano. */
  timeoutMs?: number;
  metadata?: Record<string, string | string[]>;
  /** Aborting fails the call with Canceled (ttrpc has no cancel on the wire; the answer is dropped). */
  signal?: AbortSignal;
}

export interface ClientOptions {
  logger?: Logger;
}

interface Pending {
  what: string;
  resolve: (payload: Uint8Array) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

const MAX_STREAM_ID = 0xffffffff;
const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout's limit (about 24.8 days)

export class TtrpcClient {
  private readonly parser = new FrameParser();
  private readonly writer: FrameWriter;
  private readonly pending = new Map<number, Pending>();
  private readonly log: Logger;
  private nextStreamId = 1;
  private closeError: ConnectionClosedError | null = null;
  private readonly closeWaiters: ((err: ConnectionClosedError) => void)[] = [];

  constructor(
    private readonly stream: Duplex,
    opts: ClientOptions = {},
  ) {
    this.log = opts.logger ?? silentLogger('ttrpc-client');
    this.writer = new FrameWriter(stream);
    stream.on('data', (chunk: Buffer) => this.onData(chunk));
    stream.on('end', () => this.onEnd());
    stream.on('error', (err) => this.shutdown(`read/write error: ${err.message}`, 'warn'));
    stream.on('close', () => this.shutdown('peer hung up', 'debug'));
  }

  /** Connects to a ttrpc server listening on a unix socket. */
  static connect(path: string, opts: ClientOptions = {}): Promise<TtrpcClient> {
    return new Promise((resolve, reject) => {
      const sock = net.connect(path);
      sock.once('error', (err) => reject(new Error(`ttrpc: connect ${path}: ${err.message}`, { cause: err })));
      sock.once('connect', () => {
        sock.removeAllListeners('error');
        resolve(new TtrpcClient(sock, opts));
      });
    });
  }

  get closed(): boolean {
    return this.closeError !== null;
  }

  get pendingCalls(): number {
    return this.pending.size;
  }

  /** What the framer holds of a frame not yet complete (for tests of the bound, e.g. test/fuzz). */
  get framerState(): { bufferedBytes: number; midFrame: boolean } {
    return { bufferedBytes: this.parser.bufferedBytes, midFrame: this.parser.midFrame };
  }

  /** Resolves with the reason once the connection is closed (by either side). */
  waitClosed(): Promise<ConnectionClosedError> {
    if (this.closeError) return Promise.resolve(this.closeError);
    return new Promise((resolve) => this.closeWaiters.push(resolve));
  }

  /** Closes the connection; pending calls fail with ConnectionClosedError. */
  close(): void {
    this.shutdown('closed by client', 'debug');
  }

  /** Calls service/method with a protobufjs message; resolves with the decoded response. */
  async call<Req, Res>(
    service: string,
    method: string,
    requestType: Encoder<Req>,
    responseType: Decoder<Res>,
    req: Req,
    opts: CallOptions = {},
  ): Promise<Res> {
    const payload = requestType.encode(req).finish();
    const body = await this.callRaw(service, method, payload, opts);
    try {
      return responseType.decode(body);
    } catch (e) {
      throw new TtrpcError(Code.Internal, `ttrpc: cannot decode response of ${service}/${method}: ${(e as Error).message}`);
    }
  }

  /** The call with an already-encoded request payload; resolves with the response payload. */
  callRaw(service: string, method: string, payload: Uint8Array, opts: CallOptions = {}): Promise<Uint8Array> {
    const what = `${service}/${method}`;
    if (this.closeError) return Promise.reject(this.closeError);
    if (opts.signal?.aborted) return Promise.reject(new TtrpcError(Code.Canceled, `${what}: canceled before it was sent`));
    const timeoutMs = opts.timeoutMs;
    if (timeoutMs !== undefined && !(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
      return Promise.reject(new RangeError(`ttrpc: ${what}: timeoutMs must be > 0 and <= ${MAX_TIMER_MS}, got ${timeoutMs}`));
    }
    const body = ttrpc.Request.encode({
      service,
      method,
      payload,
      timeoutNano: timeoutMs === undefined ? 0 : Math.round(timeoutMs * 1e6),
      metadata: toKeyValues(opts.metadata),
    }).finish();
    // Refused here, before a stream id is spent: an oversize request never reaches the wire.
    if (body.length > MESSAGE_LENGTH_MAX) return Promise.reject(oversizeError(body.length, `request ${what}`));
    if (this.nextStreamId > MAX_STREAM_ID) {
      return Promise.reject(new TtrpcError(Code.ResourceExhausted, `ttrpc: ${what}: stream ids of this connection are used up; reconnect`));
    }
    const id = this.nextStreamId;
    this.nextStreamId += 2; // client-initiated streams are odd (client.go)

    return new Promise<Uint8Array>((resolve, reject) => {
      const p: Pending = { what, resolve, reject, timer: undefined, signal: opts.signal, onAbort: undefined };
      if (timeoutMs !== undefined) {
        p.timer = setTimeout(() => this.fail(id, new TtrpcError(Code.DeadlineExceeded, `${what}: deadline of ${timeoutMs} ms exceeded`)), timeoutMs);
      }
      if (opts.signal) {
        p.onAbort = () => this.fail(id, new TtrpcError(Code.Canceled, `${what}: canceled`));
        opts.signal.addEventListener('abort', p.onAbort, { once: true });
      }
      this.pending.set(id, p);
      this.writer.write(encodeFrame(id, MessageType.Request, body));
    });
  }

  private onData(chunk: Buffer): void {
    if (this.closeError) return;
    let events: FramerEvent[];
    let broken: string | undefined;
    try {
      events = this.parser.push(chunk);
    } catch (e) {
      // Whatever the peer's bytes made the framer throw, it ends this connection, never the process:
      // the peer may be a hostile guest. Answers completed before the bad bytes still count.
      events = e instanceof FrameError ? e.before : [];
      broken = e instanceof FrameError ? e.message : `framer failed: ${(e as Error).message}`;
    }
    for (const ev of events) {
      if (ev.kind === 'oversized') {
        const { streamId, length } = ev.header;
        this.log.warn('ttrpc: dropped oversized response', { stream: streamId, length, max: MESSAGE_LENGTH_MAX });
        this.fail(streamId, oversizeError(length, `response on stream ${streamId}`));
      } else {
        this.onFrame(ev.frame);
      }
      if (this.closeError) return;
    }
    if (broken !== undefined) this.shutdown(`protocol error: ${broken}`, 'warn');
  }

  private onFrame(frame: Frame): void {
    const id = frame.streamId;
    const p = this.pending.get(id);
    if (!p) {
      // Late answer to a call that timed out or was canceled, as client.go logs it.
      this.log.debug('ttrpc: response for no pending call', { stream: id, type: frame.type });
      return;
    }
    if (frame.type !== MessageType.Response) {
      return this.fail(id, new TtrpcError(Code.Internal, `ttrpc: ${p.what}: unexpected message type ${frame.type} in answer`));
    }
    let resp: ttrpc.Response;
    try {
      resp = ttrpc.Response.decode(frame.body);
    } catch (e) {
      return this.fail(id, new TtrpcError(Code.Internal, `ttrpc: ${p.what}: undecodable response: ${(e as Error).message}`));
    }
    const st = resp.status;
    if (st && st.code !== Code.OK) return this.fail(id, TtrpcError.fromStatus(st));
    this.settle(id, p);
    p.resolve(resp.payload);
  }

  private onEnd(): void {
    try {
      this.parser.end();
    } catch (e) {
      if (e instanceof FrameError) return this.shutdown(`protocol error: ${e.message}`, 'warn');
      throw e;
    }
    this.shutdown('peer hung up', 'debug');
  }

  private fail(id: number, err: Error): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.settle(id, p);
    p.reject(err);
  }

  private settle(id: number, p: Pending): void {
    this.pending.delete(id);
    clearTimeout(p.timer);
    if (p.onAbort) p.signal?.removeEventListener('abort', p.onAbort);
  }

  private shutdown(reason: string, level: 'debug' | 'warn'): void {
    if (this.closeError) return;
    const err = new ConnectionClosedError(reason);
    this.closeError = err;
    this.log.log(level, 'ttrpc: connection closed', { reason, pendingCalls: this.pending.size });
    for (const [id, p] of [...this.pending]) {
      this.settle(id, p);
      p.reject(err);
    }
    this.stream.destroy();
    for (const w of this.closeWaiters.splice(0)) w(err);
  }
}

function toKeyValues(md: Record<string, string | string[]> | undefined): ttrpc.IKeyValue[] {
  const out: ttrpc.IKeyValue[] = [];
  if (!md) return out;
  for (const [key, v] of Object.entries(md)) {
    for (const value of Array.isArray(v) ? v : [v]) out.push({ key, value });
  }
  return out;
}
