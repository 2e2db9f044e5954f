// A containerd task as the shim models it: the container's init process and its exec'd
// processes, each with explicit states (created → running ⇄ paused → stopped) whose methods
// refuse what the state forbids. Behind it, one sandbox VM per pod (lib/runtime): the pod's
// sandbox container starts it and owns it, the pod's other containers join it (pod.ts). The
// rootfs containerd prepared (overlay mounts) is mounted into the bundle here and unmounted on
// delete.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config/load.js';
import { applyAnnotations } from '../config/annotations.js';
import { ignoredWarning } from '../config/kata-keys.js';
import { logLevelFor } from '../config/log-level.js';
import type { ProcessSpec, Spec } from '../common/oci/spec.js';
import type { Logger } from '../common/log/logger.js';
import { MNT_DETACH, parseMountOptions } from '../common/mount/options.js';
import { loadAddon } from '../common/native/addon.js';
import { containerd, runtimeoptions } from '../common/proto/gen/protocols.js';
import { Sandbox } from '../runtime/sandbox.js';
import { Code, TtrpcError } from '../common/ttrpc/index.js';
import { ProcessIo, type StdioPaths } from './io.js';
import { type PodRole, podCgroupPath, podRole } from './pod.js';
import type { EventPublisher } from './publisher.js';
import { timestamp } from './timestamp.js';

// containerd.v1.types.Status (api/types/task/task.proto)
export const Status = { UNKNOWN: 0, CREATED: 1, RUNNING: 2, STOPPED: 3, PAUSED: 4, PAUSING: 5 } as const;
type StatusValue = (typeof Status)[keyof typeof Status];

export class ShimProcess {
  status: StatusValue = Status.CREATED;
  exitStatus = 0;
  exitedAt: Date | undefined;
  private resolveExit!: () => void;
  readonly exited = new Promise<void>((r) => (this.resolveExit = r));
  io: ProcessIo | undefined;

  constructor(
    readonly execId: string,
    readonly stdio: StdioPaths,
    readonly spec?: ProcessSpec,
  ) {}

  markExited(status: number): void {
    if (this.status === Status.STOPPED) return;
    this.status = Status.STOPPED;
    this.exitStatus = status;
    this.exitedAt = new Date();
    this.resolveExit();
  }
}

export interface TaskContext {
  log: Logger;
  events: EventPublisher;
  stateRoot?: string;
  /** containerd's namespace (a logging binary's CONTAINER_NAMESPACE). */
  namespace?: string;
  /** The running VM of a pod whose sandbox container this shim serves; throws when there is none. */
  podSandbox: (sandboxId: string) => Sandbox;
}

const ts = (d: Date | undefined): { seconds: number; nanos: number } | undefined => (d ? timestamp(d.getTime()) : undefined);

export class ShimTask {
  readonly execs = new Map<string, ShimProcess>();

  private constructor(
    readonly id: string,
    readonly bundle: string,
    readonly sandbox: Sandbox,
    readonly init: ShimProcess,
    /** This task is its pod's sandbox container: it started the VM and stops it on delete. */
    readonly ownsSandbox: boolean,
    private readonly rootfsMounted: boolean,
    private readonly ctx: TaskContext,
  ) {}

  get pid(): number {
    return this.sandbox.vm.pid;
  }

