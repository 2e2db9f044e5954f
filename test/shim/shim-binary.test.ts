// The real containerd-shim-kata-v2 (bin/, as containerd runs it) given malformed input, with no
// VM: `start` of a bundle without config.json, Create over its ttrpc socket with a bundle whose
// config.json is missing, not JSON or of the wrong shape (also with a rootfs mount to make), and
// `delete` after a shim whose sandbox record is corrupt. Each is refused naming the file and what
// is wrong, and nothing changes: no sandbox state, no QEMU or other child, no mount, the files as
// they were, and the shim serves on. The same refusals through the task model are in task.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { mountsUnder } from '../../lib/common/mount/mountinfo.js';
import { packageRoot } from '../../lib/common/package-root.js';
import { containerd, google } from '../../lib/common/proto/gen/protocols.js';
import { Code, TtrpcClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { DEFAULT_STATE_ROOT, sandboxDir } from '../../lib/runtime/state.js';
import { socketPath } from '../../lib/shim/socket-path.js';
import { shimServerPid } from '../demo/containerd.js';
import { childrenOf } from '../helpers/process-tree.js';

const SHIM = join(packageRoot(), 'bin', 'containerd-shim-kata-v2');
const T = containerd.task.v2;
const taskApi = {
  serviceName: 'containerd.task.v2.Task',
  methods: {
    Create: { requestType: T.CreateTaskRequest, responseType: T.CreateTaskResponse },
    State: { requestType: T.StateRequest, responseType: T.StateResponse },
    Connect: { requestType: T.ConnectRequest, responseType: T.ConnectResponse },
    Shutdown: { requestType: T.ShutdownRequest, responseType: google.protobuf.Empty },
  },
};

const dir = mkdtempSync(join(tmpdir(), 'kata-ts-shimbin-'));
const namespace = `shimbin-${process.pid}`;
const address = join(dir, 'containerd.sock'); // only hashed into the shim's socket name
const shimLog = join(dir, 'shim.log');
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

function runShim(id: string, bundle: string, action: 'start' | 'delete') {
  const r = spawnSync(SHIM, ['-namespace', namespace, '-address', address, '-publish-binary', '/bin/true', '-id', id, '-bundle', bundle, action], {
    cwd: bundle,
    env: { ...process.env, KATA_TS_SHIM_LOG: shimLog, TTRPC_ADDRESS: '' },
    timeout: 30_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

function bundle(id: string, config: string | undefined): string {
  const b = join(dir, id);
  mkdirSync(join(b, 'rootfs'), { recursive: true });
  if (config !== undefined) writeFileSync(join(b, 'config.json'), config);
  return b;
}

const GOOD = JSON.stringify({ ociVersion: '1.0.2', process: { args: ['sh'], cwd: '/', user: { uid: 0, gid: 0 } }, root: { path: 'rootfs' } });

t.test('start: a bundle without config.json is refused naming the file, and no shim server starts', async (t) => {
  const id = `nocfg-${process.pid}`;
  const b = bundle(id, undefined);
  const r = runShim(id, b, 'start');
  t.equal(r.status, 1);
  t.match(r.stderr, `containerd-shim-kata-v2: bundle ${b}: ${b}/config.json does not exist`);
  t.equal(r.stdout, '', 'no address printed');
  t.notOk(existsSync(socketPath({ address, namespace }, id)), 'no shim socket');
  t.notOk(existsSync(join(b, 'address')));
});

t.test('Create over ttrpc with a bad config.json: InvalidArgument naming the file, before any VM — the shim serves on', async (t) => {
  const id = `shimbin-${process.pid}`;
  const started = runShim(id, bundle(id, GOOD), 'start');
  t.equal(started.status, 0, `start: ${started.stderr}`);
  t.match(started.stdout, /^unix:\/\/\/run\/kata-ts\/shim\/[0-9a-f]+\.sock$/);
  const sock = started.stdout.replace(/^unix:\/\//, '');
  const client = await TtrpcClient.connect(sock);
  t.teardown(() => client.close());
  const task = serviceClient(client, taskApi);
  const shimPid = shimServerPid(sock);
  t.teardown(() => {
    try {
      process.kill(shimPid, 'SIGTERM');
    } catch {
      /* gone */
    }
  });

  const rootfsSource = join(dir, 'image-rootfs');
  mkdirSync(rootfsSource, { recursive: true });
  const cases: Array<[string, string | undefined, RegExp, boolean?]> = [
    ['missing', undefined, /config\.json does not exist/],
    ['not JSON', '{"ociVersion": "1.0.2", "root": {', /config\.json is not valid JSON \(/],
    ['process.args a string', JSON.stringify({ ...JSON.parse(GOOD), process: { args: 'sh', cwd: '/' } }), /config\.json: process\.args must be a non-empty array, got "sh"/],
    ['no root', JSON.stringify({ ociVersion: '1.0.2' }), /config\.json: root is missing/],
    ['not JSON, with a rootfs mount to make', '}', /config\.json is not valid JSON/, true],
  ];
  let n = 0;
  for (const [what, config, why, withRootfs] of cases) {
    const cid = `${id}-${n++}`;
    const b = bundle(cid, config);
    const rootfs = withRootfs ? [{ type: 'bind', source: rootfsSource, options: ['rbind', 'rw'] }] : [];
    await t.rejects(task.Create({ id: cid, bundle: b, rootfs }), { code: Code.InvalidArgument, message: new RegExp(`create ${cid}: bundle ${b}: ${b}/${why.source}`) }, `config.json ${what}`);
    t.notOk(existsSync(sandboxDir(DEFAULT_STATE_ROOT, cid)), `${what}: no sandbox state`);
    t.same(mountsUnder(b), [], `${what}: nothing mounted in the bundle`);
    t.equal(config === undefined ? existsSync(join(b, 'config.json')) : readFileSync(join(b, 'config.json'), 'utf8'), config ?? false, `${what}: config.json as it was`);
  }
  t.same(childrenOf(shimPid), [], 'the shim started nothing (no QEMU, no virtiofsd)');
  await t.rejects(task.State({ id: `${id}-0` }), { code: Code.NotFound }, 'no task was made');
  await t.rejects(task.Connect({ id: 'any' }), { code: Code.NotFound }, 'the shim still serves (an unknown task is NotFound)');

  await task.Shutdown({ id });
  for (const until = Date.now() + 5000; existsSync(`/proc/${shimPid}`) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
  t.notOk(existsSync(`/proc/${shimPid}`), 'Shutdown with no task ends the shim');
  t.notOk(existsSync(sock), 'and its socket is gone');
});

t.test('delete after a shim whose sandbox record is corrupt: exit 1 naming the file, nothing touched', async (t) => {
  const id = `shimbin-rec-${process.pid}`;
  const b = bundle(id, GOOD);
  const sdir = sandboxDir(DEFAULT_STATE_ROOT, id);
  t.teardown(() => rmSync(sdir, { recursive: true, force: true }));
  mkdirSync(join(sdir, 'shared'), { recursive: true });
  const text = '{"id": "' + id + '", "qemuPid": 1, "containers": [';
  writeFileSync(join(sdir, 'state.json'), text);
  const r = runShim(id, b, 'delete');
  t.equal(r.status, 1);
  t.match(r.stderr, `containerd-shim-kata-v2: sandbox record ${join(sdir, 'state.json')} is corrupt: not JSON`);
  t.equal(r.stdout, '', 'no DeleteResponse: containerd sees the failure');
  t.equal(readFileSync(join(sdir, 'state.json'), 'utf8'), text, 'the record is left for a person to look at');
  t.ok(existsSync(join(sdir, 'shared')), 'and its directory');

  writeFileSync(join(sdir, 'state.json'), JSON.stringify({ id, createdAt: 'x', qemuPid: 'one', containers: [] }));
  const r2 = runShim(id, b, 'delete');
  t.equal(r2.status, 1);
  t.match(r2.stderr, /is corrupt: qemuPid must be a positive integer, or 0 before QEMU started, got "one"/);
});

