// A busybox-static root file system for container tests, built from the host's Debian
// busybox-static (/bin/busybox): the binary, one symlink per applet, /etc/passwd with root and a
// uid 1000 user "alice", /etc/group. Plus an OCI spec for it shaped like `runc spec`'s default.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Spec } from '../../lib/common/oci/spec.js';

export const BUSYBOX = '/bin/busybox';

/** Why the container tests cannot run here, or undefined when they can. */
export function rootfsSkipReason(): string | undefined {
  if (process.getuid?.() !== 0) return 'needs root (namespaces, mounts, pivot_root)';
  if (!existsSync(BUSYBOX)) return `needs ${BUSYBOX} (Debian package busybox-static)`;
  try {
    // The static build is the one that runs inside an empty rootfs.
    const out = execFileSync('file', ['-L', BUSYBOX], { encoding: 'utf8' });
    if (/dynamically linked/.test(out)) return `${BUSYBOX} is dynamically linked; install busybox-static`;
  } catch {
    /* no file(1): assume the static one */
  }
  return undefined;
}

export interface Bundle {
  dir: string;
  rootfs: string;
  remove(): void;
}

/** A bundle directory with rootfs/ populated; remove() deletes it. */
export function makeBundle(prefix = 'kata-ts-test-container-'): Bundle {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const rootfs = join(dir, 'rootfs');
  for (const d of ['bin', 'etc', 'proc', 'sys', 'dev', 'tmp', 'root', 'home/alice', 'data'])
    mkdirSync(join(rootfs, d), { recursive: true });
  copyFileSync(BUSYBOX, join(rootfs, 'bin/busybox'));
  const applets = execFileSync(BUSYBOX, ['--list'], { encoding: 'utf8' }).split('\n').filter((a) => a && a !== 'busybox');
  for (const a of applets) symlinkSync('busybox', join(rootfs, 'bin', a));
  writeFileSync(join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nalice:x:1000:1000:Alice:/home/alice:/bin/sh\n');
  writeFileSync(join(rootfs, 'etc/group'), 'root:x:0:\nalice:x:1000:\nstaff:x:50:alice\n');
  return { dir, rootfs, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A spec like `runc spec` writes (new namespaces, the usual mounts, masks), running args. */
export function baseSpec(args: string[]): Spec {
  return {
    ociVersion: '1.0.2',
    process: {
      terminal: false,
      user: { uid: 0, gid: 0 },
      args,
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'TERM=xterm'],
      cwd: '/',
      noNewPrivileges: true,
    },
    root: { path: 'rootfs', readonly: false },
    hostname: 'kata-test',
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc' },
      { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
      { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'] },
      { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k'] },
      { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
      { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
      { destination: '/tmp', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'mode=1777'] },
    ],
    linux: {
      namespaces: [{ type: 'pid' }, { type: 'network' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }, { type: 'cgroup' }],
      maskedPaths: ['/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/sys/firmware', '/proc/scsi'],
      readonlyPaths: ['/proc/asound', '/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    },
  };
}
