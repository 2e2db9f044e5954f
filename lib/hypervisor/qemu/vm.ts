// One QEMU process for one sandbox VM: starts it from a QemuVmSpec, waits for its QMP socket,
// reports its status, and stops it — QMP `quit` first, SIGKILL only when QEMU does not go —
// removing its sockets. The console log stays for the runtime (it is in the sandbox's state dir).
// A running VM grows by hot-plug over QMP: vCPUs (device_add of the CPU models
// query-hotpluggable-cpus offers) and DIMMs (object-add of a backend + device_add pc-dimm); the
// guest's agent onlines them. QEMU's Vm (../hypervisor.ts), started by hypervisor.ts; the VM
// template (lib/factory/template.ts) uses its state save and restore.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Logger } from '../../common/log/logger.js';
import type { Vm, VmExit } from '../hypervisor.js';
import { type QemuVmSpec, type RunAs, dimmBackend, nextDimmAddress, qemuArgs } from '../qemu-args.js';
import { QmpClient } from './qmp.js';
import { restoreState, saveState } from './vm-state.js';

const UNSHARE = '/usr/bin/unshare';
const NSENTER = '/usr/bin/nsenter';
const SETPRIV = '/usr/bin/setpriv';

/**
 * setpriv(1)'s arguments for rootless: the real, effective and saved ids become the user's and
 * the groups exactly these; a uid change from root clears the permitted and effective
 * capabilities (no keep-caps), so QEMU holds none.
 */
function identityArgs(r: RunAs | undefined): string[] {
  if (!r) return [];
  return [`--reuid=${r.uid}`, `--regid=${r.gid}`, r.groups.length ? `--groups=${r.groups.join(',')}` : '--clear-groups'];
}

/** One entry of QMP's query-hotpluggable-cpus. */
interface HotpluggableCpu {
  type: string;
  'vcpus-count': number;
  props: Record<string, number>;
  'qom-path'?: string;
}

export class QemuVm implements Vm {
  private exitInfo: VmExit | undefined;
  private readonly exited: Promise<VmExit>;
  private stderr = '';
  private dimms = 0;

