// cgroup v1: one directory per controller hierarchy under the root (/sys/fs/cgroup/<controller>),
// as on hosts that still run the legacy or hybrid layout. Used through lib/common/cgroup/cgroup.ts.
// Files: Documentation/admin-guide/cgroup-v1/{memory,cpuacct,cpusets,freezer-subsystem,pids}.rst.
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type CgroupDriver, waitFor } from './driver.js';
import { parseKeyed, parseLimit, parseList, parseNumber, parsePids, readControl, readOptional, writeControl } from './files.js';
import type { LinuxResources } from './resources.js';
import type { CgroupStats } from './stats.js';

export const V1_CONTROLLERS = ['memory', 'cpu', 'cpuacct', 'cpuset', 'pids', 'freezer'] as const;
export type V1Controller = (typeof V1_CONTROLLERS)[number];

export class CgroupV1 implements CgroupDriver {
  readonly version = 1 as const;
  private readonly byController = new Map<V1Controller, string>();
  readonly dirs: string[] = [];

  constructor(
    readonly root: string,
    readonly path: string,
  ) {
    for (const c of V1_CONTROLLERS) {
      const mount = join(root, c);
      if (!existsSync(mount)) continue;
      // "cpu" and "cpuacct" are often one hierarchy with two names: one directory for both.
      const dir = join(realpathSync(mount), path);
      this.byController.set(c, dir);
      if (!this.dirs.includes(dir)) this.dirs.push(dir);
    }
  }

  private dir(c: V1Controller): string {
    const d = this.byController.get(c);
    if (!d) throw new Error(`cgroup v1 controller '${c}' is not mounted under ${this.root}`);
    return d;
  }

  get memoryDir(): string | undefined {
    return this.byController.get('memory');
  }

  async create(): Promise<string[]> {
    if (this.dirs.length === 0) throw new Error(`no cgroup v1 controllers under ${this.root}`);
    const created: string[] = [];
    try {
      for (const dir of this.dirs) {
        if (existsSync(dir)) throw new Error(`cgroup ${dir} already exists`);
        const first = await mkdir(dir, { recursive: true });
        if (first) for (let d = dir; ; d = dirname(d)) {
          created.push(d);
          if (d === first) break;
        }
      }
    } catch (e) {
      // Leave nothing behind in the hierarchies already done.
      for (const d of created.sort((a, b) => b.length - a.length)) await rmdir(d).catch(() => undefined);
      throw e;
    }
    const cpuset = this.byController.get('cpuset');
    if (cpuset) {
      // A new cpuset starts empty and refuses tasks: inherit cpus and mems down the new chain.
      const chain = created.filter((d) => d === cpuset || cpuset.startsWith(d + '/')).sort((a, b) => a.length - b.length);
      for (const d of chain) {
        for (const f of ['cpuset.cpus', 'cpuset.mems']) {
          if ((await readControl(join(d, f))) === '') await writeControl(join(d, f), await readControl(join(dirname(d), f)));
        }
      }
    }
    return created.sort((a, b) => a.length - b.length);
  }

  async apply(r: LinuxResources): Promise<void> {
    const m = r.memory;
    if (m) {
      const dir = this.dir('memory');
      if (m.limit !== undefined || m.swap !== undefined) await this.applyMemoryLimits(dir, m.limit, m.swap);
      if (m.reservation !== undefined) await writeControl(join(dir, 'memory.soft_limit_in_bytes'), m.reservation);
      if (m.swappiness !== undefined) await writeControl(join(dir, 'memory.swappiness'), m.swappiness);
      if (m.disableOOMKiller !== undefined) await writeControl(join(dir, 'memory.oom_control'), m.disableOOMKiller ? 1 : 0);
    }
    const c = r.cpu;
    if (c) {
      if (c.shares !== undefined) await writeControl(join(this.dir('cpu'), 'cpu.shares'), c.shares);
      // The period first: the kernel checks quota against the current period.
      if (c.period !== undefined) await writeControl(join(this.dir('cpu'), 'cpu.cfs_period_us'), c.period);
      if (c.quota !== undefined) await writeControl(join(this.dir('cpu'), 'cpu.cfs_quota_us'), c.quota);
      if (c.cpus) await writeControl(join(this.dir('cpuset'), 'cpuset.cpus'), c.cpus);
      if (c.mems) await writeControl(join(this.dir('cpuset'), 'cpuset.mems'), c.mems);
    }
    if (r.pids) await writeControl(join(this.dir('pids'), 'pids.max'), r.pids.limit > 0 ? r.pids.limit : 'max');
  }