  static async create(req: containerd.task.v2.ICreateTaskRequest, ctx: TaskContext): Promise<ShimTask> {
    const id = req.id ?? '';
    const bundle = req.bundle ?? '';
    const spec = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8')) as Spec;
    let pod: PodRole;
    let cgroupPath: string | undefined;
    try {
      pod = podRole(id, spec);
      if (pod.kind === 'sandbox') cgroupPath = podCgroupPath(id, spec);
    } catch (e) {
      throw new TtrpcError(Code.InvalidArgument, `create ${id}: ${(e as Error).message}`);
    }
    // Before anything is mounted: a container of a pod this shim has no VM for changes nothing.
    const joined = pod.kind === 'container' ? ctx.podSandbox(pod.sandboxId) : undefined;
    let configPath: string | undefined;
    if (req.options?.value && req.options.type_url?.endsWith('runtimeoptions.v1.Options')) {
      configPath = runtimeoptions.v1.Options.decode(req.options.value).configPath || undefined;
    }
    const loaded = loadConfig({ configPath });
    if (logLevelFor(loaded, 'shim') === 'debug') ctx.log.setLevel('debug'); // [runtime] enable_debug
    for (const setting of loaded.ignored) ctx.log.warn(ignoredWarning(setting), { config: loaded.origin.path });
    // A pod's own settings (io.katacontainers.config.*) matter only when its VM is made.
    let config = loaded;
    if (!joined) {
      try {
        const annotated = applyAnnotations(loaded, spec.annotations);
        config = annotated.config;
        for (const setting of annotated.ignored) ctx.log.warn(ignoredWarning(setting), { sandbox: id });
      } catch (e) {
        throw new TtrpcError(Code.InvalidArgument, `create ${id}: ${(e as Error).message}`);
      }
    }
    const rootfs = join(bundle, 'rootfs');
    const mounts = req.rootfs ?? [];
    if (mounts.length > 1) throw new TtrpcError(Code.InvalidArgument, `create ${id}: ${mounts.length} rootfs mounts; one is supported`);
    if (mounts.length === 1) {
      const m = mounts[0]!;
      const { flags, data } = parseMountOptions(m.options ?? []);
      mkdirSync(rootfs, { recursive: true });
      loadAddon().mountFs(m.source ?? '', rootfs, m.type ?? '', flags, data);
    }
    const log = ctx.log.child({ sandbox: pod.sandboxId, container: id });
    let sandbox: Sandbox | undefined = joined;
    try {
      sandbox ??= await Sandbox.create({ id, config, log, stateRoot: ctx.stateRoot, hostname: spec.hostname, resources: spec.linux?.resources, ...(cgroupPath ? { cgroupPath } : {}) });
      await sandbox.createContainer(id, bundle, spec);
    } catch (e) {
      if (!joined) await sandbox?.delete().catch(() => undefined);
      if (mounts.length === 1) loadAddon().unmount(rootfs, MNT_DETACH);
      throw e;
    }
    const init = new ShimProcess(id, { stdin: req.stdin ?? '', stdout: req.stdout ?? '', stderr: req.stderr ?? '', terminal: req.terminal ?? false });
    const task = new ShimTask(id, bundle, sandbox, init, !joined, mounts.length === 1, ctx);
    init.io = new ProcessIo(sandbox.agent, id, id, init.stdio, log, ctx.namespace);
    try {
      await init.io.start();
    } catch (e) {
      await (joined ? sandbox.deleteContainer(id) : sandbox.delete()).catch(() => undefined);
      if (mounts.length === 1) loadAddon().unmount(rootfs, MNT_DETACH);
      throw new TtrpcError(Code.InvalidArgument, `create ${id}: stdio: ${(e as Error).message}`);
    }
    // The agent reports OOM kills of the whole VM: one listener per pod, on its sandbox task.
    if (!joined) void task.forwardOomEvents();
    return task;
  }

