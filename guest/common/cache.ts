// Where guest assets are cached: outside the repository, keyed by a hash of their inputs, so a
// fresh clone reuses a kernel or image built by any earlier checkout with the same inputs.
// KATA_TS_CACHE overrides the root (default /var/cache/kata-ts). Used by the kernel and rootfs
// builders and by `npm run guest`.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Takes an exclusive lock file for a build (two builds of the same asset would fight over one
 * tree). A lock left by a process that no longer runs is taken over. Returns the release function.
 */
export function lockBuild(dir: string, what: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'build.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(path, 'utf8'));
      if (holder && alive(holder)) throw new Error(`${what}: another build is running (pid ${holder}, lock ${path})`);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`${what}: could not take the lock ${path}`);
}

