// `kata-runtime list`: the sandboxes recorded under the state directory, with whether their
// QEMU still runs. Called by kata-runtime.ts. A corrupt record is reported to onCorrupt and the
// others are still listed.
import { type SandboxRecordError, listRecords } from '../runtime/state.js';
import { pidAlive } from './probe.js';

export interface ListEntry {
  id: string;
  createdAt: string;
  qemuPid: number;
  qemuAlive: boolean;
  debugConsole: boolean;
  containers: string[];
}

export function listSandboxes(stateRoot: string, onCorrupt?: (e: SandboxRecordError) => void): ListEntry[] {
  return listRecords(stateRoot, onCorrupt).map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    qemuPid: r.qemuPid,
    // A pid alone may have been reused: the QEMU we started names the sandbox's QMP socket.
    qemuAlive: pidAlive(r.qemuPid, r.qmpSocket),
    debugConsole: r.debugConsole,
    containers: r.containers.map((c) => c.id),
  }));
}

export function formatList(entries: ListEntry[]): string {
  const rows = [['ID', 'CREATED', 'QEMU PID', 'QEMU', 'CONTAINERS']];
  for (const e of entries) rows.push([e.id, e.createdAt, String(e.qemuPid), e.qemuAlive ? 'running' : e.qemuPid === 0 ? 'not started' : 'gone', e.containers.join(',') || '-']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')).join('\n');
}
