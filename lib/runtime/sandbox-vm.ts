// A sandbox's VM with everything it runs with, assembled in one place: its host cgroup (a
// directory, or a systemd scope: host-cgroup.ts), the pod's network (network.ts), the agent
// channel (lib/agent/channel.ts) and the guest's console, logs and traces (guest-telemetry.ts),
// port-forward into the pod (port-forward.ts),
// the shared directory and its daemon (shared-fs.ts), rootless QEMU's own user (rootless.ts), a
// start slot (start-slots.ts), the VM itself through lib/hypervisor's interface — booted, or
// cloned from the VM template when one fits (vm-template.ts) — and the agent's client
// (lib/agent/connect.ts). Each part, once made, goes on an undo stack (undo-stack.ts): a failed
// launch unwinds it, and so does stop(), so a sandbox's delete and a failed create undo the same
// things in the same order. The sandbox (sandbox.ts) and the VM template's factory
// (lib/factory/template.ts) both launch their VMs here. A health watch (health-watch.ts) stops a
// VM whose agent, VMM or vsock back-end hangs.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxChannel } from '../agent/channel.js';
import { PORT_FORWARD_VSOCK_PORT } from '../common/agent/ports.js';
import { type AgentClient, connect } from '../agent/connect.js';
import { configuredDeadlines } from '../agent/deadlines.js';
import type { Cgroup } from '../common/cgroup/cgroup.js';
import { type Membership, membershipOf, returnTo } from '../common/cgroup/membership.js';
import type { HostCgroup } from '../common/cgroup/systemd-path.js';
import type { Logger } from '../common/log/logger.js';
import { basicAuthHeaders } from '../common/trace/basic-auth.js';
import { inSpan } from '../common/trace/spans.js';
import type { RuntimeConfig } from '../config/types.js';
import { chooseAccel, probeHost } from '../hypervisor/accel.js';
import type { Vm } from '../hypervisor/hypervisor.js';
import type { RunAs, VmPlan } from '../hypervisor/plan.js';
import { hypervisorFor } from '../hypervisor/select.js';
import { GuestTelemetry } from './guest-telemetry.js';
import { HealthWatch } from './health-watch.js';
import { PortForwarder } from './port-forward.js';
import { makeHostCgroup, releaseHostCgroup } from './host-cgroup.js';
import { SandboxNetwork } from './network.js';
import { type VmmUserRecord, checkAssetsReadable, createVmmUser, grantSandboxFiles, removeVmmUser, runAsFor } from './rootless.js';
import { SandboxSharedFs } from './shared-fs.js';
import { type VmLimits, type VmSize, vmLimits } from './sizing.js';
import { type StartSlot, startSlotCount, takeStartSlot } from './start-slots.js';
import type { SandboxRecord } from './state.js';
import { UndoStack } from './undo-stack.js';
import { type TemplateFiles, clonePlan, usableTemplate } from './vm-template.js';
import { guestKernelParams, sandboxConsoleLog, sandboxQmpSocket, vmPlan } from './vm-plan.js';

/** Host entropy each clone's guest gets (Kata's factory sends 512 bytes too). */
const RESEED_BYTES = 512;

/** What the sandbox's record says of its VM: everything but its containers. */
export type VmRecord = Omit<SandboxRecord, 'containers'>;

/** How the VM starts. */
export type VmStart =
  /** A boot; or, with [factory] enable_template, a clone of the template when this VM fits it. */
  | { kind: 'boot-or-clone' }
  /** A boot with the guest's RAM in a file the VM shares (the template's own VM). */
  | { kind: 'boot-into'; memoryFile: string }
  /** A clone of this template (the factory's check of a template it made). */
  | { kind: 'clone'; template: TemplateFiles };

