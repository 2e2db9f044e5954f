// PID 1 duties when the agent is the VM's init (agent-init image, initrd): mount the early file systems, become the
// reaper of every orphan, and turn SIGTERM/SIGINT into an orderly power-off. Under systemd (the
// systemd image) none of this runs. Called by main.ts before the server starts.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { mountPoints } from '../../lib/common/mount/mountinfo.js';
import type { Logger } from '../../lib/common/log/logger.js';
import { loadAddon } from '../../lib/common/native/addon.js';
import { OrphanReaper } from './process/reaper.js';
import { MS } from '../../lib/common/mount/options.js';

interface EarlyMount {
  source: string;
  target: string;
  fstype: string;
  flags: number;
  data: string;
}

const NOSUID_NODEV_NOEXEC = MS.NOSUID | MS.NODEV | MS.NOEXEC;

// Order matters: /dev before /dev/pts, /sys before /sys/fs/cgroup.
export const EARLY_MOUNTS: readonly EarlyMount[] = [
  { source: 'proc', target: '/proc', fstype: 'proc', flags: NOSUID_NODEV_NOEXEC, data: '' },
  { source: 'sysfs', target: '/sys', fstype: 'sysfs', flags: NOSUID_NODEV_NOEXEC, data: '' },
  { source: 'devtmpfs', target: '/dev', fstype: 'devtmpfs', flags: MS.NOSUID, data: 'mode=0755' },
  { source: 'devpts', target: '/dev/pts', fstype: 'devpts', flags: MS.NOSUID | MS.NOEXEC, data: 'newinstance,ptmxmode=0666,mode=0620' },
  { source: 'shm', target: '/dev/shm', fstype: 'tmpfs', flags: MS.NOSUID | MS.NODEV, data: 'mode=1777' },
  { source: 'tmpfs', target: '/run', fstype: 'tmpfs', flags: MS.NOSUID | MS.NODEV, data: 'mode=0755' },
  { source: 'tmpfs', target: '/tmp', fstype: 'tmpfs', flags: MS.NOSUID | MS.NODEV, data: 'mode=1777' },
  { source: 'cgroup2', target: '/sys/fs/cgroup', fstype: 'cgroup2', flags: NOSUID_NODEV_NOEXEC, data: '' },
];

export function mountEarlyFilesystems(log: Logger): void {
  const addon = loadAddon();
  for (const m of EARLY_MOUNTS) {
    if (!existsSync(m.target)) mkdirSync(m.target, { recursive: true });
    if (mountPoints().includes(m.target)) continue;
    addon.mountFs(m.source, m.target, m.fstype, m.flags, m.data);
    log.debug('mounted', { target: m.target, fstype: m.fstype });
  }
  if (!existsSync('/dev/ptmx')) symlinkSync('pts/ptmx', '/dev/ptmx');
}

/** Init duties: reaper and signal handling. shutdown is the orderly stop; then the VM powers off. */
export function becomeInit(log: Logger, shutdown: () => Promise<void>): OrphanReaper {
  const reaper = new OrphanReaper().start();
  reaper.on('exit', (e) => log.debug('reaped orphan', { pid: e.pid, code: e.code, signal: e.signal }));
  let stopping = false;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info('stopping on signal', { signal: sig });
    shutdown()
      .catch((e: Error) => log.error('shutdown failed', { error: e }))
      .finally(() => powerOff(log));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return reaper;
}

export function powerOff(log: Logger): void {
  log.info('powering off');
  try {
    loadAddon().powerOff();
  } catch (e) {
    log.error('power-off failed', { error: e as Error });
    process.exit(1);
  }
}
