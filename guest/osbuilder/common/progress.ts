// Progress for long guest-asset steps (kernel compile, debootstrap): one status line at most
// every few seconds, rewritten in place on a terminal and appended otherwise (CI logs), so the
// user always sees that the build moves and how long it has taken.
export class Progress {
  private last = 0;
  private readonly start = Date.now();
  private dirty = false;

  constructor(
    private readonly label: string,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly everyMs = out.isTTY ? 1000 : 15000,
  ) {}

  elapsed(): string {
    const s = Math.round((Date.now() - this.start) / 1000);
    return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  }

  /** Reports the status unless one was shown less than everyMs ago. */
  tick(status: string): void {
    const now = Date.now();
    if (now - this.last < this.everyMs) return;
    this.last = now;
    const line = `${this.label}: ${status} (${this.elapsed()})`;
    if (this.out.isTTY) {
      this.out.write(`\r\x1b[K${line}`);
      this.dirty = true;
    } else {
      this.out.write(`${line}\n`);
    }
  }

  /** A line that always shows, e.g. a step starting or finishing. */
  say(message: string): void {
    if (this.dirty) this.out.write('\n');
    this.dirty = false;
    this.out.write(`${this.label}: ${message}\n`);
  }
}
