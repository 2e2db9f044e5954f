// One QEMU process for one sandbox VM: starts it from a QemuVmSpec, waits for its QMP socket,
// reports its status, and stops it — QMP `quit` first, SIGKILL only when QEMU does not go —
// removing its sockets. The console log stays for the runtime (it is in the sandbox's state dir).
// Called by the runtime (lib/runtime).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Logger } from '../common/log/logger.js';
import { type QemuVmSpec, type RunAs, qemuArgs } from './qemu-args.js';
import { QmpClient } from './qmp.js';

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

export interface QemuExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class QemuVm {
  private exitInfo: QemuExit | undefined;
  private readonly exited: Promise<QemuExit>;
  private stderr = '';

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

  /** QEMU's run state from QMP (running, paused, shutdown, …). */
  async status(): Promise<string> {
    if (!this.qmp) throw new Error('QEMU has no QMP connection');
    const r = (await this.qmp.execute('query-status')) as { status: string };
    return r.status;
  }

  wait(): Promise<QemuExit> {
    return this.exited;
  }

  /** The last lines of the guest's serial console (kernel messages, agent logs). */
  consoleTail(lines = 20): string {
    if (!existsSync(this.spec.consoleLog)) return '';
    return readFileSync(this.spec.consoleLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** Stops QEMU: QMP quit, then SIGKILL after graceMs; removes the sockets. Idempotent. */
  async stop(graceMs = 5000): Promise<QemuExit> {
    if (this.running) {
      await this.qmp?.execute('quit').catch(() => undefined); // the reply races QEMU's exit
      const timer = setTimeout(() => {
        if (this.running) {
          this.log.warn('QEMU did not quit; killing it', { pid: this.pid });
          this.child.kill('SIGKILL');
        }
      }, graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    this.qmp?.close();
    rmSync(this.spec.qmpSocket, { force: true });
    if (this.spec.agentChannel) rmSync(this.spec.agentChannel.socket, { force: true });
    return this.exitInfo!;
  }
}
