// Sandbox records on disk under /run/kata-ts/sandboxes/<id>/: what another process (the
// kata-runtime CLI, a restarted shim) needs to find a sandbox and clean it up — QEMU's pid, its
// sockets and console log, the containers. Written atomically (temp file + rename), so a reader
// never sees half a record.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

export interface SandboxRecord {
  id: string;
  createdAt: string;
  qemuPid: number;
  /** The process that runs the sandbox (the shim), for its metrics (absent in older records). */
  shimPid?: number;
  /** QEMU's cgroup, relative to the cgroup root (absent in records of older versions). */
  cgroupPath?: string;
  qmpSocket: string;
  /** virtio-serial: the agent port's host socket; hybrid-vsock: the hybrid vsock socket. */
  agentSocket: string;
  /** Hybrid vsock: the socket that dials guest vsock ports (CONNECT <port>). */
  vsockSocket?: string;
  consoleLog: string;
  sharedDir: string;
  /** How sharedDir reaches the guest (absent in records of older versions: virtio-9p). */
  sharedFs?: 'virtio-fs' | 'virtio-9p';
  /** virtio-fs: the sandbox's daemon (pid and vhost-user socket). */
  virtiofsd?: VirtiofsdRecord;
  debugConsole: boolean;
  /** virtio-serial channel: host end of the debug console's port, when the debug console is on. */
  debugConsoleSocket?: string;
  kernel: string;
  rootfs: { kind: 'image' | 'initrd'; path: string };
  containers: ContainerRecord[];
  /** The taps and tc qdiscs made in the pod's network namespace (network.ts), to undo after a crash. */
  network?: NetworkRecord;
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

export function readRecord(root: string, id: string): SandboxRecord | undefined {
  const p = join(sandboxDir(root, id), 'state.json');
  if (!existsSync(p)) return undefined;
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as SandboxRecord;
  } catch (e) {
    throw new Error(`sandbox record ${p} is unreadable: ${(e as Error).message}`);
  }
}

export function listRecords(root: string): SandboxRecord[] {
  const dir = join(root, 'sandboxes');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((id) => {
    const r = readRecord(root, id);
    return r ? [r] : [];
  });
}
