// dialAgent's pacing (lib/agent/dial.ts) with a channel that refuses until told otherwise:
// before the console shows the agent's ready line it tries at most once per fallback interval;
// once the line appears it tries within a poll. Every sandbox and e2e test dials a real agent
// through the same function; this pins down how often it knocks while the guest still boots.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { agentReadyLine } from '../../lib/common/agent/ready-line.js';
import type { TtrpcClient } from '../../lib/common/ttrpc/index.js';
import { type AgentDialer, type BootingVm, dialAgent } from '../../lib/agent/dial.js';

interface Fakes {
  channel: AgentDialer;
  vm: BootingVm & { running: boolean };
  attempts: number[];
  accept(): void;
}

function fakes(consoleLog: string): Fakes {
  const attempts: number[] = [];
  let accepting = false;
  const t0 = Date.now();
  // Health answers at once: only the connection is refused or not.
  const client = { close: () => undefined, call: async () => ({ status: 1 }) } as unknown as TtrpcClient;
  const channel = {
    connect: async (): Promise<TtrpcClient> => {
      attempts.push(Date.now() - t0);
      if (!accepting) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      return client;
    },
  };
  const vm = { running: true, consoleLog, consoleTail: () => '(console)' };
  return { channel, vm, attempts, accept: () => void (accepting = true) };
}

function consolePath(t: { teardown(f: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'agent-dial-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const p = join(dir, 'console.log');
  writeFileSync(p, '[    0.100] Linux version 6.1\n');
  return p;
}

t.test('while the console lacks the ready line, attempts come one per fallback interval', async (t) => {
  const log = consolePath(t);
  const f = fakes(log);
  const pacing = { pollMs: 10, fallbackMs: 300 };
  await t.rejects(dialAgent(f.channel, f.vm, 1000, pacing), /the agent did not answer within 1 s .*ECONNREFUSED.*\(console\)/s);
  // One at 0, then one per 300 ms: 4 (2 on a machine slow enough to delay timers), never one per 10 ms poll.
  t.ok(f.attempts.length >= 2 && f.attempts.length <= 5, `2 to 5 attempts in 1 s, not one per poll (got ${f.attempts.length}: ${f.attempts.join(', ')} ms)`);
});

t.test('the ready line on the console brings the next attempt within a poll or two', async (t) => {
  const log = consolePath(t);
  const f = fakes(log);
  const pacing = { pollMs: 10, fallbackMs: 5000 };
  const t0 = Date.now();
  const dialled = dialAgent(f.channel, f.vm, 20000, pacing);
  await new Promise((r) => setTimeout(r, 200));
  t.equal(f.attempts.length, 1, 'one attempt, then a wait: the fallback is 5 s away');
  f.accept();
  const shown = Date.now() - t0;
  appendFileSync(log, agentReadyLine('vsock:1024', '0.1.0', 1, 'snapshot', 800));
  const client = await dialled;
  t.ok(client, 'connected');
  t.equal(f.attempts.length, 2, 'the second attempt connected');
  t.ok(f.attempts[1]! - shown < 500, `it came ${f.attempts[1]! - shown} ms after the line, not at the 5 s fallback`);
});

t.test('a QEMU that exits ends the wait between attempts', async (t) => {
  const log = consolePath(t);
  const f = fakes(log);
  const dialled = dialAgent(f.channel, f.vm, 60000, { pollMs: 10, fallbackMs: 60000 });
  await new Promise((r) => setTimeout(r, 50));
  f.vm.running = false;
  const t0 = Date.now();
  await t.rejects(dialled, /QEMU exited before the agent answered; console:\n\(console\)/);
  t.ok(Date.now() - t0 < 1000, 'within a poll, not after the 60 s fallback');
});
