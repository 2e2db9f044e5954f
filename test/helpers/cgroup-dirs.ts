// Where a cgroup path exists on this host, in every layout: the v2 tree (or the hybrid host's
// empty unified tree) and each v1 hierarchy. Leftover checks use it, so they hold on v1, v2 and
// hybrid hosts alike.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = '/sys/fs/cgroup';

export function cgroupDirsOf(path: string): string[] {
  const hierarchies = readdirSync(ROOT).map((c) => join(ROOT, c)).filter((d) => statSync(d).isDirectory());
  return [join(ROOT, path), ...hierarchies.map((h) => join(h, path))].filter((d) => existsSync(d));
}
