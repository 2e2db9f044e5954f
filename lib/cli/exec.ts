// `kata-runtime exec <sandbox-id>`: a shell in the sandbox's VM through the agent's debug
// console: guest vsock port 1026 dialled through the sandbox's hybrid vsock socket, or (with the
// virtio-serial channel) the console's own named port whose host end is a unix socket. Both are
// in the sandbox's record; this joins the console to the terminal. Called by kata-runtime.ts.
import net from 'node:net';
import { DEBUG_CONSOLE_VSOCK_PORT } from '../common/agent/ports.js';
import { readRecord } from '../runtime/state.js';
import { connectHybridVsock } from '../vsock/hybrid-backend.js';
import { qemuDown } from './probe.js';

export class ExecError extends Error {}

const FIRST_OUTPUT_MS = 30_000;

export type ConsoleTarget = { kind: 'unix'; path: string } | { kind: 'vsock'; uds: string; port: number };

/** Where the console is, or an ExecError that says why there is none. */
export function consoleTarget(stateRoot: string, id: string): ConsoleTarget {
  const rec = readRecord(stateRoot, id);
  if (!rec) throw new ExecError(`exec: no sandbox ${JSON.stringify(id)} in ${stateRoot} (see kata-runtime list)`);
  if (!rec.debugConsole) {
    throw new ExecError(`exec: sandbox ${id} was not started with the debug console; set debug_console_enabled = true in [agent.kata] of the configuration and create the sandbox again`);
  }
  if (!rec.debugConsoleSocket && !rec.vsockSocket) {
    throw new ExecError(`exec: sandbox ${id} has the debug console on in the guest but no host channel to it (neither a hybrid vsock socket nor a console port in its record)`);
  }
  const down = qemuDown(rec);
  if (down) throw new ExecError(`exec: ${down}`);
  return rec.vsockSocket ? { kind: 'vsock', uds: rec.vsockSocket, port: DEBUG_CONSOLE_VSOCK_PORT } : { kind: 'unix', path: rec.debugConsoleSocket! };
}

async function connectConsole(target: ConsoleTarget): Promise<net.Socket> {
  if (target.kind === 'vsock') {
    try {
      return (await connectHybridVsock(target.uds, target.port)).socket;
    } catch (e) {
      throw new ExecError(`exec: ${(e as Error).message}`);
    }
  }
  const sock = net.createConnection(target.path);
  await new Promise<void>((resolve, reject) => {
    sock.once('connect', resolve);
    sock.once('error', (e) => reject(new ExecError(`exec: connect ${target.path}: ${e.message}`)));
  });
  return sock;
}

/**
 * Joins stdin/stdout to the console until the user ends it. The guest's shell has no terminal
 * (no pty behind a serial port), so the local terminal stays in line mode: it echoes and edits
 * lines, and Ctrl-D or Ctrl-C ends the session. The serial port does not tell the host when the
 * guest's shell exits, so once stdin is done the session ends when the guest has been quiet for
 * `idleMs` (or has said nothing at all for FIRST_OUTPUT_MS).
 */
export async function attach(target: ConsoleTarget, idleMs = 3000): Promise<void> {
  const sock = await connectConsole(target);
  let idle: NodeJS.Timeout | undefined;
  let stdinDone = false;
  let heard = false;
  await new Promise<void>((resolve) => {
    const finish = (): void => {
      if (idle) clearTimeout(idle);
      process.removeListener('SIGINT', finish);
      process.stdin.pause();
      // Closing our end is the guest's hang-up: the agent ends the shell and waits for the next connection.
      sock.destroy();
      resolve();
    };
    const armIdle = (): void => {
      if (!stdinDone) return;
      if (idle) clearTimeout(idle);
      // The guest starts its shell on our first bytes, which takes seconds under TCG.
      idle = setTimeout(finish, heard ? idleMs : FIRST_OUTPUT_MS);
    };
    process.once('SIGINT', finish);
    sock.on('data', (d: Buffer) => {
      heard = true;
      process.stdout.write(d);
      armIdle();
    });
    sock.on('close', finish);
    sock.on('error', finish);
    process.stdin.on('data', (d: Buffer) => void sock.write(d));
    process.stdin.on('end', () => {
      stdinDone = true;
      armIdle();
    });
  });
}
