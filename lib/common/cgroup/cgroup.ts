// A container's cgroup: create it with limits, put processes in, freeze/thaw, read stats, hear
// about OOM kills, signal everything in it, and remove it. The same API on cgroup v1 (hybrid hosts)
// and v2 (our guest kernel). Called by the agent's container model.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { readdir, rmdir } from 'node:fs/promises';
import { isAbsolute, join, normalize } from 'node:path';
import type { CgroupDriver } from './driver.js';
import { OomWatcher } from './oom.js';
import { type LinuxResources, validateResources } from './resources.js';
import type { CgroupStats } from './stats.js';
import { CgroupV1 } from './v1.js';
import { CgroupV2 } from './v2.js';

export const DEFAULT_CGROUP_ROOT = '/sys/fs/cgroup';

/** 2 when root is a cgroup2 mount (it has cgroup.controllers), else 1. */
export function detectCgroupVersion(root = DEFAULT_CGROUP_ROOT): 1 | 2 {
  return existsSync(join(root, 'cgroup.controllers')) ? 2 : 1;
}

export interface CgroupOptions {
  /** Where the hierarchy (v2) or the per-controller mounts (v1) are; default /sys/fs/cgroup. */
  root?: string;
  /** Detected from root when absent. */
  version?: 1 | 2;
}

export interface OomEvent {
  /** The cgroup's total OOM kills so far. */
  oomKills: number;
}

export interface DestroyOptions {
  /** SIGKILL whatever still runs in the cgroup first. */
  kill?: boolean;
  /** How long to retry rmdir while the cgroup is busy (processes still exiting). */
  timeoutMs?: number;
}

export class Cgroup extends EventEmitter<{ oom: [OomEvent] }> {
  private destroyed = false;
  private oom: OomWatcher | undefined;

  private constructor(
    readonly path: string,
    private readonly driver: CgroupDriver,
    private readonly created: string[],
  ) {
    super();
  }

  get version(): 1 | 2 {
    return this.driver.version;
  }

  /** The directories of this cgroup (one per v1 hierarchy). */
  get dirs(): readonly string[] {
    return this.driver.dirs;
  }

  /**
   * Creates the cgroup at path (relative to the root, e.g. "kata/<sandbox>/<container>") and
   * applies resources. Refuses an existing cgroup. On any error nothing it created is left.
   */
  static async create(path: string, resources: LinuxResources = {}, opts: CgroupOptions = {}): Promise<Cgroup> {
    const rel = normalize(path);
    if (!path || isAbsolute(path) || rel.startsWith('..') || rel === '.')
      throw new RangeError(`cgroup path must be relative to the cgroup root and stay below it: ${JSON.stringify(path)}`);
    validateResources(resources);
    const root = opts.root ?? DEFAULT_CGROUP_ROOT;
    const version = opts.version ?? detectCgroupVersion(root);
    let driver: CgroupDriver;
    if (version === 2) {
      const v2 = await new CgroupV2(root, rel).init();
      v2.check(resources);
      driver = v2;
    } else {
      driver = new CgroupV1(root, rel);
    }
    const created = await driver.create();
    const cg = new Cgroup(rel, driver, created);
    try {
      await driver.apply(resources);
    } catch (e) {
      await cg.removeDirs(1000).catch(() => undefined);
      throw e;
    }
    return cg;
  }

  /**
   * An existing cgroup, e.g. one a process that died left behind, so its processes can be killed
   * and it removed. destroy() removes only its own directories, never a parent.
   */
  static async open(path: string, opts: CgroupOptions = {}): Promise<Cgroup> {
    const rel = normalize(path);
    if (!path || isAbsolute(path) || rel.startsWith('..') || rel === '.')
      throw new RangeError(`cgroup path must be relative to the cgroup root and stay below it: ${JSON.stringify(path)}`);
    const root = opts.root ?? DEFAULT_CGROUP_ROOT;
    const version = opts.version ?? detectCgroupVersion(root);
    const driver: CgroupDriver = version === 2 ? await new CgroupV2(root, rel).init() : new CgroupV1(root, rel);
    return new Cgroup(rel, driver, driver.dirs.filter((d) => existsSync(d)));
  }

