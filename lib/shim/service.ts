// containerd's Task API (containerd.task.v2.Task) for the shim: thin handlers that find the task,
// delegate to its model (task.ts), convert, and publish the event. Errors become API codes here
// and only here (the typed errors of lib/common/errors.ts by their kind, kindedToTtrpc; an agent's
// TtrpcError keeps its code; anything else is Unknown); everything else keeps its cause.
import { AlreadyExistsError, FailedPreconditionError, NotFoundError, isKindedError } from '../common/errors.js';
import type { Logger } from '../common/log/logger.js';
import { containerd, google, type grpc, io } from '../common/proto/gen/protocols.js';
import { Code, type MethodDefinition, type ServiceDefinition, TtrpcError, kindedToTtrpc, method } from '../common/ttrpc/index.js';
import { createSandbox } from '../runtime/launch.js';
import type { SandboxLauncher } from '../runtime/task-sandbox.js';
import { loadTaskConfig } from './pod-config.js';
import type { EventPublisher } from './publisher.js';
import { execProcessSpec, updateResources } from './request-specs.js';
import { ShimTask } from './task.js';
import { timestamp } from './timestamp.js';

const T = containerd.task.v2;
const E = containerd.events;
const Empty = google.protobuf.Empty;
const Metrics = io.containerd.cgroups.v1.Metrics;

/** The guest cgroup's numbers in the shape `ctr task metrics` and the CRI read (cgroups v1 Metrics). */
function metricsFromAgent(s: grpc.ICgroupStats): io.containerd.cgroups.v1.IMetrics {
  const cpu = s.cpuStats;
  const mem = s.memoryStats;
  return {
    pids: s.pidsStats ? { current: s.pidsStats.current ?? 0, limit: s.pidsStats.limit ?? 0 } : undefined,
    cpu: cpu
      ? {
          usage: { total: cpu.cpuUsage?.totalUsage ?? 0, kernel: cpu.cpuUsage?.usageInKernelmode ?? 0, user: cpu.cpuUsage?.usageInUsermode ?? 0, perCpu: cpu.cpuUsage?.percpuUsage ?? [] },
          throttling: { periods: cpu.throttlingData?.periods ?? 0, throttledPeriods: cpu.throttlingData?.throttledPeriods ?? 0, throttledTime: cpu.throttlingData?.throttledTime ?? 0 },
        }
      : undefined,
    memory: mem
      ? { cache: mem.cache ?? 0, usage: { usage: mem.usage?.usage ?? 0, max: mem.usage?.maxUsage ?? 0, failcnt: mem.usage?.failcnt ?? 0, limit: mem.usage?.limit ?? 0 } }
      : undefined,
  };
}

export interface ShimServiceOptions {
  log: Logger;
  events: EventPublisher;
  stateRoot?: string;
  /** containerd's namespace, given to logging binaries. */
  namespace?: string;
  /** Called once the shim has nothing left to serve (Shutdown). */
  onShutdown: () => void;
  /** Where configurations and new sandboxes come from; default the real ones (lib/runtime/launch.ts). */
  launcher?: SandboxLauncher;
}

function toApiError(what: string, e: unknown): TtrpcError {
  if (e instanceof TtrpcError) return e;
  if (isKindedError(e)) return kindedToTtrpc(e);
  return new TtrpcError(Code.Unknown, `${what}: ${(e as Error).message}`);
}

