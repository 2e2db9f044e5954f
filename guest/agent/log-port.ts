// The agent's log stream to the host: every JSON log line the agent writes also goes to whoever is
// connected to the log port (vsock 1025, Kata's agent.log_vport) — the runtime, which copies the
// lines into the shim's log. The agent never waits for that reader: lines wait in a bounded queue
// (the oldest dropped first, counted, and the count reported in the stream), so the boot's lines
// reach a runtime that connects later and a stalled or absent reader costs memory only up to the
// bound. One reader at a time; a new connection replaces the old one. Created by main.ts.
import type { Socket } from 'node:net';

export interface LogPortOptions {
  /** Most bytes held for the reader (default 1 MiB). */
  maxBytes?: number;
  /** Most lines held for the reader (default 8192). */
  maxLines?: number;
}

export class LogPort {
  private readonly queue: string[] = [];
  private queuedBytes = 0;
  private reader: Socket | undefined;
  /** Lines dropped since the last report. */
  private dropped = 0;
  /** Every line ever dropped (tests, the agent's metrics). */
  droppedTotal = 0;
  private readonly maxBytes: number;
  private readonly maxLines: number;

  constructor(o: LogPortOptions = {}) {
    this.maxBytes = o.maxBytes ?? 1 << 20;
    this.maxLines = o.maxLines ?? 8192;
  }

  /** A log line (one JSON object and its newline); never blocks, never throws. */
  write(line: string): boolean {
    if (line.length > this.maxBytes) return true; // a line larger than the whole queue cannot be kept
    this.queue.push(line);
    this.queuedBytes += line.length;
    while (this.queuedBytes > this.maxBytes || this.queue.length > this.maxLines) {
      this.queuedBytes -= this.queue.shift()!.length;
      this.dropped++;
      this.droppedTotal++;
    }
    this.flush();
    return true;
  }

  /** Hands the stream to a new reader (the previous one is closed); queued lines go first. */
  attach(sock: Socket): void {
    this.reader?.destroy();
    this.reader = sock;
    sock.on('drain', () => this.flush());
    sock.on('error', () => undefined); // a reader that goes away is no error of the agent's
    sock.on('close', () => {
      if (this.reader === sock) this.reader = undefined;
    });
    sock.resume(); // the reader sends nothing; never let its bytes pile up
    this.flush();
  }

  /** Lines waiting for a reader. */
  get pending(): number {
    return this.queue.length;
  }

  close(): void {
    this.reader?.end();
    this.reader = undefined;
  }

  private flush(): void {
    const r = this.reader;
    if (!r || r.destroyed || !r.writable) return;
    // Stop at the socket's high-water mark: the rest waits in the bounded queue, not in the socket.
    while (this.queue.length > 0 && !r.writableNeedDrain) {
      if (this.dropped > 0) {
        r.write(JSON.stringify({ time: new Date().toISOString(), level: 'warn', component: 'kata-agent', msg: 'log lines dropped (no reader kept up)', dropped: this.dropped }) + '\n');
        this.dropped = 0;
      }
      const line = this.queue.shift()!;
      this.queuedBytes -= line.length;
      r.write(line);
    }
  }
}
