// Keeps a running sandbox's serial console log (<state>/console.log, which QEMU appends to) bounded:
// when it grows past maxBytes it is copied to console.log.1 (replacing the previous one) and
// truncated, as logrotate's copytruncate does — QEMU writes with O_APPEND (qemu-args.ts), so its
// next line lands at the new start. At most about 2 × maxBytes stay on disk; both files go with the
// sandbox's state directory. Started and stopped with the VM (guest-telemetry.ts).
import { copyFileSync, statSync, truncateSync } from 'node:fs';
import type { Logger } from '../common/log/logger.js';

export const CONSOLE_LOG_MAX_BYTES = 4 << 20;

export class ConsoleLogRotation {
  private readonly timer: NodeJS.Timeout;
  rotations = 0;

  constructor(
    readonly path: string,
    private readonly log: Logger,
    readonly maxBytes = CONSOLE_LOG_MAX_BYTES,
    intervalMs = 2000,
  ) {
    this.timer = setInterval(() => this.check(), intervalMs);
    this.timer.unref();
  }

  /** Rotates now if the log is over its bound; returns whether it did. */
  check(): boolean {
    let size: number;
    try {
      size = statSync(this.path).size;
    } catch {
      return false; // not there (yet, or any more)
    }
    if (size <= this.maxBytes) return false;
    try {
      copyFileSync(this.path, `${this.path}.1`);
      truncateSync(this.path, 0);
      this.rotations++;
      return true;
    } catch (e) {
      this.log.warn('console log rotation failed', { path: this.path, error: e as Error });
      return false;
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
