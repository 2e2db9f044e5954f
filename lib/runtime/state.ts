// Sandbox records on disk under /run/kata-ts/sandboxes/<id>/: what another process (the
// kata-runtime CLI, a restarted shim) needs to find a sandbox and clean it up — QEMU's pid, its
// sockets and console log, the containers. Written atomically (temp file + rename), so a reader
// never sees half a record. A record is checked when read (parseRecord): every field's type, and
// that every path it names is inside the sandbox's own directory, since cleanup acts on them as
// root (a record naming `/` as its shared directory must never be unmounted). A corrupt one is a
// SandboxRecordError naming the file and the field, and nothing is done from it.
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { InternalError } from '../common/errors.js';
import { isScopeUnitName } from '../common/cgroup/systemd-path.js';
import type { ChannelRecord } from '../agent/channel.js';
import type { VirtiofsdRecord } from './virtiofsd.js';
import type { NetworkRecord } from './network.js';

export const DEFAULT_STATE_ROOT = '/run/kata-ts';

export interface ContainerRecord {
  id: string;
  bundle: string;
  /** The host bind mount of the container's rootfs inside the shared directory. */
  sharedRootfs: string;
  /** Host files and directories the spec bind-mounts, shared next to the rootfs. */
  sharedMounts?: string[];
}

/** The agent channel's sockets (agentSocket, vsockSocket, debugConsoleSocket) come from ChannelRecord. */
export interface SandboxRecord extends ChannelRecord {
  id: string;
  createdAt: string;
  /**
   * 0 while the sandbox is being made and QEMU has not started: the record is written from the
   * first thing made on (sandbox-vm.ts), so a shim killed meanwhile leaves what cleanup.ts needs.
   */
  qemuPid: number;
  /** The process that runs the sandbox (the shim), for its metrics (absent in older records). */
  shimPid?: number;
  /** QEMU's cgroup, relative to the cgroup root (absent in records of older versions). */
  cgroupPath?: string;
  /** The systemd scope that cgroupPath is, when systemd made it (the pod asked for systemd's form and systemd is PID 1). */
  systemdUnit?: string;
  qmpSocket: string;
  consoleLog: string;
  sharedDir: string;
  /** How sharedDir reaches the guest (absent in records of older versions: virtio-9p). */
  sharedFs?: 'virtio-fs' | 'virtio-9p';
  /** virtio-fs: the sandbox's daemon (pid and vhost-user socket). */
  virtiofsd?: VirtiofsdRecord;
  debugConsole: boolean;
  kernel: string;
  rootfs: { kind: 'image' | 'initrd'; path: string };
  containers: ContainerRecord[];
  /** The taps and tc qdiscs made in the pod's network namespace (network.ts), to undo after a crash. */
  network?: NetworkRecord;
  /**
   * rootless: the unprivileged user QEMU runs as, made for this sandbox and removed with it
   * (rootless.ts). Recorded by name before useradd runs; uid and gid once it has.
   */
  vmmUser?: { name: string; uid?: number; gid?: number };
}

/** A sandbox record that cannot be read, is not JSON, or has a wrong field: `path` is the file. */
export class SandboxRecordError extends InternalError {
  constructor(
    readonly path: string,
    why: string,
    options?: ErrorOptions,
  ) {
    super(`sandbox record ${path} is corrupt: ${why}`, options);
  }
}

export function sandboxDir(root: string, id: string): string {
  return join(root, 'sandboxes', id);
}

