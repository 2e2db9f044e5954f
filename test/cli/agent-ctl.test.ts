// kata-agent-ctl as a child process, against the agent on this host (a unix socket, no VM) and
// against a sandbox's agent in a real VM through containerd (hybrid vsock, found by sandbox id):
// health, guest details, a request the agent refuses (its ttrpc status printed, exit 1), and the
// usage errors (exit 2) for unknown methods, bad JSON and fields of the wrong type.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';
import { startAgent } from '../helpers/agent-process.js';
import { e2eContainerd, IMAGE, leftovers, TAG, NOTHING_LEFT } from '../e2e/helpers.js';

const BIN = join(packageRoot(), 'bin', 'kata-agent-ctl.js');

// Asynchronous: the agent under test may run in this very process's event loop's children.
function ctl(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

const answers = (stdout: string): { method: string; response: Record<string, unknown> }[] => stdout.trim().split('\n').map((l) => JSON.parse(l));
const BAD_SPEC = `CreateContainer {"containerId": "bad${TAG}", "execId": "bad${TAG}", "OCI": {"Version": "1.0.2", "Root": {"Path": "/nonexistent-root"}, "Process": {"Args": ["true"], "Cwd": "/"}}}`;

t.test('help lists every method; usage errors exit 2 and name the problem', async (t) => {
  const help = await ctl(['connect', '--help']);
  t.equal(help.status, 0);
  for (const m of ['CreateContainer', 'GetGuestDetails', 'ListInterfaces', 'GetOOMEvent', 'Check', 'Version']) t.match(help.stdout, new RegExp(`^ {2}${m} `, 'm'), `${m} is listed`);
  const none = await ctl([]);
  t.equal(none.status, 2);
  t.match((await ctl(['connect', '--server-address', 'unix:///x', '-c', 'GetGuestDetail'])).stderr, /unknown method "GetGuestDetail"; did you mean GetGuestDetails/);
  t.match((await ctl(['connect', '--server-address', 'unix:///x', '-c', 'StatsContainer {containerId: 1}'])).stderr, /the request is not JSON/);
  t.match((await ctl(['connect', '--server-address', 'tcp://1.2.3.4:1', '-c', 'Check'])).stderr, /expected unix:\/\/PATH, hvsock:\/\/PATH\[:PORT\] or vsock:\/\/CID:PORT/);
  t.match((await ctl(['connect', '--sandbox', `nope${TAG}`, '-c', 'Check'])).stderr, /no sandbox "nope-\d+"/);
});

t.test('against an agent on a unix socket: health, details, and a refused call', async (t) => {
  const agent = await startAgent(t);
  const addr = `unix://${agent.socket}`;
  const ok = await ctl(['connect', '--server-address', addr, '-c', 'Check', '-c', 'Version', '-c', 'GetGuestDetails {"memBlockSize": true}']);
  t.equal(ok.status, 0, ok.stderr);
  const [check, version, details] = answers(ok.stdout);
  t.same(check, { method: 'Check', response: { status: 'SERVING' } });
  t.match(version!.response, { agentVersion: /\d+\.\d+\.\d+/ });
  t.match(details!.response, { agentDetails: { version: /\d/ } });
  // Never SetGuestDateTime here: this agent runs on the host.
  const typed = await ctl(['connect', '--server-address', addr, '-c', 'StatsContainer {"containerId": 5}']);
  t.equal(typed.status, 2);
  t.match(typed.stderr, /StatsContainer: the request does not fit StatsContainerRequest: containerId: expected a string, got 5/);
  const unknown = await ctl(['connect', '--server-address', addr, '-c', 'StatsContainer {"containerID": "c1"}']);
  t.match(unknown.stderr, /StatsContainer: the request does not fit StatsContainerRequest: unknown field containerID/);
  const refused = await ctl(['connect', '--server-address', addr, '-c', 'StartContainer {"containerId": "absent"}', '-c', 'Check']);
  t.equal(refused.status, 1, 'a refused call fails the run');
  t.match(refused.stderr, /^kata-agent-ctl: StartContainer: NotFound \(5\): .*absent/m, `the agent's status: ${refused.stderr}`);
  t.equal(refused.stdout, '', 'the run stops at the refused call');
});

t.test('against a sandbox in a VM, found by its id', { skip: !existsSync('/usr/bin/containerd') ? 'containerd is missing' : false }, async (t) => {
  t.setTimeout(600000);
  const { c } = await e2eContainerd(t);
  const id = `actl${TAG}`;
  const run = await c.ctr(['run', '-d', '--runtime', 'io.containerd.kata.v2', IMAGE, id, 'sleep', '600'], { timeoutMs: 240000 });
  t.equal(run.code, 0, `started: ${run.stderr}`);
  const ok = await ctl(['connect', '--sandbox', id, '-c', 'Check', '-c', 'GetGuestDetails']);
  t.equal(ok.status, 0, ok.stderr);
  const [check, details] = answers(ok.stdout);
  t.same(check, { method: 'Check', response: { status: 'SERVING' } });
  t.match(details!.response, { agentDetails: { version: /\d/ } }, 'the guest agent answers');
  const bad = await ctl(['connect', '--sandbox', id, '-c', BAD_SPEC]);
  t.equal(bad.status, 1);
  t.match(bad.stderr, /^kata-agent-ctl: CreateContainer: [A-Za-z]+ \(\d+\): .+/m, `the agent's error, printed: ${bad.stderr}`);
  await c.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
  await c.ctr(['task', 'delete', '-f', id]);
  await c.ctr(['containers', 'rm', id]);
  t.same(leftovers(), NOTHING_LEFT, 'nothing left');
});
