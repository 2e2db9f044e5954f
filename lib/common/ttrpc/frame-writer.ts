// Writes encoded frames to a connection, gathering the frames produced in one turn of the event
// loop into one write: many calls in flight then cost one syscall per turn, not one per frame.
// Used by the client and by each server connection.
import type { Duplex } from 'node:stream';

export class FrameWriter {
  private pending: Buffer[] = [];
  private scheduled = false;
  private waitingForDrain = false;

  /** onBackpressure(true) when the stream's buffer is full, (false) once it drained. */
  constructor(
    private readonly stream: Duplex,
    private readonly onBackpressure: (full: boolean) => void = () => {},
  ) {}

  write(frame: Buffer): void {
    this.pending.push(frame);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    this.pending = [];
    if (this.stream.destroyed || this.stream.writableEnded) return;
    if (!this.stream.write(data) && !this.waitingForDrain) {
      this.waitingForDrain = true;
      this.onBackpressure(true);
      this.stream.once('drain', () => {
        this.waitingForDrain = false;
        this.onBackpressure(false);
      });
    }
  }
}
