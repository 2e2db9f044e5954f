// Runs the real agent (dist/guest/agent/main.js) on the host for tests: in its own UTS and mount
// namespaces (unshare), so CreateSandbox's hostname and mounts stay away from the host, listening
// on a unix socket in a temporary directory. Waits for the ready line; kills the agent at teardown.
// KATA_TS_TEST_AGENT_START=snapshot or bundle runs the guest build's V8 snapshot or one-file bundle
// (guest/osbuilder/rootfs/agent-snapshot.ts) instead of the module tree, so the agent tests can
// check those.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../lib/common/package-root.js';
import { TtrpcClient } from '../../lib/common/ttrpc/index.js';
import { type AgentStartFiles, buildAgentStart, snapshotArgs } from '../../guest/osbuilder/rootfs/agent-snapshot.js';

export const AGENT_MAIN = join(packageRoot(), 'dist', 'guest', 'agent', 'main.js');

/**
 * node's arguments before the agent's: the module tree, or what KATA_TS_TEST_AGENT_START asks for.
 * files: the bundle and blob when the caller has them (finding them hashes node and the tree).
 */
export function agentNodeArgs(start = process.env.KATA_TS_TEST_AGENT_START ?? 'modules', files?: AgentStartFiles): string[] {
  if (start === 'modules') return [AGENT_MAIN];
  if (start === 'bundle') return [(files ?? buildAgentStart()).bundle];
  if (start === 'snapshot') return snapshotArgs((files ?? buildAgentStart()).blob);
  throw new Error(`KATA_TS_TEST_AGENT_START=${start}: expected modules, bundle or snapshot`);
}

export interface AgentProcess {
  child: ChildProcess;
  socket: string;
  dir: string;
  stateDir: string;
  output(): string;
  ready: string;
  connect(): Promise<TtrpcClient>;
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface Teardown {
  teardown(fn: () => void | Promise<void>): void;
}

export async function startAgent(t: Teardown, extraArgs: string[] = [], cmdline = '', afterExit?: () => void): Promise<AgentProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'kata-agent-'));
  const socket = join(dir, 'agent.sock');
  const stateDir = join(dir, 'state');
  const cmdlineFile = join(dir, 'cmdline');
  writeFileSync(cmdlineFile, cmdline);
  const child = spawn('unshare', ['--uts', '--mount', '--propagation', 'private', '--fork', '--kill-child',
    process.execPath, ...agentNodeArgs(), '--listen', `unix:${socket}`, '--state-dir', stateDir, '--cmdline', cmdlineFile, ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KATA_TS_PACKAGE_ROOT: packageRoot() } });
  let out = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (out += b.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const clients: TtrpcClient[] = [];
  t.teardown(async () => {
    for (const c of clients) c.close();
    if (child.exitCode === null && child.signalCode === null) {
      // SIGTERM to the agent itself first: it removes its containers and cgroups on the way out.
      const pid = Number(/pid (\d+)/.exec(out)?.[1] ?? 0);
      if (pid > 0) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          /* gone */
        }
        await Promise.race([exit, new Promise((r) => setTimeout(r, 5000))]);
      }
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exit;
    }
    afterExit?.();
    rmSync(dir, { recursive: true, force: true });
  });
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`agent not ready after 20 s; output:\n${out}`)), 20000);
    const check = (): void => {
      const m = /kata-agent ready: [^\n]*/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout!.on('data', check);
    void exit.then((e) => {
      clearTimeout(timer);
      reject(new Error(`agent exited (${e.code ?? e.signal}) before it was ready; output:\n${out}`));
    });
  });
  return {
    child,
    socket,
    dir,
    stateDir,
    ready,
    output: () => out,
    connect: async () => {
      const c = await TtrpcClient.connect(socket);
      clients.push(c);
      return c;
    },
    exited: () => exit,
  };
}
