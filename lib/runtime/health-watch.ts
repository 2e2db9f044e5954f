// The health watch of a running sandbox (Kata's sandbox monitor): every health_check_interval it
// asks QEMU for its status over QMP and the agent for its health (grpc.Health/Check), each bounded
// by request_timeout, and checks that the vsock back-end still runs. The first failure is reported
// once, naming what did not answer, and the watch ends; lib/runtime/sandbox-vm.ts then stops the VM,
// so every wait on the sandbox ends and its tasks exit — a hung agent, a hung (SIGSTOPped) QEMU or
// a hung back-end cannot keep a pod, or `ctr task delete -f`, waiting forever.

export interface HealthProbes {
  /** QEMU's run state; rejects when QEMU does not answer within timeoutMs. */
  qemuStatus(timeoutMs: number): Promise<string>;
  /** Resolves when the agent answers its health check within timeoutMs. */
  agentCheck(timeoutMs: number): Promise<void>;
  /** Why the agent's channel cannot work any more (the vsock back-end's thread ended), or null. */
  channelError(): string | null;
}

export interface HealthWatchOptions {
  intervalMs: number;
  timeoutMs: number;
  probes: HealthProbes;
  /** Called once, with the reason, on the first failed check. */
  onFailure(reason: string): void;
}

// QEMU states in which the guest can never answer again (QMP's RunState).
const DEAD_STATES = new Set(['internal-error', 'guest-panicked', 'shutdown', 'io-error']);

/** One round of checks: the reason of the first failure, or undefined when all answered. */
export async function checkHealth(probes: HealthProbes, timeoutMs: number): Promise<string | undefined> {
  const channel = probes.channelError();
  if (channel) return `the vsock back-end stopped: ${channel}`;
  let status: string;
  try {
    status = await probes.qemuStatus(timeoutMs);
  } catch (e) {
    return `QEMU did not answer QMP query-status within ${timeoutMs / 1000} s (${(e as Error).message})`;
  }
  if (DEAD_STATES.has(status)) return `QEMU reports the VM ${status}`;
  // A paused VM (QMP stop) cannot answer; that is not a fault of the agent.
  if (status !== 'running') return undefined;
  try {
    await probes.agentCheck(timeoutMs);
  } catch (e) {
    return `the agent did not answer its health check within ${timeoutMs / 1000} s ([agent.kata] request_timeout; ${(e as Error).message})`;
  }
  return undefined;
}

export class HealthWatch {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  private constructor(private readonly o: HealthWatchOptions) {}

  /** Starts checking after one interval; intervalMs 0 watches nothing. */
  static start(o: HealthWatchOptions): HealthWatch {
    const w = new HealthWatch(o);
    if (o.intervalMs > 0) w.schedule();
    return w;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.round(), this.o.intervalMs);
    this.timer.unref(); // the watch never keeps the shim alive by itself
  }

  private async round(): Promise<void> {
    const failure = await checkHealth(this.o.probes, this.o.timeoutMs);
    if (this.stopped) return;
    if (failure === undefined) return this.schedule();
    this.fail(failure);
  }

  private fail(reason: string): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.failure = reason;
    this.o.onFailure(reason);
  }

  /** The reason of the failure reported, if one was. */
  failure: string | undefined;

  /**
   * Checks at once (a request the agent did not answer): the failure, reported as a round's
   * would be, or undefined when all answered. After a failure, that failure.
   */
  async checkNow(): Promise<string | undefined> {
    if (this.failure !== undefined) return this.failure;
    const failure = await checkHealth(this.o.probes, this.o.timeoutMs);
    if (failure === undefined || this.failure !== undefined) return this.failure ?? failure;
    if (this.stopped) return failure; // a delete is under way: report, but leave the VM to it
    this.fail(failure);
    return failure;
  }

  /** Ends the watch (a delete in progress); idempotent. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
