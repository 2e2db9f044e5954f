// A containerd task as the shim models it: the container's init process (init.ts) and its exec'd
// processes (exec.ts), whose state objects allow or refuse each call. Behind it, one sandbox per
// pod, reached only through TaskSandbox (lib/runtime/task-sandbox.ts): the pod's sandbox container
// starts it and owns it, the pod's other containers join it (pod.ts). The rootfs containerd
// prepared is mounted into the bundle by rootfs.ts. Publishes TaskExit and TaskOOM;
// service.ts publishes the rest.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { LinuxResources } from '../common/cgroup/resources.js';
import { AlreadyExistsError, InvalidArgumentError, NotFoundError } from '../common/errors.js';
import type { Logger } from '../common/log/logger.js';
import type { ProcessSpec, Spec } from '../common/oci/spec.js';
import { readBundleSpec } from './bundle.js';
import { containerd, type grpc } from '../common/proto/gen/protocols.js';
import { logLevelFor } from '../config/log-level.js';
import { podConfig } from './pod-config.js';
import { mountRootfs, unmountRootfs } from './rootfs.js';
import type { SandboxLauncher, TaskSandbox } from '../runtime/task-sandbox.js';
import { ExecProcess } from './exec.js';
import { InitProcess } from './init.js';
import { ProcessIo, type StdioPaths } from './io.js';
import { podCgroupPath, podResources, podRole, specNetnsPath } from './pod.js';
import { refuseAcrossVm } from './vm-boundary.js';
import type { HostCgroup } from '../common/cgroup/systemd-path.js';
import type { ShimProcess } from './process.js';
import type { EventPublisher } from './publisher.js';
import { timestamp } from './timestamp.js';

export { Status } from './process.js';

export interface TaskContext {
  log: Logger;
  events: EventPublisher;
  stateRoot?: string;
  /** containerd's namespace (a logging binary's CONTAINER_NAMESPACE). */
  namespace?: string;
  /** Configuration and new sandboxes (pod-config.ts and lib/runtime/launch.ts; a double in tests). */
  launcher: SandboxLauncher;
  /** The running sandbox of a pod whose sandbox container this shim serves; throws when there is none. */
  podSandbox: (sandboxId: string) => TaskSandbox;
}

/** The bundle's spec; its errors say which create they stopped. */
function readBundleSpecFor(id: string, bundle: string): Spec {
  try {
    return readBundleSpec(bundle);
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw new InvalidArgumentError(`create ${id}: ${e.message}`, { cause: e });
    throw e;
  }
}

const ts = (d: Date | undefined): { seconds: number; nanos: number } | undefined => (d ? timestamp(d.getTime()) : undefined);

const stdioOf = (req: { stdin?: string | null; stdout?: string | null; stderr?: string | null; terminal?: boolean | null }): StdioPaths => ({
  stdin: req.stdin ?? '',
  stdout: req.stdout ?? '',
  stderr: req.stderr ?? '',
  terminal: req.terminal ?? false,
});

export class ShimTask {
  readonly execs = new Map<string, ExecProcess>();
  readonly init: InitProcess;

  private constructor(
    readonly id: string,
    readonly bundle: string,
    readonly sandbox: TaskSandbox,
    /** This task is its pod's sandbox container: it started the VM and stops it on delete. */
    readonly ownsSandbox: boolean,
    rootfsMounted: boolean,
    stdio: StdioPaths,
    private readonly ctx: TaskContext,
  ) {
    this.init = new InitProcess(sandbox, id, stdio, async () => {
      if (ownsSandbox) await sandbox.delete();
      else await sandbox.deleteContainer(id);
      if (!rootfsMounted) return;
      try {
        unmountRootfs(bundle);
      } catch (e) {
        ctx.log.warn('unmounting the rootfs failed', { error: e as Error });
      }
    });
  }

  get pid(): number {
    return this.sandbox.pid;
  }

