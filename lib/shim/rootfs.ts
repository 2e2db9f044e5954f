// The container's root filesystem as containerd prepared it (a snapshot's overlay or bind mount),
// mounted at <bundle>/rootfs before the sandbox shares it into the VM, and unmounted when the task
// is deleted. Called by the shim's task model (lib/shim/task.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from '../common/errors.js';
import { MNT_DETACH, parseMountOptions } from '../common/mount/options.js';
import { loadAddon } from '../common/native/addon.js';

export interface RootfsMount {
  type?: string | null;
  source?: string | null;
  options?: string[] | null;
}

/** Mounts the one rootfs mount into the bundle; false when there is none (the bundle has its own rootfs). */
export function mountRootfs(id: string, bundle: string, mounts: RootfsMount[]): boolean {
  if (mounts.length > 1) throw new InvalidArgumentError(`create ${id}: ${mounts.length} rootfs mounts; one is supported`);
  if (mounts.length === 0) return false;
  const m = mounts[0]!;
  const { flags, data } = parseMountOptions(m.options ?? []);
  const rootfs = join(bundle, 'rootfs');
  mkdirSync(rootfs, { recursive: true });
  loadAddon().mountFs(m.source ?? '', rootfs, m.type ?? '', flags, data);
  return true;
}

/** Detaches <bundle>/rootfs; throws when it cannot (the caller decides whether that matters). */
export function unmountRootfs(bundle: string): void {
  loadAddon().unmount(join(bundle, 'rootfs'), MNT_DETACH);
}
