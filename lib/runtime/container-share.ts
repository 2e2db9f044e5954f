// A container's files on their way into the VM: its rootfs and each host path it bind-mounts are
// bind-mounted into the sandbox's shared directory (which the guest sees over virtio-fs or 9p),
// and the spec the guest gets names them by their guest paths, without host namespace paths and
// cgroups. Unshared when the container goes, never removing through a mount that is still there.
// Used by sandbox.ts; cleanup.ts undoes the same shares after a crash from the record.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../common/log/logger.js';
import { mountsUnder } from '../common/mount/mountinfo.js';
import { MS } from '../common/mount/options.js';
import { loadAddon } from '../common/native/addon.js';
import type { MountSpec, Spec } from '../common/oci/spec.js';
import { unmountShares } from './cleanup.js';
import { guestNamespaces } from './guest-namespaces.js';
import { GUEST_SHARED_DIR, guestRootfs } from './guest-paths.js';
import type { ContainerRecord } from './state.js';

export interface ShareOptions {
  id: string;
  bundle: string;
  /** The bundle's rootfs on the host (hostRootfs), checked to exist. */
  rootfs: string;
  spec: Spec;
  /** The sandbox's shared directory on the host. */
  sharedDir: string;
  /** Whether the pod has a network of its own that the sandbox's container made (namespaces). */
  podNetwork: boolean;
  /** The sandbox's first container (the pod's namespaces are its own). */
  sandboxContainer: boolean;
  /** Called when the container's record exists and after each share is added to it (to save it). */
  onShare: (rec: ContainerRecord) => void;
  log: Logger;
}

/** The bundle's rootfs on the host: the spec's root.path, relative to the bundle unless absolute. */
export function hostRootfs(bundle: string, spec: Spec): string {
  const p = spec.root?.path;
  return p ? (p.startsWith('/') ? p : join(bundle, p)) : '';
}

/** Shares the container's files; on a failure undoes its shares and throws. Returns the guest's spec. */
export function shareContainer(o: ShareOptions): { rec: ContainerRecord; guestSpec: Spec } {
  const target = join(o.sharedDir, o.id, 'rootfs');
  mkdirSync(target, { recursive: true });
  loadAddon().mountFs(o.rootfs, target, '', MS.BIND, '');
  const rec: ContainerRecord = { id: o.id, bundle: o.bundle, sharedRootfs: target, sharedMounts: [] };
  o.onShare(rec);
  const guestSpec: Spec = structuredClone(o.spec);
  try {
    guestSpec.mounts = (o.spec.mounts ?? []).map((m, i) => shareHostMount(o, rec, m, i));
  } catch (e) {
    unshareContainer(rec, o.sharedDir, o.log);
    throw e;
  }
  guestSpec.root = { path: guestRootfs(o.id), readonly: o.spec.root?.readonly ?? false };
  if (guestSpec.linux) {
    const g = guestNamespaces(guestSpec.linux.namespaces ?? [], { podNetwork: o.podNetwork, sandboxContainer: o.sandboxContainer });
    guestSpec.linux.namespaces = g.namespaces;
    if (g.joinsUts) delete guestSpec.hostname; // the pod's, set by the sandbox container
    delete guestSpec.linux.cgroupsPath;
  }
  return { rec, guestSpec };
}

/**
 * A bind mount of a host path: bind-mounted into the shared directory, and the guest mounts it
 * from there. Other mounts (proc, tmpfs, …) are the guest's own and pass unchanged.
 */
function shareHostMount(o: ShareOptions, rec: ContainerRecord, m: MountSpec, index: number): MountSpec {
  const opts = m.options ?? [];
  const isBind = m.type === 'bind' || opts.includes('bind') || opts.includes('rbind');
  if (!isBind || !m.source?.startsWith('/')) return m;
  if (!existsSync(m.source)) throw new Error(`mount ${m.destination}: host source ${m.source} does not exist`);
  const shared = join(o.sharedDir, rec.id, 'mounts', String(index));
  mkdirSync(join(o.sharedDir, rec.id, 'mounts'), { recursive: true });
  if (statSync(m.source).isDirectory()) mkdirSync(shared);
  else writeFileSync(shared, '');
  loadAddon().mountFs(m.source, shared, '', MS.BIND | (opts.includes('rbind') ? MS.REC : 0), '');
  rec.sharedMounts!.push(shared);
  o.onShare(rec);
  return { ...m, source: `${GUEST_SHARED_DIR}/${rec.id}/mounts/${index}` };
}

/** Unmounts the container's shares and removes its part of the shared directory. */
export function unshareContainer(rec: ContainerRecord, sharedDir: string, log: Logger): void {
  unmountShares(rec, (path, error) => log.warn('unmount of a shared path failed', { container: rec.id, path, error }));
  const dir = join(sharedDir, rec.id);
  // Never remove recursively through a mount that is still there: that would delete host files.
  const still = mountsUnder(dir);
  if (still.length > 0) log.error('shared paths are still mounted; leaving them in place', { container: rec.id, mounts: still.join(' ') });
  else rmSync(dir, { recursive: true, force: true });
}
