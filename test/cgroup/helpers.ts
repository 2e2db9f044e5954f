// Shared by the cgroup tests: unique names, child processes that wait for a go signal, cleanup.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Cgroup } from '../../lib/common/cgroup/cgroup.js';

export const PREFIX = 'kata-ts-test-ncgroup';

export function uniquePath(tag: string): string {
  return `${PREFIX}-${process.pid}-${randomBytes(3).toString('hex')}/${tag}`;
}

export interface Tracker {
  cgroups: Cgroup[];
  children: ChildProcessWithoutNullStreams[];
  cleanup(): Promise<void>;
}

export function tracker(): Tracker {
  const tr: Tracker = {
    cgroups: [],
    children: [],
    async cleanup() {
      for (const c of tr.children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      for (const cg of tr.cgroups) await cg.destroy({ kill: true }).catch(() => undefined);
    },
  };
  return tr;
}

/** A sh that waits for one line on stdin, then runs body: so it can join a cgroup first. */
export function waitingChild(tr: Tracker, body: string): ChildProcessWithoutNullStreams {
  const c = spawn('sh', ['-c', `read go; ${body}`], { stdio: 'pipe' });
  tr.children.push(c);
  return c;
}

export function go(c: ChildProcessWithoutNullStreams): void {
  c.stdin.write('go\n');
}

export async function exitOf(c: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: string | null }> {
  if (c.exitCode !== null || c.signalCode !== null) return { code: c.exitCode, signal: c.signalCode };
  const [code, signal] = (await once(c, 'exit')) as [number | null, string | null];
  return { code, signal };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Counts bytes a child writes to stdout: the "is it running" counter for freeze tests. */
export function byteCounter(c: ChildProcessWithoutNullStreams): () => number {
  let n = 0;
  c.stdout.on('data', (d: Buffer) => (n += d.length));
  return () => n;
}

export function noneExist(dirs: readonly string[]): boolean {
  return dirs.every((d) => !existsSync(d));
}
