// cgroup v2: one unified hierarchy (the guest's /sys/fs/cgroup; on a hybrid host,
// /sys/fs/cgroup/unified). Used through lib/common/cgroup/cgroup.ts.
// Files: Documentation/admin-guide/cgroup-v2.rst.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { type CgroupDriver, waitFor } from './driver.js';
import { parseKeyed, parseLimit, parseNumber, parsePids, readControl, readOptional, writeControl } from './files.js';
import { type LinuxResources, sharesToWeight } from './resources.js';
import type { CgroupStats } from './stats.js';

/** Controllers a container may use; each is enabled down the path when the root offers it. */
const WANTED = ['cpuset', 'cpu', 'memory', 'pids'] as const;
type V2Controller = (typeof WANTED)[number];

export class CgroupV2 implements CgroupDriver {
  readonly version = 2 as const;
  readonly dir: string;
  readonly dirs: string[];
  /** What the root offers to children; filled by init(). */
  private offered = new Set<string>();

  constructor(
    readonly root: string,
    readonly path: string,
  ) {
    this.dir = join(root, path);
    this.dirs = [this.dir];
  }

  get memoryDir(): string | undefined {
    return this.dir;
  }

  /** Controllers the root offers to its children. */
  async available(): Promise<Set<string>> {
    return new Set((await readControl(join(this.root, 'cgroup.controllers'))).split(/\s+/).filter(Boolean));
  }

  async create(): Promise<string[]> {
    if (existsSync(this.dir)) throw new Error(`cgroup ${this.dir} already exists`);
    const first = await mkdir(this.dir, { recursive: true });
    const created: string[] = [];
    if (first) for (let d = this.dir; ; d = dirname(d)) {
      created.unshift(d);
      if (d === first) break;
    }
    // Enable the wanted controllers in every ancestor's subtree_control, root first, so the leaf
    // gets their interface files.
    const offer = WANTED.filter((c) => this.offered.has(c));
    if (offer.length) {
      const parts = relative(this.root, dirname(this.dir)).split('/').filter(Boolean);
      let d = this.root;
      for (let i = 0; ; i++) {
        await writeControl(join(d, 'cgroup.subtree_control'), offer.map((c) => `+${c}`).join(' '));
        if (i === parts.length) break;
        d = join(d, parts[i]!);
      }
    }
    return created;
  }

  /** Reads what the root offers; create() and apply() depend on it. */
  async init(): Promise<this> {
    this.offered = await this.available();
    return this;
  }

  private need(c: V2Controller, field: string): void {
    if (!this.offered.has(c))
      throw new Error(
        `resources.${field} needs the cgroup v2 '${c}' controller, which ${this.root} does not offer ` +
          `(cgroup.controllers: ${[...this.offered].join(' ') || 'none'})`,
      );
  }

  /** Throws before any write when a resource needs a controller this hierarchy lacks. */
  check(r: LinuxResources): void {
    const m = r.memory;
    if (m?.limit !== undefined) this.need('memory', 'memory.limit');
    if (m?.reservation !== undefined) this.need('memory', 'memory.reservation');
    if (m?.swap !== undefined) this.need('memory', 'memory.swap');
    const c = r.cpu;
    if (c?.shares !== undefined || c?.quota !== undefined || c?.period !== undefined) this.need('cpu', 'cpu');
    if (c?.cpus || c?.mems) this.need('cpuset', 'cpu.cpus/mems');
    if (r.pids) this.need('pids', 'pids.limit');
  }

