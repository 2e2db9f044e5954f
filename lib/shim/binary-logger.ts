// A logging binary for a process's output (binary:// stdio, containerd's shim logging
// convention, pkg/process/io.go and runtime/v2/logging): started with the container's stdout on
// fd 3, its stderr on fd 4 and the write end of a "ready" channel on fd 5, which it closes (or
// writes to) once it is ready; its environment is CONTAINER_ID and CONTAINER_NAMESPACE only, its
// arguments come from the URI's query. At the end the shim closes fds 3 and 4 and waits for the
// logger to finish writing, then SIGTERM, then SIGKILL. Used by io.ts.
// The fds are socket pairs (Node's extra stdio), which the logger reads and closes as pipes.
import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

const READY_TIMEOUT_MS = 10000;
// containerd gives its logger 12 s between SIGTERM and SIGKILL.
const TERM_TIMEOUT_MS = 12000;

export class BinaryLogger {
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly stdout: Writable,
    readonly stderr: Writable,
  ) {
    this.exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
  }

  /** Starts the logger and resolves once it said it is ready; rejects (logger killed) otherwise. */
  static async start(path: string, args: string[], containerId: string, namespace: string): Promise<BinaryLogger> {
    const child = spawn(path, args, {
      env: { CONTAINER_ID: containerId, CONTAINER_NAMESPACE: namespace },
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
    const fds = child.stdio as unknown as [unknown, unknown, unknown, Writable, Writable, Readable];
    const [out, err, ready] = [fds[3], fds[4], fds[5]];
    // A logger that stops reading must not crash the shim: its write errors end up in done().
    out.on('error', () => undefined);
    err.on('error', () => undefined);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`logging binary ${path} did not signal ready on fd 5 within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
        // An EOF on fd 5 is also "ready" (containerd's rule), but so is a logger's death: a moment's
        // grace lets the exit (or a failed exec) be reported first.
        const ok = (): void => void setTimeout(() => (clearTimeout(timer), resolve()), 50);
        ready.once('data', ok);
        ready.once('end', ok);
        ready.once('close', ok);
        ready.resume();
        child.once('error', (e) => (clearTimeout(timer), reject(new Error(`logging binary ${path}: ${e.message}`))));
        child.once('exit', (code, sig) => (clearTimeout(timer), reject(new Error(`logging binary ${path} exited (${code ?? sig}) before it was ready`))));
      });
    } catch (e) {
      child.kill('SIGKILL');
      throw e;
    }
    ready.destroy();
    return new BinaryLogger(child, out, err);
  }

  /** Closes its input and waits for it to exit: SIGTERM after graceMs, SIGKILL 12 s later. */
  async close(graceMs = 2000): Promise<void> {
    for (const s of [this.stdout, this.stderr]) if (!s.writableEnded) s.end();
    const within = (ms: number): Promise<boolean> => {
      let timer: NodeJS.Timeout | undefined;
      return Promise.race([this.exited.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)))]).finally(() => clearTimeout(timer));
    };
    if (await within(graceMs)) return;
    this.child.kill('SIGTERM');
    if (await within(TERM_TIMEOUT_MS)) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}
