// One client connection of a TtrpcServer: reads request frames, runs handlers concurrently, writes
// responses. Protocol behaviour follows ttrpc's server.go (v1.1.1): a bad request, an even stream
// id or an oversized frame is answered with an error status on that stream and the connection goes
// on; bytes that are not ttrpc at all (unknown message type, truncated frame) close this
// connection only, with the reason logged.
import type { Duplex } from 'node:stream';
import type { Logger } from '../log/logger.js';
import { ttrpc } from '../proto/gen/protocols.js';
import { MESSAGE_LENGTH_MAX, MessageType, encodeFrame, oversizeError, type Frame } from './frame.js';
import { FrameWriter } from './frame-writer.js';
import { FrameError, FrameParser, type FramerEvent } from './framer.js';
import type { CallContext, Metadata, ServiceRegistry } from './services.js';
import { Code, ConnectionClosedError, TtrpcError, toStatus } from './status.js';

const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout's limit
/**
 * How long a frame may stay half-sent. A peer that sends part of a header (or a body) and then
 * waits would otherwise hold the connection and its buffer forever; a real client writes a whole
 * frame at once, so seconds are plenty even on a loaded TCG guest.
 */
export const PARTIAL_FRAME_TIMEOUT_MS = 30_000;

interface ActiveCall {
  abort: AbortController;
  timer: NodeJS.Timeout | undefined;
  what: string;
}