  /** Whether any of the cgroup's directories exists. */
  get exists(): boolean {
    return this.driver.dirs.some((d) => existsSync(d));
  }

  private live(): CgroupDriver {
    if (this.destroyed) throw new Error(`cgroup ${this.path} was destroyed`);
    return this.driver;
  }

  async addProcess(pid: number): Promise<void> {
    if (!Number.isInteger(pid) || pid <= 0) throw new RangeError(`addProcess: bad pid ${pid}`);
    await this.live().addProcess(pid);
  }

  async update(resources: LinuxResources): Promise<void> {
    validateResources(resources);
    await this.live().apply(resources);
  }

  async freeze(): Promise<void> {
    await this.live().setFrozen(true);
  }

  async thaw(): Promise<void> {
    await this.live().setFrozen(false);
  }

  async isFrozen(): Promise<boolean> {
    return this.live().isFrozen();
  }

  async pids(): Promise<number[]> {
    return this.live().pids();
  }

  async stats(): Promise<CgroupStats> {
    return this.live().stats();
  }

  /** Calls cb on each OOM kill in the cgroup; returns a function that stops listening. */
  async onOom(cb: (e: OomEvent) => void): Promise<() => void> {
    this.live();
    if (!this.oom) this.oom = await OomWatcher.start(this.driver, (oomKills) => this.emit('oom', { oomKills }));
    this.on('oom', cb);
    return () => void this.off('oom', cb);
  }

  /**
   * Reports an OOM kill the watcher has not seen yet (the kernel's notification may come after the
   * victim's exit is reaped); resolves once any such kill was delivered to the onOom callbacks.
   */
  async flushOom(): Promise<void> {
    await this.oom?.flush();
  }

  /** Sends signal to every process in the cgroup. Freezes first so none can fork past the signal. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const d = this.live();
    if (signal === 'SIGKILL' && (await d.killAllAtOnce())) return;
    const wasFrozen = await d.isFrozen().catch(() => false);
    await d.setFrozen(true);
    try {
      for (const pid of await d.pids()) {
        try {
          process.kill(pid, signal);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw new Error(`kill ${signal} pid ${pid} in cgroup ${this.path}`, { cause: e });
        }
      }
    } finally {
      if (!wasFrozen) await d.setFrozen(false);
    }
  }

  /** Removes the cgroup (retrying while busy). With kill, SIGKILLs what still runs first. */
  async destroy(opts: DestroyOptions = {}): Promise<void> {
    if (this.destroyed) return;
    const timeoutMs = opts.timeoutMs ?? 5000;
    if (opts.kill) await this.kill('SIGKILL');
    if (this.oom) {
      await this.oom.flush(); // an OOM kill just before the end is still reported
      this.oom.stop();
      this.oom = undefined;
    }
    await this.removeDirs(timeoutMs);
    this.destroyed = true;
  }

  private async removeDirs(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    // Deepest first; only what create() made, never a parent that existed before. A parent
    // create() made may have gained other children since (sibling containers): then it stays.
    const dirs = [...this.created].sort((a, b) => b.length - a.length);
    for (const dir of dirs) {
      for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
        try {
          await rmdir(dir);
          break;
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') break;
          if (code === 'EBUSY' && (await hasChildDirs(dir))) break;
          if (code !== 'EBUSY' || Date.now() > deadline) {
            const pids = await this.driver.pids().catch(() => []);
            throw new Error(`remove cgroup ${dir}: ${code}${pids.length ? ` (processes still in it: ${pids.join(' ')})` : ''}`, { cause: e });
          }
          await new Promise((r) => setTimeout(r, delay));
        }
      }
    }
  }
}

async function hasChildDirs(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir, { withFileTypes: true })).some((e) => e.isDirectory());
  } catch {
    return false;
  }
}
