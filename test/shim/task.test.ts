// The shim's task model and Task API (lib/shim/service.ts, task.ts, init.ts, exec.ts) against a
// double of the sandbox (test/helpers/fake-sandbox.ts): which calls each state allows, which
// it refuses and with which ttrpc code, and the events published — without a VM. The same
// paths with a real VM and containerd are in test/e2e/ and test/runtime/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { Logger } from '../../lib/common/log/logger.js';
import type { Spec } from '../../lib/common/oci/spec.js';
import { containerd } from '../../lib/common/proto/gen/protocols.js';
import { Code, type CallContext, TtrpcError } from '../../lib/common/ttrpc/index.js';
import { CONTAINER_TYPE, SANDBOX_ID } from '../../lib/shim/pod.js';
import { EventPublisher } from '../../lib/shim/publisher.js';
import { taskService } from '../../lib/shim/service.js';
import { Status } from '../../lib/shim/task.js';
import { FakeLauncher, type FakeSandbox } from '../helpers/fake-sandbox.js';

class RecordingPublisher extends EventPublisher {
  readonly topics: string[] = [];
  readonly events: Array<{ topic: string; event: unknown }> = [];
  constructor() {
    super('', 'test', new Logger({ component: 'test', stream: { write: () => true } }));
  }
  override publish<T>(topic: string, _typeName: string, _codec: unknown, event: T): void {
    this.topics.push(topic);
    this.events.push({ topic, event });
  }
}

type Res = Record<string, unknown>;