  async apply(r: LinuxResources): Promise<void> {
    this.check(r);
    const m = r.memory;
    if (m) {
      if (m.limit !== undefined) await writeControl(join(this.dir, 'memory.max'), m.limit === -1 ? 'max' : m.limit);
      if (m.reservation !== undefined) await writeControl(join(this.dir, 'memory.low'), m.reservation === -1 ? 'max' : m.reservation);
      if (m.swap !== undefined) {
        // The spec's swap is memory+swap (v1 memsw); v2 limits swap alone.
        const swapOnly = m.swap === -1 || m.limit === undefined || m.limit === -1 ? 'max' : Math.max(0, m.swap - m.limit);
        // A kernel without swap (CONFIG_SWAP off, as the guest's) has no memory.swap.max: "no
        // swap" and "any swap" then hold as they are (runc skips them too); a real swap limit is an error.
        const file = join(this.dir, 'memory.swap.max');
        if (existsSync(file) || (swapOnly !== 'max' && swapOnly !== 0)) await writeControl(file, swapOnly);
      }
    }
    const c = r.cpu;
    if (c) {
      if (c.shares !== undefined) await writeControl(join(this.dir, 'cpu.weight'), sharesToWeight(c.shares));
      if (c.quota !== undefined || c.period !== undefined) {
        const [curQuota, curPeriod] = (await readControl(join(this.dir, 'cpu.max'))).split(/\s+/);
        const quota = c.quota === undefined ? curQuota : c.quota === -1 ? 'max' : String(c.quota);
        await writeControl(join(this.dir, 'cpu.max'), `${quota} ${c.period ?? curPeriod}`);
      }
      if (c.cpus) await writeControl(join(this.dir, 'cpuset.cpus'), c.cpus);
      if (c.mems) await writeControl(join(this.dir, 'cpuset.mems'), c.mems);
    }
    if (r.pids) await writeControl(join(this.dir, 'pids.max'), r.pids.limit > 0 ? r.pids.limit : 'max');
  }

  async addProcess(pid: number): Promise<void> {
    await writeControl(join(this.dir, 'cgroup.procs'), pid);
  }

  async setFrozen(frozen: boolean): Promise<void> {
    await writeControl(join(this.dir, 'cgroup.freeze'), frozen ? 1 : 0);
    await waitFor(async () => (await this.isFrozen()) === frozen, 5000, `cgroup ${this.dir} did not ${frozen ? 'freeze' : 'thaw'}`);
  }

  async isFrozen(): Promise<boolean> {
    return parseKeyed(await readControl(join(this.dir, 'cgroup.events'))).frozen === 1;
  }

  async pids(): Promise<number[]> {
    return parsePids(await readOptional(join(this.dir, 'cgroup.procs')));
  }

  async oomKillCount(): Promise<number> {
    return parseKeyed(await readOptional(join(this.dir, 'memory.events'))).oom_kill ?? 0;
  }

  async killAllAtOnce(): Promise<boolean> {
    const kill = join(this.dir, 'cgroup.kill'); // Linux 5.14+
    if (!existsSync(kill)) return false;
    await writeControl(kill, 1);
    return true;
  }

  async stats(): Promise<CgroupStats> {
    const out: CgroupStats = {};
    const cpu = await readOptional(join(this.dir, 'cpu.stat')); // present even without the cpu controller
    if (cpu !== undefined) {
      const s = parseKeyed(cpu);
      out.cpu = {
        usageTotalNs: (s.usage_usec ?? 0) * 1000,
        usageUserNs: (s.user_usec ?? 0) * 1000,
        usageSystemNs: (s.system_usec ?? 0) * 1000,
        throttling: { periods: s.nr_periods ?? 0, throttledPeriods: s.nr_throttled ?? 0, throttledTimeNs: (s.throttled_usec ?? 0) * 1000 },
      };
    }
    const current = await readOptional(join(this.dir, 'memory.current'));
    if (current !== undefined) {
      const events = parseKeyed(await readOptional(join(this.dir, 'memory.events')));
      const peak = await readOptional(join(this.dir, 'memory.peak')); // Linux 5.19+
      const limit = parseLimit(await readOptional(join(this.dir, 'memory.max')));
      out.memory = {
        usage: parseNumber(current),
        ...(peak !== undefined ? { maxUsage: parseNumber(peak) } : {}),
        ...(limit !== undefined ? { limit } : {}),
        failcnt: events.max ?? 0,
        oomKills: events.oom_kill ?? 0,
        stat: parseKeyed(await readOptional(join(this.dir, 'memory.stat'))),
      };
    }
    const pidsCurrent = await readOptional(join(this.dir, 'pids.current'));
    if (pidsCurrent !== undefined) {
      const limit = parseLimit(await readOptional(join(this.dir, 'pids.max')));
      out.pids = { current: parseNumber(pidsCurrent), ...(limit !== undefined ? { limit } : {}) };
    }
    return out;
  }
}