export interface SandboxVmOptions {
  /** The sandbox's id (the agent's deadline errors name it). */
  id: string;
  config: RuntimeConfig;
  log: Logger;
  /** The VM's own directory (it exists): its sockets, console log and shared directory go there. */
  dir: string;
  size: VmSize;
  /** Kernel parameters after the configuration's own (tests, debugging). */
  kernelParams?: string[];
  /** QEMU's cgroup on the host; without, the VM stays in this process's cgroup. */
  hostCgroup?: HostCgroup;
  /** The pod's network namespace: QEMU runs there, with its interfaces wired to the VM. */
  netns?: string;
  /** Whether the VM waits for one of the host's VM start slots before it starts. */
  startSlot?: boolean;
  start?: VmStart;
  /** Called with the record each time a part of the VM exists, from before the first is made. */
  onRecord?: (r: VmRecord) => void;
}

/** A sandbox's host cgroup and, while this process is in it, where it came from. */
interface CgroupHold {
  cgroup: Cgroup;
  home: Membership | undefined;
}

export class SandboxVm {
  private health: HealthWatch | undefined;
  private slotTimer: NodeJS.Timeout | undefined;

  private constructor(
    readonly id: string,
    readonly vm: Vm,
    readonly client: AgentClient,
    readonly record: VmRecord,
    readonly channel: SandboxChannel,
    readonly sharedFs: SandboxSharedFs,
    readonly network: SandboxNetwork | undefined,
    /** The VM as planned (a clone's plan adds the template's RAM and state to it). */
    readonly plan: VmPlan,
    /** The template this VM is a clone of. */
    readonly template: TemplateFiles | undefined,
    /** The VM's size at boot, and how far it may grow (undefined: its machine type has no hot-plug). */
    readonly bootSize: VmSize,
    readonly limits: VmLimits | undefined,
    /** Why the health watch stopped the VM, once it has (read by the agent's deadlines, too). */
    private readonly broken: { reason: string | undefined },
    private slot: StartSlot | undefined,
    private readonly log: Logger,
    private readonly undo: UndoStack,
    /** dial_timeout: how long a clone's agent has to answer. */
    private readonly dialTimeoutMs: number,
  ) {}

