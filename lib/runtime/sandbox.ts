// A sandbox: one VM with the agent in it (sandbox-vm.ts assembles it: cgroup, network, agent
// channel, shared directory, VM, agent client), and its containers. create() launches the VM,
// sets the guest's clock and calls CreateSandbox with the shared directory the containers' rootfs
// come through, and the pod's network; a failure undoes what was made. Containers' files reach the
// guest through container-share.ts; a container whose limits exceed the VM's size has the VM grown
// first (sizing.ts: hot-plugged vCPUs and memory). delete() removes the containers, has the agent
// power the VM off, and undoes the VM's parts and the sandbox's state.
// Agent requests have deadlines (lib/agent/deadlines.ts), and a health watch stops the VM of a
// sandbox whose agent, QEMU or vsock back-end hangs, so its tasks exit and can be deleted.
// The only door to the guest for the shim: it reaches the agent through TaskSandbox
// (task-sandbox.ts), never the agent client (lib/agent) itself.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { processToProto, resourcesToProto, specToProto } from '../agent/spec-to-proto.js';
import type { AgentService } from '../agent/connect.js';
import { agentStdio } from '../agent/process-stdio.js';
import type { grpc } from '../common/proto/gen/protocols.js';
import { DeadlineExceededError } from '../common/errors.js';
import type { LinuxResources } from '../common/cgroup/resources.js';
import type { HostCgroup } from '../common/cgroup/systemd-path.js';
import type { Logger } from '../common/log/logger.js';
import type { ProcessSpec, Spec } from '../common/oci/spec.js';
import { inSpan } from '../common/trace/spans.js';
import { checkAssets } from '../config/assets.js';
import type { RuntimeConfig } from '../config/types.js';
import { hostRootfs, shareContainer, unshareContainer } from './container-share.js';
import type { Vm } from '../hypervisor/hypervisor.js';
import { SandboxVm } from './sandbox-vm.js';
import { type VmLimits, type VmSize, growth, vmLimits, vmSize } from './sizing.js';
import { baseSize } from './vm-plan.js';
import { type ContainerRecord, DEFAULT_STATE_ROOT, type SandboxRecord, sandboxDir, writeRecord } from './state.js';
import type { OomEvent, ProcessStdio, TaskSandbox } from './task-sandbox.js';

export interface SandboxOptions {
  id: string;
  config: RuntimeConfig;
  log: Logger;
  stateRoot?: string;
  hostname?: string;
  /** Extra kernel parameters for this sandbox only (tests, debugging). */
  kernelParams?: string[];
  /** QEMU's cgroup on the host (a directory, or a systemd scope); default the directory kata-ts/<id>. */
  hostCgroup?: HostCgroup;
  /** The sandbox's resource limits (its first container's spec), added to the VM's default size. */
  resources?: LinuxResources;
  /** The pod's network namespace (the spec's network namespace path): QEMU runs there with its interfaces. */
  netns?: string;
}

export const SANDBOX_CGROUP_PARENT = 'kata-ts';
const SIGKILL = 9;
/**
 * The VM start slot is kept until the first container has started, since the guest's first
 * CreateContainer and StartContainer are CPU-bound start work too; but no longer than this after
 * CreateSandbox, for a pod whose container comes late or never.
 */
const START_SLOT_AFTER_BOOT_MS = 10000;

export class Sandbox implements TaskSandbox {
  private readonly containers = new Map<string, ContainerRecord>();
  /** Each container's resources, which the VM's size must cover (sizing.ts). */
  private readonly limitsOf = new Map<string, LinuxResources | undefined>();
  /** Growths run one at a time: each compares the VM's size with what its containers need. */
  private growing: Promise<unknown> = Promise.resolve();
  /** The VM's size now: boot size plus what was hot-plugged. */
  private size: VmSize;

  private constructor(
    readonly id: string,
    private readonly svm: SandboxVm,
    private readonly stateRoot: string,
    private readonly log: Logger,
    /** default_vcpus and default_memory: the size of a pod without limits. */
    private readonly base: VmSize,
  ) {
    this.size = svm.bootSize;
  }

  /** The agent's API (with the sandbox's deadlines and client spans). */
  private get agent(): AgentService {
    return this.svm.client.agent;
  }

  get vm(): Vm {
    return this.svm.vm;
  }

  private get sharedFs(): SandboxVm['sharedFs'] {
    return this.svm.sharedFs;
  }

  /** How far the VM may grow; undefined when the machine type has no hot-plug. */
  private get limits(): VmLimits | undefined {
    return this.svm.limits;
  }

  /** QEMU's pid. */
  get pid(): number {
    return this.vm.pid;
  }

  get running(): boolean {
    return this.vm.running;
  }

  get consoleLog(): string {
    return this.svm.record.consoleLog;
  }

