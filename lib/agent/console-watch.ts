// Watches a VM's serial console log (QEMU appends to it; lib/runtime/console-log.ts may truncate
// it) for one text, reading only what was added since the last look. Cheap enough to ask every few
// tens of ms: it costs the host a stat and a read, and the guest nothing, unlike a connection
// attempt. Waits for the agent's ready line: dial.ts.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const CHUNK = 64 * 1024;

export class ConsoleWatch {
  private offset = 0;
  private carry = '';
  private found = false;

  constructor(readonly path: string, readonly text: string) {}

  /** Whether the text has appeared in the log since this watch began; once true, stays true. */
  seen(): boolean {
    if (this.found) return true;
    let fd: number;
    try {
      fd = openSync(this.path, 'r');
    } catch {
      return false; // QEMU has not made it yet
    }
    try {
      const size = fstatSync(fd).size;
      // Shorter than what was read: rotated (copied and truncated); read the new start.
      if (size < this.offset) {
        this.offset = 0;
        this.carry = '';
      }
      // Only as large as what is new: a look that finds nothing new allocates nothing.
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, size - this.offset));
      while (this.offset < size && !this.found) {
        const n = readSync(fd, buf, 0, Math.min(buf.length, size - this.offset), this.offset);
        if (n <= 0) break;
        this.offset += n;
        // latin1: one char per byte, so a multi-byte character split between reads cannot hide
        // the (ASCII) text, and the carry keeps a match split between reads.
        const window = this.carry + buf.toString('latin1', 0, n);
        this.found = window.includes(this.text);
        this.carry = window.slice(-(this.text.length - 1));
      }
      return this.found;
    } finally {
      closeSync(fd);
    }
  }
}
