// Checks, when a sandbox is created (and in `kata-runtime check`), that the files the configuration
// names are there: the QEMU binary, the guest kernel, exactly one of image or initrd, and the
// virtio-fs daemon when shared_fs = "virtio-fs", and the entropy source (a character device) when
// one is set. Reports
// every problem with the key that named the path, so the fix is obvious.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { GuestAssetError, type AssetProblem } from './errors.js';
import type { RuntimeConfig } from './types.js';

const QEMU = 'hypervisor.qemu';

export async function checkAssets(config: RuntimeConfig): Promise<void> {
  const q = config.hypervisor.qemu;
  const problems: AssetProblem[] = [];
  await checkFile(`${QEMU}.path`, q.path, true, problems);
  await checkFile(`${QEMU}.kernel`, q.kernel, false, problems);
  const rootfs: [string, string] = [`${QEMU}.image`, `${QEMU}.initrd`];
  // As in Kata: the guest boots from a rootfs image or an initrd, never both.
  if (q.image && q.initrd) problems.push({ kind: 'both-set', keys: rootfs });
  else if (!q.image && !q.initrd) problems.push({ kind: 'none-set', keys: rootfs });
  else if (q.image) await checkFile(rootfs[0], q.image, false, problems);
  else await checkFile(rootfs[1], q.initrd, false, problems);
  if (q.sharedFs === 'virtio-fs') await checkFile(`${QEMU}.virtio_fs_daemon`, q.virtioFsDaemon, true, problems);
  if (q.entropySource) await checkDevice(`${QEMU}.entropy_source`, q.entropySource, problems);
  if (problems.length > 0) throw new GuestAssetError(config.origin.path, problems);
}

async function checkFile(key: string, path: string, executable: boolean, problems: AssetProblem[]): Promise<void> {
  if (path === '') {
    problems.push({ kind: 'missing', key, path: '(empty)' });
    return;
  }
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch {
    problems.push({ kind: 'missing', key, path });
    return;
  }
  if (!isFile) {
    problems.push({ kind: 'not-a-file', key, path });
    return;
  }
  if (executable) {
    try {
      await access(path, constants.X_OK);
    } catch {
      problems.push({ kind: 'not-executable', key, path });
    }
  }
}

// QEMU's rng-random backend reads it for as long as the guest asks: a regular file would run dry.
async function checkDevice(key: string, path: string, problems: AssetProblem[]): Promise<void> {
  try {
    if (!(await stat(path)).isCharacterDevice()) problems.push({ kind: 'not-a-device', key, path });
  } catch {
    problems.push({ kind: 'missing', key, path });
  }
}
