// The states of a container in the agent: created → running ⇄ paused → stopped. Each state object
// allows or refuses start, exec, pause and resume (a refusal is a FailedPreconditionError; the
// agent's service gives it its ttrpc code) and names the state that follows. registry.ts keeps
// one per container and does the work (start the init process, freeze or thaw the cgroup).
import { FailedPreconditionError } from '../../../lib/common/errors.js';

/** The work behind the transitions, done by registry.ts. */
export interface ContainerControl {
  readonly id: string;
  start(): Promise<void>;
  freeze(): Promise<void>;
  thaw(): Promise<void>;
}

export abstract class ContainerState {
  abstract readonly name: 'created' | 'running' | 'paused' | 'stopped';

  /** Starts the init process; the state after it. */
  async start(c: ContainerControl): Promise<ContainerState> {
    throw new FailedPreconditionError(`container ${c.id} is ${this.name}; only a created container can be started`);
  }
  /** Throws unless a process may be exec'd now. */
  exec(c: ContainerControl): void {
    throw new FailedPreconditionError(`container ${c.id} is ${this.name}; exec needs a running container`);
  }
  async pause(c: ContainerControl): Promise<ContainerState> {
    throw new FailedPreconditionError(`container ${c.id} is ${this.name}; only a running container can be paused`);
  }
  async resume(c: ContainerControl): Promise<ContainerState> {
    throw new FailedPreconditionError(`container ${c.id} is ${this.name}; only a paused container can be resumed`);
  }
  /** The state once the init process has exited. */
  exited(): ContainerState {
    return STOPPED;
  }
  /** Before the container is destroyed: a frozen cgroup is thawed so its processes can die. */
  async beforeRemove(_c: ContainerControl): Promise<void> {}
}

class Created extends ContainerState {
  readonly name = 'created';
  override async start(c: ContainerControl): Promise<ContainerState> {
    await c.start();
    return RUNNING;
  }
  // An init that dies before start is reported by start itself.
  override exited(): ContainerState {
    return this;
  }
}

class Running extends ContainerState {
  readonly name = 'running';
  override exec(): void {}
  override async pause(c: ContainerControl): Promise<ContainerState> {
    await c.freeze();
    return PAUSED;
  }
}

class Paused extends ContainerState {
  readonly name = 'paused';
  override async resume(c: ContainerControl): Promise<ContainerState> {
    await c.thaw();
    return RUNNING;
  }
  override async beforeRemove(c: ContainerControl): Promise<void> {
    await c.thaw();
  }
}

class Stopped extends ContainerState {
  readonly name = 'stopped';
}

// The states hold nothing of their own: one of each serves every container.
export const CREATED: ContainerState = new Created();
const RUNNING: ContainerState = new Running();
const PAUSED: ContainerState = new Paused();
export const STOPPED: ContainerState = new Stopped();
