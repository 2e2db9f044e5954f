// A spec's `"type": "cgroup"` mount (containerd's default spec has one at /sys/fs/cgroup) turned
// into mounts that work on this kernel: on a cgroup v2 host one cgroup2 mount; on a v1 or hybrid
// host a tmpfs with one mount per hierarchy the host has, named like the host's, then the tmpfs
// made read-only when asked. Inside the container's cgroup namespace each shows only its subtree.
// Called by guest/agent/container/plan.ts.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { MountSpec } from '../../../lib/common/oci/spec.js';

export interface HostCgroupMount {
  mountPoint: string;
  fsType: 'cgroup' | 'cgroup2';
  /** Super options (proc(5) mountinfo field 11) without rw/ro: the controllers, e.g. "memory". */
  superOptions: string[];
}

/** cgroup and cgroup2 mounts at or under root, from a mountinfo text (default: ours). */
export function hostCgroupMounts(mountinfo = readFileSync('/proc/self/mountinfo', 'utf8'), root = '/sys/fs/cgroup'): HostCgroupMount[] {
  const out: HostCgroupMount[] = [];
  for (const line of mountinfo.split('\n')) {
    // id parent major:minor root mountpoint options [optional...] - fstype source superoptions
    const [left, right] = line.split(' - ');
    if (!left || !right) continue;
    const mountPoint = left.split(' ')[4]!.replace(/\\040/g, ' ');
    const [fsType, , superOpts] = right.split(' ');
    if (fsType !== 'cgroup' && fsType !== 'cgroup2') continue;
    if (mountPoint !== root && !mountPoint.startsWith(root + '/')) continue;
    out.push({ mountPoint, fsType, superOptions: (superOpts ?? '').split(',').filter((o) => o && o !== 'rw' && o !== 'ro') });
  }
  return out;
}

export function expandCgroupMount(m: MountSpec, host: HostCgroupMount[] = hostCgroupMounts()): MountSpec[] {
  const options = m.options ?? [];
  const flags = options.filter((o) => o !== 'ro' && o !== 'rw');
  const readonly = options.includes('ro');
  if (host.length === 1 && host[0]!.fsType === 'cgroup2' && host[0]!.mountPoint === '/sys/fs/cgroup')
    return [{ destination: m.destination, type: 'cgroup2', source: 'cgroup', options }];
  const subs: MountSpec[] = host
    .filter((h) => h.mountPoint !== '/sys/fs/cgroup')
    .map((h) => ({
      destination: `${m.destination}/${basename(h.mountPoint)}`,
      type: h.fsType,
      source: 'cgroup',
      options: [...options, ...h.superOptions],
    }));
  const out: MountSpec[] = [{ destination: m.destination, type: 'tmpfs', source: 'tmpfs', options: [...flags, 'mode=755'] }, ...subs];
  if (readonly) out.push({ destination: m.destination, type: 'tmpfs', source: 'tmpfs', options: ['remount', 'ro', ...flags, 'mode=755'] });
  return out;
}
