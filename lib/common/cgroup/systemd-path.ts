// linux.cgroupsPath in systemd's "slice:prefix:name" form, as containerd's CRI writes it when the
// pod's cgroup parent is a slice (kubelet's systemd cgroup driver): the unit it names and the
// cgroup directory systemd gives that unit. The expansion is systemd's own rule for slice names
// (each "-" is a level: a-b.slice lives in a.slice), the one runc's systemd driver applies too.

/** A cgroupsPath as the sandbox's host cgroup: a directory (cgroupfs driver) or a systemd unit. */
export type HostCgroup =
  | { driver: 'cgroupfs'; /** Relative to the cgroup root. */ path: string }
  | { driver: 'systemd'; slice: string; unit: string; /** Where systemd puts the unit, relative to the cgroup root. */ path: string };

/** The slice a unit goes to when the form leaves it empty (runc's systemd driver does the same). */
export const DEFAULT_SLICE = 'system.slice';

/** The characters systemd allows in a unit name. */
const UNIT_NAME = /^[A-Za-z0-9:_.\\-]+$/;

/** Whether u is a scope's unit name (NAME.scope). */
export function isScopeUnitName(u: string): boolean {
  return UNIT_NAME.test(u) && u.endsWith('.scope');
}

/** Whether p has the form slice:prefix:name (three fields, no "/" in any). */
export function isSystemdCgroupsPath(p: string): boolean {
  return /^[^/:]*:[^/:]*:[^/:]*$/.test(p);
}

/** The slice's cgroup directory: "a-b.slice" → "a.slice/a-b.slice"; "-.slice" is the root (""). */
export function expandSlice(slice: string): string {
  if (!slice.endsWith('.slice') || slice.includes('/')) throw new RangeError(`${JSON.stringify(slice)} is not a slice name (NAME.slice, no "/")`);
  const name = slice.slice(0, -'.slice'.length);
  if (name === '-') return '';
  const parts = name.split('-');
  if (parts.some((x) => x === '')) throw new RangeError(`slice ${JSON.stringify(slice)}: a "-" may not start or end the name or follow another`);
  const dirs: string[] = [];
  for (let i = 1; i <= parts.length; i++) dirs.push(`${parts.slice(0, i).join('-')}.slice`);
  return dirs.join('/');
}

/** "slice:prefix:name" → the scope "prefix-name.scope" in that slice, and its directory. */
export function parseSystemdCgroupsPath(p: string): Extract<HostCgroup, { driver: 'systemd' }> {
  if (!isSystemdCgroupsPath(p)) throw new RangeError(`${JSON.stringify(p)} is not in systemd's slice:prefix:name form`);
  const [rawSlice, prefix, name] = p.split(':') as [string, string, string];
  if (!name) throw new RangeError(`${JSON.stringify(p)}: the name (third field) is empty`);
  if (name.endsWith('.slice')) throw new RangeError(`${JSON.stringify(p)}: names a slice; a sandbox needs a scope for its processes`);
  if (!UNIT_NAME.test(`${prefix}${name}`)) throw new RangeError(`${JSON.stringify(p)}: a unit name may hold only letters, digits, ":", "_", ".", "\\" and "-"`);
  const slice = rawSlice || DEFAULT_SLICE;
  const unit = `${prefix ? `${prefix}-` : ''}${name}.scope`;
  const dir = expandSlice(slice);
  return { driver: 'systemd', slice, unit, path: dir ? `${dir}/${unit}` : unit };
}
