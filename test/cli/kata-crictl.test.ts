// kata-crictl's command line without a runtime (the CRI tests in test/e2e drive it against
// containerd): help on every verb, usage errors with status 2 naming the bad argument, config
// errors before any call, an unreachable endpoint named with its gRPC status, and the output helpers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';
import { ago, humanBytes, parseInfo, table } from '../../lib/cli/crictl-output.js';

const BIN = join(packageRoot(), 'bin', 'kata-crictl.js');
const VERBS = ['version', 'info', 'runp', 'create', 'start', 'exec', 'ps', 'pods', 'inspect', 'inspectp', 'logs', 'stats', 'statsp', 'stop', 'stopp', 'rm', 'rmp', 'images'];

function crictl(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(BIN, args, { encoding: 'utf8', env: { ...process.env, CONTAINER_RUNTIME_ENDPOINT: 'unix:///nonexistent/kata-crictl-test.sock', ...env }, timeout: 30_000 });
  if (r.error) throw r.error;
  return r;
}

t.test('--help on the command and on every verb', async (t) => {
  const main = crictl(['--help']);
  t.equal(main.status, 0);
  for (const v of VERBS) t.match(main.stdout, new RegExp(`\\b${v}\\b`), `main help lists ${v}`);
  for (const v of VERBS) {
    const r = crictl([v, '--help']);
    t.equal(r.status, 0, `${v} --help`);
    t.match(r.stdout, new RegExp(`^Usage: kata-crictl ${v}\\b`), `${v} --help prints its usage`);
  }
});

t.test('usage errors exit 2 and name the wrong thing', async (t) => {
  const cases: [string[], RegExp][] = [
    [[], /missing command/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['--bogus', 'version'], /unknown global option --bogus/],
    [['runp'], /runp: missing argument POD-CONFIG/],
    [['create', 'p', 'c.json'], /create: missing argument POD-ID CONTAINER-CONFIG POD-CONFIG/],
    [['stop', '--timeout', 'soon', 'c1'], /--timeout soon: expected a whole number/],
    [['ps', '--state', 'sleeping'], /--state sleeping: expected one of created, running, exited, unknown/],
    [['ps', '-o', 'xml'], /-o xml: expected one of table, json, yaml/],
    [['exec', 'c1', 'ls'], /exec: only -s \(ExecSync\) is supported/],
    [['-t', 'x', 'version'], /--timeout x: expected whole seconds/],
  ];
  for (const [args, re] of cases) {
    const r = crictl(args);
    t.equal(r.status, 2, args.join(' '));
    t.match(r.stderr, re, args.join(' '));
  }
});

t.test('a bad pod config is refused before any call (exit 2, the file and field named)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-crictl-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'pod.json'), JSON.stringify({ metadata: { name: 'p', namespce: 'default' } }));
  const r = crictl(['runp', join(dir, 'pod.json')]);
  t.equal(r.status, 2);
  t.match(r.stderr, /pod\.json: metadata\.namespce: unknown field/);
  t.notMatch(r.stderr, /UNAVAILABLE/, 'no call was made');
  const missing = crictl(['runp', join(dir, 'nope.json')]);
  t.equal(missing.status, 2);
  t.match(missing.stderr, /nope\.json: ENOENT/);
});

t.test('exec options stop at the container id: the command keeps its own flags', async (t) => {
  // The call fails (no runtime), but the error shows the id parsed and no usage error for -c.
  const r = crictl(['exec', '-s', 'c1', 'sh', '-c', 'echo hi']);
  t.equal(r.status, 1);
  t.match(r.stderr, /ExecSync c1: UNAVAILABLE/);
});

t.test('an unreachable endpoint: the gRPC status, the method and the endpoint (-r beats the environment)', async (t) => {
  const r = crictl(['-r', 'unix:///nonexistent/other.sock', 'inspectp', 'abc']);
  t.equal(r.status, 1);
  t.match(r.stderr, /PodSandboxStatus abc: UNAVAILABLE: .*\(endpoint unix:\/\/\/nonexistent\/other\.sock\)/);
  const tcp = crictl(['-r', 'tcp://127.0.0.1:1', 'version']);
  t.equal(tcp.status, 1);
  t.match(tcp.stderr, /only unix sockets are supported/);
});

t.test('output helpers: tables, ages, sizes, verbose info', async (t) => {
  t.equal(table(['A', 'LONGER'], [['xyz', '1'], ['q', '22']]), 'A     LONGER\nxyz   1\nq     22');
  const now = Date.UTC(2026, 11, 1);
  t.equal(ago((now - 5000) * 1e6, now), '5 seconds ago');
  t.equal(ago((now - 3 * 60000) * 1e6, now), '3 minutes ago');
  t.equal(humanBytes(999), '999B');
  t.equal(humanBytes(4_400_000), '4.4MB');
  t.same(parseInfo({ info: '{"pid": 7}', plain: 'not json' }), { info: { pid: 7 }, plain: 'not json' });
});
