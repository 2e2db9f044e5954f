// Cleaning up a sandbox whose owner is gone (a killed shim), from its record alone: kill QEMU
// and its virtio-fs daemon, undo the shared mounts and the pod network's taps and tc filters, remove QEMU's cgroup, its rootless user and the sandbox directory.
// A corrupt record (state.ts) throws before anything is touched. Never removes the
// directory recursively while something below it is still mounted (that would delete host
// files through the mount). Used by `containerd-shim-kata-v2 delete`.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { Cgroup } from '../common/cgroup/cgroup.js';
import type { Logger } from '../common/log/logger.js';
import { mountsUnder } from '../common/mount/mountinfo.js';
import { MNT_DETACH } from '../common/mount/options.js';
import { loadAddon } from '../common/native/addon.js';
import { releaseHostCgroup } from './host-cgroup.js';
import { detachNetwork } from './network.js';
import { type ContainerRecord, readRecord, sandboxDir } from './state.js';
import { removeVmmUser } from './rootless.js';
import { unmountSharedDir } from './shared-fs.js';
import { stopOrphanVirtiofsd } from './virtiofsd.js';

/**
 * Undoes a container's host bind mounts in the shared directory (its rootfs and spec mounts).
 * onError hears each unmount that failed; by default they are ignored (after a crash, a path
 * may well not be mounted any more).
 */
export function unmountShares(c: ContainerRecord, onError: (path: string, e: Error) => void = () => {}): void {
  for (const path of [...(c.sharedMounts ?? []), c.sharedRootfs]) {
    try {
      loadAddon().unmount(path, MNT_DETACH);
    } catch (e) {
      onError(path, e as Error);
    }
  }
}

function isSandboxQemu(pid: number, qmpSocket: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((a) => a.includes(qmpSocket));
  } catch {
    return false;
  }
}

/** Returns the dead sandbox's QEMU pid, or 0 when there was no record. */
export async function cleanupSandbox(stateRoot: string, id: string, log: Logger): Promise<number> {
  const rec = readRecord(stateRoot, id);
  if (!rec) return 0;
  // A pid outlives its process: kill it only while it is still the QEMU of this record.
  const ours = isSandboxQemu(rec.qemuPid, rec.qmpSocket);
  if (ours) {
    try {
      process.kill(rec.qemuPid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  if (rec.virtiofsd) await stopOrphanVirtiofsd(rec.virtiofsd);
  // The taps vanish with their last fd, QEMU's: let it be gone before the network is undone.
  for (const until = Date.now() + 5000; ours && existsSync(`/proc/${rec.qemuPid}`) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
  for (const c of rec.containers) unmountShares(c);
  unmountSharedDir(rec);
  // The pod's veth keeps its addresses; only the taps and qdiscs the runtime made go.
  if (rec.network) for (const p of detachNetwork(rec.network)) log.error('pod network not fully restored', { netns: rec.network.netns, error: p });
  if (rec.cgroupPath) {
    try {
      const cg = await Cgroup.open(rec.cgroupPath);
      if (cg.exists) await cg.destroy({ kill: true, timeoutMs: 10000 });
    } catch (e) {
      log.error('the sandbox cgroup could not be removed', { cgroup: rec.cgroupPath, error: (e as Error).message });
    }
  }
  await releaseHostCgroup(rec.systemdUnit).catch((e: Error) => log.error('the sandbox scope could not be stopped', { unit: rec.systemdUnit, error: e.message }));
  if (rec.vmmUser) await removeVmmUser(rec.vmmUser, rec.id, log).catch((e: Error) => log.error('the QEMU user could not be removed', { user: rec.vmmUser!.name, error: e.message }));
  const dir = sandboxDir(stateRoot, id);
  if (mountsUnder(dir).length > 0) log.error('shared paths are still mounted; leaving the sandbox directory', { dir });
  else rmSync(dir, { recursive: true, force: true });
  return rec.qemuPid;
}
