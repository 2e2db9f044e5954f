// `kata-runtime exec` end to end in a real VM (TCG): a sandbox created with the debug console
// on, then the CLI as a child process runs `uname -r` in the guest's shell over the console's
// virtio-serial port and prints the guest kernel's release, not the host's.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import t from 'tap';
import type { AgentChannel } from '../../lib/config/types.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { Sandbox } from '../../lib/runtime/sandbox.js';
import { readRecord } from '../../lib/runtime/state.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { vmConfig } from '../helpers/vm-config.js';
import { BIN, cli, tempDir } from './helpers.js';

const kernel = cachedKernel();
const initrd = cachedInitrd();
if (!kernel || !initrd) throw new Error('guest assets missing: run `npm run guest` (npm test does)');

async function sandbox(t: { teardown(f: () => void | Promise<void>): void }, stateRoot: string, debugConsole: boolean, channel: AgentChannel = 'hybrid-vsock'): Promise<Sandbox> {
  const c = vmConfig(kernel!.bzImage, { kind: 'initrd', path: initrd!.path });
  c.agent.kata.debugConsoleEnabled = debugConsole;
  c.agent.kata.channel = channel;
  const sb = await Sandbox.create({ id: `cli-exec-${process.pid}`, config: c, log: silentLogger(), stateRoot });
  t.teardown(() => sb.delete().catch(() => undefined));
  return sb;
}

for (const channel of ['hybrid-vsock', 'virtio-serial'] as const) t.test(`exec runs a shell in the guest over ${channel}: uname -r is the guest kernel`, async (t) => {
  const state = tempDir(t, 'kata-cli-state-');
  const sb = await sandbox(t, state, true, channel);
  const rec = readRecord(state, sb.id);
  if (channel === 'hybrid-vsock') t.ok(rec?.vsockSocket && !rec.debugConsoleSocket, 'the record names the hybrid vsock socket (the console is guest port 1026)');
  else t.ok(rec?.debugConsoleSocket && !rec.vsockSocket, 'the record names the console port\'s socket');
  const listed = JSON.parse(cli(['list', '--json', '--state-dir', state]).stdout) as { id: string; qemuAlive: boolean; debugConsole: boolean }[];
  t.same(listed.map((l) => [l.id, l.qemuAlive, l.debugConsole]), [[sb.id, true, true]], 'list sees the running sandbox');

  const child = spawn(BIN, ['exec', '--state-dir', state, sb.id], { stdio: ['pipe', 'pipe', 'pipe'] });
  t.teardown(() => void child.kill('SIGKILL'));
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  child.stdin.end('uname -r\nexit\n');
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(-1), 90_000);
    child.on('exit', (c) => (clearTimeout(timer), resolve(c)));
  });
  t.equal(code, 0, `exec exits 0 after the session (output: ${JSON.stringify(out)})`);
  const host = readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim();
  // The shell has no terminal: its prompt and the command's output share a line.
  t.match(out, /^(kata-debug# )?6\.1\.\d+$/m, 'the guest kernel release');
  t.notOk(out.includes(host), `not the host's ${host}`);

  // The first session hung up; the agent must serve the port's next connection.
  const again = await new Promise<{ status: number | null; out: string }>((resolve) => {
    const c = spawn(BIN, ['exec', '--state-dir', state, sb.id], { stdio: ['pipe', 'pipe', 'pipe'] });
    t.teardown(() => void c.kill('SIGKILL'));
    let o = '';
    c.stdout.on('data', (d: Buffer) => (o += d.toString()));
    c.stdin.end('echo second-$((20+22))\n');
    c.on('exit', (status) => resolve({ status, out: o }));
  });
  t.equal(again.status, 0);
  t.match(again.out, /second-42/, 'a second session gets a new shell');
});

t.test('exec into a sandbox without the debug console says so', async (t) => {
  const state = tempDir(t, 'kata-cli-state-');
  const sb = await sandbox(t, state, false);
  const r = cli(['exec', '--state-dir', state, sb.id]);
  t.equal(r.status, 1);
  t.match(r.stderr, new RegExp(`sandbox ${sb.id} was not started with the debug console`));
});
