// A sandbox: one VM with the agent in it, and its containers. create() turns the configuration
// into a VM plan (vm-plan.ts) and a running VM (through lib/hypervisor's interface: QEMU), waits
// for the agent over its channel (hybrid vsock or virtio-serial, lib/agent/channel.ts) until
// dial_timeout, then fails with the console's last lines, and calls CreateSandbox with the shared
// directory the containers' rootfs come through (virtio-fs with its daemon, or virtio-9p:
// shared-fs.ts); a virtio-fs daemon that dies stops the VM. Every failure on the way undoes what
// was done; delete() removes the containers, stops QEMU (QMP first) and removes the shared
// directory, mounts, cgroup and state.
// Agent requests have deadlines (lib/agent/deadlines.ts), and a health watch (health-watch.ts) stops
// the VM of a sandbox whose agent, QEMU or vsock back-end hangs, so its tasks exit and can be deleted.
// QEMU runs in the sandbox's own cgroup and, unless runtime.disable_new_netns, its own network
// namespace — or the pod's, when the spec names one (network.ts wires it to the VM); with rootless,
// as a user of its own that owns only the sandbox's files (rootless.ts). The only door
// to the guest for the shim: it reaches the agent through TaskSandbox (task-sandbox.ts), never the
// agent client (lib/agent) itself.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processToProto, resourcesToProto, specToProto } from '../agent/spec-to-proto.js';
import type { grpc } from '../common/proto/gen/protocols.js';
import { Cgroup } from '../common/cgroup/cgroup.js';
import { DeadlineExceededError } from '../common/errors.js';
import { type Membership, membershipOf, returnTo } from '../common/cgroup/membership.js';
import type { LinuxResources } from '../common/cgroup/resources.js';
import type { HostCgroup } from '../common/cgroup/systemd-path.js';
import { makeHostCgroup, releaseHostCgroup } from './host-cgroup.js';
import { checkAssets } from '../config/assets.js';
import type { RuntimeConfig } from '../config/types.js';
import type { ProcessSpec, Spec } from '../common/oci/spec.js';
import { chooseAccel, probeHost } from '../hypervisor/accel.js';
import type { Vm } from '../hypervisor/hypervisor.js';
import type { RunAs } from '../hypervisor/plan.js';
import { hypervisorFor } from '../hypervisor/select.js';
import type { Logger } from '../common/log/logger.js';
import { MS } from '../common/mount/options.js';
import { mountsUnder } from '../common/mount/mountinfo.js';
import { loadAddon } from '../common/native/addon.js';
import { SandboxChannel } from '../agent/channel.js';
import { type AgentClient, type AgentService, connect } from '../agent/connect.js';
import { configuredDeadlines } from '../agent/deadlines.js';
import { agentStdio } from '../agent/process-stdio.js';
import { HealthWatch } from './health-watch.js';
import { GUEST_SHARED_DIR, guestRootfs } from './guest-paths.js';
import { unmountShares } from './cleanup.js';
import { GuestTelemetry } from './guest-telemetry.js';
import { basicAuthHeaders } from '../common/trace/basic-auth.js';
import { inSpan } from '../common/trace/spans.js';
import { SandboxSharedFs } from './shared-fs.js';
import { guestNamespaces } from './guest-namespaces.js';
import { SandboxNetwork } from './network.js';
import { type StartSlot, startSlotCount, takeStartSlot } from './start-slots.js';
import { type VmLimits, type VmSize, growth, vmLimits, vmSize } from './sizing.js';
import { baseSize, guestKernelParams, sandboxConsoleLog, sandboxQmpSocket, vmPlan } from './vm-plan.js';
import { clonePlan, templateFor } from '../factory/template.js';
import { type VmmUserRecord, checkAssetsReadable, createVmmUser, grantSandboxFiles, removeVmmUser, runAsFor } from './rootless.js';
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
/** Host entropy each clone's guest gets (Kata's factory sends 512 bytes too). */
const RESEED_BYTES = 512;
/**
 * The VM start slot is kept until the first container has started, since the guest's first
 * CreateContainer and StartContainer are CPU-bound start work too; but no longer than this after
 * CreateSandbox, for a pod whose container comes late or never.
 */
