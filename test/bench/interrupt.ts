// Ctrl-C (or SIGTERM) during `npm run bench`. Node's default is to exit at once, which skips every
// suite's finally block and leaves their private containerd, its shims and VMs, bare QEMUs, VM
// templates and scratch directories behind. Instead the first signal kills the processes the bench
// started (its descendants): whatever a suite awaits then fails, its finally blocks run and stop
// what it made, as after any failure, and main runs no further suite. A second signal, or cleanup
// that takes over a minute, exits at once.
import { descendants } from '../helpers/process-tree.js';

export interface Interruption {
  /** The signal that interrupted the run, once one has. */
  readonly signal: NodeJS.Signals | undefined;
  /** Removes the handlers (tests). */
  uninstall(): void;
}

export function handleInterrupts(name: string, forceAfterMs = 60000): Interruption {
  let signal: NodeJS.Signals | undefined;
  const handler = (sig: NodeJS.Signals): void => {
    if (signal) {
      process.stderr.write(`${name}: ${sig} again: exiting without cleaning up\n`);
      process.exit(130);
    }
    signal = sig;
    const pids = descendants(process.pid);
    process.stderr.write(`${name}: ${sig}: stopping the ${pids.length} processes the run started, then cleaning up (${sig} again to exit at once)\n`);
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    setTimeout(() => {
      process.stderr.write(`${name}: cleanup did not end within ${forceAfterMs / 1000} s: exiting\n`);
      process.exit(130);
    }, forceAfterMs).unref();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    get signal() {
      return signal;
    },
    uninstall: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
