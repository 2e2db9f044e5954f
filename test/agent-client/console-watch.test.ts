// ConsoleWatch (lib/agent/console-watch.ts): finds a text in a console log that grows under it,
// across reads, after a rotation truncated it, and not before the file exists.
import { appendFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { AGENT_READY_PREFIX, agentReadyLine } from '../../lib/common/agent/ready-line.js';
import { ConsoleWatch } from '../../lib/agent/console-watch.js';

function scratch(t: { teardown(f: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'console-watch-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'console.log');
}

t.test('the text is found once written, also when it arrives in pieces', async (t) => {
  const path = scratch(t);
  const w = new ConsoleWatch(path, AGENT_READY_PREFIX);
  t.notOk(w.seen(), 'no file yet: not seen');
  writeFileSync(path, '[    0.512] Run /init as init process\nkata-agent rea');
  t.notOk(w.seen(), 'half the line: not seen');
  appendFileSync(path, 'dy: listening on vsock:1024 (version 0.1.0, pid 1, snapshot, 812 ms)\n');
  t.ok(w.seen(), 'the rest of the line joins the carried start');
  appendFileSync(path, 'more');
  t.ok(w.seen(), 'stays seen');
});

t.test('a line split across the 64 KiB reads of one look is found', async (t) => {
  const path = scratch(t);
  const line = agentReadyLine('serial:agent.channel.0', '0.1.0', 1, 'snapshot', 700);
  writeFileSync(path, 'x'.repeat(64 * 1024 - 10) + line);
  t.ok(new ConsoleWatch(path, AGENT_READY_PREFIX).seen());
});

t.test('after a rotation truncated the log, the new start is read', async (t) => {
  const path = scratch(t);
  const w = new ConsoleWatch(path, AGENT_READY_PREFIX);
  writeFileSync(path, 'k'.repeat(5000));
  t.notOk(w.seen());
  truncateSync(path, 0); // console-log.ts copies and truncates
  appendFileSync(path, agentReadyLine('vsock:1024', '0.1.0', 1, 'bundle', 900));
  t.ok(w.seen(), 'found though the file is now shorter than what was read before');
});

t.test('non-ASCII bytes around the text do not hide it', async (t) => {
  const path = scratch(t);
  writeFileSync(path, Buffer.concat([Buffer.from([0xe2, 0x94]), Buffer.from(`${AGENT_READY_PREFIX} x\n`), Buffer.from('é')]));
  t.ok(new ConsoleWatch(path, AGENT_READY_PREFIX).seen());
});
