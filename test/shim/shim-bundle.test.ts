// Which shim bin/containerd-shim-kata-v2 runs: the one-file bundle `npm run build` makes
// (scripts/bundle-shim.mjs) when it is there and newer than the last tsc run, else the modules of
// dist/lib, also when KATA_TS_SHIM_UNBUNDLED=1. First the real shim, no VM: `start` from each
// spawns a server that runs from the same file, logs its start and ends on Shutdown. Then the
// script's choice alone, in a package laid out in a temporary directory with two stand-ins that
// say which of them ran (the real bundle and modules were run by the first test).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';
import { containerd, google } from '../../lib/common/proto/gen/protocols.js';
import { TtrpcClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { shimServerPid } from '../demo/containerd.js';

const ROOT = packageRoot();
const SHIM = join(ROOT, 'bin', 'containerd-shim-kata-v2');
const BUNDLE = join(ROOT, 'dist', 'bundle', 'containerd-shim-kata-v2.cjs');
const MODULES = join(ROOT, 'dist', 'lib', 'shim', 'main.js');
const T = containerd.task.v2;
const taskApi = {
  serviceName: 'containerd.task.v2.Task',
  methods: {
    Shutdown: { requestType: T.ShutdownRequest, responseType: google.protobuf.Empty },
  },
};

const dir = mkdtempSync(join(tmpdir(), 'kata-ts-shimbundle-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

function run(shim: string, args: string[], env: Record<string, string>, cwd = dir) {
  const r = spawnSync(shim, args, { cwd, env: { ...process.env, ...env }, timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

t.test('the real shim: start and its server run from the bundle, or from dist/lib with KATA_TS_SHIM_UNBUNDLED=1', async (t) => {
  if (!existsSync(BUNDLE)) {
    t.fail(`${BUNDLE} is missing: npm run build makes it`);
    return;
  }
  for (const [how, env, file] of [['bundle', {}, BUNDLE], ['modules', { KATA_TS_SHIM_UNBUNDLED: '1' }, MODULES]] as const) {
    const id = `shimbundle-${how}-${process.pid}`;
    const b = join(dir, id);
    mkdirSync(join(b, 'rootfs'), { recursive: true });
    writeFileSync(join(b, 'config.json'), JSON.stringify({ ociVersion: '1.0.2', process: { args: ['sh'], cwd: '/' }, root: { path: 'rootfs' } }));
    const args = ['-namespace', `shimbundle-${process.pid}`, '-address', join(dir, 'containerd.sock'), '-publish-binary', '/bin/true', '-id', id, '-bundle', b];
    const r = run(SHIM, [...args, 'start'], { ...env, KATA_TS_SHIM_LOG: join(dir, `${how}.log`), TTRPC_ADDRESS: '' }, b);
    t.equal(r.status, 0, `${how}: start: ${r.stderr}`);
    const sock = r.stdout.replace(/^unix:\/\//, '');
    const shimPid = shimServerPid(sock);
    t.teardown(() => {
      try {
        process.kill(shimPid, 'SIGTERM');
      } catch {
        /* gone */
      }
    });
    const client = await TtrpcClient.connect(sock);
    const task = serviceClient(client, taskApi);
    const argv = readFileSync(`/proc/${shimPid}/cmdline`, 'utf8').split('\0');
    t.equal(argv[1], file, `${how}: the server runs ${file}`);
    const log = readFileSync(join(dir, `${how}.log`), 'utf8');
    t.match(log, /"msg":"shim serving".*"startMs":\d+/, `${how}: the server logs its start time`);
    await task.Shutdown({ id });
    client.close();
    for (const until = Date.now() + 5000; existsSync(`/proc/${shimPid}`) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    t.notOk(existsSync(`/proc/${shimPid}`), `${how}: Shutdown ends the server`);
  }
  t.equal(run(SHIM, ['--help'], {}).status, 0, '--help from the bundle');
});

t.test('the choice: the bundle only when present, newer than dist/.tsbuildinfo and not turned off', async (t) => {
  const pkg = join(dir, 'pkg');
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  mkdirSync(join(pkg, 'dist', 'bundle'), { recursive: true });
  mkdirSync(join(pkg, 'dist', 'lib', 'shim'), { recursive: true });
  const shim = join(pkg, 'bin', 'containerd-shim-kata-v2');
  copyFileSync(SHIM, shim);
  const bundle = join(pkg, 'dist', 'bundle', 'containerd-shim-kata-v2.cjs');
  const tsbuildinfo = join(pkg, 'dist', '.tsbuildinfo');
  writeFileSync(join(pkg, 'dist', 'lib', 'shim', 'main.js'), 'process.stdout.write("modules " + process.argv.slice(2).join(" "));\n');
  writeFileSync(tsbuildinfo, '{}');
  const which = (env: Record<string, string> = {}): string => {
    const r = run('/bin/sh', [shim, '-id', 'x'], env);
    t.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  t.equal(which(), 'modules -id x', 'no bundle: the modules, with the arguments');
  writeFileSync(bundle, 'process.stdout.write("bundle " + process.argv.slice(2).join(" "));\n');
  const now = Date.now() / 1000;
  utimesSync(tsbuildinfo, now - 60, now - 60);
  utimesSync(bundle, now, now);
  t.equal(which(), 'bundle -id x', 'a bundle newer than the last tsc run: the bundle');
  t.equal(which({ KATA_TS_SHIM_UNBUNDLED: '1' }), 'modules -id x', 'KATA_TS_SHIM_UNBUNDLED=1: the modules');
  utimesSync(tsbuildinfo, now + 1, now + 1);
  t.equal(which(), 'modules -id x', 'a tsc run after the bundle (it is stale): the modules');
  t.same(readdirSync(join(pkg, 'dist', 'bundle')), ['containerd-shim-kata-v2.cjs'], 'the script writes nothing');
});

