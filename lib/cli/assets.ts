// The guest assets the effective configuration names, with their build details: the
// details.json that `npm run guest` writes beside each cached asset (and links as
// build/guest/<kind>-details.json). Used by `kata-runtime env`.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RuntimeConfig } from '../config/types.js';

export interface AssetInfo {
  key: string;
  path: string;
  present: boolean;
  bytes?: number;
  /** Where the details came from, and what they say; absent when no details.json was found. */
  detailsPath?: string;
  details?: Record<string, unknown>;
  detailsError?: string;
}

function describe(key: string, path: string, kind: 'kernel' | 'initrd' | 'image'): AssetInfo {
  const info: AssetInfo = { key, path, present: false };
  try {
    const st = statSync(path);
    info.present = st.isFile();
    info.bytes = st.size;
  } catch {
    return info;
  }
  // The cache keeps details.json next to the asset; a link in build/guest points into the cache.
  const candidates = [join(dirname(realpathSync(path)), 'details.json'), join(dirname(path), `${kind}-details.json`)];
  const found = candidates.find((c) => existsSync(c));
  if (!found) return info;
  info.detailsPath = found;
  try {
    info.details = JSON.parse(readFileSync(found, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    info.detailsError = `${found}: ${(e as Error).message}`;
  }
  return info;
}

export function guestAssets(config: RuntimeConfig): AssetInfo[] {
  const q = config.hypervisor.qemu;
  const out = [describe('hypervisor.qemu.kernel', q.kernel, 'kernel')];
  if (q.image) out.push(describe('hypervisor.qemu.image', q.image, 'image'));
  if (q.initrd) out.push(describe('hypervisor.qemu.initrd', q.initrd, 'initrd'));
  return out;
}
