// The JSON payloads of Task API requests: an Exec's process spec and an Update's resources, each
// an OCI runtime-spec type that containerd marshals as JSON inside a google.protobuf.Any
// (containerd's runtime/typeurl.go registers them under TYPE_URLS' names). Decoded and checked
// here (lib/common/oci/check.ts), so service.ts hands the model only well-typed values and a bad
// payload is InvalidArgument naming the request and the field, with nothing changed.
import { InvalidArgumentError } from '../common/errors.js';
import type { LinuxResources } from '../common/cgroup/resources.js';
import { SpecShapeError, checkProcess, checkResources } from '../common/oci/check.js';
import type { ProcessSpec } from '../common/oci/spec.js';

export const TYPE_URLS = {
  process: 'types.containerd.io/opencontainers/runtime-spec/1/Process',
  resources: 'types.containerd.io/opencontainers/runtime-spec/1/LinuxResources',
} as const;

interface AnyPayload {
  type_url?: string | null;
  value?: Uint8Array | null;
}

function decode<T>(what: string, any: AnyPayload, typeUrl: string, check: (v: unknown, at: string) => T, field: string): T {
  // An empty type URL is tolerated (hand-made requests); another type is a different message.
  if (any.type_url && any.type_url !== typeUrl) throw new InvalidArgumentError(`${what}: ${field} is a ${any.type_url}, not a ${typeUrl}`);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(any.value ?? []).toString('utf8'));
  } catch (e) {
    throw new InvalidArgumentError(`${what}: ${field} is not JSON (${(e as Error).message})`, { cause: e });
  }
  try {
    return check(json, field);
  } catch (e) {
    if (e instanceof SpecShapeError) throw new InvalidArgumentError(`${what}: ${e.message}`, { cause: e });
    throw e;
  }
}

/** The process spec of an Exec request. */
export function execProcessSpec(req: { id?: string | null; execId?: string | null; spec?: AnyPayload | null }): ProcessSpec {
  const what = `exec ${req.execId ?? ''} in task ${req.id ?? ''}`;
  if (!req.spec?.value?.length) throw new InvalidArgumentError(`${what}: no process spec`);
  return decode(what, req.spec, TYPE_URLS.process, checkProcess, 'process');
}

/** The resources of an Update request; none given is an empty set. */
export function updateResources(req: { id?: string | null; resources?: AnyPayload | null }): LinuxResources {
  if (!req.resources?.value?.length) return {};
  return decode(`update of task ${req.id ?? ''}`, req.resources, TYPE_URLS.resources, checkResources, 'resources');
}
