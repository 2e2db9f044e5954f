// End to end with [hypervisor.qemu] rootless = true (Kata's key), one VM through a private
// containerd: QEMU runs as a user made for its sandbox alone (non-root uid and gid, no
// supplementary groups), under its own seccomp filter (seccompsandbox) and with no capabilities,
// and the container works (exec, output, exit code). The user owns the sandbox's state directory
// and nothing of the containers' (the shared directory stays root's, closed). Against that running
// container, malformed Exec and Update requests sent to its shim are refused as InvalidArgument,
// and the container runs on unchanged. After delete: the user, its group, its files are gone.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { containerd, google } from '../../lib/common/proto/gen/protocols.js';
import { Code, TtrpcClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { readRecord } from '../../lib/runtime/state.js';
import type { Containerd } from '../demo/containerd.js';
import { IMAGE, NOTHING_LEFT, TAG, e2eContainerd, leftovers, qemuOf, shimsOf, waitForStatus } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
t.setTimeout(600000);

const KATA = ['--runtime', 'io.containerd.kata.v2'];
const T = containerd.task.v2;
const taskApi = {
  serviceName: 'containerd.task.v2.Task',
  methods: {
    Exec: { requestType: T.ExecProcessRequest, responseType: google.protobuf.Empty },
    Update: { requestType: T.UpdateTaskRequest, responseType: google.protobuf.Empty },
    State: { requestType: T.StateRequest, responseType: T.StateResponse },
  },
};

/** A field of /proc/PID/status ("Uid", "CapEff", …), split on whitespace. */
function statusField(pid: number, name: string): string[] {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line) throw new Error(`/proc/${pid}/status has no ${name}`);
  return line.slice(name.length + 1).trim().split(/\s+/).filter(Boolean);
}

/** The shim server of task id: its command line names the task and the socket it serves. */
function shimSocket(c: Containerd, id: string): string {
  for (const pid of shimsOf(c)) {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const sock = argv[argv.indexOf('-socket') + 1];
    if (argv.includes(id) && argv.includes('-socket') && sock) return sock;
  }
  throw new Error(`no shim server of ${id}`);
}

const passwdHas = (name: string): boolean => readFileSync('/etc/passwd', 'utf8').split('\n').some((l) => l.startsWith(`${name}:`));
const groupHas = (name: string): boolean => readFileSync('/etc/group', 'utf8').split('\n').some((l) => l.startsWith(`${name}:`));

