// Storages: what the runtime asks the agent to mount in the guest before a sandbox or container
// uses it — the shared directory from the host (virtio-fs or 9p), a block device with a file
// system on it (blk), a tmpfs (ephemeral), or a directory on the guest's own disk (local). Mounted in order and unmounted in reverse; a failed
// mount unmounts what this request had already mounted.
import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { loadAddon } from '../../lib/common/native/addon.js';
import type { grpc } from '../../lib/common/proto/gen/protocols.js';
import { FailedPreconditionError, InternalError, InvalidArgumentError } from '../../lib/common/errors.js';
import { parseMountOptions } from '../../lib/common/mount/options.js';

export const STORAGE_DRIVERS = ['virtio-fs', '9p', 'blk', 'ephemeral', 'local'] as const;

export interface MountedStorage {
  mountPoint: string;
  mounted: boolean; // false for `local`, which is only a directory
  created: boolean; // the agent made the mount point, so it removes it again
}

function fsFor(s: grpc.IStorage): { fstype: string; source: string; extra: string[] } {
  switch (s.driver) {
    case 'virtio-fs':
      return { fstype: 'virtiofs', source: s.source ?? '', extra: [] };
    case '9p':
      return { fstype: '9p', source: s.source ?? '', extra: ['trans=virtio', 'version=9p2000.L'] };
    case 'ephemeral':
      return { fstype: 'tmpfs', source: 'tmpfs', extra: [] };
    case 'blk': {
      // A device already present in the guest (cold-plugged); waiting for a hot-plugged one is not done.
      const dev = s.source ?? '';
      let isBlock = false;
      try {
        isBlock = statSync(dev).isBlockDevice();
      } catch {
        throw new FailedPreconditionError(`storage blk: block device ${JSON.stringify(dev)} does not exist`);
      }
      if (!isBlock) throw new InvalidArgumentError(`storage blk: ${dev} is not a block device`);
      if (!s.fstype) throw new InvalidArgumentError(`storage blk ${dev}: fstype is required`);
      return { fstype: s.fstype, source: dev, extra: [] };
    }
    default:
      throw new InvalidArgumentError(`storage driver ${JSON.stringify(s.driver)} is not supported (supported: ${STORAGE_DRIVERS.join(', ')})`);
  }
}

export function mountStorages(storages: readonly grpc.IStorage[]): MountedStorage[] {
  const done: MountedStorage[] = [];
  try {
    for (const s of storages) {
      const mountPoint = s.mountPoint ?? '';
      if (!mountPoint.startsWith('/')) throw new InvalidArgumentError(`storage ${s.source ?? ''}: mount_point ${JSON.stringify(mountPoint)} is not absolute`);
      const created = !existsSync(mountPoint);
      if (s.driver === 'local') {
        mkdirSync(mountPoint, { recursive: true, mode: 0o755 });
        done.push({ mountPoint, mounted: false, created });
        continue;
      }
      const { fstype, source, extra } = fsFor(s);
      const { flags, data } = parseMountOptions([...extra, ...(s.options ?? [])]);
      mkdirSync(mountPoint, { recursive: true });
      try {
        loadAddon().mountFs(source, mountPoint, s.fstype && s.driver !== 'virtio-fs' && s.driver !== '9p' ? s.fstype : fstype, flags, data);
      } catch (e) {
        if (created) rmdirSync(mountPoint);
        throw new InternalError(`storage ${s.driver} ${source} on ${mountPoint}: ${(e as Error).message}`);
      }
      done.push({ mountPoint, mounted: true, created });
    }
    return done;
  } catch (e) {
    unmountStorages(done);
    throw e;
  }
}

/** Unmounts in reverse order; returns the errors instead of stopping at the first. */
export function unmountStorages(storages: readonly MountedStorage[]): Error[] {
  const errors: Error[] = [];
  for (const s of [...storages].reverse()) {
    try {
      if (s.mounted) loadAddon().unmount(s.mountPoint, 0);
      if (s.created) rmdirSync(s.mountPoint);
    } catch (e) {
      errors.push(e as Error);
    }
  }
  return errors;
}
