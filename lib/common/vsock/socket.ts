// AF_VSOCK for the agent (listens for the host's ttrpc connection) and for tests/tools that dial
// a guest: VsockServer (listen/accept) and connectVsock (connect), both yielding net.Socket
// Duplex streams with libuv's own buffering and backpressure.
//
// The streams are lib/common/native/fd-stream.ts's.
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { loadAddon } from '../native/addon.js';
import { streamFromFd } from '../native/fd-stream.js';
import { EPOLLIN, EPOLLOUT, FdWatch } from '../native/poll.js';

// linux/vm_sockets.h
export const VMADDR_CID_ANY = 0xffffffff;
export const VMADDR_CID_LOCAL = 1;
export const VMADDR_CID_HOST = 2;

export interface VsockAddress {
  cid: number;
  port: number;
}

/** A net.Socket over a connected, non-blocking stream fd (takes ownership of fd). */
export function socketFromFd(fd: number): Socket {
  return streamFromFd(fd);
}

function checkU32(v: number, what: string): void {
  if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`${what} must be an unsigned 32-bit integer, got ${v}`);
}

export interface VsockPeerSocket extends Socket {
  vsockPeer?: VsockAddress;
}

export interface ListenOptions {
  /** Local CID to bind; default VMADDR_CID_ANY. */
  cid?: number;
  backlog?: number;
}

/** A listening vsock socket; emits 'connection' with a net.Socket for each accepted peer. */
export class VsockServer extends EventEmitter<{ connection: [VsockPeerSocket, VsockAddress]; error: [Error]; close: [] }> {
  private fd: number;
  private readonly watch: FdWatch;

  private constructor(fd: number) {
    super();
    this.fd = fd;
    this.watch = new FdWatch(fd);
    this.arm();
  }

  /** Binds and listens at once; throws (e.g. EADDRINUSE) naming the address. */
  static listen(port: number, opts: ListenOptions = {}): VsockServer {
    checkU32(port, 'port');
    const cid = opts.cid ?? VMADDR_CID_ANY;
    checkU32(cid, 'cid');
    return new VsockServer(loadAddon().vsockListen(cid, port, opts.backlog ?? 128));
  }

  address(): VsockAddress {
    if (this.fd < 0) throw new Error('vsock server is closed');
    return loadAddon().vsockLocalAddr(this.fd);
  }

  private arm(): void {
    this.watch.once(EPOLLIN, () => {
      if (this.fd < 0) return;
      try {
        for (;;) {
          const a = loadAddon().vsockAccept(this.fd);
          if (!a) break;
          const sock: VsockPeerSocket = socketFromFd(a.fd);
          sock.vsockPeer = { cid: a.cid, port: a.port };
          this.emit('connection', sock, sock.vsockPeer);
        }
      } catch (e) {
        this.emit('error', e as Error);
      }
      if (this.fd >= 0) this.arm();
    });
  }

  close(): void {
    if (this.fd < 0) return;
    this.watch.stop();
    loadAddon().closeFd(this.fd);
    this.fd = -1;
    this.emit('close');
  }
}

/** Two connected in-process stream sockets, wrapped the same way as a vsock connection. */
export function socketPair(): [Socket, Socket] {
  const [a, b] = loadAddon().streamSocketPair();
  return [socketFromFd(a), socketFromFd(b)];
}

/** Connects to cid:port without blocking the loop; rejects with the connect errno. */
export function connectVsock(cid: number, port: number): Promise<Socket> {
  try {
    checkU32(cid, 'cid');
    checkU32(port, 'port');
    const addon = loadAddon();
    const c = addon.vsockConnect(cid, port);
    if (c.connected) return Promise.resolve(socketFromFd(c.fd));
    return new Promise((resolve, reject) => {
      const w = new FdWatch(c.fd);
      w.once(EPOLLOUT, () => {
        w.stop();
        try {
          addon.vsockConnectResult(c.fd, cid, port);
        } catch (e) {
          loadAddon().closeFd(c.fd);
          return reject(e);
        }
        try {
          resolve(socketFromFd(c.fd));
        } catch (e) {
          reject(e);
        }
      });
    });
  } catch (e) {
    return Promise.reject(e);
  }
}
