// Shared by the container tests: run a spec to completion and collect its output, and snapshot
// what a failed create must not leave behind (mounts, children, cgroups).
import { readFileSync } from 'node:fs';
import { Container } from '../../guest/agent/container/container.js';
import type { Spec } from '../../lib/common/oci/spec.js';
import type { ExitInfo } from '../../guest/agent/process/reaper.js';
import type { Bundle } from '../helpers/rootfs.js';
import type { Cgroup } from '../../lib/common/cgroup/cgroup.js';
import type { Socket } from 'node:net';
import { childrenOf } from '../helpers/process-tree.js';

export interface RunResult {
  exit: ExitInfo;
  out: string;
  err: string;
}

export function collect(s: Socket | undefined): Promise<string> {
  if (!s) return Promise.resolve('');
  let buf = '';
  s.setEncoding('utf8');
  s.on('data', (d: string) => (buf += d));
  return new Promise((resolve) => s.once('close', () => resolve(buf)));
}

let seq = 0;
export function uniqueId(tag: string): string {
  return `kata-ts-test-${tag}-${process.pid}-${seq++}`;
}

/** Creates, starts and waits for a container; always destroys it. */
export async function run(bundle: Bundle, spec: Spec, opts: { cgroup?: Cgroup; input?: string } = {}): Promise<RunResult> {
  const c = await Container.create({ id: uniqueId('run'), bundle: bundle.dir, spec, ...(opts.cgroup ? { cgroup: opts.cgroup } : {}) });
  try {
    const out = collect(c.init.stdout ?? c.init.terminal);
    const err = collect(c.init.stderr);
    if (opts.input !== undefined) c.init.stdin?.end(opts.input);
    else c.init.stdin?.end();
    await c.start();
    const exit = await c.wait();
    return { exit, out: await out, err: await err };
  } finally {
    await c.destroy();
  }
}

export interface Snapshot {
  mounts: string[];
  children: number[];
}

/** Mount table lines that mention `under` (other processes on a shared host mount elsewhere),
 *  without mount ids, and our children. */
export function snapshot(under: string): Snapshot {
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .filter((l) => l.includes(under) || l.split(' ')[4] === '/')
    .map((l) => l.split(' ').slice(3).join(' '))
    .sort();
  return { mounts, children: childrenOf(process.pid) };
}
