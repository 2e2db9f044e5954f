// A private containerd for the demo and the end-to-end tests: its own root, state and sockets in a temporary
// directory, our shim on its PATH, the CRI plugin off. ctr() runs Debian's ctr against it.
// A ctr that times out is SIGKILLed: it forwards SIGTERM to its task and would wait on.
// stop() ends containerd, then removes every shim, VM and mount it left — so a failed test
// leaves nothing running.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountsUnder } from '../../lib/common/mount/mountinfo.js';
import { packageRoot } from '../../lib/common/package-root.js';

export const SHIM = join(packageRoot(), 'bin', 'containerd-shim-kata-v2');

export interface Containerd {
  dir: string;
  socket: string;
  ctr(args: string[], opts?: { timeoutMs?: number; input?: string }): Promise<{ stdout: string; stderr: string; code: number }>;
  log(): string;
  /**
   * Stops containerd with SIGTERM (shims and VMs go on), runs `whileDown` if given, and starts it
   * again on the same root and state.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/** Processes (other than this one) whose command line contains text. */
export function pidsMatching(text: string): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text) && pid !== process.pid;
    } catch {
      return false;
    }
  });
}

export async function startContainerd(env: Record<string, string> = {}): Promise<Containerd> {
  const dir = mkdtempSync(join(tmpdir(), 'kata-ctrd-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  symlinkSync(SHIM, join(bin, 'containerd-shim-kata-v2'));
  const socket = join(dir, 'containerd.sock');
  writeFileSync(join(dir, 'config.toml'), [
    'version = 2',
    `root = "${join(dir, 'root')}"`,
    `state = "${join(dir, 'state')}"`,
    'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
    '[grpc]',
    `  address = "${socket}"`,
    '[ttrpc]',
    `  address = "${socket}.ttrpc"`,
    '',
  ].join('\n'));
  let log = '';
  let child!: ChildProcess;
  let exited!: Promise<void>;
  const launch = async (): Promise<void> => {
    child = spawn('containerd', ['--config', join(dir, 'config.toml'), '--log-level', 'debug'], {
      // Not tap's NODE_OPTIONS (its loaders): the shim must run as it would under a real containerd.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS')), ...env, PATH: `${bin}:${process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin'}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const me = child;
    me.stdout!.on('data', (b: Buffer) => (log += b.toString()));
    me.stderr!.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-200000)));
    exited = new Promise<void>((r) => me.once('exit', () => r()));
    const until = Date.now() + 20000;
    while (!existsSync(socket)) {
      if (me.exitCode !== null) throw new Error(`containerd exited at start:\n${log.slice(-3000)}`);
      if (Date.now() > until) {
        me.kill('SIGKILL');
        throw new Error(`containerd did not create ${socket} in 20 s:\n${log.slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await launch();
  const ctr = (args: string[], opts: { timeoutMs?: number; input?: string } = {}) =>
    new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => {
      const child = execFile('ctr', ['--address', socket, ...args], { timeout: opts.timeoutMs ?? 180000, killSignal: 'SIGKILL', maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
        resolve({ stdout, stderr, code: err ? ((err as { code?: number }).code ?? 1) : 0 });
      });
      child.stdin?.on('error', () => undefined); // ctr may exit without reading its stdin (EPIPE)
      child.stdin?.end(opts.input ?? '');
    });
  return {
    dir,
    socket,
    ctr,
    log: () => log,
    restart: async (whileDown) => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
      if (child.exitCode === null && child.signalCode === null) throw new Error('containerd did not stop within 10 s of SIGTERM');
      await whileDown?.();
      rmSync(socket, { force: true }); // so launch() waits for the new one
      await launch();
    },
    stop: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      // Shims and VMs of this containerd: their command lines name its directory or its state.
      for (const pid of [...pidsMatching(dir)]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      for (const m of mountsUnder(dir)) execFile('umount', ['-l', m], () => undefined);
      await new Promise((r) => setTimeout(r, 200));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
