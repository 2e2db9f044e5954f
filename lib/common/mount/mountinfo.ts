// This process's mount points, from /proc/self/mountinfo (field 5), for the places that must know
// what is mounted before acting: the agent's early mounts, and removals that must never recurse
// through a mount still in place (the runtime's shared directory, the shim's clean-up, the demo).
import { existsSync, readFileSync } from 'node:fs';

/** Every mount point; empty before /proc is mounted (the agent as init, at its very start). */
export function mountPoints(): string[] {
  if (!existsSync('/proc/self/mountinfo')) return [];
  return readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')[4]!);
}

/** Mount points at dir or below it, deepest first (the order to unmount them in). */
export function mountsUnder(dir: string): string[] {
  return mountPoints().filter((m) => m === dir || m.startsWith(`${dir}/`)).sort((a, b) => b.length - a.length);
}
