// End to end: the agent's own log lines reach containerd's log (through the shim's `log` fifo)
// with source=agent and the sandbox id — the "container started" line of a container run through
// containerd, and the agent's error for an exec that cannot start. [agent.kata] enable_debug makes
// the agent log at debug level (each call it serves), and those lines come through too. A guest CPU
// other than the one the agent's snapshot was proven on starts the bundle, and that warning arrives.
import { existsSync } from 'node:fs';
import t from 'tap';
import { e2eContainerd, IMAGE, TAG } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
t.setTimeout(600000);

type Line = Record<string, unknown>;

/** The agent's lines in a log: JSON objects with source=agent, wherever in a line they start. */
function agentLines(text: string): Line[] {
  const out: Line[] = [];
  for (const l of text.split('\n')) {
    const i = l.indexOf('{');
    if (i < 0 || !l.includes('"source":"agent"')) continue;
    try {
      out.push(JSON.parse(l.slice(i)) as Line);
    } catch {
      /* a line containerd quoted: not ours */
    }
  }
  return out;
}

async function waitFor(read: () => Line[], pred: (l: Line) => boolean, ms = 30000): Promise<Line | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const hit = read().find(pred);
    if (hit || Date.now() > end) return hit;
    await new Promise((r) => setTimeout(r, 300));
  }
}

t.test("the agent's log lines appear in containerd's log with the sandbox id", async (t) => {
  const { c } = await e2eContainerd(t, {}, '', undefined, 'enable_debug = true');
  const id = `alog${TAG}`;
  const run = await c.ctr(['run', '-d', '--runtime', 'io.containerd.kata.v2', IMAGE, id, 'sh', '-c', 'sleep 600'], { timeoutMs: 240000 });
  t.equal(run.code, 0, `started: ${run.stderr}`);
  const read = (): Line[] => agentLines(c.log());
  const started = await waitFor(read, (l) => l.msg === 'container started' && l.container === id);
  t.ok(started, `the agent's "container started" line is in containerd's log; agent lines seen: ${read().length}`);
  t.match(started, { source: 'agent', sandbox: id, component: 'kata-agent', level: 'info', container: id });
  const exec = await c.ctr(['task', 'exec', '--exec-id', 'nope', id, '/no/such/binary'], { timeoutMs: 120000 });
  t.not(exec.code, 0, 'the exec fails');
  const failed = await waitFor(read, (l) => l.msg === 'agent call failed' && l.call === 'ExecProcess');
  t.ok(failed, 'the agent logged the failed exec');
  t.match(failed, { source: 'agent', sandbox: id, level: 'error', container: id, exec: 'nope', error: /no\/such\/binary/ }, "with the agent's error");
  const debug = await waitFor(read, (l) => l.level === 'debug' && l.msg === 'agent call' && l.call === 'CreateContainer');
  t.match(debug, { source: 'agent', sandbox: id, container: id }, "enable_debug: the agent's debug lines arrive too (each call it serves)");
  await c.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
  await c.ctr(['task', 'delete', '-f', id], { timeoutMs: 60000 });
  await c.ctr(['containers', 'rm', id]);
});

t.test('a guest CPU the snapshot was not proven on (cpu_features = "-avx2"): the container runs, and containerd\'s log says once why the agent started from the bundle', async (t) => {
  const { c } = await e2eContainerd(t, {}, 'cpu_features = "-avx2"');
  const id = `acpu${TAG}`;
  const run = await c.ctr(['run', '--rm', '--runtime', 'io.containerd.kata.v2', IMAGE, id, 'sh', '-c', 'grep -c avx2 /proc/cpuinfo || true'], { timeoutMs: 240000 });
  t.equal(run.code, 0, `ran: ${run.stderr}`);
  t.equal(run.stdout.trim(), '0', 'the guest CPU has no AVX2');
  const read = (): Line[] => agentLines(c.log());
  const fell = await waitFor(read, (l) => l.msg === 'agent start fell back');
  t.match(fell, { source: 'agent', sandbox: id, level: 'warn', mode: 'bundle', reason: /the snapshot \S+ was proven on another CPU \(.*avx2.*\), this guest's is / }, 'the agent says why, naming both CPUs');
  t.notMatch(fell?.reason, /, this guest's is .*avx2/, 'the guest signature lacks avx2');
  t.equal(read().filter((l) => l.msg === 'agent start fell back').length, 1, 'once');
});
