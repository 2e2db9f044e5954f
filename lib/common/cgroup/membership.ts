// Which cgroup directories a process is in, read from /proc/<pid>/cgroup, so a process that joins a
// cgroup for a while (the shim joining its sandbox's cgroup with sandbox_cgroup_only) can go back
// where it was before that cgroup is removed. Used by lib/runtime/sandbox-vm.ts.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { writeControl } from './files.js';
import { DEFAULT_CGROUP_ROOT } from './cgroup.js';

/** Hierarchy mount directory (realpath) → the directory of the process's cgroup in it. */
export type Membership = Map<string, string>;

export function membershipOf(pid: number | 'self', root = DEFAULT_CGROUP_ROOT): Membership {
  const out: Membership = new Map();
  for (const line of readFileSync(`/proc/${pid}/cgroup`, 'utf8').split('\n')) {
    const m = /^(\d+):([^:]*):(.*)$/.exec(line);
    if (!m) continue;
    const [, , controllers, path] = m;
    let mount: string;
    if (controllers === '') mount = existsSync(join(root, 'cgroup.controllers')) ? root : join(root, 'unified');
    else mount = join(root, controllers!.split(',')[0]!.replace(/^name=/, ''));
    if (!existsSync(mount)) continue;
    const real = realpathSync(mount);
    out.set(real, join(real, path!));
  }
  return out;
}

/**
 * Moves pid back to where `home` says it was, in the hierarchies of `dirs` (a Cgroup's dirs, whose
 * relative path is `path`): the way out of a cgroup that is about to be removed.
 */
export async function returnTo(pid: number, home: Membership, dirs: readonly string[], path: string): Promise<void> {
  for (const d of dirs) {
    const mount = d.slice(0, d.length - path.length - 1);
    const target = home.get(mount);
    if (!target) throw new Error(`no record of where pid ${pid} was in the cgroup hierarchy ${mount}`);
    await writeControl(join(target, 'cgroup.procs'), pid);
  }
}
