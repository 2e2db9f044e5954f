// Child exit events for the agent, without blocking the event loop and without taking children
// away from Node's own child_process. Called by the agent's process model (exec, container init)
// and, when the agent is PID 1 or a subreaper, to reap orphans re-parented to it.
//
// Design: nothing ever waits on "any child" (waitpid(-1) would steal children that libuv reaps by
// pid and break child_process 'exit' events).
//  - watchExit(pid) opens a pidfd, which the addon's epoll thread reports readable when the
//    process ends; the status is then taken with waitid(P_PIDFD) for exactly that pid. If the pid
//    belongs to Node's child_process, it only peeks (WNOWAIT) and libuv still reaps it.
//  - OrphanReaper listens for SIGCHLD (Node lets several listeners share it with libuv), scans
//    /proc for OUR zombie children and reaps each one by pid, skipping pids that Node's
//    child_process owns (known through the 'child_process' diagnostics channel) and pids that a
//    watchExit is handling.
// Import this module before spawning anything with child_process, so every ChildProcess is seen.
import { subscribe } from 'node:diagnostics_channel';
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { isNativeError, loadAddon, type NativeExitStatus } from '../../../lib/common/native/addon.js';
import { EPOLLIN, FdWatch } from '../../../lib/common/native/poll.js';

/** How a process ended: code for a normal exit, signal ("SIGKILL") when killed. Neither when it
 *  was not our child (its status belongs to its real parent). */
export type ExitInfo = NativeExitStatus;

const nodeChildren = new Set<ChildProcess>();
subscribe('child_process', (message) => {
  const child = (message as { process?: ChildProcess }).process;
  if (!child) return;
  nodeChildren.add(child);
  const forget = (): void => void nodeChildren.delete(child);
  child.once('exit', forget);
  child.once('error', () => {
    if (child.pid === undefined) forget();
  });
});

/** True when pid is a live child started by Node's child_process (libuv reaps it). */
export function isNodeChild(pid: number): boolean {
  return liveNodeChild(pid) !== undefined;
}

function liveNodeChild(pid: number): ChildProcess | undefined {
  for (const c of nodeChildren) if (c.pid === pid && c.exitCode === null && c.signalCode === null) return c;
  return undefined;
}

// libuv may reap a Node child before our peek; its status then lives on the ChildProcess.
function exitOfNodeChild(child: ChildProcess, pid: number): Promise<ExitInfo> {
  const info = (code: number | null, signal: NodeJS.Signals | null): ExitInfo =>
    code !== null ? { pid, code } : signal !== null ? { pid, signal } : { pid };
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(info(child.exitCode, child.signalCode));
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(info(code, signal))));
}

const watched = new Set<number>();

/** Resolves when pid exits. Throws (synchronously rejects) with ESRCH if there is no such process. */
export function watchExit(pid: number): Promise<ExitInfo> {
  if (!Number.isInteger(pid) || pid <= 0) return Promise.reject(new RangeError(`watchExit: bad pid ${pid}`));
  const addon = loadAddon();
  let fd: number;
  try {
    fd = addon.pidfdOpen(pid);
  } catch (e) {
    return Promise.reject(e);
  }
  watched.add(pid);
  const nodeChild = liveNodeChild(pid);
  return new Promise<ExitInfo>((resolve, reject) => {
    const watch = new FdWatch(fd);
    const finish = (err: unknown, info?: ExitInfo): void => {
      watch.stop();
      loadAddon().closeFd(fd);
      watched.delete(pid);
      if (err) reject(err);
      else resolve(info as ExitInfo);
    };
    const check = (): void => {
      let status: NativeExitStatus | null;
      try {
        status = addon.pidfdWait(fd, pid, !isNodeChild(pid));
      } catch (e) {
        // Not our child: the pidfd says it ended, but only its parent may read the status.
        if (isNativeError(e) && e.code === 'ECHILD') {
          if (!nodeChild) return finish(undefined, { pid });
          void exitOfNodeChild(nodeChild, pid).then((info) => finish(undefined, info));
          return;
        }
        return finish(e);
      }
      if (status) finish(undefined, status);
      else watch.once(EPOLLIN, check);
    };
    watch.once(EPOLLIN, check);
  });
}

/** prctl(PR_SET_CHILD_SUBREAPER): orphaned descendants are re-parented to this process. */
export function setSubreaper(on = true): void {
  loadAddon().setChildSubreaper(on);
}

export function isSubreaper(): boolean {
  return loadAddon().isChildSubreaper();
}

export interface OrphanReaperEvents {
  exit: [ExitInfo];
}

/** Reaps zombie children nobody else owns and emits 'exit' for each. */
export class OrphanReaper extends EventEmitter<OrphanReaperEvents> {
  private running = false;
  private readonly onSigchld = (): void => {
    this.scan();
  };

  start(): this {
    if (this.running) return this;
    this.running = true;
    process.on('SIGCHLD', this.onSigchld);
    this.scan(); // zombies that arrived before we listened
    return this;
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    process.off('SIGCHLD', this.onSigchld);
  }

  /** One pass: reap every zombie child that is neither Node's nor watched. */
  scan(): ExitInfo[] {
    const addon = loadAddon();
    const reaped: ExitInfo[] = [];
    for (const pid of addon.zombieChildren()) {
      if (watched.has(pid) || isNodeChild(pid)) continue;
      let status: NativeExitStatus | null = null;
      try {
        status = addon.reapPid(pid);
      } catch (e) {
        if (isNativeError(e) && e.code === 'ECHILD') continue; // reaped meanwhile
        throw e;
      }
      if (status) {
        reaped.push(status);
        this.emit('exit', status);
      }
    }
    return reaped;
  }
}

/** Sends a signal (name or number) to one process; clear error naming pid and signal. */
export function killProcess(pid: number, signal: NodeJS.Signals | number = 'SIGTERM'): void {
  try {
    process.kill(pid, signal);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown';
    throw new Error(`kill ${String(signal)} to pid ${pid}: ${code}`, { cause: e });
  }
}
