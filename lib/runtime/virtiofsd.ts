// The virtio-fs daemon of one sandbox (hypervisor.qemu.shared_fs = "virtio-fs"): Debian's C
// virtiofsd, serving the sandbox's shared directory on a vhost-user socket in its state directory,
// started before QEMU (QEMU connects to it at start) and put into the sandbox cgroup before it
// forks its namespace-sandboxed worker (it forks only once QEMU has connected, so the worker is
// in the cgroup too). Its stderr goes to the runtime's log. Used by lib/runtime/shared-fs.ts (start,
// watch, stop) and lib/runtime/cleanup.ts (a dead shim's daemon, from the state record).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { QemuConfig, VirtioFsCache } from '../config/types.js';
import type { Logger } from '../common/log/logger.js';

export interface VirtiofsdSpec {
  daemon: string;
  /** The vhost-user socket QEMU's vhost-user-fs-pci connects to. */
  socket: string;
  /** The directory the guest sees (the sandbox's shared directory). */
  sharedDir: string;
  cache: VirtioFsCache;
  extraArgs: string[];
  debug: boolean;
}

/** What the state record keeps, so a cleanup without the owner can stop the daemon. */
export interface VirtiofsdRecord {
  pid: number;
  socket: string;
}

/** The daemon's socket in the sandbox's state directory. */
export const virtiofsdSocket = (stateDir: string): string => join(stateDir, 'virtiofsd.sock');

/**
 * The daemon's settings from the configuration. A DAX window (virtio_fs_cache_size > 0) is
 * refused: QEMU 7.2's vhost-user-fs-pci has no cache-size property.
 */
export function virtiofsdSpec(q: QemuConfig, stateDir: string, sharedDir: string): VirtiofsdSpec {
  if (q.virtioFsCacheSize !== 0) {
    throw new Error(`hypervisor.qemu.virtio_fs_cache_size = ${q.virtioFsCacheSize}: a DAX cache window is not available (QEMU 7.2's vhost-user-fs-pci has no cache-size property); set it to 0`);
  }
  return { daemon: q.virtioFsDaemon, socket: virtiofsdSocket(stateDir), sharedDir, cache: q.virtioFsCache, extraArgs: q.virtioFsExtraArgs, debug: q.enableDebug };
}

export function virtiofsdArgs(s: VirtiofsdSpec): string[] {
  // Kata's "never" is the C daemon's "none".
  const cache = s.cache === 'never' ? 'none' : s.cache;
  // The daemon runs in the foreground (the C daemon's default) and logs to stderr.
  return [`--socket-path=${s.socket}`, '-o', `source=${s.sharedDir}`, '-o', `cache=${cache}`, '-o', `log_level=${s.debug ? 'debug' : 'info'}`, ...s.extraArgs];
}

/**
 * The C daemon's lock file: /run/virtiofsd/<socket path with '/' as '.'>.pid (virtiofsd's
 * write_pidfile). A killed daemon leaves it behind.
 */
export function virtiofsdPidFile(socket: string): string {
  return join('/run/virtiofsd', `${socket.replace(/\//g, '.')}.pid`);
}

export interface VirtiofsdExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The pids of a process's children (the daemon's namespace worker), [] when it is gone. */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const alive = (pid: number): boolean => {
  try {
    // A zombie has no cmdline: it is gone for our purposes (its parent reaps it).
    return readFileSync(`/proc/${pid}/cmdline`).length > 0;
  } catch {
    return false;
  }
};

