// OOM-kill notification for a cgroup, used by Cgroup.onOom. Wake-ups come from the kernel
// (v1: an eventfd registered on memory.oom_control, read through the addon's poller; v2: inotify
// on memory.events via fs.watch); the oom_kill counter is read on each wake-up and each increase
// is reported, so spurious wake-ups (v1 signals its eventfd on rmdir too) report nothing.
import { type FSWatcher, existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import { loadAddon } from '../native/addon.js';
import { EPOLLIN, FdWatch } from '../native/poll.js';
import type { CgroupDriver } from './driver.js';

// v1 signals the eventfd when the memcg enters OOM, before the victim is killed and counted
// (mm/memcontrol.c: mem_cgroup_oom_notify runs before mem_cgroup_out_of_memory), so the counter
// can still be the old one on wake-up. Look again a few times; a spurious wake-up (rmdir) costs
// these few reads and reports nothing.
const V1_RECHECK_MS = [1, 5, 20, 50, 100, 250];

export class OomWatcher {
  private last = 0;
  private stopped = false;
  private fd = -1;
  private fdWatch: FdWatch | undefined;
  private fsWatch: FSWatcher | undefined;
  private checking: Promise<void> = Promise.resolve();

  private constructor(
    private readonly driver: CgroupDriver,
    private readonly onKill: (totalKills: number) => void,
  ) {}

  static async start(driver: CgroupDriver, onKill: (totalKills: number) => void): Promise<OomWatcher> {
    const memDir = driver.memoryDir;
    const eventsFile = driver.version === 2 && memDir ? join(memDir, 'memory.events') : undefined;
    if (!memDir || (eventsFile && !existsSync(eventsFile)))
      throw new Error(`OOM events need the memory controller, which cgroup ${driver.dirs[0]} does not have`);
    const w = new OomWatcher(driver, onKill);
    w.last = await driver.oomKillCount();
    if (driver.version === 1) {
      w.fd = loadAddon().cgroupV1OomEventFd(memDir);
      w.fdWatch = new FdWatch(w.fd);
      const arm = (): void =>
        w.fdWatch!.once(EPOLLIN, () => {
          if (w.stopped) return;
          loadAddon().readEventFd(w.fd);
          w.check(V1_RECHECK_MS);
          arm();
        });
      arm();
    } else {
      w.fsWatch = watch(eventsFile!, () => w.check());
    }
    return w;
  }

  /** retryMs: when the count has not grown yet, look again after each of these delays. */
  private check(retryMs: readonly number[] = []): void {
    // Serialised so two quick wake-ups cannot report the same kill twice.
    this.checking = this.checking.then(async () => {
      for (let i = 0; ; i++) {
        if (this.stopped) return;
        let now: number;
        try {
          now = await this.driver.oomKillCount();
        } catch {
          return; // the cgroup is being removed
        }
        if (now > this.last) {
          this.last = now;
          this.onKill(now);
          return;
        }
        if (i >= retryMs.length) return;
        await new Promise((r) => setTimeout(r, retryMs[i]));
      }
    });
  }

  /** Reports a kill that happened since the last wake-up, e.g. right before the watcher stops. */
  async flush(): Promise<void> {
    this.check();
    await this.checking;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.fdWatch?.stop();
    if (this.fd >= 0) loadAddon().closeFd(this.fd);
    this.fd = -1;
    this.fsWatch?.close();
  }
}