  /** Long-polls the agent for OOM kills in the guest and publishes each as TaskOOM. */
  private async forwardOomEvents(): Promise<void> {
    while (this.sandbox.vm.running) {
      try {
        const e = await this.sandbox.agent.GetOOMEvent({}, { timeoutMs: 3_600_000 });
        this.ctx.events.publish('/tasks/oom', 'containerd.events.TaskOOM', containerd.events.TaskOOM, { containerId: e.containerId ?? this.id });
      } catch {
        if (!this.sandbox.vm.running) return;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  process(execId: string | null | undefined): ShimProcess {
    if (!execId) return this.init;
    const p = this.execs.get(execId);
    if (!p) throw new TtrpcError(Code.NotFound, `process ${execId} does not exist in task ${this.id}`);
    return p;
  }

  /** Starts the init process or an exec; the exit is watched and published when it comes. */
  async start(execId: string | null | undefined): Promise<void> {
    const p = this.process(execId);
    if (p.status !== Status.CREATED) throw new TtrpcError(Code.FailedPrecondition, `process ${p.execId} of task ${this.id} is not created (status ${p.status})`);
    if (p === this.init) await this.sandbox.startContainer(this.id);
    else {
      await this.sandbox.exec(this.id, p.execId, p.spec!);
      p.io = new ProcessIo(this.sandbox.agent, this.id, p.execId, p.stdio, this.ctx.log, this.ctx.namespace);
      await p.io.start();
    }
    p.status = Status.RUNNING;
    void this.watchExit(p);
  }

  private async watchExit(p: ShimProcess): Promise<void> {
    let status: number;
    try {
      // The agent forgets an exec once it is waited for, and its output with it: read the output
      // to its end first (as Kata's shim waits for the exec's IO before WaitProcess).
      if (p !== this.init) await p.io?.readsDone();
      status = await this.sandbox.wait(this.id, p.execId);
    } catch (e) {
      this.ctx.log.warn('wait for a process failed; reporting it as killed', { exec: p.execId, error: e as Error });
      status = 255;
    }
    await p.io?.done();
    p.markExited(status);
    this.ctx.events.publish('/tasks/exit', 'containerd.events.TaskExit', containerd.events.TaskExit, {
      containerId: this.id,
      id: p.execId,
      pid: this.pid,
      exitStatus: status,
      exitedAt: ts(p.exitedAt),
    });
  }

  addExec(execId: string, stdio: StdioPaths, spec: ProcessSpec): void {
    if (this.execs.has(execId) || execId === this.id) throw new TtrpcError(Code.AlreadyExists, `process ${execId} already exists in task ${this.id}`);
    if (this.init.status !== Status.RUNNING) throw new TtrpcError(Code.FailedPrecondition, `task ${this.id} is not running`);
    this.execs.set(execId, new ShimProcess(execId, stdio, spec));
  }

  async kill(execId: string | null | undefined, signal: number, all: boolean): Promise<void> {
    const p = this.process(execId);
    if (p.status === Status.STOPPED) throw new TtrpcError(Code.NotFound, `process ${p.execId} of task ${this.id} has already exited`);
    if (p.status === Status.CREATED && p !== this.init) throw new TtrpcError(Code.FailedPrecondition, `process ${p.execId} is not started`);
    await this.sandbox.signal(this.id, all ? '' : p.execId, signal);
  }

  async pause(): Promise<void> {
    if (this.init.status !== Status.RUNNING) throw new TtrpcError(Code.FailedPrecondition, `task ${this.id} is not running`);
    await this.sandbox.pauseContainer(this.id);
    this.init.status = Status.PAUSED;
  }

  async resume(): Promise<void> {
    if (this.init.status !== Status.PAUSED) throw new TtrpcError(Code.FailedPrecondition, `task ${this.id} is not paused`);
    await this.sandbox.resumeContainer(this.id);
    this.init.status = Status.RUNNING;
  }

  /** Deletes an exec's record, or the whole task: its shares and rootfs mount, and the VM if it owns it. */
  async delete(execId: string | null | undefined): Promise<ShimProcess> {
    const p = this.process(execId);
    if (p !== this.init) {
      if (p.status === Status.RUNNING) throw new TtrpcError(Code.FailedPrecondition, `process ${p.execId} is still running`);
      this.execs.delete(p.execId);
      return p;
    }
    if (p.status === Status.RUNNING || p.status === Status.PAUSED) throw new TtrpcError(Code.FailedPrecondition, `task ${this.id} is still running; kill it first`);
    if (this.ownsSandbox) await this.sandbox.delete();
    else await this.sandbox.deleteContainer(this.id);
    if (this.rootfsMounted) {
      try {
        loadAddon().unmount(join(this.bundle, 'rootfs'), MNT_DETACH);
      } catch (e) {
        this.ctx.log.warn('unmounting the rootfs failed', { error: e as Error });
      }
    }
    if (p.status === Status.CREATED) p.markExited(0);
    return p;
  }

  state(execId: string | null | undefined): containerd.task.v2.IStateResponse {
    const p = this.process(execId);
    return {
      id: this.id,
      bundle: this.bundle,
      pid: this.pid,
      status: p.status,
      stdin: p.stdio.stdin,
      stdout: p.stdio.stdout,
      stderr: p.stdio.stderr,
      terminal: p.stdio.terminal,
      exitStatus: p.exitStatus,
      exitedAt: ts(p.exitedAt),
      execId: p === this.init ? '' : p.execId,
    };
  }
}
