// Small host probes shared by `kata-runtime check` and `env`: a program's version line, and
// whether a pid is still the process a sandbox record names (pids get reused).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The first line `path --version` prints, or an error saying why there is none. */
export function versionLine(path: string): { version: string } | { error: string } {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (r.error) return { error: `${path} --version: ${r.error.message}` };
  if (r.status !== 0) return { error: `${path} --version exited ${r.status ?? r.signal}: ${r.stderr.trim().split('\n')[0] ?? ''}` };
  const line = r.stdout.split('\n').find((l) => l.trim() !== '');
  return line ? { version: line.trim() } : { error: `${path} --version printed nothing` };
}

/**
 * Why a recorded sandbox's QEMU cannot be reached, or undefined when it runs. A record with pid 0
 * was written before QEMU started: the sandbox is still being made, or its shim stopped first.
 */
export function qemuDown(rec: { id: string; qemuPid: number; qmpSocket: string }): string | undefined {
  if (rec.qemuPid === 0) return `sandbox ${rec.id}: its QEMU has not started (the sandbox is being made, or its shim stopped before; containerd's \`containerd-shim-kata-v2 delete\` cleans that up)`;
  return pidAlive(rec.qemuPid, rec.qmpSocket) ? undefined : `sandbox ${rec.id}: its QEMU (pid ${rec.qemuPid}) is not running`;
}

/** True when pid runs and its command line mentions `marker` (e.g. the sandbox's QMP socket). */
export function pidAlive(pid: number, marker: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').some((a) => a.includes(marker));
  } catch {
    return false;
  }
}
