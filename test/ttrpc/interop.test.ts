// Interop with the real thing: containerd's Go ttrpc (the version Debian ships for containerd 1.6)
// as server for our client and as client of our server. The Go peer (interop/main.go) is built here,
// offline, in GOPATH mode from /usr/share/gocode. Skipped, saying why, when Go is not installed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { ttrpc } from '../../lib/common/proto/gen/protocols.js';
import { Code, TtrpcClient } from '../../lib/common/ttrpc/index.js';
import { ECHO, captureLog, echo, socketDir, startServer } from './helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const source = join(root, 'test', 'ttrpc', 'interop', 'main.go');
const gocode = '/usr/share/gocode';
const goEnv = { ...process.env, GO111MODULE: 'off', GOPATH: gocode, GOFLAGS: '', GOCACHE: join(tmpdir(), 'kata-ts-gocache') };

function missing(): string | undefined {
  if (spawnSync('go', ['version']).status !== 0) return 'no Go toolchain (apt-get install golang-go)';
  if (!existsSync(join(gocode, 'src/github.com/containerd/ttrpc'))) return 'no Go ttrpc source (apt-get install golang-github-containerd-ttrpc-dev)';
  return undefined;
}

const why = missing();
if (why) {
  t.plan(0, `interop with Go ttrpc skipped: ${why}`);
} else {
  t.setTimeout(300_000); // a cold Go build of ttrpc and grpc/status takes a while on 2 cores
  const bin = join(socketDir(t), 'interop');
  t.before(() => {
    execFileSync('go', ['build', '-o', bin, source], { env: goEnv, cwd: tmpdir(), stdio: ['ignore', 'inherit', 'inherit'] });
  });

  t.test('our client calls a Go ttrpc server', async (t) => {
    const path = join(socketDir(t), 'go.sock');
    const go = spawn(bin, ['server', path], { stdio: ['ignore', 'pipe', 'inherit'] });
    t.teardown(() => void go.kill('SIGKILL'));
    await new Promise<void>((resolve, reject) => {
      go.stdout.once('data', () => resolve());
      go.once('exit', (code) => reject(new Error(`Go server exited with ${code}`)));
    });
    const log = captureLog();
    const c = await TtrpcClient.connect(path, { logger: log.logger });
    t.teardown(() => c.close());

    const res = await echo(c, 'hello', 'go');
    t.same([res.key, res.value], ['hello', 'go']);
    await t.rejects(c.call('no.Such', 'Echo', ttrpc.KeyValue, ttrpc.KeyValue, {}), { code: Code.Unimplemented, statusMessage: 'service no.Such' });
    await t.rejects(echo(c, 'x', '', 'Nope'), { code: Code.Unimplemented, statusMessage: 'method Nope' });
    await t.rejects(echo(c, 'thing', '', 'Fail'), { code: Code.NotFound, statusMessage: 'no such thing thing' });
    const dl = await echo(c, '', '', 'Deadline', { timeoutMs: 2000 });
    t.equal(dl.key, 'remaining-ms');
    t.ok(Number(dl.value) > 1000 && Number(dl.value) <= 2000, `Go saw our timeout_nano: ${dl.value} ms left`);
    t.equal((await echo(c, '', '', 'Deadline')).key, 'none', 'no timeout, no deadline');
    const md = await echo(c, '', '', 'Meta', { metadata: { 'x-k': ['a', 'b'] } });
    t.same(JSON.parse(md.value), { 'x-k': ['a', 'b'] });
    // Go ttrpc 1.1 sends an oversized response; we drop it and fail only that call.
    await t.rejects(echo(c, '', String(5 << 20), 'Big'), { code: Code.ResourceExhausted, message: /exceeds maximum message size of 4194304/ });
    t.ok(log.lines.some((l) => l.msg === 'ttrpc: dropped oversized response'));
    const many = await Promise.all(Array.from({ length: 1000 }, (_, i) => echo(c, `k${i}`)));
    t.ok(many.every((r, i) => r.key === `k${i}`), '1000 concurrent calls answered by Go');
    t.notOk(c.closed);
  });

  t.test('a Go ttrpc client calls our server', async (t) => {
    const { path } = await startServer(t, socketDir(t));
    const out = await new Promise<string>((resolve, reject) => {
      const go = spawn(bin, ['client', path], { stdio: ['ignore', 'pipe', 'inherit'] });
      t.teardown(() => void go.kill('SIGKILL'));
      let s = '';
      go.stdout.on('data', (d: Buffer) => (s += d.toString()));
      go.once('exit', (code) => (code === 0 ? resolve(s) : reject(new Error(`Go client exited with ${code}: ${s}`))));
    });
    const r: Record<string, { code: number; msg?: string; key?: string; value?: string }> = {};
    for (const line of out.trim().split('\n')) {
      const o = JSON.parse(line) as { name: string; code: number; msg?: string; key?: string; value?: string };
      r[o.name] = o;
    }
    t.match(r.echo, { code: 0, key: 'hi', value: 'there' });
    t.match(r.unimplemented, { code: Code.Unimplemented, msg: `method Nope of service ${ECHO}` });
    t.match(r['fail-coded'], { code: Code.NotFound, msg: 'no such container' });
    t.match(r['fail-plain'], { code: Code.Unknown, msg: 'plain failure' });
    t.same(JSON.parse(r.metadata!.value!), { 'x-k': ['a', 'b'] });
    const seen = r['deadline-seen']!;
    t.equal(seen.key, 'slept');
    // Ours is Go's deadline plus the time the request took to arrive (small, but not zero under load).
  const skew = Number(seen.value) - Number(seen.msg);
  t.ok(skew > -5 && skew < 1000, `our handler's deadline ${seen.value} matches Go's ${seen.msg}`);
    t.match(r['deadline-exceeded'], { code: Code.DeadlineExceeded });
    t.match(r['big-response'], { code: Code.ResourceExhausted, msg: /response of kata\.test\.Echo\/Big: message length \d+ exceeds maximum/ });
    t.match(r['big-request'], { code: Code.ResourceExhausted, msg: /request on stream \d+: message length \d+ exceeds maximum/ });
    t.match(r['after-big'], { code: 0, key: 'after' });
    t.match(r['concurrent-500'], { value: '0' });
  });
}