const START_SLOT_AFTER_BOOT_MS = 10000;

export class Sandbox implements TaskSandbox {
  private readonly containers = new Map<string, ContainerRecord>();
  private health: HealthWatch | undefined;
  /** Why the health watch stopped the VM, once it has. */
  private unhealthy: string | undefined;
  /** Each container's resources, which the VM's size must cover (sizing.ts). */
  private readonly limitsOf = new Map<string, LinuxResources | undefined>();
  /** Growths run one at a time: each compares the VM's size with what its containers need. */
  private growing: Promise<unknown> = Promise.resolve();
  /** The VM start slot (start-slots.ts), until the first container has started. */
  private startSlot: StartSlot | undefined;
  private startSlotTimer: NodeJS.Timeout | undefined;

  private constructor(
    readonly id: string,
    readonly vm: Vm,
    private readonly client: AgentClient,
    private readonly record: SandboxRecord,
    private readonly stateRoot: string,
    private readonly log: Logger,
    private readonly cgroup: Cgroup,
    /** Where this process was before it joined the sandbox cgroup (sandbox_cgroup_only). */
    private readonly home: Membership | undefined,
    private readonly channel: SandboxChannel,
    private readonly sharedFs: SandboxSharedFs,
    private readonly network: SandboxNetwork | undefined,
    private readonly guestLogs: GuestTelemetry,
    /** default_vcpus and default_memory: the size of a pod without limits. */
    private readonly base: VmSize,
    /** The VM's size now: boot size plus what was hot-plugged. */
    private size: VmSize,
    /** How far it may grow; undefined when the machine type has no hot-plug. */
    private readonly limits: VmLimits | undefined,
  ) {}

  /** The agent's API (with the sandbox's deadlines and client spans). */
  private get agent(): AgentService {
    return this.client.agent;
  }

  /** QEMU's pid. */
  get pid(): number {
    return this.vm.pid;
  }

  get running(): boolean {
    return this.vm.running;
  }

  get consoleLog(): string {
    return this.record.consoleLog;
  }

  static create(o: SandboxOptions): Promise<Sandbox> {
    return inSpan('sandbox.create', { 'kata.sandbox_id': o.id }, () => Sandbox.createTraced(o));
  }

