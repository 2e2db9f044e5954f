// The debug console: a root shell in the VM's own environment (not in a container), served on
// vsock port 1026 when agent.debug_console is on the kernel command line, or on the named
// virtio-serial port agent.debug_console_serial= (hosts without vsock) — what
// `kata-runtime exec <sandbox>` connects to. Off by default: it is a way into the guest.
// Each connection gets its own shell, with the connection as its stdin, stdout and stderr.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import net, { type Socket } from 'node:net';
import type { Logger } from '../../lib/common/log/logger.js';
import { VsockServer } from '../../lib/common/vsock/socket.js';
import type { ListenAddress } from './address.js';
import { serveSerialPort } from './serial-port.js';

const SHELLS = ['/bin/bash', '/bin/sh'];
const SHELL_ENV = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', TERM: 'vt100', PS1: 'kata-debug# ' };

function serveShell(sock: Socket, log: Logger): void {
  const shell = SHELLS.find((s) => existsSync(s));
  if (!shell) {
    sock.end(`kata-agent debug console: no shell in the guest (looked for ${SHELLS.join(', ')})\n`);
    return;
  }
  const child = spawn(shell, ['-i'], { stdio: [sock, sock, sock], env: SHELL_ENV, cwd: '/' });
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
  return serveSerialPort(addr.name, (s) => serveShellOnInput(s, log), log);
}

/**
 * The shell starts on the host's first bytes, with pipes between it and the port rather than the
 * port as its stdio: the port is one stream the agent keeps open across host connections
 * (serial-port.ts), and a shell or a child it left behind must not go on holding or reading it
 * after the session ends.
 */
function serveShellOnInput(sock: Socket, log: Logger): void {
  sock.once('data', (first: Buffer) => {
    const shell = SHELLS.find((s) => existsSync(s));
    if (!shell) {
      sock.end(`kata-agent debug console: no shell in the guest (looked for ${SHELLS.join(', ')})\n`);
      return;
    }
    const child = spawn(shell, ['-i'], { stdio: 'pipe', env: SHELL_ENV, cwd: '/' });
    log.info('debug console session', { pid: child.pid, shell, channel: 'serial' });
    child.stdin.on('error', () => undefined); // the shell may exit with input still queued
    child.stdin.write(first);
    sock.pipe(child.stdin);
    child.stdout.pipe(sock, { end: false });
    child.stderr.pipe(sock, { end: false });
    child.on('error', (e) => log.warn('debug console shell failed', { error: e }));
    child.on('exit', () => sock.destroy());
    sock.on('close', () => child.kill('SIGHUP'));
  });
}