t.test('rootless = true: QEMU runs as its sandbox\'s own unprivileged user, with seccomp and no capabilities; the container works; bad requests change nothing; the user goes with the sandbox', async (t) => {
  const { c } = await e2eContainerd(t, {}, 'rootless = true');
  const id = `rootless${TAG}`;
  const run = await c.ctr(['run', '-d', ...KATA, IMAGE, id, 'sh', '-c', 'trap "exit 143" TERM; while :; do sleep 1; done'], { timeoutMs: 240000 });
  t.equal(run.code, 0, `started detached: ${run.stderr}\n${run.code === 0 ? '' : c.log().slice(-4000)}`);
  t.teardown(() => c.ctr(['task', 'kill', '-s', 'KILL', id]).then(() => c.ctr(['task', 'delete', '-f', id])).then(() => c.ctr(['container', 'rm', id])).then(() => undefined));

  const [qemu] = qemuOf(id);
  t.ok(qemu, 'the sandbox has a QEMU');
  const rec = readRecord('/run/kata-ts', id)!;
  t.ok(rec.vmmUser, 'the record names the QEMU user');
  const user = rec.vmmUser!;
  t.match(user.name, /^kata-ts-[0-9a-f]{8}$/);
  t.ok(passwdHas(user.name) && groupHas(user.name), 'a system user and group of its own exist while the sandbox runs');
  const uid = statusField(qemu!, 'Uid');
  const gid = statusField(qemu!, 'Gid');
  t.same(uid, Array(4).fill(String(user.uid)), `QEMU's real, effective, saved and fs uid are the user's (${user.uid})`);
  t.not(user.uid, 0);
  t.same(gid, Array(4).fill(String(user.gid)), 'and its gids the group\'s');
  t.same(statusField(qemu!, 'Groups'), [], 'no supplementary groups (TCG: no /dev/kvm group needed)');
  t.same(statusField(qemu!, 'Seccomp'), ['2'], 'QEMU runs under its seccomp filter (seccompsandbox)');
  for (const set of ['CapEff', 'CapPrm', 'CapInh', 'CapBnd', 'CapAmb']) t.match(statusField(qemu!, set)[0], /^0+$/, `${set} is empty`);

  const sdir = `/run/kata-ts/sandboxes/${id}`;
  const st = statSync(sdir);
  t.equal(st.uid, user.uid, 'the user owns the sandbox state directory');
  t.equal(st.mode & 0o777, 0o700, 'which only it (and root) may enter');
  for (const f of ['qmp.sock', 'console.log', 'vhost-vsock.sock', 'virtiofsd.sock']) t.equal(statSync(join(sdir, f)).uid, user.uid, `${f} is the user's`);
  const shared = statSync(join(sdir, 'shared'));
  t.equal(shared.uid, 0, "the containers' shared directory stays root's");
  t.equal(shared.mode & 0o777, 0o700, 'and closed to QEMU (virtiofsd serves it, as root)');

  const ex = await c.ctr(['task', 'exec', '--exec-id', 'e1', id, 'sh', '-c', 'echo "in $(uname -r)"; exit 7'], { timeoutMs: 120000 });
  t.equal(ex.code, 7, `an exec runs and its exit code comes back: ${ex.stderr}`);
  t.match(ex.stdout, /^in 6\.1\.\d+/, 'in the guest kernel');
  const memoryLimit = async (): Promise<string | undefined> => /^memory\.limit_in_bytes\s+(\d+)/m.exec((await c.ctr(['task', 'metrics', id])).stdout)?.[1];
  const limitBefore = await memoryLimit();
  t.ok(limitBefore, "the container's memory limit, from the agent (ctr task metrics)");

  // Malformed requests to the shim that serves this running container, on its socket as containerd reaches it.
  const client = await TtrpcClient.connect(shimSocket(c, id));
  t.teardown(() => client.close());
  const shim = serviceClient(client, taskApi);
  await t.rejects(shim.Exec({ id, execId: 'bad1', spec: { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/Process', value: Buffer.from('not json') } }), { code: Code.InvalidArgument, message: /process is not JSON/ }, 'an exec spec that is not JSON');
  await t.rejects(shim.Exec({ id, execId: 'bad2', spec: { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/Process', value: Buffer.from(JSON.stringify({ args: 'id', cwd: '/' })) } }), { code: Code.InvalidArgument, message: /process\.args must be a non-empty array, got "id"/ }, 'an exec spec with args a string');
  await t.rejects(shim.Update({ id, resources: { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/LinuxResources', value: Buffer.from(JSON.stringify({ memory: { limit: '64M' } })) } }), { code: Code.InvalidArgument, message: /resources\.memory\.limit must be an integer, got "64M"/ }, 'resources with a string where a number belongs');
  await t.rejects(shim.Update({ id, resources: { type_url: 'types.containerd.io/opencontainers/runtime-spec/1/LinuxResources', value: new Uint8Array([0x0a, 0x02, 0x08, 0x40]) } }), { code: Code.InvalidArgument, message: /resources is not JSON/ }, 'resources that are protobuf bytes, not JSON');
  for (const e of ['bad1', 'bad2']) await t.rejects(shim.State({ id, execId: e }), { code: Code.NotFound }, `no exec ${e} was added`);
  t.match(await waitForStatus(c, id, 'RUNNING', 5000), new RegExp(`^${id}\\s+\\d+\\s+RUNNING`, 'm'), 'the container runs on');
  const after = await c.ctr(['task', 'exec', '--exec-id', 'e2', id, 'echo', 'still here'], { timeoutMs: 120000 });
  t.equal(after.stdout, 'still here\n', `exec still works: ${after.stderr}`);
  t.equal(await memoryLimit(), limitBefore, 'the memory limit is as it was');

  const kill = await c.ctr(['task', 'kill', id]);
  t.equal(kill.code, 0);
  t.match(await waitForStatus(c, id, 'STOPPED', 60000), new RegExp(`^${id}\\s+\\d+\\s+STOPPED`, 'm'));
  const del = await c.ctr(['task', 'delete', id]);
  t.equal(del.code, 0, `task delete: ${del.stderr}`);
  t.match(del.stderr, new RegExp(`task ${id} exit with non-zero exit code 143`), 'the exit status of the TERM trap comes back');
  await c.ctr(['container', 'rm', id]);
  t.same(qemuOf(id), [], 'no VM left');
  t.notOk(passwdHas(user.name), 'the user is removed with the sandbox');
  t.notOk(groupHas(user.name), 'and its group');
  t.notOk(existsSync(sdir), 'and its files');
});

t.test('a shim SIGKILLed while its rootless VM boots: containerd\'s `shim delete` stops QEMU and removes the user, from the record written before the agent answered', async (t) => {
  const { c } = await e2eContainerd(t, {}, 'rootless = true');
  const id = `rootless-boot${TAG}`;
  const run = c.ctr(['run', '-d', ...KATA, IMAGE, id, 'sleep', '1000'], { timeoutMs: 240000 });
  // QEMU runs and the agent has not answered yet: the record already names QEMU and the user.
  let rec: ReturnType<typeof readRecord>;
  for (const until = Date.now() + 60000; Date.now() < until; await new Promise((r) => setTimeout(r, 20))) {
    rec = readRecord('/run/kata-ts', id);
    if (rec && rec.qemuPid > 0) break;
  }
  t.ok(rec! && rec.qemuPid > 0, 'the record names QEMU while the VM boots');
  t.equal(qemuOf(id).length, 1, 'its QEMU runs');
  t.ok(rec!.vmmUser?.uid, 'and the user QEMU runs as, made already');
  const user = rec!.vmmUser!.name;
  t.ok(passwdHas(user), 'the user exists');
  for (const pid of shimsOf(c)) process.kill(pid, 'SIGKILL');
  const r = await run;
  t.not(r.code, 0, 'ctr run fails: the shim died under Create');
  const done = new RegExp(`cleaned up after the shim[^\\n]*${id}`);
  for (const until = Date.now() + 30000; !done.test(c.log()) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 200));
  t.match(c.log(), done, 'containerd ran `containerd-shim-kata-v2 delete`');
  await c.ctr(['containers', 'rm', id]);
  t.same(qemuOf(id), [], 'no VM left');
  t.notOk(passwdHas(user), 'the user is removed');
  t.notOk(groupHas(user), 'and its group');
  t.notOk(existsSync(`/run/kata-ts/sandboxes/${id}`), 'no sandbox state left');
});

t.test('after the suite: no QEMU, no shim, no mount, no /run/kata-ts state of these tests', async (t) => {
  t.same(leftovers(), NOTHING_LEFT, 'nothing left');
});
