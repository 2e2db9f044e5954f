// VM start slots: at most N sandboxes of this host start at once, from QEMU's start until their
// first container has started (at most 10 s after CreateSandbox); the others wait their turn.
// Under TCG a start is CPU-bound, and starts side by side beyond the host's CPUs only slow each
// other down: each costs more CPU than alone (ten TCG guests translating the same code into ten
// caches on two cores), so on a 2-CPU host ten pods started at once finish about 10% sooner
// two at a time (docs/memory.md). A slot is a file in START_SLOTS_DIR locked with flock
// (native/src/system/file_lock.h): a shim that dies, however it dies, frees its slot with its
// descriptors. The wait is bounded by maxWaitMs, after which the sandbox starts without a slot:
// a slot is for throughput, never a reason for a pod to fail. Called by lib/runtime/sandbox-vm.ts;
// the count is [hypervisor.qemu] max_concurrent_boots.
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { loadAddon } from '../common/native/addon.js';

export const START_SLOTS_DIR = '/run/kata-ts/start-slots';
const POLL_MS = 25;

/** How many VMs may boot at once: the configured count, or for 0 the host's CPUs under TCG and no limit (0) under KVM. */
export function startSlotCount(configured: number, accel: 'kvm' | 'tcg', cpus = availableParallelism()): number {
  if (configured > 0) return configured;
  return accel === 'tcg' ? cpus : 0;
}

export interface StartSlot {
  /** The slot taken; undefined when none was: no limit, or the wait reached maxWaitMs. */
  readonly index: number | undefined;
  readonly waitedMs: number;
  /** Frees the slot; more calls do nothing. */
  release(): void;
}

export interface TakeOptions {
  /** Slots in all; 0: no limit (returns at once). */
  count: number;
  maxWaitMs: number;
  dir?: string;
  /** Called once, when the first look found every slot taken. */
  onWait?: () => void;
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed: nothing holds the lock through it
  }
}

/** Takes one of `count` slots, waiting (polling) while all are held elsewhere. */
export async function takeStartSlot(o: TakeOptions): Promise<StartSlot> {
  const t0 = performance.now();
  const none = (): StartSlot => ({ index: undefined, waitedMs: performance.now() - t0, release: () => undefined });
  if (o.count <= 0) return none();
  const dir = o.dir ?? START_SLOTS_DIR;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new Error(`VM start slots: cannot make ${dir}: ${(e as Error).message}`, { cause: e });
  }
  const addon = loadAddon();
  // Each slot file opened once, for the whole wait: a descriptor not taken is closed at the end.
  const fds: number[] = [];
  try {
    for (let i = 0; i < o.count; i++) fds.push(openSync(join(dir, `slot-${i}`), 'a', 0o600));
  } catch (e) {
    for (const fd of fds) closeQuietly(fd);
    throw new Error(`VM start slots: cannot open a slot file in ${dir}: ${(e as Error).message}`, { cause: e });
  }
  let waited = false;
  try {
    for (;;) {
      for (const [i, fd] of fds.entries()) {
        if (!addon.tryLockExclusive(fd)) continue;
        fds.splice(i, 1);
        let held = true;
        return {
          index: i,
          waitedMs: performance.now() - t0,
          release: () => {
            if (held) closeQuietly(fd);
            held = false;
          },
        };
      }
      if (performance.now() - t0 >= o.maxWaitMs) return none();
      if (!waited) o.onWait?.();
      waited = true;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    for (const fd of fds) closeQuietly(fd);
  }
}
