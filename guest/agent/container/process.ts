// One process of a container, created by the addon and waiting to exec until start(): the
// container's first process or an exec'd one. Holds its stdio (pipes, or a terminal) and its exit
// status (guest/agent/process/reaper.ts watchExit, so nothing blocks). Created by guest/agent/container/container.ts.
import type { Socket } from 'node:net';
import { streamFromFd } from '../../../lib/common/native/fd-stream.js';
import { isNativeError, loadAddon, type NativeCreated } from '../../../lib/common/native/addon.js';
import { type ExitInfo, killProcess, watchExit } from '../process/reaper.js';

export type ProcessState = 'created' | 'running' | 'stopped';

// One direction only for pipes; a terminal's master reads EIO once the last slave fd closes,
// which is its end of file.
function stdioStream(fd: number, readable: boolean, writable: boolean): Socket {
  const s = streamFromFd(fd, { readable, writable });
  s.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EIO') s.destroy();
  });
  return s;
}

export class ContainerProcess {
  readonly pid: number;
  /** With pipes: the process's stdin (write), stdout and stderr (read). */
  readonly stdin: Socket | undefined;
  readonly stdout: Socket | undefined;
  readonly stderr: Socket | undefined;
  /** With a terminal: its master side, both directions. */
  readonly terminal: Socket | undefined;
  private readonly ptyFd: number | undefined;
  private syncFd: number | undefined;
  private exitInfo: ExitInfo | undefined;
  private readonly exited: Promise<ExitInfo>;

  constructor(created: NativeCreated) {
    this.pid = created.pid;
    this.syncFd = created.syncFd;
    // Watch from the start: an orphan reaper must never take this pid's status.
    this.exited = watchExit(this.pid).then((info) => (this.exitInfo = info));
    this.exited.catch(() => undefined);
    this.stdin = created.stdin !== undefined ? stdioStream(created.stdin, false, true) : undefined;
    this.stdout = created.stdout !== undefined ? stdioStream(created.stdout, true, false) : undefined;
    this.stderr = created.stderr !== undefined ? stdioStream(created.stderr, true, false) : undefined;
    if (created.ptyMaster !== undefined) {
      this.ptyFd = created.ptyMaster;
      this.terminal = stdioStream(created.ptyMaster, true, true);
    }
  }

  get state(): ProcessState {
    if (this.exitInfo) return 'stopped';
    return this.syncFd === undefined ? 'running' : 'created';
  }

  /** Lets the process exec. On failure (e.g. `exec /bin/nope: ENOENT`) waits for it to be gone, then throws. */
  async start(): Promise<void> {
    if (this.syncFd === undefined) throw new Error(`process ${this.pid} is ${this.state}, not created`);
    const fd = this.syncFd;
    this.syncFd = undefined;
    try {
      loadAddon().containerStart(fd);
    } catch (e) {
      await this.exited.catch(() => undefined);
      this.closeStdio();
      throw e;
    }
  }

  /** Resolves with the exit status once the process has ended (and been reaped). */
  wait(): Promise<ExitInfo> {
    return this.exited;
  }

  kill(signal: NodeJS.Signals | number = 'SIGTERM'): void {
    if (this.exitInfo) return;
    try {
      killProcess(this.pid, signal);
    } catch (e) {
      if (!/ESRCH/.test((e as Error).message)) throw e;
    }
  }

  /** Sets the terminal's window size (the process gets SIGWINCH). */
  resize(rows: number, cols: number): void {
    if (this.ptyFd === undefined) throw new Error(`process ${this.pid} has no terminal`);
    if (!this.terminal || this.terminal.destroyed) return;
    try {
      loadAddon().ptyResize(this.ptyFd, rows, cols);
    } catch (e) {
      if (!(isNativeError(e) && e.code === 'EBADF')) throw e;
    }
  }

  /** Kills a process that never started and closes the parent's fds; for cleanup paths. */
  async discard(): Promise<void> {
    if (this.syncFd !== undefined) {
      loadAddon().closeFd(this.syncFd);
      this.syncFd = undefined;
    }
    this.kill('SIGKILL');
    await this.exited.catch(() => undefined);
    this.closeStdio();
  }

  private closeStdio(): void {
    for (const s of [this.stdin, this.stdout, this.stderr, this.terminal]) s?.destroy();
  }
}