  /**
   * Makes the VM and each part it runs with, in order, up to an agent that answers; on a failure
   * undoes what was made (and logs what could not be) and throws the first error.
   */
  static async launch(o: SandboxVmOptions): Promise<SandboxVm> {
    const q = o.config.hypervisor.qemu;
    const log = o.log;
    // Named before anything exists: a bad virtio-fs or rootless setting, the host's accelerator.
    const accel = chooseAccel(q.accel, probeHost());
    if (accel.warning) log.warn(accel.warning);
    const shared = join(o.dir, 'shared');
    const sharedFs = SandboxSharedFs.plan(q, o.dir, shared);
    if (q.rootless) checkRootless(q);
    const channel = SandboxChannel.plan(o.config.agent.kata.channel, o.dir, o.config.agent.kata.debugConsoleEnabled);
    const agentTrace = GuestTelemetry.agentTracing(channel, agentTraceSettings(o.config));
    const params = sandboxKernelParams(o.config, channel, o.kernelParams);
    const limits = vmLimits(q);
    const hypervisor = hypervisorFor(o.config);
    const broken: { reason: string | undefined } = { reason: undefined };
    const start = o.start ?? { kind: 'boot-or-clone' };
    mkdirSync(shared, { recursive: true });
    // The record is written from before the first thing is made, and again as each next one
    // exists (qemuPid 0 until QEMU runs): a shim killed meanwhile leaves what
    // `containerd-shim-kata-v2 delete` (cleanup.ts) needs to stop and remove everything.
    const record: VmRecord = {
      id: o.id,
      createdAt: new Date().toISOString(),
      qemuPid: 0,
      shimPid: process.pid,
      ...(o.hostCgroup ? { cgroupPath: o.hostCgroup.path } : {}),
      qmpSocket: sandboxQmpSocket(o.dir),
      ...channel.record,
      consoleLog: sandboxConsoleLog(o.dir),
      sharedDir: shared,
      ...sharedFs.record,
      debugConsole: o.config.agent.kata.debugConsoleEnabled,
      kernel: q.kernel,
      rootfs: q.image ? { kind: 'image', path: q.image } : { kind: 'initrd', path: q.initrd },
    };
    const save = (): void => o.onRecord?.({ ...record });
    const undo = new UndoStack();
    let slot: StartSlot | undefined;
    try {
      save();
      const cg = o.hostCgroup ? await holdHostCgroup(o.id, o.hostCgroup, record, undo, log) : undefined;
      save();
      let network: SandboxNetwork | undefined;
      if (o.netns) {
        const n = SandboxNetwork.attach(o.netns, o.config.runtime.internetworkingModel, log);
        network = n;
        undo.push('pod network', () => failIf(n.detach()));
        if (n.record) record.network = n.record;
        save();
      }
      channel.start();
      undo.push('agent channel', () => failIf([channel.stop()]));
      const guestLogs = GuestTelemetry.start(channel, record.consoleLog, log, agentTrace);
      undo.push('guest logs', () => guestLogs.stop());
      if (o.netns) {
        const forwarder = await startPortForward(o.netns, channel, log);
        if (forwarder) undo.push('port-forward', () => forwarder.stop());
      }
      undo.push('virtiofsd', () => sharedFs.stop());
      await sharedFs.start(log, async (pid) => cg?.cgroup.addProcess(pid));
      Object.assign(record, sharedFs.record);
      save();
      let vmmUser: VmmUserRecord | undefined;
      if (q.rootless) {
        // Recorded by name before useradd runs, so a crash in between still names it.
        undo.push('QEMU user', () => record.vmmUser && removeVmmUser(record.vmmUser, o.id, log));
        vmmUser = await createVmmUser(o.id, log, (name) => {
          record.vmmUser = { name };
          save();
        });
        record.vmmUser = vmmUser;
        save();
      }
      const runAs = vmmUser && rootlessRunAs(vmmUser, accel.accel, { dir: o.dir, shared, channel, sharedFs });
      const plan = vmPlan(o.config, { dir: o.dir, accel: accel.accel, size: o.size, kernelParams: params, channel, sharedFs, ...(runAs ? { runAs } : {}), ...(network ? { network: network.vmNetwork } : {}) });
      const template = start.kind === 'clone' ? start.template : start.kind === 'boot-or-clone' && o.config.factory.enableTemplate ? usableTemplate(o.config.factory.templatePath, hypervisor.guestKey(plan), log) : undefined;
      if (o.startSlot) {
        slot = await takeSlot(o.config, accel.accel, log);
        undo.push('start slot', () => slot?.release());
      }
      const vmPlanned: VmPlan = template ? clonePlan(plan, template) : start.kind === 'boot-into' ? { ...plan, memoryFile: { path: start.memoryFile, share: true } } : plan;
      const vm = await inSpan('sandbox.qemuStart', {}, () => hypervisor.start(vmPlanned, log));
      undo.push('VM', () => vm.stop(2000));
      record.qemuPid = vm.pid;
      save();
      network?.closeFds(); // QEMU holds the taps now
      // Without its daemon the guest's shares hang: stop the VM, so it is reported like a dead QEMU.
      sharedFs.watch((why) => {
        log.error(`${why}; stopping the VM`);
        void vm.stop(2000);
      });
      undo.push('virtiofsd watch', () => sharedFs.expectExit()); // the daemon leaves when QEMU does
      if (cg) await joinVmToCgroup(cg, vm, o.config.runtime.sandboxCgroupOnly);
      if (template) {
        await inSpan('sandbox.restoreTemplate', {}, () => vm.restoreState(template.state));
        log.info('VM cloned from the template', { template: template.dir });
      }
      // A booting VM's agent is dialled until it answers. A clone's already listens (its template
      // was checked by a clone of its own): its first requests go out at once, Health first.
      const kata = o.config.agent.kata;
      const deadlines = { ...configuredDeadlines(o.config, o.id), brokenBecause: () => broken.reason };
      const client = await inSpan('sandbox.agentDial', {}, () => connect(channel, { ...(template ? {} : { boot: { vm, timeoutMs: kata.dialTimeout * 1000 } }), deadlines }));
      undo.push('agent client', () => client.close());
      return new SandboxVm(o.id, vm, client, record, channel, sharedFs, network, plan, template, o.size, vm.canGrow ? limits : undefined, broken, slot, log, undo, kata.dialTimeout * 1000);
    } catch (e) {
      for (const p of await undo.unwind()) log.warn(`${p.step} not undone`, { error: p.error });
      throw e;
    }
  }