export function writeRecord(root: string, rec: SandboxRecord): void {
  const dir = sandboxDir(root, rec.id);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.state.json.${process.pid}`);
  writeFileSync(tmp, JSON.stringify(rec, null, 2) + '\n');
  renameSync(tmp, join(dir, 'state.json'));
}

/** The record of sandbox `id`, undefined when there is none; throws SandboxRecordError when it is corrupt. */
export function readRecord(root: string, id: string): SandboxRecord | undefined {
  const p = join(sandboxDir(root, id), 'state.json');
  if (!existsSync(p)) return undefined;
  let text: string;
  try {
    text = readFileSync(p, 'utf8');
  } catch (e) {
    throw new SandboxRecordError(p, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { cause: e });
  }
  return parseRecord(text, p, sandboxDir(root, id), id);
}

/**
 * Every readable record under root. A corrupt one goes to onCorrupt (and the others are still
 * listed); without onCorrupt it throws.
 */
export function listRecords(root: string, onCorrupt?: (e: SandboxRecordError) => void): SandboxRecord[] {
  const dir = join(root, 'sandboxes');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((id) => {
    try {
      const r = readRecord(root, id);
      return r ? [r] : [];
    } catch (e) {
      if (!onCorrupt || !(e instanceof SandboxRecordError)) throw e;
      onCorrupt(e);
      return [];
    }
  });
}

type Field = (v: unknown) => boolean;
const realOr = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};
const isStr: Field = (v) => typeof v === 'string';
const isPid: Field = (v) => Number.isSafeInteger(v) && (v as number) > 0;
const isPidOrNone: Field = (v) => v === 0 || isPid(v);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrs: Field = (v) => Array.isArray(v) && v.every(isStr);

/** Checks a record's text; `dir` is the sandbox's directory, `id` its name. */
export function parseRecord(text: string, path: string, dir: string, id: string): SandboxRecord {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new SandboxRecordError(path, `not JSON (${(e as Error).message})`, { cause: e });
  }
  const bad = (field: string, want: string): never => {
    throw new SandboxRecordError(path, `${field} ${want}`);
  };
  const asObj = (field: string, x: unknown): Record<string, unknown> => (isObj(x) ? x : bad(field, 'must be an object'));
  const rec = asObj('the record', v);
  const need = (o: Record<string, unknown>, field: string, key: string, ok: Field, want: string, optional = false): void => {
    if (o[key] === undefined ? !optional : !ok(o[key])) bad(field, o[key] === undefined ? 'is missing' : `must be ${want}, got ${JSON.stringify(o[key])}`);
  };
  // Paths cleanup unmounts, kills by or removes must be the sandbox's own (the directory as
  // named, or its real path: a reader may spell the state root differently from the writer).
  const bases = [...new Set([resolve(dir), realOr(dir)])];
  const under = (p: unknown, sub: string): boolean => typeof p === 'string' && normalize(p) === p && bases.some((b) => resolve(p).startsWith(`${join(b, sub)}/`));
  const inDir: Field = (p) => under(p, '.');
  if (rec.id !== id) bad('id', `must be the directory's name ${JSON.stringify(id)}, got ${JSON.stringify(rec.id)}`);
  need(rec, 'createdAt', 'createdAt', isStr, 'a string');
  need(rec, 'qemuPid', 'qemuPid', isPidOrNone, 'a positive integer, or 0 before QEMU started');
  need(rec, 'shimPid', 'shimPid', isPid, 'a positive integer', true);
  need(rec, 'cgroupPath', 'cgroupPath', (p) => typeof p === 'string' && p.replace(/^\/+/, '') !== '' && !p.split('/').includes('..'), 'a cgroup below the root', true);
  need(rec, 'systemdUnit', 'systemdUnit', (u) => typeof u === 'string' && isScopeUnitName(u), 'a systemd scope name (NAME.scope)', true);
  for (const k of ['qmpSocket', 'agentSocket', 'consoleLog'] as const) need(rec, k, k, inDir, `a path in ${dir}`);
  for (const k of ['vsockSocket', 'debugConsoleSocket'] as const) need(rec, k, k, inDir, `a path in ${dir}`, true);
  const shared = join(dir, 'shared');
  need(rec, 'sharedDir', 'sharedDir', (p) => typeof p === 'string' && bases.some((b) => resolve(p) === join(b, 'shared')), JSON.stringify(shared));
  need(rec, 'sharedFs', 'sharedFs', (f) => f === 'virtio-fs' || f === 'virtio-9p', '"virtio-fs" or "virtio-9p"', true);
  if (rec.virtiofsd !== undefined) {
    const d = asObj('virtiofsd', rec.virtiofsd);
    need(d, 'virtiofsd.pid', 'pid', isPid, 'a positive integer');
    need(d, 'virtiofsd.socket', 'socket', inDir, `a path in ${dir}`);
  }
  need(rec, 'debugConsole', 'debugConsole', (b) => typeof b === 'boolean', 'a boolean');
  need(rec, 'kernel', 'kernel', isStr, 'a string');
  const rootfs = asObj('rootfs', rec.rootfs);
  need(rootfs, 'rootfs.kind', 'kind', (k) => k === 'image' || k === 'initrd', '"image" or "initrd"');
  need(rootfs, 'rootfs.path', 'path', isStr, 'a string');
  if (!Array.isArray(rec.containers)) bad('containers', 'must be an array');
  const inShared: Field = (p) => under(p, 'shared');
  (rec.containers as unknown[]).forEach((x, i) => {
    const c = asObj(`containers[${i}]`, x);
    need(c, `containers[${i}].id`, 'id', isStr, 'a string');
    need(c, `containers[${i}].bundle`, 'bundle', isStr, 'a string');
    need(c, `containers[${i}].sharedRootfs`, 'sharedRootfs', inShared, `a path in ${shared}`);
    need(c, `containers[${i}].sharedMounts`, 'sharedMounts', (m) => isStrs(m) && (m as unknown[]).every(inShared), `paths in ${shared}`, true);
  });
  if (rec.network !== undefined) {
    const n = asObj('network', rec.network);
    need(n, 'network.netns', 'netns', isStr, 'a string');
    need(n, 'network.model', 'model', (m) => m === 'tcfilter', '"tcfilter"');
    need(n, 'network.endpoints', 'endpoints', (e) => Array.isArray(e) && e.every((x) => isObj(x) && isStr(x.veth) && isStr(x.tap)), 'an array of {veth, tap}');
  }
  if (rec.vmmUser !== undefined) {
    const u = asObj('vmmUser', rec.vmmUser);
    need(u, 'vmmUser.name', 'name', (n) => typeof n === 'string' && /^kata-ts-[0-9a-f]+$/.test(n), 'a kata-ts-<hex> user name');
    need(u, 'vmmUser.uid', 'uid', isPid, 'a positive integer', true);
    need(u, 'vmmUser.gid', 'gid', isPid, 'a positive integer', true);
  }
  return rec as unknown as SandboxRecord;
}