  private get record(): SandboxRecord {
    return { ...this.svm.record, containers: [...this.containers.values()] };
  }

  static create(o: SandboxOptions): Promise<Sandbox> {
    return inSpan('sandbox.create', { 'kata.sandbox_id': o.id }, () => Sandbox.createTraced(o));
  }

  private static async createTraced(o: SandboxOptions): Promise<Sandbox> {
    if (!/^[\w.-]+$/.test(o.id)) throw new Error(`sandbox id must be [A-Za-z0-9_.-]+, got ${JSON.stringify(o.id)}`);
    await inSpan('sandbox.checkAssets', {}, () => checkAssets(o.config)); // names a missing kernel, image, initrd or QEMU before anything starts
    const stateRoot = o.stateRoot ?? DEFAULT_STATE_ROOT;
    const dir = sandboxDir(stateRoot, o.id);
    if (existsSync(dir)) throw new Error(`sandbox ${o.id} already exists (${dir})`);
    const log = o.log.child({ sandbox: o.id });
    const base = baseSize(o.config);
    const size = vmSize(base, [o.resources], vmLimits(o.config.hypervisor.qemu));
    const kata = o.config.agent.kata;
    let svm: SandboxVm | undefined;
    try {
      svm = await SandboxVm.launch({
        id: o.id,
        config: o.config,
        log,
        dir,
        size,
        ...(o.kernelParams ? { kernelParams: o.kernelParams } : {}),
        hostCgroup: o.hostCgroup ?? { driver: 'cgroupfs', path: `${SANDBOX_CGROUP_PARENT}/${o.id}` },
        ...(o.netns ? { netns: o.netns } : {}),
        startSlot: true,
        onRecord: (r) => writeRecord(stateRoot, { ...r, containers: [] }),
      });
      const agent = svm.client.agent;
      // In one go, in this order (the agent runs them as they arrive): each round trip to a guest
      // costs tens of ms under TCG. The host's time before CreateSandbox, so the guest's log lines
      // of the sandbox carry it (a clone's clock reads the template's).
      await Promise.all([
        svm.settleClone(),
        setGuestClock(agent),
        agent.CreateSandbox({
          sandboxId: o.id,
          // An unnamed sandbox is named after itself, as Docker names containers, rather than the kernel's "(none)".
          hostname: o.hostname || o.id.slice(0, 64),
          storages: [svm.sharedFs.storage],
        }),
      ]);
      const network = svm.network;
      if (network) await inSpan('sandbox.networkSetup', {}, () => network.configureGuest(agent));
      const sandbox = new Sandbox(o.id, svm, stateRoot, log, base);
      sandbox.save();
      log.info('sandbox created', { qemuPid: svm.vm.pid, vcpus: size.vcpus, memoryMiB: size.memoryMiB });
      svm.holdStartSlot(START_SLOT_AFTER_BOOT_MS);
      svm.watchHealth(kata.healthCheckInterval * 1000, kata.requestTimeout * 1000);
      return sandbox;
    } catch (e) {
      for (const p of (await svm?.stop()) ?? []) log.warn('not undone', { error: p });
      removeSandboxDir(dir);
      throw new Error(`create sandbox ${o.id}: ${(e as Error).message}`, { cause: e });
    }
  }

  private save(): void {
    writeRecord(this.stateRoot, this.record);
  }

  /** Shares the bundle's rootfs into the VM and creates the container there (not started). */
  async createContainer(id: string, bundle: string, spec: Spec): Promise<void> {
    if (!/^[\w.-]+$/.test(id)) throw new Error(`container id must be [A-Za-z0-9_.-]+, got ${JSON.stringify(id)}`);
    if (this.containers.has(id)) throw new Error(`container ${id} already exists in sandbox ${this.id}`);
    const rootfs = hostRootfs(bundle, spec);
    if (!rootfs || !existsSync(rootfs)) throw new Error(`container ${id}: rootfs ${rootfs || '(root.path not set)'} does not exist`);
    // Before anything is shared: a container the VM cannot be grown for changes nothing.
    await this.growFor(id, spec.linux?.resources);
    let shared: ReturnType<typeof shareContainer>;
    try {
      shared = shareContainer({
        id,
        bundle,
        rootfs,
        spec,
        sharedDir: this.svm.record.sharedDir,
        podNetwork: !!this.svm.network?.record,
        sandboxContainer: this.containers.size === 0,
        onShare: (rec) => {
          this.containers.set(id, rec);
          this.save();
        },
        log: this.log,
      });
    } catch (e) {
      this.forget(id);
      throw new Error(`create container ${id} in sandbox ${this.id}: ${(e as Error).message}`, { cause: e });
    }
    try {
      await this.agent.CreateContainer({ containerId: id, execId: id, OCI: specToProto(shared.guestSpec) });
    } catch (e) {
      this.unshare(shared.rec);
      throw new Error(`create container ${id} in sandbox ${this.id}: ${(e as Error).message}`, { cause: e });
    }
  }