export class ServerConnection {
  private readonly parser = new FrameParser();
  private readonly writer: FrameWriter;
  private readonly active = new Map<number, ActiveCall>();
  private closed = false;
  /** Runs while a frame is incomplete; restarted whenever a frame completes. */
  private partialTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: Duplex,
    private readonly registry: ServiceRegistry,
    private readonly log: Logger,
    private readonly onClosed: (conn: ServerConnection) => void,
    private readonly partialFrameTimeoutMs = PARTIAL_FRAME_TIMEOUT_MS,
  ) {
    // A client that sends requests but does not read the answers stops being read from,
    // so its responses cannot pile up without bound.
    this.writer = new FrameWriter(stream, (full) => (full ? stream.pause() : stream.resume()));
    stream.on('data', (chunk: Buffer) => this.onData(chunk));
    stream.on('end', () => this.onEnd());
    stream.on('error', (err) => this.close(`read/write error: ${err.message}`, 'warn'));
    stream.on('close', () => this.close('peer hung up', 'debug'));
  }

  get activeCalls(): number {
    return this.active.size;
  }

  /** Drops the connection: handlers still running see their signal aborted, their answers go nowhere. */
  close(reason: string, level: 'debug' | 'warn' = 'debug'): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.partialTimer);
    this.log.log(level, 'ttrpc: closing connection', { reason, activeCalls: this.active.size });
    const err = new ConnectionClosedError(reason);
    for (const call of this.active.values()) {
      clearTimeout(call.timer);
      call.abort.abort(err);
    }
    this.active.clear();
    this.stream.destroy();
    this.onClosed(this);
  }

  private onData(chunk: Buffer): void {
    if (this.closed) return;
    let events: FramerEvent[];
    let broken: FrameError | undefined;
    try {
      events = this.parser.push(chunk);
    } catch (e) {
      if (!(e instanceof FrameError)) throw e;
      // Requests completed before the bad bytes are served as if they had come in a read of their own.
      events = e.before;
      broken = e;
    }
    for (const ev of events) {
      if (ev.kind === 'oversized') {
        const { streamId, length } = ev.header;
        this.log.warn('ttrpc: refused oversized request', { stream: streamId, length, max: MESSAGE_LENGTH_MAX });
        this.respond(streamId, { status: toStatus(oversizeError(length, `request on stream ${streamId}`)) });
      } else if (ev.frame.type === MessageType.Request) {
        this.onRequest(ev.frame);
      } else {
        // ttrpc's server ignores other known types "for future compat" (no streams here).
        this.log.debug('ttrpc: ignoring non-request frame', { stream: ev.frame.streamId, type: ev.frame.type });
      }
      if (this.closed) return;
    }
    if (broken) return this.close(`protocol error: ${broken.message}`, 'warn');
    this.watchPartialFrame(events.length > 0);
  }

  /** Starts the bound when a frame is left incomplete; a completed frame is progress and restarts it. */
  private watchPartialFrame(progressed: boolean): void {
    if (!this.parser.midFrame) {
      clearTimeout(this.partialTimer);
      this.partialTimer = undefined;
      return;
    }
    if (this.partialTimer && !progressed) return;
    clearTimeout(this.partialTimer);
    this.partialTimer = setTimeout(() => {
      this.close(`a frame stayed incomplete for ${this.partialFrameTimeoutMs} ms (${this.parser.bufferedBytes} bytes held)`, 'warn');
    }, this.partialFrameTimeoutMs);
    this.partialTimer.unref();
  }

  private onEnd(): void {
    try {
      this.parser.end();
    } catch (e) {
      if (e instanceof FrameError) return this.close(`protocol error: ${e.message}`, 'warn');
      throw e;
    }
    this.close('peer hung up', 'debug');
  }

  private onRequest(frame: Frame): void {
    const id = frame.streamId;
    let req: ttrpc.Request;
    try {
      req = ttrpc.Request.decode(frame.body);
    } catch (e) {
      this.log.warn('ttrpc: undecodable request', { stream: id, error: (e as Error).message });
      return this.respondError(id, new TtrpcError(Code.InvalidArgument, `unmarshal request error: ${(e as Error).message}`));
    }
    if (id % 2 !== 1) {
      return this.respondError(id, new TtrpcError(Code.InvalidArgument, 'StreamID must be odd for client initiated streams'));
    }
    if (this.active.has(id)) {
      return this.respondError(id, new TtrpcError(Code.InvalidArgument, `stream ${id} already has a call in flight`));
    }
    const what = `${req.service}/${req.method}`;
    let m;
    try {
      m = this.registry.resolve(req.service, req.method);
    } catch (e) {
      return this.respondError(id, e);
    }
    let payload: unknown;
    try {
      payload = m.requestType.decode(req.payload);
    } catch (e) {
      return this.respondError(id, new TtrpcError(Code.Internal, `ttrpc: error unmarshalling payload of ${what}: ${(e as Error).message}`));
    }

    const abort = new AbortController();
    const call: ActiveCall = { abort, timer: undefined, what };
    let deadline: number | undefined;
    // timeout_nano: 0 means none; a positive (or already negative) budget starts now, as Go's
    // context.WithTimeout does on receipt.
    if (req.timeoutNano !== 0) {
      const ms = Math.max(0, req.timeoutNano / 1e6);
      deadline = Date.now() + ms;
      // Node fires longer timers at once; a budget of more than 24 days is as good as none.
      if (ms <= MAX_TIMER_MS) {
        call.timer = setTimeout(() => {
          const err = new TtrpcError(Code.DeadlineExceeded, `${what}: deadline of ${ms} ms exceeded`);
          abort.abort(err);
          this.finish(id, { status: toStatus(err) });
        }, ms);
      }
    }
    this.active.set(id, call);
    const ctx: CallContext = { service: req.service, method: req.method, metadata: toMetadata(req.metadata), signal: abort.signal, deadline };
    Promise.resolve()
      .then(() => m.handler(payload, ctx))
      .then(
        (res) => {
          if (res === undefined || res === null) throw new TtrpcError(Code.Internal, `ttrpc: ${what} returned no response`);
          let body: Uint8Array;
          try {
            body = m.responseType.encode(res).finish();
          } catch (e) {
            throw new TtrpcError(Code.Internal, `ttrpc: error marshaling response of ${what}: ${(e as Error).message}`);
          }
          this.finish(id, { status: { code: Code.OK }, payload: body });
        },
        (err: unknown) => this.finish(id, { status: toStatus(err) }),
      )
      .catch((err: unknown) => this.finish(id, { status: toStatus(err) }));
  }

  /** Answers an active call once; later answers (after its deadline or a close) are dropped. */
  private finish(id: number, resp: ttrpc.IResponse): void {
    const call = this.active.get(id);
    if (!call) return;
    this.active.delete(id);
    clearTimeout(call.timer);
    this.respond(id, resp, call.what);
  }

  private respondError(id: number, err: unknown): void {
    this.respond(id, { status: toStatus(err) });
  }

  private respond(id: number, resp: ttrpc.IResponse, what = `stream ${id}`): void {
    if (this.closed) return;
    let body = ttrpc.Response.encode(resp).finish();
    if (body.length > MESSAGE_LENGTH_MAX) {
      // Never put an oversize frame on the wire: the caller gets ResourceExhausted instead.
      const err = oversizeError(body.length, `response of ${what}`);
      this.log.warn('ttrpc: refused to send oversized response', { stream: id, call: what, length: body.length, max: MESSAGE_LENGTH_MAX });
      body = ttrpc.Response.encode({ status: toStatus(err) }).finish();
    }
    this.writer.write(encodeFrame(id, MessageType.Response, body));
  }
}

function toMetadata(kvs: ttrpc.IKeyValue[]): Metadata {
  // No prototype: keys come from the peer ("__proto__" must be just a key).
  const md = Object.create(null) as Metadata;
  for (const kv of kvs) {
    const k = kv.key ?? '';
    (md[k] ??= []).push(kv.value ?? '');
  }
  return md;
}
