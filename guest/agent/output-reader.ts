// Serves ReadStdout/ReadStderr: hands out a process's output as it arrives, EOF when the stream
// ends. It never buffers more than the stream's highWaterMark: while nobody reads, Node stops
// reading the pipe, the pipe fills, and the writing process blocks — back-pressure instead of
// growing memory without limit.
import type { Readable } from 'node:stream';

export class OutputReader {
  private ended = false;
  private failure: Error | undefined;
  private waiters: Array<() => void> = [];

  constructor(private readonly stream: Readable) {
    stream.pause();
    const wake = () => {
      const w = this.waiters;
      this.waiters = [];
      for (const f of w) f();
    };
    stream.on('readable', wake);
    stream.on('end', () => {
      this.ended = true;
      wake();
    });
    stream.on('close', () => {
      this.ended = true;
      wake();
    });
    stream.on('error', (e: Error) => {
      this.failure = e;
      wake();
    });
  }

  /** Up to `max` bytes as soon as any are available; null at end of stream. */
  async read(max: number, signal?: AbortSignal): Promise<Buffer | null> {
    for (;;) {
      const avail = this.stream.readableLength;
      if (avail > 0) {
        const chunk = this.stream.read(Math.min(avail, max)) as Buffer | null;
        if (chunk !== null) return chunk;
      }
      // Nothing buffered: read() with no size pulls from the source, or returns what it has.
      const pulled = this.stream.read() as Buffer | null;
      if (pulled !== null) {
        if (pulled.length > max) this.stream.unshift(pulled.subarray(max));
        return pulled.subarray(0, max);
      }
      if (this.failure) throw this.failure;
      if (this.ended || this.stream.readableEnded) return null;
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => reject(signal?.reason ?? new Error('read aborted'));
        if (signal?.aborted) return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiters.push(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        });
      });
    }
  }
}
