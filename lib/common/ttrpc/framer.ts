// Cuts the bytes arriving on a connection into ttrpc frames. Used by the client and by each server
// connection. Memory stays bounded: at most one header plus MESSAGE_LENGTH_MAX is buffered, and the
// body of a frame whose announced length is over the limit is skipped as it streams past, never
// stored (ttrpc's channel.recv discards it too and answers ResourceExhausted on that stream).
import { HEADER_LENGTH, MESSAGE_LENGTH_MAX, decodeHeader, isMessageType, type Frame, type FrameHeader } from './frame.js';

/** The byte stream is not ttrpc (or was cut short); the connection cannot continue. */
export class FrameError extends Error {
  /**
   * What the same push completed before the bytes that are not ttrpc. The caller handles these
   * before closing, so that whether an answer counts does not depend on where the peer's writes
   * were split into reads (ttrpc's channel.recv likewise hands over each frame before reading on).
   */
  readonly before: FramerEvent[];

  constructor(message: string, before: FramerEvent[] = []) {
    super(message);
    this.name = 'FrameError';
    this.before = before;
  }
}

export type FramerEvent =
  | { kind: 'frame'; frame: Frame }
  /** A frame announced a body over the limit; its body is being skipped. */
  | { kind: 'oversized'; header: FrameHeader };

export class FrameParser {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private header: FrameHeader | null = null;
  private discarding = 0;

  constructor(private readonly maxLength = MESSAGE_LENGTH_MAX) {}

  /** Bytes held for an incomplete frame (for tests of the bound). */
  get bufferedBytes(): number {
    return this.buffered;
  }

  /** Whether a frame has begun and not ended (header bytes, a body, or an oversized body being skipped). */
  get midFrame(): boolean {
    return this.buffered > 0 || this.header !== null || this.discarding > 0;
  }

  /**
   * Feeds one chunk; returns the frames (and oversize notices) it completed, in order.
   * Throws FrameError when the stream is not ttrpc (unknown message type); its `before` holds what
   * this chunk completed ahead of that.
   */
  push(chunk: Buffer): FramerEvent[] {
    const out: FramerEvent[] = [];
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    for (;;) {
      if (this.discarding > 0) {
        const n = Math.min(this.discarding, this.buffered);
        this.skip(n);
        this.discarding -= n;
        if (this.discarding > 0) return out;
      }
      if (this.header === null) {
        if (this.buffered < HEADER_LENGTH) return out;
        const h = decodeHeader(this.take(HEADER_LENGTH));
        if (!isMessageType(h.type)) {
          throw new FrameError(`unknown message type ${h.type} on stream ${h.streamId} (length ${h.length}, flags ${h.flags})`, out);
        }
        if (h.length > this.maxLength) {
          this.discarding = h.length;
          out.push({ kind: 'oversized', header: h });
          continue;
        }
        this.header = h;
      }
      const h = this.header;
      if (this.buffered < h.length) return out;
      const body = h.length === 0 ? Buffer.alloc(0) : this.take(h.length);
      this.header = null;
      out.push({ kind: 'frame', frame: { streamId: h.streamId, type: h.type as Frame['type'], flags: h.flags, body } });
    }
  }

  /** The peer finished sending: anything partial is a truncated frame. */
  end(): void {
    if (this.discarding > 0) {
      throw new FrameError(`truncated frame: peer closed with ${this.discarding} bytes of an oversized body unsent`);
    }
    if (this.header !== null) {
      throw new FrameError(
        `truncated frame: stream ${this.header.streamId} announced ${this.header.length} body bytes, got ${this.buffered}`,
      );
    }
    if (this.buffered > 0) {
      throw new FrameError(`truncated frame: peer closed after ${this.buffered} of ${HEADER_LENGTH} header bytes`);
    }
  }

  /** Removes and returns the first n buffered bytes (n <= buffered). */
  private take(n: number): Buffer {
    const first = this.chunks[0]!;
    if (first.length >= n) {
      this.consumeFront(first, n);
      return first.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    while (filled < n) {
      const c = this.chunks[0]!;
      const k = Math.min(c.length, n - filled);
      c.copy(out, filled, 0, k);
      filled += k;
      this.consumeFront(c, k);
    }
    return out;
  }

  private skip(n: number): void {
    while (n > 0) {
      const c = this.chunks[0]!;
      const k = Math.min(c.length, n);
      this.consumeFront(c, k);
      n -= k;
    }
  }

  private consumeFront(c: Buffer, k: number): void {
    if (k === c.length) this.chunks.shift();
    else this.chunks[0] = c.subarray(k);
    this.buffered -= k;
  }
}
