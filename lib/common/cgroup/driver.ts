// What lib/common/cgroup/cgroup.ts needs from a cgroup hierarchy layout; v1.ts and v2.ts implement it.
import type { LinuxResources } from './resources.js';
import type { CgroupStats } from './stats.js';

export interface CgroupDriver {
  readonly version: 1 | 2;
  /** Every directory that makes up this cgroup (one per v1 hierarchy, one for v2). */
  readonly dirs: readonly string[];
  /** Creates the directories; returns every directory it created, parents first. */
  create(): Promise<string[]>;
  apply(resources: LinuxResources): Promise<void>;
  addProcess(pid: number): Promise<void>;
  setFrozen(frozen: boolean): Promise<void>;
  isFrozen(): Promise<boolean>;
  pids(): Promise<number[]>;
  stats(): Promise<CgroupStats>;
  /** Count of OOM kills in this cgroup so far (the truth behind OOM events). */
  oomKillCount(): Promise<number>;
  /** The memory cgroup dir, for OOM watching; undefined when there is no memory controller. */
  readonly memoryDir: string | undefined;
  /** Kills every process with SIGKILL in one step if the kernel can (v2 cgroup.kill). */
  killAllAtOnce(): Promise<boolean>;
}

/** Polls until check() is true, or throws timeoutMessage. For FREEZING → FROZEN style transitions. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, timeoutMessage: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 1;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(timeoutMessage);
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 50);
  }
}
