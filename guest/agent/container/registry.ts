// The containers of the sandbox and their processes, as the agent API addresses them: by
// container id and exec id. Creation and process setup are container.ts's and process.ts's; this
// registry keeps the per-process stdio (bounded readers for ReadStdout/ReadStderr), the cgroup per
// container (pause, update, stats, OOM events) and the storages each container asked for. Each
// container's state object (state.ts) allows or refuses start, exec, pause and resume. Handlers in
// guest/agent/agent.ts call it; errors leave here as the typed errors of lib/common/errors.ts,
// which the agent's service (guest/agent/service.ts) turns into the ttrpc codes the runtime
// acts on.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { Cgroup } from '../../../lib/common/cgroup/cgroup.js';
import type { CgroupStats } from '../../../lib/common/cgroup/stats.js';
import { Container } from './container.js';
import { PlanError } from './plan.js';
import type { ContainerProcess } from './process.js';
import type { Logger } from '../../../lib/common/log/logger.js';
import type { grpc } from '../../../lib/common/proto/gen/protocols.js';
import { isNativeError } from '../../../lib/common/native/addon.js';
import { AlreadyExistsError, DeadlineExceededError, FailedPreconditionError, InternalError, InvalidArgumentError, type KindedError, NotFoundError, isKindedError } from '../../../lib/common/errors.js';
import { CREATED, type ContainerControl, type ContainerState, STOPPED } from './state.js';
import { processFromProto, resourcesFromProto, specFromProto } from '../oci.js';
import { GUEST_SANDBOX_NS_DIR } from '../../../lib/common/agent/sandbox-namespaces.js';
import { OutputReader } from '../output-reader.js';
import { type MountedStorage, mountStorages, unmountStorages } from '../storage.js';
import { inSpan } from '../../../lib/common/trace/spans.js';

interface Proc {
  execId: string;
  proc: ContainerProcess;
  stdout?: OutputReader;
  stderr?: OutputReader;
  stdin?: Socket;
}

interface Entry {
  id: string;
  container: Container;
  cgroup: Cgroup;
  storages: MountedStorage[];
  procs: Map<string, Proc>;
  initExecId: string;
  state: ContainerState;
  stopOom: () => void;
}

const SIGNAL_NAMES = new Map<number, NodeJS.Signals>(Object.entries(osConstants.signals).map(([n, v]) => [v, n as NodeJS.Signals]));

/** Exit status the way WaitProcess reports it: the code, or 128 + the signal number. */
export function waitStatus(e: { code?: number; signal?: string }): number {
  if (e.code !== undefined) return e.code;
  const n = e.signal ? osConstants.signals[e.signal as NodeJS.Signals] : undefined;
  return 128 + (n ?? 0);
}

/** Says what kind of failure a cause is: a wrong spec, a missing file, or something internal. */
function wrap(what: string, e: unknown): KindedError {
  if (isKindedError(e)) return e;
  const msg = `${what}: ${(e as Error).message}`;
  if (e instanceof PlanError || e instanceof RangeError || e instanceof TypeError) return new InvalidArgumentError(msg, { cause: e });
  if (isNativeError(e) && (e.code === 'ENOENT' || e.code === 'EACCES')) return new FailedPreconditionError(msg, { cause: e });
  return new InternalError(msg, { cause: e });
}

/** The work behind a container's state transitions. */
function control(e: Entry): ContainerControl {
  return {
    id: e.id,
    start: async () => {
      try {
        await e.container.start();
      } catch (err) {
        e.state = STOPPED; // a failed start leaves nothing to run
        throw wrap(`StartContainer ${e.id}`, err);
      }
    },
    freeze: () => e.cgroup.freeze(),
    thaw: () => e.cgroup.thaw(),
  };
}

/** Runs a transition; the container moves on only if nothing (its exit) moved it meanwhile. */
async function transition(e: Entry, step: (s: ContainerState, c: ContainerControl) => Promise<ContainerState>): Promise<void> {
  const from = e.state;
  const to = await step(from, control(e));
  if (e.state === from) e.state = to;
}

export class Containers {
  private readonly entries = new Map<string, Entry>();
  /** The sandbox's cgroup, parent of every container's; made by prepare() or with the first container. */
  private parentCgroup: Promise<Cgroup> | undefined;
  private readonly oomQueue: string[] = [];
  private oomWaiters: Array<() => void> = [];

  constructor(
    private readonly log: Logger,
    /** Parent of every container's cgroup, relative to the cgroup root. */
    private readonly cgroupParent: string,
    /**
     * Where the first (sandbox) container's network, IPC and UTS namespaces are linked; a later
     * container of the pod names these paths to join them (lib/runtime/guest-namespaces.ts).
     */
    private readonly sandboxNsDir: string = GUEST_SANDBOX_NS_DIR,
  ) {}

