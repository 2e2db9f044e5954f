// The runtime's vsock to a QEMU guest without /dev/vhost-vsock: a vhost-user-vsock back-end in
// the addon (native/src/vhost/vsock/) serving QEMU's vhost-user-vsock-pci device, exposed on the
// host as a "hybrid vsock" unix socket (Firecracker's protocol). startHybridVsock starts one per
// VM; connectHybridVsock dials a guest port through it and yields a Node stream. Used by the agent
// client (lib/agent/channel.ts starts a sandbox's back-end, lib/agent/address.ts dials another
// process's), kata-runtime exec (lib/cli/exec.ts), the boot tests and the bench.
import { connect as netConnect, type Socket } from 'node:net';
import { loadAddon, type NativeVhostVsockBackend } from '../common/native/addon.js';
import { checkGuestCid } from './guest-cid.js';

export interface HybridVsockOptions {
  /** Where QEMU's `-chardev socket` for vhost-user-vsock-pci connects. */
  vhostSocket: string;
  /** The hybrid vsock socket: clients CONNECT here; guest connections to port P go to `${udsPath}_${P}`. */
  udsPath: string;
  /** The guest's CID (GUEST_CID, guest-cid.ts). */
  guestCid: number;
}

export class HybridVsockBackend {
  private native: NativeVhostVsockBackend | undefined;

  constructor(readonly options: HybridVsockOptions) {
    const { vhostSocket, udsPath, guestCid } = options;
    checkGuestCid(guestCid);
    const Ctor = loadAddon().VhostVsockBackend;
    this.native = new Ctor(vhostSocket, udsPath, guestCid);
  }

  /** The error that ended the back-end's thread early, or null while it runs. */
  error(): string | null {
    return this.native?.error() ?? null;
  }

  /**
   * Dials guest port `port` through this back-end, like connectHybridVsock, and tells a stream cut
   * by the VM going away (QEMU killed, the device reset) from one its guest peer closed: the
   * former ends with a HybridVsockResetError ('error' after 'end') instead of a plain end. (The
   * hybrid vsock protocol has no way to say so on the socket itself.)
   */
  async connect(port: number, timeoutMs?: number): Promise<{ socket: Socket; hostPort: number }> {
    if (!this.native) throw new HybridVsockConnectError(this.options.udsPath, port, 'the back-end is stopped');
    const before = this.native.resetCount();
    const r = await connectHybridVsock(this.options.udsPath, port, timeoutMs);
    this.watchFrom(r.socket, port, before);
    return r;
  }

  /**
   * The same for a guest-initiated stream a host server accepted on `${udsPath}_${port}`: call it
   * on accept. Returns the socket.
   */
  watch(socket: Socket, port: number): Socket {
    return this.watchFrom(socket, port, this.native?.resetCount() ?? 0);
  }

  private watchFrom(socket: Socket, port: number, before: number): Socket {
    socket.once('end', () => {
      // The back-end counts a reset before it closes the sockets, so the count has moved by now.
      const resets = this.native?.resetCount() ?? before;
      if (resets !== before) socket.destroy(new HybridVsockResetError(this.options.udsPath, port));
    });
    return socket;
  }

  /**
   * Stops the back-end: every stream through it ends, both sockets are removed. Idempotent. With
   * timeoutMs, returns false when its thread did not end in time (a hung back-end): it is left
   * running until the process exits, rather than hanging this one.
   */
  stop(timeoutMs?: number): boolean {
    const stopped = this.native?.stop(timeoutMs) ?? true;
    this.native = undefined;
    return stopped;
  }
}

export function startHybridVsock(options: HybridVsockOptions): HybridVsockBackend {
  return new HybridVsockBackend(options);
}

/** A stream cut because the VM's vsock device went away under it (QEMU exited or reset it). */
export class HybridVsockResetError extends Error {
  readonly code = 'ECONNRESET';
  constructor(readonly udsPath: string, readonly port: number) {
    super(`hybrid vsock ${udsPath} port ${port}: the VM's vsock device went away mid-stream (QEMU exited or reset it)`);
  }
}

/** The error for a refused or failed CONNECT, naming the socket and port. */
export class HybridVsockConnectError extends Error {
  constructor(readonly udsPath: string, readonly port: number, reason: string, readonly code?: string) {
    super(`hybrid vsock ${udsPath} CONNECT ${port}: ${reason}`);
  }
}

// "OK <u32>\n" is at most 14 bytes; anything longer without a newline is not our back-end.
const MAX_REPLY = 32;

/**
 * Connects to guest vsock port `port` through the hybrid vsock socket at udsPath. Resolves with
 * the stream (already past the "OK" line) and the host-side port; rejects when nobody listens
 * in the guest (the back-end closes), or the socket cannot be reached.
 */
export function connectHybridVsock(udsPath: string, port: number, timeoutMs = 10000): Promise<{ socket: Socket; hostPort: number }> {
  if (!Number.isInteger(port) || port < 0 || port > 0xffffffff) return Promise.reject(new RangeError(`vsock port must be an unsigned 32-bit integer, got ${port}`));
  return new Promise((resolve, reject) => {
    const socket = netConnect(udsPath);
    let buf = Buffer.alloc(0);
    let settled = false;
    const fail = (reason: string, code?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      reject(new HybridVsockConnectError(udsPath, port, reason, code));
    };
    const timer = setTimeout(() => fail(`no reply within ${timeoutMs} ms`), timeoutMs);
    // 'readable' + read() rather than 'data': once the listener is gone the stream is neither
    // flowing nor explicitly paused, so the caller's own 'data' listener or pipe() starts it.
    const onReadable = (): void => {
      let chunk: Buffer | null;
      while (!settled && (chunk = socket.read() as Buffer | null) !== null) {
        buf = Buffer.concat([buf, chunk]);
        const nl = buf.indexOf(0x0a);
        if (nl < 0) {
          if (buf.length > MAX_REPLY) fail(`unexpected reply ${JSON.stringify(buf.toString('latin1'))}`);
          continue;
        }
        const m = /^OK (\d+)$/.exec(buf.subarray(0, nl).toString('latin1'));
        if (!m) return fail(`unexpected reply ${JSON.stringify(buf.subarray(0, nl).toString('latin1'))}`);
        settled = true;
        clearTimeout(timer);
        socket.off('readable', onReadable);
        socket.off('error', onError);
        socket.off('end', onEnd);
        const rest = buf.subarray(nl + 1);
        if (rest.length > 0) socket.unshift(rest);
        resolve({ socket, hostPort: Number(m[1]) });
      }
    };
    const onError = (e: NodeJS.ErrnoException): void => fail(e.message, e.code);
    const onEnd = (): void => fail('closed by the back-end (nobody listens on that guest port)', 'ECONNREFUSED');
    socket.on('readable', onReadable);
    socket.on('error', onError);
    socket.on('end', onEnd);
    socket.once('connect', () => socket.write(`CONNECT ${port}\n`));
  });
}