  // memory.memsw.limit_in_bytes must never be below memory.limit_in_bytes, so the order of the
  // two writes depends on whether the limit goes up or down.
  private async applyMemoryLimits(dir: string, limit: number | undefined, swap: number | undefined): Promise<void> {
    const memsw = join(dir, 'memory.memsw.limit_in_bytes');
    if (swap !== undefined && !existsSync(memsw))
      throw new Error(`resources.memory.swap needs swap accounting, but ${memsw} does not exist`);
    const writeLimit = async (): Promise<void> => {
      if (limit !== undefined) await writeControl(join(dir, 'memory.limit_in_bytes'), limit);
    };
    const writeSwap = async (): Promise<void> => {
      if (swap !== undefined) await writeControl(memsw, swap);
    };
    const current = parseLimit(existsSync(memsw) ? await readControl(memsw) : undefined);
    if (limit !== undefined && limit !== -1 && current !== undefined && limit > current) {
      await writeSwap();
      await writeLimit();
    } else {
      await writeLimit();
      await writeSwap();
    }
  }

  async addProcess(pid: number): Promise<void> {
    for (const d of this.dirs) await writeControl(join(d, 'cgroup.procs'), pid);
  }

  async setFrozen(frozen: boolean): Promise<void> {
    const state = join(this.dir('freezer'), 'freezer.state');
    const want = frozen ? 'FROZEN' : 'THAWED';
    await writeControl(state, want);
    // FREEZING may persist while a task is in an uninterruptible sleep: write again until it takes.
    await waitFor(
      async () => {
        if ((await readControl(state)) === want) return true;
        await writeControl(state, want);
        return false;
      },
      5000,
      `cgroup ${this.dir('freezer')} did not reach ${want}`,
    );
  }

  async isFrozen(): Promise<boolean> {
    return (await readControl(join(this.dir('freezer'), 'freezer.state'))) === 'FROZEN';
  }

  async pids(): Promise<number[]> {
    const seen = new Set<number>();
    for (const d of this.dirs) for (const p of parsePids(await readOptional(join(d, 'cgroup.procs')))) seen.add(p);
    return [...seen];
  }

  async oomKillCount(): Promise<number> {
    const mem = this.memoryDir;
    if (!mem) return 0;
    return parseKeyed(await readOptional(join(mem, 'memory.oom_control'))).oom_kill ?? 0;
  }

  async killAllAtOnce(): Promise<boolean> {
    return false;
  }

  async stats(): Promise<CgroupStats> {
    const out: CgroupStats = {};
    const acct = this.byController.get('cpuacct');
    const cpu = this.byController.get('cpu');
    if (acct) {
      const throttle = parseKeyed(cpu ? await readOptional(join(cpu, 'cpu.stat')) : undefined);
      out.cpu = {
        usageTotalNs: parseNumber(await readOptional(join(acct, 'cpuacct.usage'))),
        usageUserNs: parseNumber(await readOptional(join(acct, 'cpuacct.usage_user'))),
        usageSystemNs: parseNumber(await readOptional(join(acct, 'cpuacct.usage_sys'))),
        perCpuNs: parseList(await readOptional(join(acct, 'cpuacct.usage_percpu'))),
        throttling: {
          periods: throttle.nr_periods ?? 0,
          throttledPeriods: throttle.nr_throttled ?? 0,
          throttledTimeNs: throttle.throttled_time ?? 0,
        },
      };
    }
    const mem = this.memoryDir;
    if (mem) {
      const limit = parseLimit(await readOptional(join(mem, 'memory.limit_in_bytes')));
      out.memory = {
        usage: parseNumber(await readOptional(join(mem, 'memory.usage_in_bytes'))),
        maxUsage: parseNumber(await readOptional(join(mem, 'memory.max_usage_in_bytes'))),
        ...(limit !== undefined ? { limit } : {}),
        failcnt: parseNumber(await readOptional(join(mem, 'memory.failcnt'))),
        oomKills: await this.oomKillCount(),
        stat: parseKeyed(await readOptional(join(mem, 'memory.stat'))),
      };
    }
    const pids = this.byController.get('pids');
    if (pids) {
      const limit = parseLimit(await readOptional(join(pids, 'pids.max')));
      out.pids = { current: parseNumber(await readOptional(join(pids, 'pids.current'))), ...(limit !== undefined ? { limit } : {}) };
    }
    return out;
  }
}