  /**
   * Grows the VM so it covers every container's limits with this one's added, as Kata does when a
   * container joins a running pod: QEMU hot-plugs the missing vCPUs and memory, the agent onlines
   * them. The VM never shrinks when a container goes (Kata does not unplug memory either).
   */
  private growFor(id: string, resources: LinuxResources | undefined): Promise<void> {
    const run = this.growing.then(async () => {
      const target = vmSize(this.base, [...this.limitsOf.values(), resources], this.limits ?? { maxVcpus: Infinity, maxMemoryMiB: Infinity, memorySlots: 0 });
      const add = growth(this.size, target);
      if (add.vcpus > 0 || add.memoryMiB > 0) {
        if (!this.limits) this.log.warn('the VM cannot grow (its machine type has no hot-plug); the container gets less than its limits', { container: id, vcpus: add.vcpus, memoryMiB: add.memoryMiB });
        else await inSpan('sandbox.hotplug', { 'kata.container_id': id }, () => this.grow(id, add));
      }
      this.limitsOf.set(id, resources);
    });
    this.growing = run.catch(() => undefined);
    return run.catch((e: Error) => {
      throw new Error(`create container ${id} in sandbox ${this.id}: ${e.message}`, { cause: e });
    });
  }

  private async grow(id: string, add: VmSize): Promise<void> {
    this.log.info('growing the VM for a container', { container: id, vcpus: add.vcpus, memoryMiB: add.memoryMiB, fromVcpus: this.size.vcpus, fromMemoryMiB: this.size.memoryMiB });
    if (add.vcpus > 0) {
      await this.vm.hotplugVcpus(add.vcpus);
      this.size = { ...this.size, vcpus: this.size.vcpus + add.vcpus };
    }
    if (add.memoryMiB > 0) {
      await this.vm.hotplugMemory(add.memoryMiB);
      this.size = { ...this.size, memoryMiB: this.size.memoryMiB + add.memoryMiB };
    }
    await this.agent.OnlineCPUMem({ wait: true, nbCpus: add.vcpus, cpuOnly: add.memoryMiB === 0 }, { timeoutMs: 30000 });
  }

  async startContainer(id: string): Promise<void> {
    try {
      await this.agent.StartContainer({ containerId: id });
    } finally {
      this.svm.releaseStartSlot();
    }
  }

  async pauseContainer(id: string): Promise<void> {
    await this.agent.PauseContainer({ containerId: this.known(id) });
  }

  async resumeContainer(id: string): Promise<void> {
    await this.agent.ResumeContainer({ containerId: this.known(id) });
    // A pod that was paused may have lost time (a stopped VM's clock, or TCG drift under load).
    await setGuestClock(this.agent);
  }

  /** New resource limits for a running container (applied to its cgroup in the guest). */
  async updateContainer(id: string, resources: LinuxResources): Promise<void> {
    await this.agent.UpdateContainer({ containerId: this.known(id), resources: resourcesToProto(resources) });
  }

  /** The container's cgroup statistics as the agent reports them. */
  async statsContainer(id: string): Promise<grpc.ICgroupStats> {
    return (await this.agent.StatsContainer({ containerId: this.known(id) })).cgroupStats ?? {};
  }

  private known(id: string): string {
    if (!this.containers.has(id)) throw new Error(`container ${id} does not exist in sandbox ${this.id}`);
    return id;
  }

  async exec(id: string, execId: string, process: ProcessSpec): Promise<void> {
    await this.agent.ExecProcess({ containerId: id, execId, process: processToProto(process) });
  }

  async signal(id: string, execId: string, signal: number): Promise<void> {
    try {
      await this.agent.SignalProcess({ containerId: id, execId, signal });
    } catch (e) {
      // A SIGKILL the agent does not deliver (`ctr task delete -f` of a hung pod): check the
      // sandbox at once; one that fails has its VM stopped, and every process with it, which is
      // what the kill asked for. Its waits then end, so the delete that follows can go on.
      // When the periodic check stopped the VM first, the kill is done just the same.
      if (signal !== SIGKILL) throw e;
      const failure = this.svm.failure ?? (e instanceof DeadlineExceededError ? await this.svm.checkHealthNow() : undefined);
      if (!failure) throw e;
      this.log.warn('SIGKILL not delivered by the agent; the sandbox failed its health check and its VM is stopped instead', { container: id, exec: execId, reason: failure });
      await this.vm.wait();
    }
  }

