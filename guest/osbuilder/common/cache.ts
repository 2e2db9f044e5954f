// Where guest assets are cached: outside the repository, keyed by a hash of their inputs, so a
// fresh clone reuses a kernel or image built by any earlier checkout with the same inputs.
// KATA_TS_CACHE overrides the root (default /var/cache/kata-ts). Used by the kernel and rootfs
// builders and by `npm run guest`.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.KATA_TS_CACHE || '/var/cache/kata-ts';
}

export function hashInputs(parts: Array<string | Buffer>): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(String(Buffer.byteLength(p))).update(':').update(p);
  return h.digest('hex').slice(0, 16);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** How long a build waits for another one of the same asset (a cold kernel build is ~10 min). */
export const LOCK_WAIT_MS = 60 * 60 * 1000;

/**
 * Takes an exclusive lock file for a build (two builds of the same asset would fight over one
 * tree). While another live process holds it, waits (saying so) up to `waitMs`; a lock left by a
 * process that no longer runs is taken over. Returns the release function.
 */
export function lockBuild(dir: string, what: string, opts: { waitMs?: number; say?: (line: string) => void } = {}): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'build.lock');
  const deadline = Date.now() + (opts.waitMs ?? LOCK_WAIT_MS);
  const say = opts.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  let lastSaid = 0;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(path, 'utf8'));
    } catch {
      continue; // released between our open and our read
    }
    if (!holder || !alive(holder)) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new Error(`${what}: another build is still running (pid ${holder}, lock ${path})`);
    if (Date.now() - lastSaid >= 60000) {
      say(`${what}: waiting for another build (pid ${holder}, lock ${path})`);
      lastSaid = Date.now();
    }
    sleepSync(1000);
  }
}

/**
 * lockBuild for a cached asset: once the lock is held, `done` is asked again, because the build
 * this one waited for may have made the very asset. Returns undefined (lock released) when it did,
 * so a waiter never rebuilds what it waited for.
 */
export function lockBuildUnlessDone(dir: string, what: string, done: () => boolean, opts: { waitMs?: number; say?: (line: string) => void } = {}): (() => void) | undefined {
  const release = lockBuild(dir, what, opts);
  if (!done()) return release;
  release();
  return undefined;
}

/** How many entries of one asset kind the cache keeps (each checkout's inputs make their own). */
export const CACHE_KEEP = 8;

/**
 * How long an entry is safe from pruning after it was built or last linked: a long run (the soak,
 * a benchmark, the suite of another checkout) names its assets by path for hours, and removing
 * them under it fails its next VM start.
 */
export const CACHE_GRACE_MS = 3 * 3600_000;

/**
 * Marks `entry` (a <kind>/<hash> directory) as just used and removes the least recently used
 * entries of its kind beyond `keep` that are older than `graceMs`, so the cache does not grow with
 * every code change. Work directories, locks and the kernel's source tree are not entries (only
 * <hash> directories are). Returns the removed directories.
 */
export function pruneCache(entry: string, keep = CACHE_KEEP, graceMs = CACHE_GRACE_MS): string[] {
  const now = new Date();
  utimesSync(entry, now, now);
  const root = dirname(entry);
  const entries = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[0-9a-f]{16}$/.test(e.name))
    .map((e) => ({ dir: join(root, e.name), used: statSync(join(root, e.name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  const removed: string[] = [];
  for (const e of entries.slice(keep)) {
    if (e.dir === entry || now.getTime() - e.used < graceMs) continue;
    rmSync(e.dir, { recursive: true, force: true });
    removed.push(e.dir);
  }
  return removed;
}
