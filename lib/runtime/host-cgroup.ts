// The sandbox's cgroup on the host, under either cgroup driver. cgroupfs: a directory the runtime
// makes and removes. systemd ("slice:prefix:name"): where systemd is PID 1, a transient scope in the
// slice, started over D-Bus with this shim as its first process (systemd refuses an empty scope)
// and stopped at the end; where it is not, the directory systemd would give that scope (the
// slice's levels, then NAME.scope), made and removed like a cgroupfs one, so the pod sits where
// kubelet's systemd driver and its monitoring look for it.
import { Cgroup } from '../common/cgroup/cgroup.js';
import { type Membership, membershipOf } from '../common/cgroup/membership.js';
import type { HostCgroup } from '../common/cgroup/systemd-path.js';
import type { Logger } from '../common/log/logger.js';
import { startTransientScope, stopUnit, systemdIsInit } from '../common/systemd/transient-scope.js';

export interface MadeHostCgroup {
  cgroup: Cgroup;
  /**
   * When systemd made it: the scope, stopped by releaseHostCgroup, and where this process was
   * before it became the scope's first process.
   */
  scope?: { unit: string; home: Membership };
}

export async function makeHostCgroup(id: string, host: HostCgroup, log: Logger): Promise<MadeHostCgroup> {
  if (host.driver === 'systemd' && systemdIsInit()) {
    const home = membershipOf('self');
    await startTransientScope({ unit: host.unit, slice: host.slice, pids: [process.pid], description: `kata-ts sandbox ${id}` });
    try {
      const cgroup = await Cgroup.open(host.path);
      if (!cgroup.exists) throw new Error(`systemd started ${host.unit} but its cgroup ${host.path} is not there`);
      log.info('sandbox cgroup is a systemd scope', { unit: host.unit, slice: host.slice, cgroup: host.path });
      return { cgroup, scope: { unit: host.unit, home } };
    } catch (e) {
      await stopUnit(host.unit).catch(() => undefined);
      throw e;
    }
  }
  if (host.driver === 'systemd') log.info('systemd is not PID 1: the systemd-form cgroup is made as a directory where systemd would put it', { unit: host.unit, cgroup: host.path });
  return { cgroup: await Cgroup.create(host.path) };
}

/** After the cgroup's destroy(): a systemd scope is stopped too (also one whose shim died, by cleanup). */
export async function releaseHostCgroup(unit: string | undefined): Promise<void> {
  if (unit) await stopUnit(unit);
}