  /** The exit status (code or 128+signal); rejects when the VM goes away first. */
  async wait(id: string, execId = id): Promise<number> {
    const vmGone = this.vm.wait().then((e) => {
      const why = [this.sharedFs.failure, this.svm.stoppedBecause].filter(Boolean).map((w) => `; ${w}`).join('');
      throw new Error(`sandbox ${this.id}: the VM exited (${e.code ?? e.signal}${why}) while waiting for ${id}/${execId}`);
    });
    const r = await Promise.race([this.agent.WaitProcess({ containerId: id, execId }), vmGone]).catch((e: Error) => {
      // The agent's connection may drop before QEMU's exit is seen: name the cause when it is known.
      if (this.sharedFs.failure && !e.message.includes(this.sharedFs.failure)) throw new Error(`sandbox ${this.id}: ${this.sharedFs.failure}; the VM was stopped while waiting for ${id}/${execId} (${e.message})`, { cause: e });
      throw e;
    });
    return r.status ?? 0;
  }

  /** The process's stdio as streams (ReadStdout/ReadStderr, WriteStdin/CloseStdin underneath). */
  stdio(id: string, execId: string): ProcessStdio {
    return agentStdio(this.agent, id, execId);
  }

  async closeStdin(id: string, execId: string): Promise<void> {
    await this.agent.CloseStdin({ containerId: id, execId });
  }

  async resizePty(id: string, execId: string, rows: number, columns: number): Promise<void> {
    await this.agent.TtyWinResize({ containerId: id, execId, row: rows, column: columns });
  }

  /** Long-polls the agent for OOM kills in the guest while the VM runs (a failed poll is retried after 1 s). */
  async *oomEvents(): AsyncGenerator<OomEvent> {
    while (this.vm.running) {
      try {
        const e = await this.agent.GetOOMEvent({}, { timeoutMs: 3_600_000 });
        yield { containerId: e.containerId ?? undefined };
      } catch {
        if (!this.vm.running) return;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  /** Everything the process writes to stdout (or stderr) until it closes the stream. */
  async readAll(id: string, execId = id, which: 'ReadStdout' | 'ReadStderr' = 'ReadStdout'): Promise<string> {
    let out = '';
    for (;;) {
      const r = await this.agent[which]({ containerId: id, execId, len: 65536 });
      if (!r.data || r.data.length === 0) return out;
      out += Buffer.from(r.data).toString('utf8');
    }
  }

  private unshare(rec: ContainerRecord): void {
    unshareContainer(rec, this.svm.record.sharedDir, this.log);
    this.forget(rec.id);
  }

  private forget(id: string): void {
    this.containers.delete(id);
    this.limitsOf.delete(id);
    this.save();
  }

  async deleteContainer(id: string): Promise<void> {
    const rec = this.containers.get(id);
    if (!rec) throw new Error(`container ${id} does not exist in sandbox ${this.id}`);
    if (this.vm.running) await this.agent.RemoveContainer({ containerId: id, timeout: 10 });
    this.unshare(rec);
  }

  /** Removes the containers, stops the VM and removes every trace of the sandbox. */
  async delete(): Promise<void> {
    const errors: string[] = [];
    this.svm.quiesce();
    if (this.vm.running) {
      for (const id of [...this.containers.keys()]) {
        await this.agent.RemoveContainer({ containerId: id, timeout: 10 }).catch((e: Error) => errors.push(`remove ${id}: ${e.message}`));
      }
      // The agent powers the VM off after DestroySandbox; QMP quit covers an agent that cannot.
      await this.agent.DestroySandbox({}, { timeoutMs: 10000 }).catch((e: Error) => errors.push(`DestroySandbox: ${e.message}`));
    }
    for (const rec of [...this.containers.values()]) this.unshare(rec);
    errors.push(...(await this.svm.stop()));
    const left = removeSandboxDir(sandboxDir(this.stateRoot, this.id), this.svm.record.sharedDir);
    if (left) errors.push(left);
    this.log.info('sandbox deleted');
    if (errors.length > 0) this.log.warn('sandbox delete had problems', { problems: errors.join('; ') });
  }
}

/** Removes the sandbox's directory, unless something is still in its shared directory (returns why). */
function removeSandboxDir(dir: string, shared = `${dir}/shared`): string | undefined {
  if (existsSync(shared) && readdirSync(shared).length > 0) return `shared directory ${shared} is not empty`;
  rmSync(dir, { recursive: true, force: true });
  return undefined;
}

/**
 * The guest's clock to the host's. Without KVM there is no kvm-clock or PTP device for the guest
 * to follow, so the runtime sets it: when the sandbox starts and after a resume.
 */
async function setGuestClock(agent: AgentService): Promise<void> {
  const now = Date.now();
  await agent.SetGuestDateTime({ Sec: Math.floor(now / 1000), Usec: (now % 1000) * 1000 });
}