  /**
   * A clone's guest ready for its sandbox: its agent answers, and it has fresh entropy (it starts
   * with the template's crng state: without new entropy two clones would draw the same numbers).
   * Nothing for a booted VM. Sent at once, beside the sandbox's own first requests.
   */
  async settleClone(): Promise<void> {
    const t = this.template;
    if (!t) return;
    const timeoutMs = this.dialTimeoutMs;
    await Promise.all([
      this.client.health.Check({}, { timeoutMs }).catch((e: Error) => {
        throw new Error(`the agent of the VM cloned from ${t.dir} did not answer (dial_timeout ${timeoutMs / 1000} s): ${e.message}; console:\n${this.vm.consoleTail(30)}`, { cause: e });
      }),
      this.client.agent.ReseedRandomDev({ data: randomBytes(RESEED_BYTES) }),
    ]);
  }

  /** Holds the start slot until the first container has started, or at most `ms` from now. */
  holdStartSlot(ms: number): void {
    if (!this.slot) return;
    this.slotTimer = setTimeout(() => this.releaseStartSlot(), ms);
    this.slotTimer.unref();
  }

  releaseStartSlot(): void {
    clearTimeout(this.slotTimer);
    this.slot?.release();
    this.slot = undefined;
  }

  /** Checks the VM, its agent and channel every intervalMs; one that fails has its VM stopped. */
  watchHealth(intervalMs: number, timeoutMs: number): void {
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
        this.broken.reason = reason;
        this.log.error('the sandbox is not healthy; stopping its VM', { reason });
        void this.vm.stop(2000);
      },
    });
    const watch = this.health;
    this.undo.push('health watch', () => watch.stop());
  }

  /** Why the health watch stopped the VM, once it has. */
  get stoppedBecause(): string | undefined {
    return this.broken.reason;
  }

  /** Why the VM was stopped as unhealthy, or why it is failing its health check now. */
  get failure(): string | undefined {
    return this.broken.reason ?? this.health?.failure;
  }

  /** Checks health at once (a kill the agent did not deliver); undefined when healthy or unwatched. */
  async checkHealthNow(): Promise<string | undefined> {
    return this.health?.checkNow();
  }

  /**
   * Before the sandbox's last requests to its agent: nothing watches or holds the VM, and its
   * shared-directory daemon may leave with it.
   */
  quiesce(): void {
    this.releaseStartSlot();
    this.health?.stop();
    this.sharedFs.expectExit();
  }

  /** Stops the VM and undoes every part it ran with, the last made first; returns what failed. */
  async stop(): Promise<string[]> {
    this.quiesce();
    return (await this.undo.unwind()).map((p) => `${p.step}: ${p.error}`);
  }
}

