// Kata's `rootless` ([hypervisor.qemu] rootless = true): QEMU runs as an unprivileged user made
// for its sandbox alone, as Kata's runtime makes a `kata-<random>` user per sandbox. The user
// owns only the sandbox's state directory (where QEMU creates its QMP socket and console log), the
// two vhost-user sockets QEMU connects to (vsock back-end, virtiofsd) and the console log; the
// shared directory stays root's and closed to it (virtiofsd, as root, serves it). The tap fds
// reach QEMU already open; guest assets must be world-readable (checked, not chowned: they are
// shared by every sandbox); /dev/kvm is reached through its group. SandboxVm.launch (sandbox-vm.ts)
// makes and grants, Sandbox.delete and cleanup.ts remove the user when QEMU is gone.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../common/log/logger.js';
import type { RunAs } from '../hypervisor/plan.js';

const run = promisify(execFile);
const USERADD = '/usr/sbin/useradd';
const USERDEL = '/usr/sbin/userdel';
const NOLOGIN = '/usr/sbin/nologin';
const KVM = '/dev/kvm';

/** The user QEMU runs as; its name is also in the sandbox record, so a crash leaves nothing unknown. */
export interface VmmUserRecord {
  name: string;
  uid: number;
  gid: number;
}


/** useradd and userdel take /etc/passwd's lock: shims creating sandboxes at once retry for a while. */
async function shadowTool(argv: string[], what: string): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      await run(argv[0]!, argv.slice(1), { timeout: 10_000 });
      return;
    } catch (e) {
      const stderr = String((e as { stderr?: string }).stderr ?? '').trim();
      if (/lock/i.test(stderr) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
        continue;
      }
      throw new Error(`${what}: ${argv.join(' ')} failed: ${stderr || (e as Error).message}`, { cause: e });
    }
  }
}

function passwdEntry(name: string): (VmmUserRecord & { comment: string }) | undefined {
  for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
    const f = line.split(':');
    if (f[0] === name && f.length >= 5) return { name, uid: Number(f[2]), gid: Number(f[3]), comment: f[4]! };
  }
  return undefined;
}

/** The passwd comment of a sandbox's user: removeVmmUser checks it before it deletes a user a record names. */
const comment = (sandboxId: string): string => `kata-ts sandbox ${sandboxId}`;

/**
 * Makes the sandbox's system user (no home, no login shell, a group of its own). beforeAdd gets
 * the name before useradd runs, to record it: a shim killed during useradd leaves no user that
 * no record names.
 */
export async function createVmmUser(sandboxId: string, log: Logger, beforeAdd: (name: string) => void = () => undefined): Promise<VmmUserRecord> {
  for (const tool of [USERADD, USERDEL]) if (!existsSync(tool)) throw new Error(`rootless: ${tool} (Debian's passwd package) is missing: it makes the user QEMU runs as`);
  const name = `kata-ts-${randomBytes(4).toString('hex')}`;
  beforeAdd(name);
  await shadowTool([USERADD, '--system', '--no-create-home', '--home-dir', '/nonexistent', '--shell', NOLOGIN, '--user-group', '--comment', comment(sandboxId), name], 'rootless: making the QEMU user');
  const u = passwdEntry(name);
  if (!u || !(u.uid > 0) || !(u.gid > 0)) {
    await removeVmmUser({ name }, sandboxId, log).catch(() => undefined);
    throw new Error(`rootless: user ${name} was made but /etc/passwd has no usable entry for it`);
  }
  log.debug('rootless: QEMU user made', { user: name, uid: u.uid });
  return { name, uid: u.uid, gid: u.gid };
}

/**
 * Removes sandbox sandboxId's user and its group, only once nothing runs as it (QEMU has exited).
 * A user that does not exist is no error (useradd never ran, or it was removed); one whose passwd
 * comment names another sandbox, or none, is refused: a record read from disk names it.
 */
export async function removeVmmUser(u: { name: string }, sandboxId: string, log: Logger): Promise<void> {
  const entry = passwdEntry(u.name);
  if (!entry) return;
  if (entry.comment !== comment(sandboxId)) throw new Error(`rootless: user ${u.name} is not sandbox ${sandboxId}'s (its comment is ${JSON.stringify(entry.comment)}); not removed`);
  await shadowTool([USERDEL, u.name], `rootless: removing user ${u.name}`);
  log.debug('rootless: QEMU user removed', { user: u.name });
}

/**
 * The process identity for QEMU. With KVM, /dev/kvm's group is added, which must give its group
 * read-write and not be root's (as udev makes it: root:kvm 0660).
 */
export function runAsFor(u: VmmUserRecord, accel: 'kvm' | 'tcg'): RunAs {
  const groups: number[] = [];
  if (accel === 'kvm') {
    const st = statSync(KVM);
    if (st.gid === 0 || (st.mode & 0o060) !== 0o060) {
      throw new Error(`rootless: ${KVM} (mode ${(st.mode & 0o777).toString(8)}, group ${st.gid}) gives no group but root's read-write access; make it root:kvm 0660 (as udev does) for an unprivileged QEMU to use KVM`);
    }
    groups.push(st.gid);
  }
  return { uid: u.uid, gid: u.gid, groups };
}

/** Why a user with no groups of note cannot read `path` (every directory above it searchable by others, the file readable), or undefined when it can. */
export function unreadableByOthers(path: string, wantExec = false): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (e) {
    return `${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
  }
  const st = statSync(real);
  if (!(st.mode & 0o004) || (wantExec && !(st.mode & 0o001))) return `${real} is mode ${(st.mode & 0o777).toString(8)} (others may not ${wantExec ? 'run' : 'read'} it)`;
  for (const p of new Set([...parents(path), ...parents(real)])) {
    if (!(statSync(p).mode & 0o001)) return `directory ${p} is mode ${(statSync(p).mode & 0o777).toString(8)} (others may not enter it)`;
  }
  return undefined;
}

function parents(p: string): string[] {
  const out: string[] = [];
  for (let d = dirname(p); ; d = dirname(d)) {
    out.push(d);
    if (d === dirname(d)) return out;
  }
}

/** The guest assets and QEMU itself, which the user must read as they are; throws naming the first it cannot. */
export function checkAssetsReadable(assets: Array<{ what: string; path: string; exec?: boolean }>): void {
  for (const a of assets) {
    const why = unreadableByOthers(a.path, a.exec);
    if (why) throw new Error(`rootless: QEMU's unprivileged user cannot ${a.exec ? 'run' : 'read'} the ${a.what}: ${why}`);
  }
}

/**
 * Gives the user what QEMU opens or creates: the state directory itself (0700, so only it and
 * root enter), the sockets it connects to and the console log. The shared directory is made 0700
 * root's: the containers' files are virtiofsd's business, not QEMU's.
 */
export function grantSandboxFiles(u: VmmUserRecord, o: { dir: string; shared: string; files: string[] }): void {
  chmodSync(o.shared, 0o700);
  chownSync(o.dir, u.uid, u.gid);
  chmodSync(o.dir, 0o700);
  for (const f of o.files) chownSync(f, u.uid, u.gid);
}
