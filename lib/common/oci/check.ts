// Shape checks for OCI runtime-spec JSON that arrives from outside: a bundle's config.json, an
// exec's process spec and an update's resources (both JSON inside a google.protobuf.Any from
// containerd). JSON.parse gives `unknown`; these check the types of the fields kata-ts reads and
// throw naming the first wrong one (`process.args[1] must be a string, got number`), so a wrong
// value is refused before anything acts on it instead of reaching the agent coerced (protobufjs
// turns a string where an int64 belongs into 0: no limit). Fields kata-ts does not read pass
// unchecked, as OCI consumers ignore what they do not know. Called by lib/shim (bundle.ts,
// request-specs.ts); ranges (a quota below 1000 µs) stay with validateResources.
import type { LinuxResources } from '../cgroup/resources.js';
import type { ProcessSpec, Spec } from './spec.js';

/** A wrong value in a spec; `field` is its path (`linux.resources.memory.limit`). */
export class SpecShapeError extends Error {
  override readonly name = 'SpecShapeError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field} ${message}`);
  }
}

type Check = (v: unknown, at: string) => void;

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v);
const fail = (at: string, want: string, v: unknown): never => {
  throw new SpecShapeError(at || 'the document', `must be ${want}, got ${kind(v) === 'string' ? JSON.stringify(v) : kind(v)}`);
};

const str: Check = (v, at) => void (typeof v === 'string' || fail(at, 'a string', v));
const bool: Check = (v, at) => void (typeof v === 'boolean' || fail(at, 'a boolean', v));
/** JSON numbers of Go's int64 fields: integers within the safe range. */
const int: Check = (v, at) => void ((typeof v === 'number' && Number.isSafeInteger(v)) || fail(at, 'an integer', v));
/** uint64 fields that may be RLIM_INFINITY (2^64-1, which JSON.parse rounds): any non-negative whole number. */
const uint64: Check = (v, at) => void ((typeof v === 'number' && Number.isInteger(v) && v >= 0) || fail(at, 'a non-negative integer', v));
/** uint32 fields (uids, gids, sizes). */
const uint32: Check = (v, at) => void ((typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff) || fail(at, 'an integer 0..4294967295', v));

const arrayOf = (item: Check, nonEmpty = false): Check => (v, at) => {
  if (!Array.isArray(v)) return fail(at, nonEmpty ? 'a non-empty array' : 'an array', v);
  if (nonEmpty && v.length === 0) throw new SpecShapeError(at, 'must not be empty');
  v.forEach((x, i) => item(x, `${at}[${i}]`));
};
const recordOf = (item: Check): Check => (v, at) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(at, 'an object', v);
  for (const [k, x] of Object.entries(v)) item(x, `${at}[${JSON.stringify(k)}]`);
};
/** An object whose listed fields, when present, pass their checks; `required` ones must be there. */
const object = (fields: Record<string, Check>, required: readonly string[] = []): Check => (v, at) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(at, 'an object', v);
  const o = v as Record<string, unknown>;
  const sub = (k: string): string => (at ? `${at}.${k}` : k);
  for (const r of required) if (o[r] === undefined) throw new SpecShapeError(sub(r), 'is missing');
  for (const [k, check] of Object.entries(fields)) if (o[k] !== undefined) check(o[k], sub(k));
};

const PROCESS = object(
  {
    terminal: bool,
    consoleSize: object({ height: uint32, width: uint32 }),
    user: object({ uid: uint32, gid: uint32, umask: uint32, additionalGids: arrayOf(uint32), username: str }, ['uid', 'gid']),
    args: arrayOf(str, true),
    env: arrayOf(str),
    cwd: str,
    capabilities: object(Object.fromEntries(['bounding', 'effective', 'inheritable', 'permitted', 'ambient'].map((k) => [k, arrayOf(str)]))),
    rlimits: arrayOf(object({ type: str, hard: uint64, soft: uint64 }, ['type', 'hard', 'soft'])),
    noNewPrivileges: bool,
    apparmorProfile: str,
    oomScoreAdj: int,
    selinuxLabel: str,
  },
  ['args', 'cwd'],
);

const RESOURCES = object({
  memory: object({ limit: int, reservation: int, swap: int, kernel: int, kernelTCP: int, swappiness: int, disableOOMKiller: bool, useHierarchy: bool }),
  cpu: object({ shares: int, quota: int, period: int, realtimeRuntime: int, realtimePeriod: int, cpus: str, mems: str, idle: int }),
  pids: object({ limit: int }, ['limit']),
  devices: arrayOf(object({ allow: bool, type: str, major: int, minor: int, access: str }, ['allow'])),
  unified: recordOf(str),
});

const SPEC = object(
  {
    ociVersion: str,
    process: PROCESS,
    root: object({ path: str, readonly: bool }, ['path']),
    hostname: str,
    mounts: arrayOf(object({ destination: str, type: str, source: str, options: arrayOf(str) }, ['destination'])),
    annotations: recordOf(str),
    linux: object({
      resources: RESOURCES,
      cgroupsPath: str,
      namespaces: arrayOf(object({ type: str, path: str }, ['type'])),
      sysctl: recordOf(str),
      maskedPaths: arrayOf(str),
      readonlyPaths: arrayOf(str),
    }),
  },
  ['root'],
);

/** A whole config.json (the fields kata-ts reads; root.path is required, as on Linux). Fields are named from the top (`root.path`). */
export function checkSpec(v: unknown): Spec {
  SPEC(v, '');
  return v as Spec;
}

/** An OCI Process (an exec's spec): args (non-empty) and cwd required. */
export function checkProcess(v: unknown, at = 'process'): ProcessSpec {
  PROCESS(v, at);
  return v as ProcessSpec;
}

/** An OCI LinuxResources (an update's). */
export function checkResources(v: unknown, at = 'resources'): LinuxResources {
  RESOURCES(v, at);
  return v as LinuxResources;
}
