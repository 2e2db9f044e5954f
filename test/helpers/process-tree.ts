// The host's processes by parent, from each /proc/<pid>/stat (parseProcStat): what a test's or the
// bench's process started, directly or further down.
import { readFileSync, readdirSync } from 'node:fs';
import { parseProcStat } from '../../lib/common/metrics/procfs.js';

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let ppid: number;
    try {
      ppid = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8')).ppid;
    } catch {
      continue; // exited meanwhile
    }
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  return children;
}

/** The processes whose parent is pid, in ascending order. */
export function childrenOf(pid: number): number[] {
  return (childrenByParent().get(pid) ?? []).sort((a, b) => a - b);
}

/** Every process whose chain of parents reaches root, each child listed right after its parent. */
export function descendants(root: number): number[] {
  const children = childrenByParent();
  const out: number[] = [];
  const walk = (pid: number): void => {
    for (const c of children.get(pid) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}
