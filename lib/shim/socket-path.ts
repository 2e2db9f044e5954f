// Where a pod's shim listens: one socket per pod under the runtime's state root, named by a hash
// of containerd's address, the namespace and the sandbox id (the name must stay short: sun_path
// is 108 bytes). Used by the shim's start and delete, and by tests that check nothing is left.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_STATE_ROOT } from '../runtime/state.js';
import type { ShimArgs } from './args.js';

export const SHIM_DIR = join(DEFAULT_STATE_ROOT, 'shim');

/** One socket per pod: a pod's containers all reach the shim of its sandbox. */
export function socketPath(a: Pick<ShimArgs, 'address' | 'namespace'>, sandboxId: string): string {
  return join(SHIM_DIR, `${createHash('sha256').update(`${a.address}/${a.namespace}/${sandboxId}`).digest('hex').slice(0, 24)}.sock`);
}
