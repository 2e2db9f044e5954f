// A named virtio-serial port as the agent's ttrpc channel. The VMM names the port
// (virtserialport name=...); the guest kernel lists it in /sys/class/virtio-ports/<dev>/name and
// devtmpfs makes /dev/<dev>. The port is one byte stream: when the host side hangs up, the agent
// opens it again and serves the next connection.
import { constants, existsSync, openSync, readFileSync, readdirSync } from 'node:fs';
import type { Socket } from 'node:net';
import type { Logger } from '../../lib/common/log/logger.js';
import { streamFromFd } from '../../lib/common/native/fd-stream.js';

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

/** Serves each connection the host makes on the port, reopening it after every hang-up. */
export function serveSerialPort(name: string, serve: (s: Socket) => void, log: Logger): () => void {
  const dev = findSerialPort(name);
  let stopped = false;
  let current: Socket | undefined;
  const open = (): void => {
    if (stopped) return;
    const sock = streamFromFd(openSync(dev, constants.O_RDWR | constants.O_NONBLOCK));
    current = sock;
    sock.on('error', (e) => log.debug('serial channel error', { port: dev, error: e }));
    sock.on('close', () => {
      if (!stopped) setTimeout(open, 100);
    });
    serve(sock);
  };
  open();
  return () => {
    stopped = true;
    current?.destroy();
  };
}
