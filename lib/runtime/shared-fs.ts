// How a sandbox's shared directory (container rootfs and bind mounts) reaches the guest, as
// hypervisor.qemu.shared_fs chooses: "virtio-fs" (a virtiofsd per sandbox, QEMU's
// vhost-user-fs-pci, the guest mounts virtiofs) or "virtio-9p" (QEMU's own 9p server). The same
// shape as lib/agent/channel.ts: plan, start before QEMU, the VM's devices (its plan's), the
// agent's storage, the state record, stop. Used by lib/runtime/sandbox-vm.ts and sandbox.ts, and by cleanup.ts after a
// dead shim.
//
// virtiofsd serves the directory from a mount namespace of its own (pivot_root into it, every
// mount a slave of ours), so container rootfs bind-mounted into the shared directory after it
// started would not reach it: the shared directory is first bind-mounted onto itself and made a
// shared mount, whose later submounts (and their unmounts) propagate into the daemon's copy.
import type { QemuConfig, SharedFs as SharedFsKind } from '../config/types.js';
import type { VmDevices } from '../hypervisor/plan.js';
import type { Logger } from '../common/log/logger.js';
import type { grpc } from '../common/proto/gen/protocols.js';
import { MNT_DETACH, MS } from '../common/mount/options.js';
import { loadAddon } from '../common/native/addon.js';
import { GUEST_SHARED_DIR, SHARED_TAG } from './guest-paths.js';
import type { SandboxRecord } from './state.js';
import { Virtiofsd, type VirtiofsdSpec, virtiofsdSpec } from './virtiofsd.js';

export class SandboxSharedFs {
  private daemon: Virtiofsd | undefined;
  private selfBound = false;

  private constructor(
    readonly kind: SharedFsKind,
    private readonly sharedDir: string,
    private readonly daemonSpec: VirtiofsdSpec | undefined,
  ) {}

  /** Checks the settings (throws naming the key) without starting anything. */
  static plan(q: QemuConfig, stateDir: string, sharedDir: string): SandboxSharedFs {
    return new SandboxSharedFs(q.sharedFs, sharedDir, q.sharedFs === 'virtio-fs' ? virtiofsdSpec(q, stateDir, sharedDir) : undefined);
  }

  /** virtio-fs: starts the daemon in the sandbox cgroup (join puts a pid there); 9p: nothing to start. */
  async start(log: Logger, join: (pid: number) => Promise<void>): Promise<void> {
    if (!this.daemonSpec) return;
    const addon = loadAddon();
    addon.mountFs(this.sharedDir, this.sharedDir, '', MS.BIND, '');
    this.selfBound = true;
    addon.mountFs('', this.sharedDir, '', MS.SHARED, '');
    this.daemon = await Virtiofsd.start(this.daemonSpec, log, join);
  }

  get devices(): Pick<VmDevices, 'sharedDir' | 'virtioFs'> {
    return this.daemonSpec ? { virtioFs: { socket: this.daemonSpec.socket, tag: SHARED_TAG } } : { sharedDir: { path: this.sharedDir, tag: SHARED_TAG } };
  }

  /** What the agent mounts at GUEST_SHARED_DIR (its storage handler knows both drivers). */
  get storage(): grpc.IStorage {
    return this.kind === 'virtio-fs'
      ? { driver: 'virtio-fs', source: SHARED_TAG, fstype: 'virtiofs', options: ['nodev'], mountPoint: GUEST_SHARED_DIR }
      : { driver: '9p', source: SHARED_TAG, fstype: '9p', options: ['nodev', 'msize=512000', 'cache=none'], mountPoint: GUEST_SHARED_DIR };
  }

  get record(): Pick<SandboxRecord, 'sharedFs' | 'virtiofsd'> {
    return { sharedFs: this.kind, ...(this.daemon ? { virtiofsd: this.daemon.record } : {}) };
  }

  /** The daemon's pid (virtio-fs), for tests and diagnostics. */
  get daemonPid(): number | undefined {
    return this.daemon?.pid;
  }

  /** Why the shares died under the sandbox (the daemon exited on its own), if they did. */
  get failure(): string | undefined {
    return this.daemon?.failure;
  }

  /** Calls onDeath if the daemon dies while the sandbox lives. */
  watch(onDeath: (why: string) => void): void {
    this.daemon?.watch(onDeath);
  }

  /** The daemon is about to leave with QEMU: that is not a death to report. */
  expectExit(): void {
    this.daemon?.expectExit();
  }

  /** Stops the daemon (after QEMU: it leaves by itself when QEMU disconnects) and removes its socket. */
  async stop(): Promise<void> {
    await this.daemon?.stop();
    if (this.selfBound) loadAddon().unmount(this.sharedDir, MNT_DETACH);
    this.selfBound = false;
  }
}

/**
 * After a dead shim: undoes the shared directory's bind onto itself (virtio-fs), once the
 * containers' shares below it are unmounted. A record of 9p, or of an older version, has none.
 */
export function unmountSharedDir(rec: Pick<SandboxRecord, 'sharedFs' | 'sharedDir'>): void {
  if (rec.sharedFs !== 'virtio-fs') return;
  try {
    loadAddon().unmount(rec.sharedDir, MNT_DETACH);
  } catch {
    /* not mounted (the sandbox died before it was) */
  }
}