/** Makes the host cgroup (undone: this process leaves it, it is destroyed, a systemd scope stopped). */
async function holdHostCgroup(id: string, host: HostCgroup, record: VmRecord, undo: UndoStack, log: Logger): Promise<CgroupHold> {
  const made = await makeHostCgroup(id, host, log);
  // This process is in a systemd scope until QEMU is: then it stays or leaves (joinVmToCgroup).
  const hold: CgroupHold = { cgroup: made.cgroup, home: made.scope?.home };
  if (made.scope) record.systemdUnit = made.scope.unit;
  undo.push('sandbox cgroup', async () => {
    if (hold.home) await returnTo(process.pid, hold.home, hold.cgroup.dirs, hold.cgroup.path);
    // With sandbox_cgroup_only this process was in it: if it could not leave, killing all would kill it.
    await hold.cgroup.destroy({ kill: !hold.home });
    await releaseHostCgroup(made.scope?.unit);
  });
  return hold;
}

/**
 * The VM's processes join the sandbox cgroup before the guest boots far (its memory is charged to
 * the pod from the start); with sandbox_cgroup_only this process does too (the pod's host overhead
 * is the pod's), else a systemd scope's first process (this one) leaves: QEMU keeps it alive.
 */
async function joinVmToCgroup(cg: CgroupHold, vm: Vm, sandboxCgroupOnly: boolean): Promise<void> {
  for (const pid of vm.pids()) await cg.cgroup.addProcess(pid);
  if (sandboxCgroupOnly) {
    if (!cg.home) {
      cg.home = membershipOf('self');
      await cg.cgroup.addProcess(process.pid);
    }
  } else if (cg.home) {
    await returnTo(process.pid, cg.home, cg.cgroup.dirs, cg.cgroup.path);
    cg.home = undefined;
  }
}

/** The boot is CPU-bound under TCG: it waits for one of the host's VM start slots (start-slots.ts). */
async function takeSlot(c: RuntimeConfig, accel: 'kvm' | 'tcg', log: Logger): Promise<StartSlot> {
  const slots = startSlotCount(c.hypervisor.qemu.maxConcurrentBoots, accel);
  const slot = await inSpan('sandbox.startSlot', {}, () =>
    takeStartSlot({ count: slots, maxWaitMs: c.agent.kata.dialTimeout * 1000, onWait: () => log.info('waiting for a VM start slot', { maxConcurrentBoots: slots }) }),
  );
  if (slot.index === undefined && slots > 0) log.warn('no VM start slot came free within dial_timeout; booting without one', { maxConcurrentBoots: slots, waitedMs: Math.round(slot.waitedMs) });
  else if (slot.waitedMs >= 100) log.info('VM start slot taken', { waitedMs: Math.round(slot.waitedMs) });
  return slot;
}

/** The kernel parameters of a sandbox's VM: the configuration's, agent tracing's, then `extra`. */
export function sandboxKernelParams(c: RuntimeConfig, channel: SandboxChannel, extra: string[] = []): string[] {
  const agentTrace = GuestTelemetry.agentTracing(channel, agentTraceSettings(c));
  return [...guestKernelParams(c, channel), ...(agentTrace ? ['agent.trace=true'] : []), ...extra];
}

/**
 * Port-forward into the pod's VM (port-forward.ts), over hybrid vsock. Without it the pod runs
 * all the same: its log says why `kubectl port-forward` will not reach it.
 */
async function startPortForward(netns: string, channel: SandboxChannel, log: Logger): Promise<PortForwarder | undefined> {
  const dial = channel.dialPort(PORT_FORWARD_VSOCK_PORT);
  if (!dial) {
    log.info('port-forward needs [agent.kata] channel = "hybrid-vsock"; this pod\'s ports cannot be forwarded');
    return undefined;
  }
  try {
    return await PortForwarder.start(netns, dial, log);
  } catch (e) {
    log.warn('port-forward not available for this pod', { error: (e as Error).message });
    return undefined;
  }
}

/** An undo step's problems as its one error. */
function failIf(problems: Array<string | undefined>): void {
  const p = problems.filter((x): x is string => !!x);
  if (p.length > 0) throw new Error(p.join('; '));
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