function setup(t: { teardown(fn: () => void): void }) {
  const dir = mkdtempSync(join(tmpdir(), 'kata-ts-task-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const launcher = new FakeLauncher();
  const events = new RecordingPublisher();
  const svc = taskService({ log: new Logger({ component: 'test', stream: { write: () => true } }), events, onShutdown: () => undefined, launcher });
  const ctx: CallContext = { service: svc.serviceName, method: '', metadata: {}, signal: new AbortController().signal, deadline: undefined };
  const call = async (method: string, req: Res): Promise<Res> => (await svc.methods[method]!.handler(req, { ...ctx, method })) as Res;
  const bundle = (id: string, annotations?: Record<string, string>): string => {
    const b = join(dir, id);
    mkdirSync(join(b, 'rootfs'), { recursive: true });
    const spec: Spec = { ociVersion: '1.0.2', process: { args: ['sh'], cwd: '/', user: { uid: 0, gid: 0 } }, root: { path: 'rootfs' }, ...(annotations ? { annotations } : {}) };
    writeFileSync(join(b, 'config.json'), JSON.stringify(spec));
    return b;
  };
  const create = (id: string, annotations?: Record<string, string>, extra: Res = {}) => call('Create', { id, bundle: bundle(id, annotations), ...extra });
  const status = async (id: string, execId = ''): Promise<unknown> => (await call('State', { id, execId })).status;
  const exec = (id: string, execId: string) =>
    call('Exec', { id, execId, spec: { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/Process', value: Buffer.from(JSON.stringify({ args: ['true'], cwd: '/' })) } });
  return { dir, launcher, events, call, create, status, exec };
}

const code = (c: number, message?: RegExp) => (message ? { code: c, message } : { code: c });

t.test('a task: create, start, pause, resume, kill, wait, delete — and what each state refuses', async (t) => {
  const { launcher, events, call, create, status, exec } = setup(t);
  const r = await create('c1');
  const sb = launcher.sandboxes[0]!;
  t.equal(r.pid, sb.pid, "the task's pid is the VM's");
  t.equal(await status('c1'), Status.CREATED);
  await t.rejects(call('Pause', { id: 'c1' }), code(Code.FailedPrecondition, /not running/), 'a created task cannot be paused');
  await t.rejects(exec('c1', 'e'), code(Code.FailedPrecondition), 'no exec before start');

  await call('Start', { id: 'c1' });
  t.equal(await status('c1'), Status.RUNNING);
  await t.rejects(call('Start', { id: 'c1' }), code(Code.FailedPrecondition, /is not created/), 'start twice');
  await t.rejects(call('Delete', { id: 'c1' }), code(Code.FailedPrecondition, /still running; kill it first/), 'delete a running task');
  await t.rejects(call('Resume', { id: 'c1' }), code(Code.FailedPrecondition, /not paused/));

  await call('Pause', { id: 'c1' });
  t.equal(await status('c1'), Status.PAUSED);
  await t.rejects(call('Pause', { id: 'c1' }), code(Code.FailedPrecondition), 'pause twice');
  await t.rejects(call('Start', { id: 'c1' }), code(Code.FailedPrecondition));
  await t.rejects(call('Delete', { id: 'c1' }), code(Code.FailedPrecondition), 'delete a paused task');
  await call('Resume', { id: 'c1' });
  t.equal(await status('c1'), Status.RUNNING);

  await call('Update', { id: 'c1', resources: { value: Buffer.from(JSON.stringify({ pids: { limit: 10 } })) } });
  const stats = containerd.task.v2.StatsResponse.fromObject(await call('Stats', { id: 'c1' }));
  t.equal(stats.stats?.type_url, 'io.containerd.cgroups.v1.Metrics');
  await call('ResizePty', { id: 'c1', width: 80, height: 24 });
  await call('CloseIO', { id: 'c1', stdin: true });

  const waited = call('Wait', { id: 'c1' });
  await call('Kill', { id: 'c1', signal: 15 });
  t.equal((await waited).exitStatus, 143, 'Wait answers with the exit status');
  t.equal(await status('c1'), Status.STOPPED);
  t.equal((await call('State', { id: 'c1' })).exitStatus, 143);
  await t.rejects(call('Kill', { id: 'c1', signal: 9 }), code(Code.NotFound, /already exited/), 'kill a stopped task');
  await t.rejects(call('Pause', { id: 'c1' }), code(Code.FailedPrecondition));
  await t.rejects(exec('c1', 'e'), code(Code.FailedPrecondition, /not running/), 'exec in a stopped task');

  const d = await call('Delete', { id: 'c1' });
  t.equal(d.exitStatus, 143);
  t.notOk(sb.running, 'deleting the sandbox task stops its VM');
  await t.rejects(call('State', { id: 'c1' }), code(Code.NotFound, /task "c1" not found/), 'the task is gone');
  t.same(sb.calls, ['createContainer c1', 'startContainer c1', 'pauseContainer c1', 'resumeContainer c1', 'updateContainer c1 {"pids":{"limit":10}}', 'statsContainer c1', 'resizePty c1/c1 24x80', 'closeStdin c1/c1', 'signal c1/c1 15', 'delete']);
  t.same(events.topics, ['/tasks/create', '/tasks/start', '/tasks/paused', '/tasks/resumed', '/tasks/exit', '/tasks/delete']);
});

t.test('execs: added, started, refused by state, waited for, deleted', async (t) => {
  const { launcher, call, create, status, exec } = setup(t);
  await create('c2');
  await call('Start', { id: 'c2' });
  const sb = launcher.sandboxes[0]!;
  await exec('c2', 'e1');
  await t.rejects(exec('c2', 'e1'), code(Code.AlreadyExists), 'the same exec id twice');
  await t.rejects(exec('c2', 'c2'), code(Code.AlreadyExists), "the task's own id");
  await t.rejects(call('Exec', { id: 'c2', execId: 'e2' }), code(Code.InvalidArgument, /no process spec/));
  t.equal(await status('c2', 'e1'), Status.CREATED);
  await t.rejects(call('Kill', { id: 'c2', execId: 'e1', signal: 15 }), code(Code.FailedPrecondition, /not started/), 'kill a created exec');

  await call('Start', { id: 'c2', execId: 'e1' });
  t.equal(await status('c2', 'e1'), Status.RUNNING);
  await t.rejects(call('Start', { id: 'c2', execId: 'e1' }), code(Code.FailedPrecondition), 'start an exec twice');
  await t.rejects(call('Delete', { id: 'c2', execId: 'e1' }), code(Code.FailedPrecondition, /still running/), 'delete a running exec');
  const waited = call('Wait', { id: 'c2', execId: 'e1' });
  sb.exit('c2', 'e1', 3);
  t.equal((await waited).exitStatus, 3);
  t.equal(await status('c2', 'e1'), Status.STOPPED);
  t.equal(await status('c2'), Status.RUNNING, 'the init process runs on');
  await t.rejects(call('Kill', { id: 'c2', execId: 'e1', signal: 9 }), code(Code.NotFound), 'kill a stopped exec');
  t.equal((await call('Delete', { id: 'c2', execId: 'e1' })).exitStatus, 3);
  await t.rejects(call('State', { id: 'c2', execId: 'e1' }), code(Code.NotFound, /process e1 does not exist/));

  await exec('c2', 'e3');
  await call('Delete', { id: 'c2', execId: 'e3' }); // a created exec can be deleted
  await t.rejects(call('Start', { id: 'c2', execId: 'e3' }), code(Code.NotFound));
  await call('Kill', { id: 'c2', signal: 9, all: true });
  t.ok(sb.calls.includes('signal c2/ 9'), 'kill --all signals every process of the container');
  await call('Wait', { id: 'c2' });
  await call('Delete', { id: 'c2' });
});

t.test('unknown ids and bad requests are refused and change nothing', async (t) => {
  const { launcher, call, create } = setup(t);
  for (const m of ['Start', 'State', 'Kill', 'Pause', 'Resume', 'Delete', 'Wait', 'Stats', 'Pids', 'Connect']) {
    await t.rejects(call(m, { id: 'ghost' }), code(Code.NotFound, /task "ghost" not found/), `${m} of an unknown task`);
  }
  await create('c3');
  await t.rejects(call('Start', { id: 'c3', execId: 'nope' }), code(Code.NotFound, /process nope does not exist in task c3/));
  await t.rejects(call('CloseIO', { id: 'c3', execId: 'nope' }), code(Code.NotFound));
  await t.rejects(create('c3'), code(Code.AlreadyExists), 'a second task of the same id');
  await t.rejects(call('Checkpoint', { id: 'c3' }), code(Code.Unimplemented));

  const two = [{ type: 'bind', source: '/nonexistent-a', options: ['rbind'] }, { type: 'bind', source: '/nonexistent-b', options: ['rbind'] }];
  await t.rejects(create('c4', undefined, { rootfs: two }), code(Code.InvalidArgument, /2 rootfs mounts; one is supported/));
  await t.rejects(create('c5', { [CONTAINER_TYPE]: 'pod' }), code(Code.InvalidArgument, /neither "sandbox" nor "container"/));
  launcher.configText = '[hypervisor.qemu]\nenable_annotations = ["^image$"]\nvalid_image_paths = ["/opt/kata/share/*.img"]\n';
  await t.rejects(create('c8', { 'io.katacontainers.config.hypervisor.image': '/etc/shadow' }),
    code(Code.InvalidArgument, /create c8: annotation io\.katacontainers\.config\.hypervisor\.image: "\/etc\/shadow" matches no glob of hypervisor\.qemu\.valid_image_paths/), 'a host path the configuration does not allow');
  await t.rejects(create('c9', { 'io.katacontainers.config.hypervisor.image': '/opt/kata/share/../../../etc/shadow' }),
    code(Code.InvalidArgument, /"\/opt\/kata\/share\/\.\.\/\.\.\/\.\.\/etc\/shadow" has a "\.\." segment.*valid_image_paths/), 'nor one that is not normalised');
  launcher.configText = undefined;
  t.equal(launcher.sandboxes.length, 1, 'no sandbox was started for the refused creates');

  launcher.failCreate = new Error('no VM today');
  const e = await create('c6').catch((x: unknown) => x);
  t.ok(e instanceof TtrpcError, 'a failure is an API error');
  await t.rejects(create('c7'), code(Code.Unknown, /Create: no VM today/), 'a failure that is no refusal is Unknown, with its cause');
  await call('Delete', { id: 'c3' });
});

t.test('malformed requests: an exec spec that is not JSON or of the wrong shape, resources of the wrong types — InvalidArgument naming the field, nothing changed', async (t) => {
  const { launcher, events, call, create, status } = setup(t);
  await create('m1');
  await call('Start', { id: 'm1' });
  const sb = launcher.sandboxes[0]!;
  const callsBefore = sb.calls.length;
  const topicsBefore = events.topics.length;
  const PROCESS = 'types.containerd.io/opencontainers/runtime-spec/1/Process';
  const execWith = (execId: string, value: string, type_url = PROCESS) => call('Exec', { id: 'm1', execId, spec: { type_url, value: Buffer.from(value) } });
  const badExecs: Array<[string, string, RegExp, string?]> = [
    ['not JSON', '{"args": ["sh"', /exec x1 in task m1: process is not JSON \(/],
    ['a JSON array', '["sh"]', /process must be an object, got array/],
    ['args a string', JSON.stringify({ args: 'sh -c true', cwd: '/' }), /process\.args must be a non-empty array, got "sh -c true"/],
    ['args with a number', JSON.stringify({ args: ['sleep', 5], cwd: '/' }), /process\.args\[1\] must be a string, got number/],
    ['no args', JSON.stringify({ cwd: '/' }), /process\.args is missing/],
    ['empty args', JSON.stringify({ args: [], cwd: '/' }), /process\.args must not be empty/],
    ['uid a string', JSON.stringify({ args: ['id'], cwd: '/', user: { uid: 'root', gid: 0 } }), /process\.user\.uid must be an integer 0\.\.4294967295, got "root"/],
    ['a negative gid', JSON.stringify({ args: ['id'], cwd: '/', user: { uid: 0, gid: -1 } }), /process\.user\.gid must be an integer/],
    ['env an object', JSON.stringify({ args: ['env'], cwd: '/', env: { PATH: '/bin' } }), /process\.env must be an array, got object/],
    ['terminal a string', JSON.stringify({ args: ['sh'], cwd: '/', terminal: 'yes' }), /process\.terminal must be a boolean, got "yes"/],
    ['an rlimit without hard', JSON.stringify({ args: ['sh'], cwd: '/', rlimits: [{ type: 'RLIMIT_NOFILE', soft: 10 }] }), /process\.rlimits\[0\]\.hard is missing/],
    ['another message type', JSON.stringify({ args: ['sh'], cwd: '/' }), /process is a types\.containerd\.io\/opencontainers\/runtime-spec\/1\/Spec, not a types\.containerd\.io\/opencontainers\/runtime-spec\/1\/Process/, 'types.containerd.io/opencontainers/runtime-spec/1/Spec'],
  ];
  for (const [what, value, message, typeUrl] of badExecs) {
    await t.rejects(execWith('x1', value, typeUrl), code(Code.InvalidArgument, message), `exec spec: ${what}`);
  }
  await t.rejects(call('State', { id: 'm1', execId: 'x1' }), code(Code.NotFound), 'no exec was added by any of them');

  const RESOURCES = 'types.containerd.io/opencontainers/runtime-spec/1/LinuxResources';
  const updateWith = (value: string | Uint8Array, type_url = RESOURCES) => call('Update', { id: 'm1', resources: { type_url, value: typeof value === 'string' ? Buffer.from(value) : value } });
  const badUpdates: Array<[string, string | Uint8Array, RegExp]> = [
    ['not JSON (protobuf bytes)', new Uint8Array([0x0a, 0x04, 0x08, 0x80, 0x80, 0x40]), /update of task m1: resources is not JSON \(/],
    ['a memory limit as a string', JSON.stringify({ memory: { limit: '512M' } }), /update of task m1: resources\.memory\.limit must be an integer, got "512M"/],
    ['a fractional cpu quota', JSON.stringify({ cpu: { quota: 1.5, period: 100000 } }), /resources\.cpu\.quota must be an integer, got number/],
    ['cpus as a number', JSON.stringify({ cpu: { cpus: 1 } }), /resources\.cpu\.cpus must be a string, got number/],
    ['pids without a limit', JSON.stringify({ pids: {} }), /resources\.pids\.limit is missing/],
    ['pids as a number', JSON.stringify({ pids: 10 }), /resources\.pids must be an object, got number/],
    ['a null memory', JSON.stringify({ memory: null }), /resources\.memory must be an object, got null/],
    ['swap beyond 2^53', '{"memory":{"swap":18446744073709551615}}', /resources\.memory\.swap must be an integer/],
  ];
  for (const [what, value, message] of badUpdates) {
    await t.rejects(updateWith(value), code(Code.InvalidArgument, message), `update: ${what}`);
  }
  await t.rejects(updateWith('{}', 'types.containerd.io/opencontainers/runtime-spec/1/WindowsResources'), code(Code.InvalidArgument, /not a types\.containerd\.io\/opencontainers\/runtime-spec\/1\/LinuxResources/));

  t.same(sb.calls.slice(callsBefore), [], 'the sandbox was asked nothing: no exec, no update');
  t.same(events.topics.slice(topicsBefore), [], 'no event was published');
  t.equal(await status('m1'), Status.RUNNING, 'the task runs on');

  // The same requests well-formed go through, so the refusals above were about the payloads.
  await execWith('x1', JSON.stringify({ args: ['sleep', '5'], cwd: '/', user: { uid: 0, gid: 0 } }));
  await updateWith(JSON.stringify({ memory: { limit: 536870912 }, cpu: { quota: 50000, period: 100000 } }));
  t.same(sb.calls.slice(callsBefore), ['updateContainer m1 {"memory":{"limit":536870912},"cpu":{"quota":50000,"period":100000}}']);
  t.same(events.topics.slice(topicsBefore), ['/tasks/exec-added']);
  await call('Kill', { id: 'm1', signal: 9 });
  await call('Wait', { id: 'm1' });
  await call('Delete', { id: 'm1' });
});

t.test("malformed bundles: a config.json that is missing, not JSON or of the wrong shape — InvalidArgument naming the file and field, before a VM starts or a rootfs is mounted", async (t) => {
  const { dir, launcher, events, call } = setup(t);
  const bundleWith = (id: string, config: string | undefined): string => {
    const b = join(dir, id);
    mkdirSync(join(b, 'rootfs'), { recursive: true });
    if (config !== undefined) writeFileSync(join(b, 'config.json'), config);
    return b;
  };
  const ok = { ociVersion: '1.0.2', process: { args: ['sh'], cwd: '/' }, root: { path: 'rootfs' } };
  const cases: Array<[string, string | undefined, (b: string) => RegExp]> = [
    ['missing', undefined, (b) => new RegExp(`create b\\d: bundle ${b}: ${b}/config\\.json does not exist`)],
    ['empty', '', (b) => new RegExp(`${b}/config\\.json is not valid JSON`)],
    ['cut short', JSON.stringify(ok).slice(0, 30), (b) => new RegExp(`${b}/config\\.json is not valid JSON`)],
    ['a JSON string', '"hello"', () => /config\.json: the document must be an object, got "hello"/],
    ['without root', JSON.stringify({ ...ok, root: undefined }), () => /config\.json: root is missing/],
    ['root.path a number', JSON.stringify({ ...ok, root: { path: 7 } }), () => /config\.json: root\.path must be a string, got number/],
    ['process.args a string', JSON.stringify({ ...ok, process: { args: 'sh', cwd: '/' } }), () => /config\.json: process\.args must be a non-empty array, got "sh"/],
    ['annotations with a number', JSON.stringify({ ...ok, annotations: { 'io.kubernetes.cri.container-type': 1 } }), () => /annotations\["io\.kubernetes\.cri\.container-type"\] must be a string, got number/],
    ['a memory limit as a string', JSON.stringify({ ...ok, linux: { resources: { memory: { limit: '1G' } } } }), () => /linux\.resources\.memory\.limit must be an integer, got "1G"/],
    ['a root.path that is not there', JSON.stringify({ ...ok, root: { path: 'no-such-rootfs' } }), (b) => new RegExp(`root\\.path "no-such-rootfs": ${b}/no-such-rootfs does not exist`)],
  ];
  let n = 0;
  for (const [what, config, message] of cases) {
    const id = `b${n++}`;
    const b = bundleWith(id, config);
    await t.rejects(call('Create', { id, bundle: b }), code(Code.InvalidArgument, message(b)), `config.json ${what}`);
    await t.rejects(call('State', { id }), code(Code.NotFound), `no task ${id} was made`);
  }
  t.equal(launcher.sandboxes.length, 0, 'no sandbox was started for any of them');
  t.same(events.topics, [], 'no event was published');
});

t.test('a pod: containers join the sandbox task\'s VM, which goes last', async (t) => {
  const { launcher, call, create } = setup(t);
  await t.rejects(create('app0', { [CONTAINER_TYPE]: 'container', [SANDBOX_ID]: 'pod1' }), code(Code.NotFound, /serves no pod "pod1"/), 'a container of a pod the shim does not serve');
  await create('pod1', { [CONTAINER_TYPE]: 'sandbox', [SANDBOX_ID]: 'pod1' });
  await create('app1', { [CONTAINER_TYPE]: 'container', [SANDBOX_ID]: 'pod1' });
  t.equal(launcher.sandboxes.length, 1, 'one VM for the pod');
  const sb = launcher.sandboxes[0]!;
  t.same([...sb.containers], ['pod1', 'app1']);
  await t.rejects(call('Delete', { id: 'pod1' }), code(Code.FailedPrecondition, /delete its containers first \(app1\)/));
  await call('Delete', { id: 'app1' });
  t.ok(sb.running, "deleting a member container leaves the pod's VM");
  t.same([...sb.containers], ['pod1']);
  await call('Delete', { id: 'pod1' });
  t.notOk(sb.running);
});

t.test("a container cannot join a pod whose VM is down", async (t) => {
  const { launcher, create } = setup(t);
  await create('pod2', { [CONTAINER_TYPE]: 'sandbox', [SANDBOX_ID]: 'pod2' });
  (launcher.sandboxes[0] as FakeSandbox).running = false;
  await t.rejects(create('app2', { [CONTAINER_TYPE]: 'container', [SANDBOX_ID]: 'pod2' }), code(Code.FailedPrecondition, /VM of pod pod2 is not running/));
});

t.test('OOM kills in the guest are published as TaskOOM', async (t) => {
  const { launcher, events, call, create } = setup(t);
  await create('c8');
  const sb = launcher.sandboxes[0]!;
  sb.oom('c8');
  await new Promise((r) => setImmediate(r));
  const oom = events.events.find((e) => e.topic === '/tasks/oom');
  t.same(oom?.event, { containerId: 'c8' });
  await call('Delete', { id: 'c8' });
});

t.test('an exit during a pause is not undone by the pause finishing', async (t) => {
  const { launcher, call, create, status } = setup(t);
  await create('c9');
  await call('Start', { id: 'c9' });
  const sb = launcher.sandboxes[0]!;
  const release = sb.gate('pauseContainer');
  const pausing = call('Pause', { id: 'c9' });
  const waited = call('Wait', { id: 'c9' });
  sb.exit('c9', 'c9', 0);
  await waited;
  release();
  await pausing;
  t.equal(await status('c9'), Status.STOPPED, 'stopped, not paused');
  await call('Delete', { id: 'c9' });
});

t.test('deleting a task that never started ends its waiters with 0', async (t) => {
  const { call, create } = setup(t);
  await create('c10');
  const waited = call('Wait', { id: 'c10' });
  await call('Delete', { id: 'c10' });
  t.equal((await waited).exitStatus, 0);
});
