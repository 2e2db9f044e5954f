// Reading a bundle's config.json (the OCI spec containerd wrote): the shim's `start` (pod.ts) and
// the Task API's Create (task.ts) read it before anything else, so a bundle whose config.json is
// missing, not JSON, or of the wrong shape is refused naming the file and the field, before a
// rootfs is mounted or a VM starts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError } from '../common/errors.js';
import { SpecShapeError, checkSpec } from '../common/oci/check.js';
import type { Spec } from '../common/oci/spec.js';

export function readBundleSpec(bundle: string): Spec {
  const path = join(bundle, 'config.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'does not exist' : `cannot be read (${err.code ?? err.message})`;
    throw new InvalidArgumentError(`bundle ${bundle}: ${path} ${why}`, { cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InvalidArgumentError(`bundle ${bundle}: ${path} is not valid JSON (${(e as Error).message})`, { cause: e });
  }
  try {
    return checkSpec(json);
  } catch (e) {
    if (e instanceof SpecShapeError) throw new InvalidArgumentError(`bundle ${bundle}: ${path}: ${e.message}`, { cause: e });
    throw e;
  }
}