export function taskService(o: ShimServiceOptions): ServiceDefinition {
  const tasks = new Map<string, ShimTask>();
  const launcher = o.launcher ?? { loadConfig: loadTaskConfig, create: createSandbox };
  const get = (id: string | null | undefined): ShimTask => {
    const t = tasks.get(id ?? '');
    if (!t) throw new NotFoundError(`task ${JSON.stringify(id ?? '')} not found`);
    return t;
  };
  // Typed per method here; stored untyped in the service table the registry dispatches from.
  const guard = <Req, Res>(name: string, requestType: MethodDefinition<Req, Res>['requestType'], responseType: MethodDefinition<Req, Res>['responseType'], handler: (req: Req) => Promise<Res> | Res): MethodDefinition<unknown, unknown> =>
    method<Req, Res>({
      requestType,
      responseType,
      handler: async (req) => {
        // Each call's time, at debug level (containerd runs its shims with -debug when it logs at
        // debug): the ctr bench (test/bench/shim.ts) cuts a task's life into its calls from these.
        const t0 = performance.now();
        try {
          return await handler(req);
        } catch (e) {
          o.log.debug('task call failed', { call: name, error: e as Error });
          throw toApiError(name, e);
        } finally {
          o.log.debug('task call done', { call: name, ms: Math.round(performance.now() - t0) });
        }
      },
    }) as unknown as MethodDefinition<unknown, unknown>;
  const methods: Record<string, MethodDefinition<unknown, unknown>> = {
    Create: guard('Create', T.CreateTaskRequest, T.CreateTaskResponse, async (req) => {
      if (tasks.has(req.id ?? '')) throw new AlreadyExistsError(`task ${req.id} already exists`);
      const podSandbox = (sandboxId: string) => {
        const owner = tasks.get(sandboxId);
        if (!owner?.ownsSandbox) throw new NotFoundError(`create ${req.id}: this shim serves no pod ${JSON.stringify(sandboxId)} (its sandbox container is not here)`);
        if (!owner.sandbox.running) throw new FailedPreconditionError(`create ${req.id}: the VM of pod ${sandboxId} is not running`);
        return owner.sandbox;
      };
      const task = await ShimTask.create(req, { log: o.log, events: o.events, stateRoot: o.stateRoot, namespace: o.namespace, launcher, podSandbox });
      tasks.set(task.id, task);
      o.events.publish('/tasks/create', 'containerd.events.TaskCreate', E.TaskCreate, {
        containerId: task.id, bundle: task.bundle, rootfs: req.rootfs ?? [], io: { stdin: req.stdin ?? '', stdout: req.stdout ?? '', stderr: req.stderr ?? '', terminal: req.terminal ?? false }, pid: task.pid,
      });
      return { pid: task.pid };
    }),
    Start: guard('Start', T.StartRequest, T.StartResponse, async (req) => {
      const task = get(req.id);
      await task.start(req.execId);
      if (req.execId) o.events.publish('/tasks/exec-started', 'containerd.events.TaskExecStarted', E.TaskExecStarted, { containerId: task.id, execId: req.execId, pid: task.pid });
      else o.events.publish('/tasks/start', 'containerd.events.TaskStart', E.TaskStart, { containerId: task.id, pid: task.pid });
      return { pid: task.pid };
    }),
    Delete: guard('Delete', T.DeleteRequest, T.DeleteResponse, async (req) => {
      const task = get(req.id);
      if (!req.execId && task.ownsSandbox) {
        const members = [...tasks.values()].filter((t) => t !== task && t.sandbox === task.sandbox).map((t) => t.id);
        if (members.length > 0) throw new FailedPreconditionError(`task ${task.id} is the sandbox of its pod; delete its containers first (${members.join(', ')})`);
      }
      const p = await task.delete(req.execId);
      const exitedAt = p.exitedAt ?? new Date();
      const when = timestamp(exitedAt.getTime());
      if (!req.execId) {
        tasks.delete(task.id);
        o.events.publish('/tasks/delete', 'containerd.events.TaskDelete', E.TaskDelete, { containerId: task.id, pid: task.pid, exitStatus: p.exitStatus, exitedAt: when, id: task.id });
      }
      return { pid: task.pid, exitStatus: p.exitStatus, exitedAt: when };
    }),
    State: guard('State', T.StateRequest, T.StateResponse, (req) => get(req.id).state(req.execId)),
    Pids: guard('Pids', T.PidsRequest, T.PidsResponse, (req) => ({ processes: [{ pid: get(req.id).pid }] })),
    Pause: guard('Pause', T.PauseRequest, Empty, async (req) => {
      await get(req.id).pause();
      o.events.publish('/tasks/paused', 'containerd.events.TaskPaused', E.TaskPaused, { containerId: req.id ?? '' });
      return {};
    }),
    Resume: guard('Resume', T.ResumeRequest, Empty, async (req) => {
      await get(req.id).resume();
      o.events.publish('/tasks/resumed', 'containerd.events.TaskResumed', E.TaskResumed, { containerId: req.id ?? '' });
      return {};
    }),
    Checkpoint: guard('Checkpoint', T.CheckpointTaskRequest, Empty, () => {
      throw new TtrpcError(Code.Unimplemented, 'checkpoint is not supported by kata-ts');
    }),
    Kill: guard('Kill', T.KillRequest, Empty, async (req) => {
      await get(req.id).kill(req.execId, req.signal ?? 15, req.all ?? false);
      return {};
    }),
    Exec: guard('Exec', T.ExecProcessRequest, Empty, (req) => {
      const task = get(req.id);
      task.addExec(req, execProcessSpec(req));
      o.events.publish('/tasks/exec-added', 'containerd.events.TaskExecAdded', E.TaskExecAdded, { containerId: task.id, execId: req.execId ?? '' });
      return {};
    }),
    ResizePty: guard('ResizePty', T.ResizePtyRequest, Empty, async (req) => {
      await get(req.id).resizePty(req.execId, req.height ?? 0, req.width ?? 0);
      return {};
    }),
    CloseIO: guard('CloseIO', T.CloseIORequest, Empty, async (req) => {
      const task = get(req.id);
      if (req.stdin) await task.closeStdin(req.execId);
      else task.process(req.execId); // an unknown process is NotFound either way
      return {};
    }),
    Update: guard('Update', T.UpdateTaskRequest, Empty, async (req) => {
      const task = get(req.id);
      await task.update(updateResources(req));
      return {};
    }),
    Wait: guard('Wait', T.WaitRequest, T.WaitResponse, async (req) => {
      const p = get(req.id).process(req.execId);
      await p.exited;
      return { exitStatus: p.exitStatus, exitedAt: timestamp(p.exitedAt!.getTime()) };
    }),
    Stats: guard('Stats', T.StatsRequest, T.StatsResponse, async (req) => {
      const s = await get(req.id).stats();
      return { stats: { type_url: 'io.containerd.cgroups.v1.Metrics', value: Metrics.encode(metricsFromAgent(s)).finish() } };
    }),
    Connect: guard('Connect', T.ConnectRequest, T.ConnectResponse, (req) => ({ shimPid: process.pid, taskPid: get(req.id).pid, version: '2' })),
    Shutdown: guard('Shutdown', T.ShutdownRequest, Empty, () => {
      // containerd asks after every task delete; a pod's other containers (or its VM) keep us serving.
      if (tasks.size > 0) return {};
      setTimeout(o.onShutdown, 10);
      return {};
    }),
  };
  return { serviceName: 'containerd.task.v2.Task', methods };
}