  static async create(req: containerd.task.v2.ICreateTaskRequest, ctx: TaskContext): Promise<ShimTask> {
    const id = req.id ?? '';
    const bundle = req.bundle ?? '';
    const spec = readBundleSpecFor(id, bundle);
    let pod;
    let hostCgroup: HostCgroup | undefined;
    try {
      pod = podRole(id, spec);
      if (pod.kind === 'sandbox') hostCgroup = podCgroupPath(id, spec);
      refuseAcrossVm(id, spec);
    } catch (e) {
      throw new InvalidArgumentError(`create ${id}: ${(e as Error).message}`, { cause: e });
    }
    // Before anything is mounted: a container of a pod this shim has no VM for changes nothing.
    const joined = pod.kind === 'container' ? ctx.podSandbox(pod.sandboxId) : undefined;
    const loaded = ctx.launcher.loadConfig(req.options, ctx.log);
    if (logLevelFor(loaded, 'shim') === 'debug') ctx.log.setLevel('debug'); // [runtime] enable_debug
    // A pod's own settings (io.katacontainers.config.*) matter only when its VM is made.
    const config = joined ? loaded : podConfig(id, loaded, spec.annotations, ctx.log);
    const rootfsMounted = mountRootfs(id, bundle, req.rootfs ?? []);
    const unmount = (): void => {
      if (rootfsMounted) unmountRootfs(bundle);
    };
    // Still before any VM: a root.path with nothing there (and no rootfs from containerd) is refused.
    const rootfs = isAbsolute(spec.root!.path) ? spec.root!.path : join(bundle, spec.root!.path);
    if (!existsSync(rootfs)) {
      unmount();
      throw new InvalidArgumentError(`create ${id}: bundle ${bundle}: root.path ${JSON.stringify(spec.root!.path)}: ${rootfs} does not exist`);
    }
    const log = ctx.log.child({ sandbox: pod.sandboxId, container: id });
    let sandbox: TaskSandbox | undefined = joined;
    try {
      sandbox ??= await ctx.launcher.create({ id, config, log, stateRoot: ctx.stateRoot, hostname: spec.hostname, resources: podResources(spec) ?? spec.linux?.resources, netns: specNetnsPath(spec), ...(hostCgroup ? { hostCgroup } : {}) });
      await sandbox.createContainer(id, bundle, spec);
    } catch (e) {
      if (!joined) await sandbox?.delete().catch(() => undefined);
      unmount();
      throw e;
    }
    const task = new ShimTask(id, bundle, sandbox, !joined, rootfsMounted, stdioOf(req), ctx);
    task.init.io = new ProcessIo(sandbox, id, id, task.init.stdio, log, ctx.namespace);
    try {
      await task.init.io.start();
    } catch (e) {
      await (joined ? sandbox.deleteContainer(id) : sandbox.delete()).catch(() => undefined);
      unmount();
      throw new InvalidArgumentError(`create ${id}: stdio: ${(e as Error).message}`, { cause: e });
    }
    // The agent reports OOM kills of the whole VM: one listener per pod, on its sandbox task.
    if (!joined) void task.forwardOomEvents();
    return task;
  }

  /** Publishes each OOM kill in the guest as TaskOOM, until the VM stops. */
  private async forwardOomEvents(): Promise<void> {
    for await (const e of this.sandbox.oomEvents()) {
      this.ctx.events.publish('/tasks/oom', 'containerd.events.TaskOOM', containerd.events.TaskOOM, { containerId: e.containerId ?? this.id });
    }
  }

  process(execId: string | null | undefined): ShimProcess {
    if (!execId) return this.init;
    const p = this.execs.get(execId);
    if (!p) throw new NotFoundError(`process ${execId} does not exist in task ${this.id}`);
    return p;
  }

  /** Starts the init process or an exec; the exit is watched and published when it comes. */
  async start(execId: string | null | undefined): Promise<void> {
    const p = this.process(execId);
    await p.start();
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
    p.setExited(status);
    this.ctx.events.publish('/tasks/exit', 'containerd.events.TaskExit', containerd.events.TaskExit, {
      containerId: this.id,
      id: p.execId,
      pid: this.pid,
      exitStatus: status,
      exitedAt: ts(p.exitedAt),
    });
  }

  addExec(req: containerd.task.v2.IExecProcessRequest, spec: ProcessSpec): void {
    const execId = req.execId ?? '';
    if (!execId) throw new InvalidArgumentError(`exec in task ${this.id}: exec id is empty`);
    if (this.execs.has(execId) || execId === this.id) throw new AlreadyExistsError(`process ${execId} already exists in task ${this.id}`);
    this.init.checkExec();
    const stdio = stdioOf(req);
    const newIo = (): ProcessIo => new ProcessIo(this.sandbox, this.id, execId, stdio, this.ctx.log, this.ctx.namespace);
    this.execs.set(execId, new ExecProcess(this.sandbox, this.id, execId, stdio, spec, newIo));
  }

  kill(execId: string | null | undefined, signal: number, all: boolean): Promise<void> {
    return this.process(execId).kill(signal, all);
  }

  pause(): Promise<void> {
    return this.init.pause();
  }

  resume(): Promise<void> {
    return this.init.resume();
  }

  update(resources: LinuxResources): Promise<void> {
    return this.init.update(resources);
  }

  stats(): Promise<grpc.ICgroupStats> {
    return this.init.stats();
  }

  resizePty(execId: string | null | undefined, rows: number, columns: number): Promise<void> {
    return this.process(execId).resizePty(rows, columns);
  }

  closeStdin(execId: string | null | undefined): Promise<void> {
    return this.process(execId).closeStdin();
  }

  /** Deletes an exec's record, or the whole task: its shares and rootfs mount, and the VM if it owns it. */
  async delete(execId: string | null | undefined): Promise<ShimProcess> {
    const p = this.process(execId);
    await p.delete();
    if (p !== this.init) this.execs.delete(p.execId);
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
