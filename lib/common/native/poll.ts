// One-shot fd readiness from the addon's epoll thread, delivered on the JS thread. Used by
// guest/agent/process/reaper.ts (pidfds), lib/common/cgroup/oom.ts (v1 OOM eventfds) and lib/vsock/ (accept and
// connect). A watch fires at most once; call once() again to keep watching.
import { loadAddon } from './addon.js';

// sys/epoll.h
export const EPOLLIN = 0x001;
export const EPOLLOUT = 0x004;
export const EPOLLHUP = 0x010;

const handlers = new Map<number, (events: number) => void>();
let nextTag = 1;
let installed = false;

function install(): void {
  if (installed) return;
  loadAddon().pollSetHandler((tag, events) => {
    const h = handlers.get(tag);
    if (!h) return;
    handlers.delete(tag);
    h(events);
  });
  installed = true;
}

/** Readiness of one fd. Owns no fd: stop() before the owner closes it. */
export class FdWatch {
  private tag = 0;

  constructor(readonly fd: number) {}

  /** Calls cb once when fd has any of events (or an error/hangup). Replaces a pending watch. */
  once(events: number, cb: (events: number) => void): void {
    install();
    if (this.tag) handlers.delete(this.tag);
    const tag = nextTag++;
    this.tag = tag;
    handlers.set(tag, (ev) => {
      if (this.tag === tag) this.tag = 0;
      cb(ev);
    });
    loadAddon().pollWatch(this.fd, events, tag);
  }

  get pending(): boolean {
    return this.tag !== 0;
  }

  stop(): void {
    if (!installed) return;
    if (this.tag) handlers.delete(this.tag);
    loadAddon().pollUnwatch(this.fd, this.tag);
    this.tag = 0;
  }
}