  private constructor(
    readonly spec: QemuVmSpec,
    private readonly child: ChildProcess,
    private qmp: QmpClient | undefined,
    private readonly log: Logger,
  ) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      }),
    );
    child.stderr?.on('data', (b: Buffer) => (this.stderr = (this.stderr + b.toString()).slice(-4000)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  get consoleLog(): string {
    return this.spec.consoleLog;
  }

  /** Started with room to grow (the plan's limits; never on microvm). */
  get canGrow(): boolean {
    return !!this.spec.hotplug;
  }

  /** QEMU itself: its devices' back-ends (vsock, virtiofsd) are the runtime's. */
  pids(): number[] {
    return [this.pid];
  }

  sockets(): string[] {
    return [this.spec.qmpSocket, ...(this.spec.agentChannel ? [this.spec.agentChannel.socket] : [])];
  }

  /** Starts QEMU; throws naming a missing file, or with QEMU's own error when it refuses to start. */
  static async start(spec: QemuVmSpec, log: Logger, timeoutMs = 10000): Promise<QemuVm> {
    for (const [what, path] of [['QEMU binary', spec.qemuPath], ['kernel', spec.kernel], ['initrd', spec.initrd], ['rootfs image', spec.image?.path]] as const) {
      if (path !== undefined && !existsSync(path)) throw new Error(`${what} ${path} does not exist`);
    }
    if (spec.netns && !existsSync(NSENTER)) throw new Error(`${NSENTER} (util-linux) is missing: it starts QEMU in the pod's network namespace`);
    if (spec.netns && !existsSync(spec.netns)) throw new Error(`network namespace ${spec.netns} does not exist`);
    if (!spec.netns && spec.newNetns && !existsSync(UNSHARE)) throw new Error(`${UNSHARE} (util-linux) is missing: it starts QEMU in a network namespace of its own (or set runtime.disable_new_netns)`);
    const args = qemuArgs(spec);
    rmSync(spec.qmpSocket, { force: true });
    // QEMU needs no capability: every file it opens is the runtime's (root-owned, in the sandbox's
    // state directory) and devices reach it as descriptors. An empty bounding set leaves it none,
    // so a guest that takes QEMU over holds no root powers. With rootless it is not root at all
    // (spec.runAs). unshare(1) and setpriv(1) exec in place, so the child's pid is QEMU's.
    if (!existsSync(SETPRIV)) throw new Error(`${SETPRIV} (util-linux) is missing: it starts QEMU without capabilities`);
    const confined = [SETPRIV, ...identityArgs(spec.runAs), '--bounding-set=-all', '--inh-caps=-all', '--', spec.qemuPath, ...args];
    // nsenter(1) also execs in place: QEMU joins the pod's network namespace (network.ts).
    const argv = spec.netns
      ? [NSENTER, `--net=${spec.netns}`, '--', ...confined]
      : spec.newNetns ? [UNSHARE, '--net', '--', ...confined] : confined;
    log.debug('starting QEMU', { argv: argv.join(' ') });
    // The NICs' tap fds become QEMU's fds 3, 4, … (NIC_FD_BASE), in order.
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe', ...(spec.nics ?? []).map((n) => n.fd)] });
    const vm = new QemuVm(spec, child, undefined, log);
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (!vm.running) throw new Error(`QEMU exited at start (${vm.exitInfo!.code ?? vm.exitInfo!.signal}): ${vm.stderr.trim()}`);
      if (existsSync(spec.qmpSocket)) {
        try {
          vm.qmp = await QmpClient.connect(spec.qmpSocket);
          break;
        } catch (e) {
          if (Date.now() > until) throw e;
        }
      }
      if (Date.now() > until) {
        await vm.stop();
        throw new Error(`QEMU did not open its QMP socket ${spec.qmpSocket} within ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    log.info('QEMU started', { pid: vm.pid, accel: spec.accel, machine: spec.machineType });
    return vm;
  }

  /**
   * Plugs `count` more vCPUs into the running VM; returns the ids of the new CPU devices. QEMU
   * lists the free places (socket/core/thread) in query-hotpluggable-cpus; an entry with a
   * qom-path is taken. Fails naming -smp's maxcpus when there are not enough free places.
   */
  async hotplugVcpus(count: number): Promise<string[]> {
    const qmp = this.requireQmp();
    const slots = (await qmp.execute('query-hotpluggable-cpus')) as HotpluggableCpu[];
    const order = (c: HotpluggableCpu): number[] => ['socket-id', 'die-id', 'core-id', 'thread-id'].map((k) => c.props[k] ?? 0);
    const free = slots.filter((c) => !c['qom-path']).sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      const i = x.findIndex((v, j) => v !== y[j]);
      return i < 0 ? 0 : x[i]! - y[i]!;
    });
    if (free.length < count) throw new Error(`cannot hot-plug ${count} vCPUs: QEMU has ${free.length} free vCPU places (maxcpus ${slots.length}; default_maxvcpus)`);
    const added: string[] = [];
    for (const c of free.slice(0, count)) {
      const id = `cpu-${Object.values(c.props).join('-')}`;
      await qmp.execute('device_add', { driver: c.type, id, ...c.props });
      added.push(id);
    }
    this.log.info('vCPUs hot-plugged', { ids: added.join(' ') });
    return added;
  }

  /**
   * Plugs a DIMM of `mib` MiB into the running VM, backed as its boot RAM is (dimmBackend), and
   * returns its device id. A refused device_add removes the backend again, so QEMU is as before.
   */
  async hotplugMemory(mib: number): Promise<string> {
    const qmp = this.requireQmp();
    const n = ++this.dimms;
    const mem = `mem-dimm${n}`;
    const dimm = `dimm${n}`;
    const addr = nextDimmAddress((await qmp.execute('query-memory-devices')) as Array<{ data?: { addr?: number; size?: number } }>);
    await qmp.execute('object-add', dimmBackend(this.spec, mem, mib * 1024 * 1024));
    try {
      await qmp.execute('device_add', { driver: 'pc-dimm', id: dimm, memdev: mem, ...(addr !== undefined ? { addr } : {}) });
    } catch (e) {
      await qmp.execute('object-del', { id: mem }).catch(() => undefined);
      throw new Error(`cannot hot-plug ${mib} MiB: ${(e as Error).message}`, { cause: e });
    }
    this.log.info('memory hot-plugged', { id: dimm, mib });
    return dimm;
  }

  async pause(): Promise<void> {
    await this.requireQmp().execute('stop');
  }

  async resume(): Promise<void> {
    await this.requireQmp().execute('cont');
  }

  /** Pauses the VM and saves its device state to `file` (vm-state.ts); it stays paused. */
  async saveState(file: string): Promise<void> {
    await saveState(this.requireQmp(), file, `${this.spec.qmpSocket}.migrate`);
  }

  /** Loads a template's device state into this VM (started with spec.incoming) and runs it. */
  async restoreState(file: string): Promise<void> {
    if (!this.spec.incoming) throw new Error('QEMU was not started waiting for a migration stream (spec.incoming)');
    try {
      await restoreState(this.requireQmp(), file, `${this.spec.qmpSocket}.migrate`);
    } catch (e) {
      // QEMU exits when it cannot load a stream: its own words say why.
      await Promise.race([this.exited, new Promise((r) => setTimeout(r, 500))]);
      const qemu = this.running ? '' : `; QEMU exited (${this.exitInfo!.code ?? this.exitInfo!.signal}): ${this.stderr.trim()}`;
      throw new Error(`restoring the VM state from ${file}: ${(e as Error).message}${qemu}`, { cause: e });
    }
  }

  private requireQmp(): QmpClient {
    if (!this.qmp) throw new Error('QEMU has no QMP connection');
    return this.qmp;
  }

  /** QEMU's run state from QMP (running, paused, shutdown, …); rejects when QEMU does not answer within timeoutMs. */
  async status(timeoutMs?: number): Promise<string> {
    if (!this.qmp) throw new Error('QEMU has no QMP connection');
    const r = (await this.qmp.execute('query-status', undefined, timeoutMs)) as { status: string };
    return r.status;
  }

  wait(): Promise<VmExit> {
    return this.exited;
  }

  /** The last lines of the guest's serial console (kernel messages, agent logs). */
  consoleTail(lines = 20): string {
    if (!existsSync(this.spec.consoleLog)) return '';
    return readFileSync(this.spec.consoleLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  }

  /**
   * Stops QEMU: QMP quit, then SIGKILL when it is still there after graceMs (a hung or stopped
   * QEMU never answers the quit: the grace runs from the request, not from an answer). Removes
   * the sockets. Idempotent.
   */
  async stop(graceMs = 5000): Promise<VmExit> {
    if (this.running) {
      const timer = setTimeout(() => {
        if (this.running) {
          this.log.warn('QEMU did not quit; killing it', { pid: this.pid });
          this.child.kill('SIGKILL');
        }
      }, graceMs);
      void this.qmp?.execute('quit').catch(() => undefined); // the reply races QEMU's exit
      await this.exited;
      clearTimeout(timer);
    }
    this.qmp?.close();
    for (const s of this.sockets()) rmSync(s, { force: true });
    return this.exitInfo!;
  }
}
