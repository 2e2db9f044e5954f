// Where the shim server's log lines go: containerd's "log" fifo in the bundle, which containerd
// reads while it runs. While containerd is down (a restart), the fifo has no reader (EPIPE) or is
// full (EAGAIN): those lines are dropped and counted instead of ending the shim — a stream's
// unhandled EPIPE would kill it and, with it, every pod it serves. Writing goes on by itself when
// the new containerd opens the fifo again. Used by lib/shim/main.ts.
import { constants, openSync, writeSync } from 'node:fs';

export class FifoLogSink {
  /** Lines lost while nobody read the fifo. */
  dropped = 0;
  private constructor(private readonly fd: number) {}

  /** Opens the fifo for writing without blocking; throws ENXIO when nobody has it open for reading. */
  static open(path: string): FifoLogSink {
    return new FifoLogSink(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
  }

  write(chunk: string): boolean {
    const data = Buffer.from(chunk);
    let off = 0;
    try {
      // Lines up to PIPE_BUF are written whole; a longer one may take more than one write.
      while (off < data.length) off += writeSync(this.fd, data, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EPIPE' && code !== 'EAGAIN') throw e;
      this.dropped++;
    }
    return true;
  }
}
