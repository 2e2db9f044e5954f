// A task's init process: the container itself. Its state objects follow containerd's runc shim
// (pkg/process/init_state.go): created → running ⇄ paused → stopped → deleted, each allowing or
// refusing start, pause, resume, kill, delete, exec and update. task.ts creates it; a call that
// awaits the sandbox moves on only from the state it started in, so an exit that came meanwhile
// (running → stopped during a pause) is not undone.
import type { LinuxResources } from '../common/cgroup/resources.js';
import { FailedPreconditionError, NotFoundError } from '../common/errors.js';
import type { grpc } from '../common/proto/gen/protocols.js';
import type { TaskSandbox } from '../runtime/task-sandbox.js';
import type { StdioPaths } from './io.js';
import { ShimProcess, Status, type StatusValue } from './process.js';

abstract class InitState {
  abstract readonly status: StatusValue;
  constructor(protected readonly p: InitProcess) {}

  async start(): Promise<void> {
    throw new FailedPreconditionError(`process ${this.p.execId} of task ${this.p.containerId} is not created (status ${this.status})`);
  }
  async pause(): Promise<void> {
    throw new FailedPreconditionError(`task ${this.p.containerId} is not running`);
  }
  async resume(): Promise<void> {
    throw new FailedPreconditionError(`task ${this.p.containerId} is not paused`);
  }
  async kill(signal: number, all: boolean): Promise<void> {
    await this.p.signal(signal, all);
  }
  async delete(): Promise<void> {
    throw new FailedPreconditionError(`task ${this.p.containerId} is still running; kill it first`);
  }
  /** May an exec be added? */
  exec(): void {
    throw new FailedPreconditionError(`task ${this.p.containerId} is not running`);
  }
  async update(resources: LinuxResources): Promise<void> {
    await this.p.sandbox.updateContainer(this.p.containerId, resources);
  }
  async stats(): Promise<grpc.ICgroupStats> {
    return this.p.sandbox.statsContainer(this.p.containerId);
  }
  setExited(status: number): void {
    this.p.recordExit(status);
    this.p.moveFrom(this, new Stopped(this.p));
  }
}

class Created extends InitState {
  readonly status = Status.CREATED;
  override async start(): Promise<void> {
    await this.p.sandbox.startContainer(this.p.containerId);
    this.p.moveFrom(this, new Running(this.p));
  }
  override async delete(): Promise<void> {
    await this.p.teardown();
    this.p.recordExit(0);
    this.p.moveFrom(this, new Deleted(this.p));
  }
}

class Running extends InitState {
  readonly status = Status.RUNNING;
  override async pause(): Promise<void> {
    await this.p.sandbox.pauseContainer(this.p.containerId);
    this.p.moveFrom(this, new Paused(this.p));
  }
  override exec(): void {}
}

class Paused extends InitState {
  readonly status = Status.PAUSED;
  override async resume(): Promise<void> {
    await this.p.sandbox.resumeContainer(this.p.containerId);
    this.p.moveFrom(this, new Running(this.p));
  }
}

class Stopped extends InitState {
  readonly status = Status.STOPPED;
  override async kill(): Promise<void> {
    throw new NotFoundError(`process ${this.p.execId} of task ${this.p.containerId} has already exited`);
  }
  override async delete(): Promise<void> {
    await this.p.teardown();
    this.p.moveFrom(this, new Deleted(this.p));
  }
  override setExited(): void {}
}

class Deleted extends InitState {
  // Reported as stopped: containerd's Status has no "deleted", and the task is gone from the service.
  readonly status = Status.STOPPED;
  override async start(): Promise<void> {
    throw new FailedPreconditionError(`task ${this.p.containerId} is deleted`);
  }
  override async kill(): Promise<void> {
    throw new NotFoundError(`task ${this.p.containerId} is deleted`);
  }
  override async delete(): Promise<void> {
    throw new NotFoundError(`task ${this.p.containerId} is deleted`);
  }
  override async update(): Promise<void> {
    throw new NotFoundError(`task ${this.p.containerId} is deleted`);
  }
  override async stats(): Promise<grpc.ICgroupStats> {
    throw new NotFoundError(`task ${this.p.containerId} is deleted`);
  }
  override setExited(): void {}
}

export class InitProcess extends ShimProcess {
  private state: InitState = new Created(this);

  constructor(
    sandbox: TaskSandbox,
    containerId: string,
    stdio: StdioPaths,
    /** Removes the container from the sandbox (or the whole sandbox) and what the task mounted. */
    readonly teardown: () => Promise<void>,
  ) {
    super(sandbox, containerId, containerId, stdio);
  }

  get status(): StatusValue {
    return this.state.status;
  }

  /** Moves to `to` unless another call has moved the process on from `from` meanwhile. */
  moveFrom(from: InitState, to: InitState): void {
    if (this.state === from) this.state = to;
  }

  start(): Promise<void> {
    return this.state.start();
  }
  pause(): Promise<void> {
    return this.state.pause();
  }
  resume(): Promise<void> {
    return this.state.resume();
  }
  kill(signal: number, all: boolean): Promise<void> {
    return this.state.kill(signal, all);
  }
  delete(): Promise<void> {
    return this.state.delete();
  }
  /** Throws unless an exec may be added now. */
  checkExec(): void {
    this.state.exec();
  }
  update(resources: LinuxResources): Promise<void> {
    return this.state.update(resources);
  }
  stats(): Promise<grpc.ICgroupStats> {
    return this.state.stats();
  }
  setExited(status: number): void {
    this.state.setExited(status);
  }
}
