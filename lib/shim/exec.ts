// An exec'd process of a task. Its state objects follow containerd's runc shim
// (pkg/process/exec_state.go): created → running → stopped → deleted; a created exec cannot be
// signalled, a running one cannot be deleted, a stopped one has nothing left to signal. Starting
// it asks the sandbox to run it and starts its stdio copies (io.ts). task.ts creates it.
import { FailedPreconditionError, NotFoundError } from '../common/errors.js';
import type { ProcessSpec } from '../common/oci/spec.js';
import type { TaskSandbox } from '../runtime/task-sandbox.js';
import type { ProcessIo, StdioPaths } from './io.js';
import { ShimProcess, Status, type StatusValue } from './process.js';

abstract class ExecState {
  abstract readonly status: StatusValue;
  constructor(protected readonly p: ExecProcess) {}

  async start(): Promise<void> {
    throw new FailedPreconditionError(`process ${this.p.execId} of task ${this.p.containerId} is not created (status ${this.status})`);
  }
  async kill(signal: number, all: boolean): Promise<void> {
    await this.p.signal(signal, all);
  }
  async delete(): Promise<void> {
    this.p.moveFrom(this, new Deleted(this.p));
  }
  setExited(status: number): void {
    this.p.recordExit(status);
    this.p.moveFrom(this, new Stopped(this.p));
  }
}

class Created extends ExecState {
  readonly status = Status.CREATED;
  override async start(): Promise<void> {
    await this.p.sandbox.exec(this.p.containerId, this.p.execId, this.p.spec);
    this.p.io = this.p.newIo();
    await this.p.io.start();
    this.p.moveFrom(this, new Running(this.p));
  }
  override async kill(): Promise<void> {
    throw new FailedPreconditionError(`process ${this.p.execId} is not started`);
  }
}

class Running extends ExecState {
  readonly status = Status.RUNNING;
  override async delete(): Promise<void> {
    throw new FailedPreconditionError(`process ${this.p.execId} is still running`);
  }
}

class Stopped extends ExecState {
  readonly status = Status.STOPPED;
  override async kill(): Promise<void> {
    throw new NotFoundError(`process ${this.p.execId} of task ${this.p.containerId} has already exited`);
  }
  override setExited(): void {}
}

class Deleted extends ExecState {
  readonly status = Status.STOPPED;
  override async start(): Promise<void> {
    throw new NotFoundError(`process ${this.p.execId} of task ${this.p.containerId} is deleted`);
  }
  override async kill(): Promise<void> {
    throw new NotFoundError(`process ${this.p.execId} of task ${this.p.containerId} is deleted`);
  }
  override async delete(): Promise<void> {
    throw new NotFoundError(`process ${this.p.execId} of task ${this.p.containerId} is deleted`);
  }
  override setExited(status: number): void {
    this.p.recordExit(status);
  }
}

export class ExecProcess extends ShimProcess {
  private state: ExecState = new Created(this);

  constructor(
    sandbox: TaskSandbox,
    containerId: string,
    execId: string,
    stdio: StdioPaths,
    readonly spec: ProcessSpec,
    /** The stdio copies, made when the process starts. */
    readonly newIo: () => ProcessIo,
  ) {
    super(sandbox, containerId, execId, stdio);
  }

  get status(): StatusValue {
    return this.state.status;
  }

  /** Moves to `to` unless another call has moved the process on from `from` meanwhile. */
  moveFrom(from: ExecState, to: ExecState): void {
    if (this.state === from) this.state = to;
  }

  start(): Promise<void> {
    return this.state.start();
  }
  kill(signal: number, all: boolean): Promise<void> {
    return this.state.kill(signal, all);
  }
  delete(): Promise<void> {
    return this.state.delete();
  }
  setExited(status: number): void {
    this.state.setExited(status);
  }
}