async function waitGone(pids: number[], timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (pids.some(alive)) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

export class Virtiofsd {
  private exitInfo: VirtiofsdExit | undefined;
  readonly exited: Promise<VirtiofsdExit>;
  private stopping = false;
  private stderrTail = '';
  /** Set when the daemon died on its own: why the sandbox lost its shared filesystem. */
  failure: string | undefined;

  private constructor(
    readonly spec: VirtiofsdSpec,
    private readonly child: ChildProcess,
    log: Logger,
  ) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        resolve(this.exitInfo);
      }),
    );
    let partial = '';
    child.stderr?.on('data', (b: Buffer) => {
      const text = partial + b.toString();
      this.stderrTail = text.slice(-4000);
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) log.info(line.trim(), { subsystem: 'virtiofsd' });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  get record(): VirtiofsdRecord {
    return { pid: this.pid, socket: this.spec.socket };
  }

  /**
   * Starts the daemon, puts it into the sandbox cgroup (join) and waits for its socket; throws
   * with the daemon's own words when it exits first.
   */
  static async start(spec: VirtiofsdSpec, log: Logger, join: (pid: number) => Promise<void>, timeoutMs = 10000): Promise<Virtiofsd> {
    if (!existsSync(spec.daemon)) throw new Error(`virtio-fs daemon ${spec.daemon} does not exist (hypervisor.qemu.virtio_fs_daemon; Debian package qemu-system-common)`);
    rmSync(spec.socket, { force: true });
    const args = virtiofsdArgs(spec);
    log.debug('starting virtiofsd', { argv: [spec.daemon, ...args].join(' ') });
    const child = spawn(spec.daemon, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const d = new Virtiofsd(spec, child, log);
    const spawned = await new Promise<Error | undefined>((resolve) => {
      child.once('spawn', () => resolve(undefined));
      child.once('error', (e) => resolve(e));
    });
    if (spawned) throw new Error(`virtio-fs daemon ${spec.daemon}: ${spawned.message}`);
    try {
      await join(d.pid);
      const until = Date.now() + timeoutMs;
      while (!existsSync(spec.socket)) {
        if (!d.running) throw new Error(`virtiofsd exited at start (${d.exitInfo!.code ?? d.exitInfo!.signal}): ${d.stderrTail.trim()}`);
        if (Date.now() > until) throw new Error(`virtiofsd did not create its socket ${spec.socket} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    } catch (e) {
      await d.stop();
      throw e;
    }
    log.info('virtiofsd started', { pid: d.pid, socket: spec.socket, cache: spec.cache });
    return d;
  }

  /** Its exit from now on is expected (QEMU is being stopped, and the daemon leaves with it). */
  expectExit(): void {
    this.stopping = true;
  }

  /** Calls onDeath once if the daemon exits without being asked to (the guest's shares are then dead). */
  watch(onDeath: (why: string) => void): void {
    void this.exited.then((e) => {
      // Exit status 0: its vhost-user peer went away, so QEMU is the one that failed (and is
      // reported as such); a signal or an error status is the daemon's own death.
      if (this.stopping || (e.code === 0 && e.signal === null)) return;
      this.failure = `virtiofsd (pid ${this.pid}) exited unexpectedly (${e.code ?? e.signal})`;
      onDeath(this.failure);
    });
  }

  /**
   * Stops the daemon and its worker: they normally leave by themselves when QEMU disconnects,
   * so SIGTERM comes after graceMs, SIGKILL after as long again. Removes the socket and the
   * lock file. Idempotent.
   */
  async stop(graceMs = 1000): Promise<VirtiofsdExit> {
    this.stopping = true;
    const pids = [this.pid, ...childrenOf(this.pid)];
    if (this.running) {
      const deadline = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
      await Promise.race([this.exited, deadline(graceMs)]);
      if (this.running) this.child.kill('SIGTERM');
      await Promise.race([this.exited, deadline(graceMs)]);
      if (this.running) this.child.kill('SIGKILL');
      await this.exited;
    }
    for (const p of pids.slice(1)) if (!(await waitGone([p], graceMs))) killPid(p);
    removeFiles(this.spec.socket);
    return this.exitInfo!;
  }
}

function killPid(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

function removeFiles(socket: string): void {
  rmSync(socket, { force: true });
  rmSync(virtiofsdPidFile(socket), { force: true });
}

/**
 * Stops a daemon from a state record whose owner is gone. The pid is only signalled while its
 * command line still names this sandbox's socket (a reused pid belongs to someone else).
 */
export async function stopOrphanVirtiofsd(rec: VirtiofsdRecord): Promise<void> {
  const ours = (pid: number): boolean => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--socket-path=${rec.socket}`);
    } catch {
      return false;
    }
  };
  const pids = [rec.pid, ...childrenOf(rec.pid)].filter(ours);
  for (const p of pids) killPid(p);
  await waitGone(pids, 5000);
  removeFiles(rec.socket);
}
