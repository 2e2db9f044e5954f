// What the init process and an exec of a task have in common, as containerd's runc shim
// (pkg/process) models a process: its stdio, its exit (status, time, a promise for Wait) and a
// current state object that allows or refuses each call (init.ts, exec.ts). Refusals are the
// typed errors of lib/common/errors.ts; service.ts turns them into ttrpc codes.
import type { TaskSandbox } from '../runtime/task-sandbox.js';
import type { ProcessIo, StdioPaths } from './io.js';

// containerd.v1.types.Status (api/types/task/task.proto)
export const Status = { UNKNOWN: 0, CREATED: 1, RUNNING: 2, STOPPED: 3, PAUSED: 4 } as const;
export type StatusValue = (typeof Status)[keyof typeof Status];

export abstract class ShimProcess {
  exitStatus = 0;
  exitedAt: Date | undefined;
  private resolveExit!: () => void;
  readonly exited = new Promise<void>((r) => (this.resolveExit = r));
  io: ProcessIo | undefined;

  constructor(
    readonly sandbox: TaskSandbox,
    readonly containerId: string,
    readonly execId: string,
    readonly stdio: StdioPaths,
  ) {}

  abstract get status(): StatusValue;
  abstract start(): Promise<void>;
  abstract kill(signal: number, all: boolean): Promise<void>;
  abstract delete(): Promise<void>;
  /** The process exited with this status (code or 128+signal). */
  abstract setExited(status: number): void;

  /** Records the exit, once; resolves Wait. */
  recordExit(status: number): void {
    if (this.exitedAt) return;
    this.exitStatus = status;
    this.exitedAt = new Date();
    this.resolveExit();
  }

  /** Signals this process, or with `all` every process of the container. */
  signal(signal: number, all: boolean): Promise<void> {
    return this.sandbox.signal(this.containerId, all ? '' : this.execId, signal);
  }

  resizePty(rows: number, columns: number): Promise<void> {
    return this.sandbox.resizePty(this.containerId, this.execId, rows, columns);
  }

  /** CloseIO: through the stdin copy when there is one (it closes stdin once the fifo is drained). */
  closeStdin(): Promise<void> {
    return this.io ? this.io.closeStdin() : this.sandbox.closeStdin(this.containerId, this.execId);
  }
}
