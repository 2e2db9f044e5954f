// Resolves a user name to uid, gid and supplementary groups through the container's own
// /etc/passwd and /etc/group (never the host's). Called by guest/agent/container/plan.ts for
// process.user.username.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ResolvedUser {
  uid: number;
  gid: number;
  additionalGids: number[];
}

function readLines(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/** uid/gid of `name` (or a numeric "uid[:gid]") in rootfs; throws naming the file when unknown. */
export function resolveUser(rootfs: string, name: string): ResolvedUser {
  const passwd = join(rootfs, 'etc/passwd');
  let uid: number | undefined;
  let gid: number | undefined;
  let userName = name;
  for (const line of readLines(passwd)) {
    // name:password:uid:gid:gecos:home:shell (passwd(5))
    const f = line.split(':');
    if (f.length < 4) continue;
    if (f[0] === name || (/^\d+$/.test(name) && f[2] === name)) {
      uid = Number(f[2]);
      gid = Number(f[3]);
      userName = f[0]!;
      break;
    }
  }
  if (uid === undefined || gid === undefined) {
    if (!/^\d+$/.test(name)) throw new Error(`unknown user ${JSON.stringify(name)} in ${passwd}`);
    uid = Number(name);
    gid = uid;
  }
  const additionalGids: number[] = [];
  for (const line of readLines(join(rootfs, 'etc/group'))) {
    // name:password:gid:member,member (group(5))
    const f = line.split(':');
    if (f.length < 4) continue;
    const members = f[3]!.split(',');
    const g = Number(f[2]);
    if (members.includes(userName) && g !== gid && !additionalGids.includes(g)) additionalGids.push(g);
  }
  return { uid, gid, additionalGids };
}