  private static async createTraced(o: SandboxOptions): Promise<Sandbox> {
    if (!/^[\w.-]+$/.test(o.id)) throw new Error(`sandbox id must be [A-Za-z0-9_.-]+, got ${JSON.stringify(o.id)}`);
    const q = o.config.hypervisor.qemu;
    await inSpan('sandbox.checkAssets', {}, () => checkAssets(o.config)); // names a missing kernel, image, initrd or QEMU before anything starts
    const stateRoot = o.stateRoot ?? DEFAULT_STATE_ROOT;
    const dir = sandboxDir(stateRoot, o.id);
    if (existsSync(dir)) throw new Error(`sandbox ${o.id} already exists (${dir})`);
    const log = o.log.child({ sandbox: o.id });
    const limits = vmLimits(q);
    const base = baseSize(o.config);
    const size = vmSize(base, [o.resources], limits);
    const accel = chooseAccel(q.accel, probeHost());
    if (accel.warning) log.warn(accel.warning);
    const shared = join(dir, 'shared');
    const sharedFs = SandboxSharedFs.plan(q, dir, shared); // names a bad virtio-fs setting before anything exists
    if (q.rootless) checkRootless(q);
    mkdirSync(shared, { recursive: true });
    const channel = SandboxChannel.plan(o.config.agent.kata.channel, dir, o.config.agent.kata.debugConsoleEnabled);
    const params = guestKernelParams(o.config, channel);
    const agentTrace = GuestTelemetry.agentTracing(channel, agentTraceSettings(o.config));
    if (agentTrace) params.push('agent.trace=true');
    params.push(...(o.kernelParams ?? []));
    let vm: Vm | undefined;
    let client: AgentClient | undefined;
    let cgroup: Cgroup | undefined;
    let home: Membership | undefined;
    let guestLogs: GuestTelemetry | undefined;
    let network: SandboxNetwork | undefined;
    let unhealthy = (): string | undefined => undefined;
    let vmmUser: VmmUserRecord | undefined;
    let slot: StartSlot | undefined;
    let userName: string | undefined; // set before useradd runs (vmmUser only after it)
    const hostCgroup: HostCgroup = o.hostCgroup ?? { driver: 'cgroupfs', path: `${SANDBOX_CGROUP_PARENT}/${o.id}` };
    const cgroupPath = hostCgroup.path;
    let unit: string | undefined; // the systemd scope, once systemd made it
    // The record is on disk from before the first thing is made, and rewritten as each next one
    // exists (qemuPid 0 until QEMU runs): a shim killed while it makes the sandbox leaves what
    // `containerd-shim-kata-v2 delete` (cleanup.ts) needs to stop and remove everything.
    const createdAt = new Date().toISOString();
    const record = (): SandboxRecord => ({
      id: o.id,
      createdAt,
      qemuPid: vm?.pid ?? 0,
      shimPid: process.pid,
      cgroupPath,
      ...(unit ? { systemdUnit: unit } : {}),
      qmpSocket: sandboxQmpSocket(dir),
      ...channel.record,
      consoleLog: sandboxConsoleLog(dir),
      sharedDir: shared,
      ...sharedFs.record,
      debugConsole: o.config.agent.kata.debugConsoleEnabled,
      kernel: q.kernel,
      rootfs: q.image ? { kind: 'image', path: q.image } : { kind: 'initrd', path: q.initrd },
      containers: [],
      ...(network?.record ? { network: network.record } : {}),
      ...(vmmUser ? { vmmUser } : userName ? { vmmUser: { name: userName } } : {}),
    });
    const save = (): void => writeRecord(stateRoot, record());
    try {
      save();
      const made = await makeHostCgroup(o.id, hostCgroup, log);
      cgroup = made.cgroup;
      if (made.scope) {
        unit = made.scope.unit;
        home = made.scope.home; // this process is in the scope until QEMU is: then it stays or leaves (below)
        save();
      }
      if (o.netns) {
        network = SandboxNetwork.attach(o.netns, o.config.runtime.internetworkingModel, log);
        save();
      }
      channel.start();
      guestLogs = GuestTelemetry.start(channel, sandboxConsoleLog(dir), log, agentTrace);
      const inCgroup = cgroup;
      await sharedFs.start(log, (pid) => inCgroup.addProcess(pid));
      save();
      if (q.rootless) {
        vmmUser = await createVmmUser(o.id, log, (name) => {
          userName = name;
          save();
        });
        save();
      }
      const runAs = vmmUser && rootlessRunAs(vmmUser, accel.accel, { dir, shared, channel, sharedFs });
      const plan = vmPlan(o.config, { dir, accel: accel.accel, size, kernelParams: params, channel, sharedFs, ...(runAs ? { runAs } : {}), ...(network ? { network: network.vmNetwork } : {}) });
      // A clone of the VM template when there is one this VM matches; else a boot (template.ts).
      const template = o.config.factory.enableTemplate ? templateFor(o.config, plan, log) : undefined;
      // The boot is CPU-bound under TCG: it waits for one of the host's VM start slots (start-slots.ts).
      const slots = startSlotCount(q.maxConcurrentBoots, accel.accel);
      slot = await inSpan('sandbox.startSlot', {}, () =>
        takeStartSlot({ count: slots, maxWaitMs: o.config.agent.kata.dialTimeout * 1000, onWait: () => log.info('waiting for a VM start slot', { maxConcurrentBoots: slots }) }),
      );
      if (slot.index === undefined && slots > 0) log.warn('no VM start slot came free within dial_timeout; booting without one', { maxConcurrentBoots: slots, waitedMs: Math.round(slot.waitedMs) });
      else if (slot.waitedMs >= 100) log.info('VM start slot taken', { waitedMs: Math.round(slot.waitedMs) });
      vm = await inSpan('sandbox.qemuStart', {}, () => hypervisorFor(o.config).start(template ? clonePlan(plan, template) : plan, log));
      save();
      network?.closeFds(); // QEMU holds the taps now
      const started = vm;
      // Without its daemon the guest's shares hang: stop the VM, so it is reported like a dead QEMU.
      sharedFs.watch((why) => {
        log.error(`${why}; stopping the VM`);
        void started.stop(2000);
      });
      // Before the guest boots far: the VM's memory is charged to the sandbox from the start.
      for (const pid of vm.pids()) await cgroup.addProcess(pid);
      if (o.config.runtime.sandboxCgroupOnly) {
        // The pod's host overhead (this shim) is accounted to the pod too.
        if (!home) {
          home = membershipOf('self');
          await cgroup.addProcess(process.pid);
        }
      } else if (home) {
        // A systemd scope began with this process; QEMU keeps it alive now.
        await returnTo(process.pid, home, cgroup.dirs, cgroup.path);
        home = undefined;
      }
      if (template) {
        const restoring = vm;
        await inSpan('sandbox.restoreTemplate', {}, () => restoring.restoreState(template.state));
        log.info('VM cloned from the template', { template: template.dir });
      }
      const kata = o.config.agent.kata;
      // A booting VM's agent is dialled until it answers. A clone's already listens (its template
      // was checked by a clone of its own): its first requests go out at once, Health first.
      const booting = vm;
      const deadlines = { ...configuredDeadlines(o.config, o.id), brokenBecause: () => unhealthy() };
      const c = await inSpan('sandbox.agentDial', {}, () => connect(channel, { ...(template ? {} : { boot: { vm: booting, timeoutMs: kata.dialTimeout * 1000 } }), deadlines }));
      client = c;
      const agent = c.agent;
      const cloneAnswers = async (): Promise<void> => {
        try {
          await c.health.Check({}, { timeoutMs: kata.dialTimeout * 1000 });
        } catch (e) {
          throw new Error(`the agent of the VM cloned from ${template!.dir} did not answer (dial_timeout ${kata.dialTimeout} s): ${(e as Error).message}; console:\n${vm!.consoleTail(30)}`, { cause: e });
        }
      };
      // In one go, in this order (the agent runs them as they arrive): each round trip to a guest
      // costs tens of ms under TCG. The host's time before CreateSandbox, so the guest's log lines
      // of the sandbox carry it (a clone's clock reads the template's). Every clone also starts
      // with the template's crng state: without new entropy, two clones' guests would draw the
      // same random numbers.
      await Promise.all([
        template ? cloneAnswers() : undefined,
        setGuestClock(agent),
        template ? agent.ReseedRandomDev({ data: randomBytes(RESEED_BYTES) }) : undefined,
        agent.CreateSandbox({
          sandboxId: o.id,
          // An unnamed sandbox is named after itself, as Docker names containers, rather than the kernel's "(none)".
          hostname: o.hostname || o.id.slice(0, 64),
          storages: [sharedFs.storage],
        }),
      ]);
      if (network) await inSpan('sandbox.networkSetup', {}, () => network!.configureGuest(agent));
      const final = record();
      writeRecord(stateRoot, final);
      log.info('sandbox created', { qemuPid: vm.pid, vcpus: size.vcpus, memoryMiB: size.memoryMiB });
      const sandbox = new Sandbox(o.id, vm, client, final, stateRoot, log, cgroup, home, channel, sharedFs, network, guestLogs, base, size, vm.canGrow ? limits : undefined);
      unhealthy = () => sandbox.unhealthy;
      sandbox.holdStartSlot(slot);
      slot = undefined;
      sandbox.watchHealth(kata.healthCheckInterval * 1000, kata.requestTimeout * 1000);
      return sandbox;
    } catch (e) {
      slot?.release();
      guestLogs?.stop();
      client?.close();
      sharedFs.expectExit();
      await vm?.stop(2000).catch(() => undefined);
      await sharedFs.stop().catch((err: Error) => log.warn('virtiofsd not stopped', { error: err.message }));
      const stuck = channel.stop();
      if (stuck) log.warn(stuck);
      for (const p of network?.detach() ?? []) log.warn('pod network not fully restored', { error: p });
      if (userName) await removeVmmUser({ name: userName }, o.id, log).catch((err: Error) => log.warn('the QEMU user was not removed', { error: err.message }));
      if (home && cgroup) await returnTo(process.pid, home, cgroup.dirs, cgroup.path).catch((err: Error) => log.warn('could not leave the sandbox cgroup', { error: err.message }));
      await cgroup?.destroy({ kill: !home }).catch((err: Error) => log.warn('sandbox cgroup not removed', { error: err.message }));
      await releaseHostCgroup(unit).catch((err: Error) => log.warn('sandbox scope not stopped', { error: err.message }));
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`create sandbox ${o.id}: ${(e as Error).message}`, { cause: e });
    }
  }

  private watchHealth(intervalMs: number, timeoutMs: number): void {
    const health = this.client.health;
    this.health = HealthWatch.start({
      intervalMs,
      timeoutMs,
      probes: {
        qemuStatus: (ms) => this.vm.status(ms),
        agentCheck: async (ms) => void (await health.Check({}, { timeoutMs: ms })),
        channelError: () => this.channel.error(),
      },
      onFailure: (reason) => {
        if (!this.vm.running) return;
        this.unhealthy = reason;
        this.log.error('the sandbox is not healthy; stopping its VM', { reason });
        void this.vm.stop(2000);
      },
    });
  }

  private save(): void {
    this.record.containers = [...this.containers.values()];
    writeRecord(this.stateRoot, this.record);
  }

  /** Shares the bundle's rootfs into the VM and creates the container there (not started). */
  async createContainer(id: string, bundle: string, spec: Spec): Promise<void> {
    if (!/^[\w.-]+$/.test(id)) throw new Error(`container id must be [A-Za-z0-9_.-]+, got ${JSON.stringify(id)}`);
    if (this.containers.has(id)) throw new Error(`container ${id} already exists in sandbox ${this.id}`);
    const hostRootfs = spec.root?.path ? (spec.root.path.startsWith('/') ? spec.root.path : join(bundle, spec.root.path)) : '';
    if (!hostRootfs || !existsSync(hostRootfs)) throw new Error(`container ${id}: rootfs ${hostRootfs || '(root.path not set)'} does not exist`);
    // Before anything is shared: a container the VM cannot be grown for changes nothing.
    await this.growFor(id, spec.linux?.resources);
    const target = join(this.record.sharedDir, id, 'rootfs');
    mkdirSync(target, { recursive: true });
    loadAddon().mountFs(hostRootfs, target, '', MS.BIND, '');
    const rec: ContainerRecord = { id, bundle, sharedRootfs: target, sharedMounts: [] };
    this.containers.set(id, rec);
    this.save();
    // The guest gets the spec with guest paths, and without host namespace paths and cgroups.
    const guestSpec: Spec = structuredClone(spec);
    try {
      guestSpec.mounts = (spec.mounts ?? []).map((m, i) => this.shareHostMount(rec, m, i));
    } catch (e) {
      this.unshare(rec);
      throw new Error(`create container ${id} in sandbox ${this.id}: ${(e as Error).message}`, { cause: e });
    }
    guestSpec.root = { path: guestRootfs(id), readonly: spec.root?.readonly ?? false };
    if (guestSpec.linux) {
      const g = guestNamespaces(guestSpec.linux.namespaces ?? [], { podNetwork: !!this.network?.record, sandboxContainer: this.containers.size === 1 });
      guestSpec.linux.namespaces = g.namespaces;
      if (g.joinsUts) delete guestSpec.hostname; // the pod's, set by the sandbox container
      delete guestSpec.linux.cgroupsPath;
    }
    try {
      await this.agent.CreateContainer({ containerId: id, execId: id, OCI: specToProto(guestSpec) });
    } catch (e) {
      this.unshare(rec);
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
      this.releaseStartSlot();
    }
  }

  private holdStartSlot(slot: StartSlot): void {
    this.startSlot = slot;
    this.startSlotTimer = setTimeout(() => this.releaseStartSlot(), START_SLOT_AFTER_BOOT_MS);
    this.startSlotTimer.unref();
  }

  private releaseStartSlot(): void {
    clearTimeout(this.startSlotTimer);
    this.startSlot?.release();
    this.startSlot = undefined;
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
      const failure = this.unhealthy ?? this.health?.failure ?? (e instanceof DeadlineExceededError ? await this.health?.checkNow() : undefined);
      if (!failure) throw e;
      this.log.warn('SIGKILL not delivered by the agent; the sandbox failed its health check and its VM is stopped instead', { container: id, exec: execId, reason: failure });
      await this.vm.wait();
    }
  }

  /** The exit status (code or 128+signal); rejects when the VM goes away first. */
  async wait(id: string, execId = id): Promise<number> {
    const vmGone = this.vm.wait().then((e) => {
      const why = [this.sharedFs.failure, this.unhealthy].filter(Boolean).map((w) => `; ${w}`).join('');
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

  /**
   * A bind mount of a host path in the spec: the path is bind-mounted into the shared directory
   * (which the guest sees over virtio-fs or 9p) and the guest mounts it from there. Other mounts (proc, tmpfs,
   * …) are the guest's own and pass unchanged.
   */
  private shareHostMount(rec: ContainerRecord, m: NonNullable<Spec['mounts']>[number], index: number): NonNullable<Spec['mounts']>[number] {
    const opts = m.options ?? [];
    const isBind = m.type === 'bind' || opts.includes('bind') || opts.includes('rbind');
    if (!isBind || !m.source?.startsWith('/')) return m;
    if (!existsSync(m.source)) throw new Error(`mount ${m.destination}: host source ${m.source} does not exist`);
    const shared = join(this.record.sharedDir, rec.id, 'mounts', String(index));
    mkdirSync(join(this.record.sharedDir, rec.id, 'mounts'), { recursive: true });
    if (statSync(m.source).isDirectory()) mkdirSync(shared);
    else writeFileSync(shared, '');
    loadAddon().mountFs(m.source, shared, '', MS.BIND | (opts.includes('rbind') ? MS.REC : 0), '');
    rec.sharedMounts!.push(shared);
    this.save();
    return { ...m, source: `${GUEST_SHARED_DIR}/${rec.id}/mounts/${index}` };
  }

  private unshare(rec: ContainerRecord): void {
    unmountShares(rec, (path, error) => this.log.warn('unmount of a shared path failed', { container: rec.id, path, error }));
    const dir = join(this.record.sharedDir, rec.id);
    // Never remove recursively through a mount that is still there: that would delete host files.
    const still = mountsUnder(dir);
    if (still.length > 0) this.log.error('shared paths are still mounted; leaving them in place', { container: rec.id, mounts: still.join(' ') });
    else rmSync(dir, { recursive: true, force: true });
    this.containers.delete(rec.id);
    this.limitsOf.delete(rec.id);
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
    this.releaseStartSlot();
    this.health?.stop();
    this.sharedFs.expectExit(); // the daemon leaves when QEMU does (DestroySandbox powers it off)
    if (this.vm.running) {
      for (const id of [...this.containers.keys()]) {
        await this.agent.RemoveContainer({ containerId: id, timeout: 10 }).catch((e: Error) => errors.push(`remove ${id}: ${e.message}`));
      }
      // The agent powers the VM off after DestroySandbox; QMP quit covers an agent that cannot.
      await this.agent.DestroySandbox({}, { timeoutMs: 10000 }).catch((e: Error) => errors.push(`DestroySandbox: ${e.message}`));
    }
    for (const rec of [...this.containers.values()]) this.unshare(rec);
    this.client.close();
    await this.vm.stop();
    await this.sharedFs.stop().catch((e: Error) => errors.push(`virtiofsd: ${e.message}`));
    this.guestLogs.stop();
    const channel = this.channel.stop();
    if (channel) errors.push(channel);
    for (const p of this.network?.detach() ?? []) errors.push(`pod network: ${p}`);
    if (this.record.vmmUser) await removeVmmUser(this.record.vmmUser, this.id, this.log).catch((e: Error) => errors.push(e.message));
    if (this.home) await returnTo(process.pid, this.home, this.cgroup.dirs, this.cgroup.path).catch((e: Error) => errors.push(`leave the sandbox cgroup: ${e.message}`));
    // With sandbox_cgroup_only this process was in it: if it could not leave, killing all would kill it.
    await this.cgroup.destroy({ kill: !this.home }).catch((e: Error) => errors.push(e.message));
    await releaseHostCgroup(this.record.systemdUnit).catch((e: Error) => errors.push(e.message));
    const shared = this.record.sharedDir;
    if (existsSync(shared) && readdirSync(shared).length > 0) errors.push(`shared directory ${shared} is not empty`);
    else rmSync(sandboxDir(this.stateRoot, this.id), { recursive: true, force: true });
    this.log.info('sandbox deleted');
    if (errors.length > 0) this.log.warn('sandbox delete had problems', { problems: errors.join('; ') });
  }
}

/** rootless's conditions that need no user yet: refused before anything of the sandbox exists. */
function checkRootless(q: RuntimeConfig['hypervisor']['qemu']): void {
  if (q.sharedFs !== 'virtio-fs') {
    throw new Error(`rootless = true needs shared_fs = "virtio-fs" (got "${q.sharedFs}"): with virtio-9p QEMU itself serves the containers' files, which its unprivileged user cannot read`);
  }
  checkAssetsReadable([
    { what: 'QEMU binary', path: q.path, exec: true },
    { what: 'kernel', path: q.kernel },
    q.image ? { what: 'rootfs image', path: q.image } : { what: 'initrd', path: q.initrd },
    ...(q.entropySource ? [{ what: 'entropy source', path: q.entropySource }] : []),
  ]);
}

/** Hands the sandbox's files QEMU opens to its user, and says who QEMU runs as. */
function rootlessRunAs(u: VmmUserRecord, accel: 'kvm' | 'tcg', o: { dir: string; shared: string; channel: SandboxChannel; sharedFs: SandboxSharedFs }): RunAs {
  const runAs = runAsFor(u, accel);
  // QEMU appends to the console log (append=on); made here so it is the user's from the start.
  const consoleLog = sandboxConsoleLog(o.dir);
  writeFileSync(consoleLog, '', { flag: 'a' });
  const sockets = [o.channel.devices.vhostUserVsock?.socket, o.sharedFs.devices.virtioFs?.socket].filter((f): f is string => !!f);
  grantSandboxFiles(u, { dir: o.dir, shared: o.shared, files: [consoleLog, ...sockets] });
  return runAs;
}

/** The agent's spans go where the runtime's go, when both [runtime] and [agent.kata] enable_tracing. */
function agentTraceSettings(c: RuntimeConfig): { endpoint: string; headers: Record<string, string> } | undefined {
  const r = c.runtime;
  if (!r.enableTracing || !c.agent.kata.enableTracing || !r.jaegerEndpoint) return undefined;
  return { endpoint: r.jaegerEndpoint, headers: basicAuthHeaders(r.jaegerUser, r.jaegerPassword) };
}

/**
 * The guest's clock to the host's. Without KVM there is no kvm-clock or PTP device for the guest
 * to follow, so the runtime sets it: when the sandbox starts and after a resume.
 */
async function setGuestClock(agent: AgentService): Promise<void> {
  const now = Date.now();
  await agent.SetGuestDateTime({ Sec: Math.floor(now / 1000), Usec: (now % 1000) * 1000 });
}