  /** The id of the container whose namespaces the pod shares (the first one created). */
  private sandboxContainer: string | undefined;

  private linkSandboxNamespaces(id: string, pid: number): void {
    rmSync(this.sandboxNsDir, { recursive: true, force: true });
    mkdirSync(this.sandboxNsDir, { recursive: true, mode: 0o700 });
    for (const [type, proc] of [['network', 'net'], ['ipc', 'ipc'], ['uts', 'uts']] as const) symlinkSync(`/proc/${pid}/ns/${proc}`, join(this.sandboxNsDir, type));
    this.sandboxContainer = id;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every container with a way to read its cgroup's figures (GetMetrics). */
  cgroups(): Array<{ id: string; stats: () => Promise<CgroupStats> }> {
    return [...this.entries.values()].map((e) => ({ id: e.id, stats: () => e.cgroup.stats() }));
  }

  private get(id: string | null | undefined): Entry {
    const e = this.entries.get(id ?? '');
    if (!e) throw new NotFoundError(`container ${JSON.stringify(id ?? '')} does not exist`);
    return e;
  }

  private proc(req: { containerId?: string | null; execId?: string | null }): Proc {
    const e = this.get(req.containerId);
    const execId = req.execId || e.initExecId;
    const p = e.procs.get(execId);
    if (!p) throw new NotFoundError(`process ${JSON.stringify(execId)} does not exist in container ${e.id}`);
    return p;
  }

  private track(execId: string, proc: ContainerProcess): Proc {
    const p: Proc = { execId, proc };
    if (proc.terminal) {
      p.stdout = new OutputReader(proc.terminal);
      p.stdin = proc.terminal;
    } else {
      if (proc.stdout) p.stdout = new OutputReader(proc.stdout);
      if (proc.stderr) p.stderr = new OutputReader(proc.stderr);
      p.stdin = proc.stdin;
    }
    return p;
  }

  async create(req: grpc.ICreateContainerRequest): Promise<void> {
    const id = req.containerId ?? '';
    if (!/^[\w.-]+$/.test(id)) throw new InvalidArgumentError(`container id must be [A-Za-z0-9_.-]+, got ${JSON.stringify(id)}`);
    if (this.entries.has(id)) throw new AlreadyExistsError(`container ${id} already exists`);
    if (!req.OCI) throw new InvalidArgumentError(`CreateContainer ${id}: no OCI spec`);
    const spec = specFromProto(req.OCI);
    const resources = spec.linux?.resources ?? {};
    // The agent owns the cgroup tree of the guest: every container gets one below the sandbox's.
    if (spec.linux) delete spec.linux.cgroupsPath;
    let storages: MountedStorage[] = [];
    let cgroup: Cgroup | undefined;
    // Where the time goes, at debug level (each step forks or mounts: slow under TCG).
    const t0 = performance.now();
    const ms: Record<string, number> = {};
    const lap = (name: string): void => void (ms[name] = Math.round(performance.now() - t0));
    try {
      storages = await inSpan('storages.mount', { 'kata.container_id': id }, async () => mountStorages(req.storages ?? []));
      lap('storages');
      await this.parent();
      lap('parentCgroup');
      cgroup = await Cgroup.create(`${this.cgroupParent}/${id}`, resources);
      lap('cgroup');
      const rootPath = spec.root?.path ?? '';
      const container = await inSpan('container.create', { 'kata.container_id': id }, () => Container.create({ id, bundle: rootPath.startsWith('/') ? '/' : process.cwd(), spec, cgroup }));
      lap('process');
      const execId = req.execId || id;
      const entry: Entry = { id, container, cgroup, storages, procs: new Map(), initExecId: execId, state: CREATED, stopOom: () => undefined };
      entry.procs.set(execId, this.track(execId, container.init));
      entry.stopOom = await cgroup.onOom(() => this.pushOom(id)).catch(() => () => undefined);
      if (this.entries.size === 0) this.linkSandboxNamespaces(id, container.pid);
      this.entries.set(id, entry);
      void container.wait().then(() => {
        entry.state = entry.state.exited();
      });
      lap('oomWatch');
      this.log.info('container created', { container: id, pid: container.pid });
      if (this.log.enabled('debug')) this.log.debug('container create steps', { container: id, ...ms });
    } catch (e) {
      await cgroup?.destroy({ kill: true }).catch(() => undefined);
      unmountStorages(storages);
      throw wrap(`CreateContainer ${id}`, e);
    }
  }

  async start(req: grpc.IStartContainerRequest): Promise<void> {
    const e = this.get(req.containerId);
    await inSpan('container.start', { 'kata.container_id': e.id }, () => transition(e, (s, c) => s.start(c)));
    this.log.info('container started', { container: e.id, pid: e.container.pid });
  }

  async exec(req: grpc.IExecProcessRequest): Promise<void> {
    const e = this.get(req.containerId);
    const execId = req.execId ?? '';
    if (!execId) throw new InvalidArgumentError(`ExecProcess in ${e.id}: exec_id is empty`);
    if (e.procs.has(execId)) throw new AlreadyExistsError(`process ${execId} already exists in container ${e.id}`);
    e.state.exec(control(e));
    if (!req.process) throw new InvalidArgumentError(`ExecProcess ${execId}: no process`);
    try {
      const proc = await inSpan('process.spawn', { 'kata.container_id': e.id, 'kata.exec_id': execId }, () => e.container.exec(processFromProto(req.process!)));
      e.procs.set(execId, this.track(execId, proc));
    } catch (err) {
      throw wrap(`ExecProcess ${e.id}/${execId}`, err);
    }
  }

  async signal(req: grpc.ISignalProcessRequest): Promise<void> {
    const e = this.get(req.containerId);
    const sig = SIGNAL_NAMES.get(req.signal ?? 0);
    if (!sig) throw new InvalidArgumentError(`SignalProcess: unknown signal number ${req.signal}`);
    if (!req.execId) {
      // Every process of the container: the cgroup holds them all, forks included.
      await e.cgroup.kill(sig).catch((err: Error) => {
        throw wrap(`SignalProcess ${e.id}`, err);
      });
      return;
    }
    this.proc(req).proc.kill(sig);
  }

  async wait(req: grpc.IWaitProcessRequest): Promise<grpc.IWaitProcessResponse> {
    const p = this.proc(req);
    const e = this.get(req.containerId);
    const info = await p.proc.wait();
    // An OOM kill is queued before the exit is answered: the runtime then publishes TaskOOM before
    // TaskExit, and the CRI's first look at the exited container says OOMKilled, as under runc.
    await e.cgroup.flushOom().catch(() => undefined);
    if (p.execId !== e.initExecId) e.procs.delete(p.execId); // reaped, like waitpid: its id is free again
    return { status: waitStatus(info) };
  }

  async writeStdin(req: grpc.IWriteStreamRequest): Promise<grpc.IWriteStreamResponse> {
    const p = this.proc(req);
    if (!p.stdin || p.stdin.destroyed || p.stdin.writableEnded) throw new FailedPreconditionError(`stdin of ${req.containerId}/${p.execId} is closed`);
    const data = req.data ?? new Uint8Array(0);
    // Resolves once the data is handed to the pipe; a full pipe makes the caller wait (back-pressure).
    await new Promise<void>((resolve, reject) => p.stdin!.write(data, (err) => (err ? reject(wrap('WriteStdin', err)) : resolve())));
    return { len: data.length };
  }

  closeStdin(req: grpc.ICloseStdinRequest): void {
    const p = this.proc(req);
    if (p.stdin && p.stdin === p.proc.terminal) {
      p.stdin.write(Buffer.from([4])); // a terminal has no half-close: send EOF (^D) as a tty would
      return;
    }
    p.stdin?.end();
  }

  async read(req: grpc.IReadStreamRequest, which: 'stdout' | 'stderr', signal: AbortSignal): Promise<grpc.IReadStreamResponse> {
    const p = this.proc(req);
    const reader = p[which];
    if (!reader) return { data: new Uint8Array(0) };
    const data = await reader.read(Math.max(1, req.len || 65536), signal);
    return { data: data ?? new Uint8Array(0) };
  }

  resize(req: grpc.ITtyWinResizeRequest): void {
    const p = this.proc(req);
    try {
      p.proc.resize(req.row ?? 0, req.column ?? 0);
    } catch (e) {
      throw wrap(`TtyWinResize ${req.containerId}/${p.execId}`, e);
    }
  }

  async pause(req: grpc.IPauseContainerRequest): Promise<void> {
    await transition(this.get(req.containerId), (s, c) => s.pause(c));
  }

  async resume(req: grpc.IResumeContainerRequest): Promise<void> {
    await transition(this.get(req.containerId), (s, c) => s.resume(c));
  }

  async update(req: grpc.IUpdateContainerRequest): Promise<void> {
    const e = this.get(req.containerId);
    try {
      await e.cgroup.update(resourcesFromProto(req.resources));
    } catch (err) {
      throw wrap(`UpdateContainer ${e.id}`, err);
    }
  }

  async stats(req: grpc.IStatsContainerRequest): Promise<grpc.IStatsContainerResponse> {
    const e = this.get(req.containerId);
    return { cgroupStats: statsToProto(await e.cgroup.stats()) };
  }

  async remove(req: grpc.IRemoveContainerRequest): Promise<void> {
    const e = this.get(req.containerId);
    const timeoutMs = (req.timeout ?? 0) > 0 ? req.timeout! * 1000 : undefined;
    const work = (async () => {
      await e.state.beforeRemove(control(e));
      await e.container.destroy();
      e.stopOom();
      await e.cgroup.destroy({ kill: true });
    })();
    if (timeoutMs === undefined) await work;
    else {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        work,
        new Promise((_, reject) => (timer = setTimeout(() => reject(new DeadlineExceededError(`RemoveContainer ${e.id}: processes still running after ${req.timeout} s`)), timeoutMs))),
      ]).finally(() => clearTimeout(timer));
    }
    const errors = unmountStorages(e.storages);
    this.entries.delete(e.id);
    if (this.sandboxContainer === e.id) {
      // Its namespaces are gone with it: a later container naming them gets a clear "does not exist".
      rmSync(this.sandboxNsDir, { recursive: true, force: true });
      this.sandboxContainer = undefined;
    }
    this.log.info('container removed', { container: e.id });
    if (errors.length > 0) throw new InternalError(`RemoveContainer ${e.id}: ${errors.map((x) => x.message).join('; ')}`);
  }

  /** Removes every container, then the sandbox's cgroup (DestroySandbox, shutdown). */
  async removeAll(): Promise<void> {
    for (const id of [...this.entries.keys()]) await this.remove({ containerId: id }).catch((e: Error) => this.log.error('remove on shutdown failed', { container: id, error: e }));
    if (this.entries.size === 0 && this.parentCgroup) {
      const parent = await this.parentCgroup.catch(() => undefined);
      await parent?.destroy({ kill: true }).catch((e: Error) => this.log.error('removing the sandbox cgroup failed', { error: e }));
      this.parentCgroup = undefined;
    }
  }

  /** The containers' parent cgroup, made once; a failed attempt is tried again by the next caller. */
  private parent(): Promise<Cgroup> {
    this.parentCgroup ??= Cgroup.create(this.cgroupParent).catch((e: Error) => {
      this.parentCgroup = undefined;
      throw e;
    });
    return this.parentCgroup;
  }

  /**
   * Makes the parent cgroup now, while the agent waits for the runtime's first requests: the first
   * CreateContainer then does not (it took about 60 ms of the first one under TCG), and a VM
   * template saved after this carries it to every clone. A failure is logged; the first container
   * tries again and reports it.
   */
  prepare(): void {
    void this.parent().catch((e: Error) => this.log.warn('the containers\' cgroup was not made ahead', { error: e }));
  }

  private pushOom(id: string): void {
    this.oomQueue.push(id);
    const w = this.oomWaiters;
    this.oomWaiters = [];
    for (const f of w) f();
  }

  /** Long poll: the next container with an OOM kill. */
  async nextOom(signal: AbortSignal): Promise<grpc.IOOMEvent> {
    while (this.oomQueue.length === 0) {
      await new Promise<void>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason);
        const onAbort = (): void => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        this.oomWaiters.push(() => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        });
      });
    }
    return { containerId: this.oomQueue.shift()! };
  }
}

function statsToProto(s: CgroupStats): grpc.ICgroupStats {
  return {
    cpuStats: s.cpu
      ? {
          cpuUsage: { totalUsage: s.cpu.usageTotalNs, percpuUsage: s.cpu.perCpuNs ?? [], usageInKernelmode: s.cpu.usageSystemNs, usageInUsermode: s.cpu.usageUserNs },
          throttlingData: { periods: s.cpu.throttling.periods, throttledPeriods: s.cpu.throttling.throttledPeriods, throttledTime: s.cpu.throttling.throttledTimeNs },
        }
      : undefined,
    memoryStats: s.memory
      ? {
          cache: s.memory.stat.cache ?? s.memory.stat.file ?? 0,
          usage: { usage: s.memory.usage, maxUsage: s.memory.maxUsage ?? 0, failcnt: s.memory.failcnt, limit: s.memory.limit ?? 0 },
          stats: s.memory.stat,
        }
      : undefined,
    pidsStats: s.pids ? { current: s.pids.current, limit: s.pids.limit ?? 0 } : undefined,
  };
}
