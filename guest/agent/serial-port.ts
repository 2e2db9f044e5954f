// A named virtio-serial port as the agent's ttrpc channel (and the debug console's, on hosts
// without vsock). The VMM names the port (virtserialport name=...); the guest kernel lists it in
// /sys/class/virtio-ports/<dev>/name and devtmpfs makes /dev/<dev>. Called by guest/agent/main.ts
// and guest/agent/debug-console.ts.
//
// The port is one byte stream with no connections of its own; the guest kernel's driver
// (drivers/char/virtio_console.c) only tells whether the host end is connected: while it is not,
// a read with nothing queued returns end-of-file and poll reports POLLHUP (and POLLIN) without
// end, and closing the port discards whatever the host has sent and the agent has not read. So
// the agent opens the port once and never closes it while it serves: each host connection gets a
// duplicate of the fd as its stream (closing a duplicate does not release the port), and between
// connections the agent waits, without reading, for the wake-up the driver gives when the host
// connects (an edge-triggered watch: the level stays "hung up" until then).
import { constants, existsSync, openSync, readFileSync, readdirSync } from 'node:fs';
import type { Socket } from 'node:net';
import type { Logger } from '../../lib/common/log/logger.js';
import { loadAddon } from '../../lib/common/native/addon.js';
import { streamFromFd } from '../../lib/common/native/fd-stream.js';
import { EPOLLHUP, EPOLLIN, EPOLLOUT, FdWatch } from '../../lib/common/native/poll.js';

const PORTS = '/sys/class/virtio-ports';

export function findSerialPort(name: string, sysfs = PORTS): string {
  const devs = existsSync(sysfs) ? readdirSync(sysfs) : [];
  for (const dev of devs) {
    const file = `${sysfs}/${dev}/name`;
    if (existsSync(file) && readFileSync(file, 'utf8').trim() === name) return `/dev/${dev}`;
  }
  const seen = devs.map((d) => `${d}=${existsSync(`${sysfs}/${d}/name`) ? readFileSync(`${sysfs}/${d}/name`, 'utf8').trim() : '?'}`);
  throw new Error(`no virtio-serial port named ${name} (ports: ${seen.join(', ') || 'none'})`);
}

/**
 * Serves each connection the host makes on the port, one at a time, as a stream that ends when
 * the host hangs up. Returns the function that stops serving and closes the port.
 */
export function serveSerialPort(name: string, serve: (s: Socket) => void, log: Logger): () => void {
  const dev = findSerialPort(name);
  const addon = loadAddon();
  // Held open for as long as the agent serves: the driver drops unread input only when the last
  // descriptor of the open port is closed.
  const portFd = openSync(dev, constants.O_RDWR | constants.O_NONBLOCK);
  let watchFd: number;
  try {
    // IN and OUT: once the host is connected and nothing is queued, only POLLOUT is set, and a
    // wake-up must count as a change then too.
    watchFd = addon.edgeWatchOpen(portFd, EPOLLIN | EPOLLOUT);
  } catch (e) {
    addon.closeFd(portFd);
    throw e;
  }
  const watch = new FdWatch(watchFd);
  let stopped = false;
  let current: Socket | undefined;

  const hostConnected = (): boolean => (addon.pollNow(portFd, EPOLLIN | EPOLLOUT) & EPOLLHUP) === 0;

  // Drain the pending changes first, then look: a connect after the look leaves an edge pending,
  // which wakes the watch, so none is missed.
  const waitForHost = (): void => {
    if (stopped) return;
    addon.edgeWatchDrain(watchFd);
    if (hostConnected()) serveConnection();
    else watch.once(EPOLLIN, waitForHost);
  };

  const serveConnection = (): void => {
    const sock = streamFromFd(addon.dupFd(portFd));
    current = sock;
    sock.on('error', (e) => log.debug('serial channel error', { port: dev, error: e }));
    // End-of-file means the host hung up and everything it sent has been read: nothing written
    // now could reach it, so the stream is done (no half-close on a port).
    sock.on('end', () => sock.destroy());
    sock.on('close', () => {
      if (current === sock) current = undefined;
      waitForHost();
    });
    serve(sock);
  };

  waitForHost();
  return () => {
    if (stopped) return;
    stopped = true;
    watch.stop();
    current?.destroy();
    addon.closeFd(watchFd);
    addon.closeFd(portFd);
  };
}
