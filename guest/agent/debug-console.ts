// The debug console: a root shell in the VM's own environment (not in a container), served on
// vsock port 1026 when agent.debug_console is on the kernel command line — what
// `kata-runtime exec <sandbox>` connects to. Off by default: it is a way into the guest.
// Each connection gets its own shell, with the connection as its stdin, stdout and stderr.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import net, { type Socket } from 'node:net';
import type { Logger } from '../../lib/log/logger.js';
import { VsockServer } from '../../lib/vsock/socket.js';
import type { ListenAddress } from './address.js';

const SHELLS = ['/bin/bash', '/bin/sh'];

function serveShell(sock: Socket, log: Logger): void {
  const shell = SHELLS.find((s) => existsSync(s));
  if (!shell) {
    sock.end(`kata-agent debug console: no shell in the guest (looked for ${SHELLS.join(', ')})\n`);
    return;
  }
  const child = spawn(shell, ['-i'], { stdio: [sock, sock, sock], env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', TERM: 'vt100', PS1: 'kata-debug# ' }, cwd: '/' });
  log.info('debug console session', { pid: child.pid, shell });
  child.on('error', (e) => log.warn('debug console shell failed', { error: e }));
  child.on('exit', () => sock.destroy());
  sock.on('close', () => child.kill('SIGHUP'));
  sock.on('error', () => child.kill('SIGHUP'));
}

/** Starts serving shells at addr; returns the function that stops accepting new sessions. */
export async function startDebugConsole(addr: ListenAddress, log: Logger): Promise<() => void> {
  log.warn('debug console enabled', { address: addr.kind === 'unix' ? addr.path : addr.kind === 'vsock' ? addr.port : addr.name });
  if (addr.kind === 'unix') {
    rmSync(addr.path, { force: true });
    const srv = net.createServer((s) => serveShell(s, log));
    await new Promise<void>((resolve, reject) => {
      srv.once('error', (e) => reject(new Error(`debug console: listen ${addr.path}: ${e.message}`)));
      srv.listen(addr.path, resolve);
    });
    return () => {
      srv.close();
      rmSync(addr.path, { force: true });
    };
  }
  if (addr.kind === 'vsock') {
    const vs = VsockServer.listen(addr.port);
    vs.on('connection', (s) => serveShell(s, log));
    return () => vs.close();
  }
  throw new Error('debug console: a serial port is not supported; use vsock:PORT or unix:PATH');
}
