// Bench suite "agent": the guest agent's start-up time on the host — process start to listening,
// as the agent measures it (Node's time origin to the ready line), and spawn to ready as the
// caller sees it — median of several starts on a unix socket.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENT_MAIN as AGENT } from '../helpers/agent-process.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

const RUNS = 7;

function startOnce(dir: string, i: number): Promise<{ self: number; wall: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [AGENT, '--listen', `unix:${join(dir, `a${i}.sock`)}`, '--cmdline', '/dev/null', '--state-dir', join(dir, `s${i}`)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`agent not ready after 20 s: ${out}`));
    }, 20000);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /kata-agent ready: .*, (\d+) ms\)/.exec(out);
      if (m) {
        clearTimeout(timer);
        const wall = performance.now() - t0;
        child.once('exit', () => resolve({ self: Number(m[1]), wall }));
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!/kata-agent ready/.test(out)) reject(new Error(`agent exited (${code}) before ready: ${out}`));
    });
  });
}

export const agentSuite: BenchSuite = {
  name: 'agent',
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-agent-'));
    try {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await startOnce(dir, i));
      return [
        { suite: 'agent', name: 'start-up: process start → listening (agent)', value: median(runs.map((r) => r.self)), unit: 'ms', note: `median of ${RUNS}, host, unix socket` },
        { suite: 'agent', name: 'start-up: spawn → ready line (caller)', value: median(runs.map((r) => r.wall)), unit: 'ms', note: `median of ${RUNS}` },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
