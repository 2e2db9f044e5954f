// The agent API end to end on the host: the real agent (unix socket, private UTS and mount
// namespaces), a ttrpc client made from proto/agent.proto, busybox-static containers. Creates a
// sandbox and containers, drives their processes, pauses, updates, OOM, stats, then removes it
// all and checks that no process, mount or cgroup is left. Also: a 50 MB stdout read slowly stays
// in order with bounded agent memory, and bad requests get clear codes while the agent stays up.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { agentService, healthService } from '../../lib/common/agent/api.js';
import { addressDialer } from '../../lib/agent/address.js';
import { connect } from '../../lib/agent/connect.js';
import { specToProto } from '../../lib/agent/spec-to-proto.js';
import type { Spec } from '../../lib/common/oci/spec.js';
import { detectCgroupVersion } from '../../lib/common/cgroup/cgroup.js';
import { Code, type ServiceClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { WARM_UP_CONTAINER, warmUpAgent } from '../../lib/factory/warm-up.js';
import { type AgentProcess, startAgent } from '../helpers/agent-process.js';
import { baseSpec, makeBundle, rootfsSkipReason } from '../helpers/rootfs.js';

const skip = rootfsSkipReason();
if (skip) throw new Error(`the agent container tests cannot run: ${skip}`);

type Agent = ServiceClient<typeof agentService.methods>;
const CG = '/sys/fs/cgroup';
const v1 = detectCgroupVersion(CG) === 1;

async function setup(t: { teardown(fn: () => void | Promise<void>): void }): Promise<{ a: AgentProcess; agent: Agent; parent: string; rootfs: string; spec: (args: string[], extra?: (s: Spec) => void) => Spec }> {
  const bundle = makeBundle('kata-ts-agent-ctr-');
  const parent = `kata-ts-test-agent-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  // Whatever the agent could not remove (a test that failed half-way) goes once it is gone.
  const removeCgroups = (): void => {
    for (const d of cgroupDirs(parent)) execFileSync('find', [d, '-depth', '-type', 'd', '-exec', 'rmdir', '{}', ';']);
  };
  const a = await startAgent(t, ['--cgroup-parent', parent], '', removeCgroups);
  t.teardown(() => bundle.remove());
  const agent = serviceClient(await a.connect(), agentService);
  return {
    a,
    agent,
    parent,
    rootfs: bundle.rootfs,
    spec: (args, extra) => {
      const s = baseSpec(args);
      s.root = { path: bundle.rootfs, readonly: false };
      extra?.(s);
      return s;
    },
  };
}

async function readAll(agent: Agent, containerId: string, execId: string, which: 'ReadStdout' | 'ReadStderr' = 'ReadStdout'): Promise<string> {
  let out = '';
  for (;;) {
    const r = await agent[which]({ containerId, execId, len: 65536 });
    if (!r.data || r.data.length === 0) return out;
    out += Buffer.from(r.data).toString('utf8');
  }
}

const cgroupDirs = (parent: string): string[] =>
  (v1 ? ['memory', 'pids', 'freezer', 'cpu', 'cpuset'].map((c) => join(CG, c, parent)) : [join(CG, parent)]).filter((d) => existsSync(d));
const children = (pid: number): string => (existsSync(`/proc/${pid}/task/${pid}/children`) ? readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim() : '');
const agentPid = (a: AgentProcess): number => Number(/pid (\d+)/.exec(a.ready)![1]);

t.test('the whole API: sandbox, two containers, exec, stdio, exit codes, signals, pause, update, OOM, stats, removal', async (t) => {
  const { a, agent, parent, spec } = await setup(t);
  const pid = agentPid(a);
  const mountsBefore = readFileSync(`/proc/${pid}/mountinfo`, 'utf8');
  await agent.CreateSandbox({ hostname: 'pod', sandboxId: 'sb' });

  // c1: reads stdin, writes both streams, exits 42.
  await agent.CreateContainer({ containerId: 'c1', execId: 'c1', OCI: specToProto(spec(['sh', '-c', 'read line; echo "got $line"; echo oops >&2; exit 42'])) });
  await agent.StartContainer({ containerId: 'c1' });
  t.equal((await agent.WriteStdin({ containerId: 'c1', execId: 'c1', data: Buffer.from('hello\n') })).len, 6);
  await agent.CloseStdin({ containerId: 'c1', execId: 'c1' });
  t.equal(await readAll(agent, 'c1', 'c1'), 'got hello\n');
  t.equal(await readAll(agent, 'c1', 'c1', 'ReadStderr'), 'oops\n');
  t.equal((await agent.WaitProcess({ containerId: 'c1', execId: 'c1' })).status, 42, 'exit code 42');

  // c2: a long sleep with a memory limit; exec into it, pause/resume, update, stats, SIGTERM.
  await agent.CreateContainer({ containerId: 'c2', execId: 'c2', OCI: specToProto(spec(['sleep', '1000'], (s) => (s.linux!.resources = { memory: { limit: 64 << 20 } }))) });
  await agent.StartContainer({ containerId: 'c2' });
  await agent.ExecProcess({ containerId: 'c2', execId: 'e1', process: { Args: ['sh', '-c', 'echo "$HOSTNAME"; tr "\\0" " " < /proc/1/cmdline'], Cwd: '/', Env: ['PATH=/bin', 'HOSTNAME=x'], User: { UID: 0, GID: 0 } } });
  t.equal(await readAll(agent, 'c2', 'e1'), 'x\nsleep 1000 ', 'exec sees the container init as PID 1');
  t.equal((await agent.WaitProcess({ containerId: 'c2', execId: 'e1' })).status, 0);
  await agent.PauseContainer({ containerId: 'c2' });
  if (v1) t.equal(readFileSync(join(CG, 'freezer', parent, 'c2', 'freezer.state'), 'utf8').trim(), 'FROZEN');
  else t.equal(readFileSync(join(CG, parent, 'c2', 'cgroup.freeze'), 'utf8').trim(), '1');
  await t.rejects(agent.PauseContainer({ containerId: 'c2' }), { code: Code.FailedPrecondition });
  await agent.ResumeContainer({ containerId: 'c2' });
  await agent.UpdateContainer({ containerId: 'c2', resources: { Memory: { Limit: 128 << 20 } } });
  const limitFile = v1 ? join(CG, 'memory', parent, 'c2', 'memory.limit_in_bytes') : join(CG, parent, 'c2', 'memory.max');
  t.equal(readFileSync(limitFile, 'utf8').trim(), String(128 << 20), 'UpdateContainer changed the memory limit');
  const stats = await agent.StatsContainer({ containerId: 'c2' });
  t.ok(Number(stats.cgroupStats!.memoryStats!.usage!.usage) > 0, `memory usage ${stats.cgroupStats!.memoryStats!.usage!.usage}`);
  t.equal(Number(stats.cgroupStats!.memoryStats!.usage!.limit), 128 << 20);
  t.equal(Number(stats.cgroupStats!.pidsStats?.current), 1, 'pids: the init sleep alone (the exec has exited)');
  t.ok(Number(stats.cgroupStats!.cpuStats!.cpuUsage!.totalUsage) > 0, `CPU used by the container and its exec: ${stats.cgroupStats!.cpuStats!.cpuUsage!.totalUsage} ns`);
  // The container's PID 1 ignores SIGTERM without a handler (as under runc), so the SIGTERM goes
  // to an exec'd sleep; then every process of the container gets SIGKILL (empty exec id).
  await agent.ExecProcess({ containerId: 'c2', execId: 'sleeper', process: { Args: ['sleep', '1000'], Cwd: '/', Env: ['PATH=/bin'], User: { UID: 0, GID: 0 } } });
  await agent.SignalProcess({ containerId: 'c2', execId: 'sleeper', signal: 15 });
  t.equal((await agent.WaitProcess({ containerId: 'c2', execId: 'sleeper' })).status, 128 + 15, 'sleep died by SIGTERM');
  await agent.SignalProcess({ containerId: 'c2', execId: '', signal: 9 });
  t.equal((await agent.WaitProcess({ containerId: 'c2', execId: 'c2' })).status, 128 + 9, 'the whole container died by SIGKILL');

  // c3: exceeds its memory limit; GetOOMEvent (already waiting) reports it.
  // The event is answered before the exit, so a runtime publishes TaskOOM before TaskExit.
  const answered: string[] = [];
  const oom = agent.GetOOMEvent({}, { timeoutMs: 60000 }).then((e) => (answered.push('oom'), e));
  oom.catch(() => undefined); // awaited below; a failure must not surface as unhandled first
  await agent.CreateContainer({ containerId: 'c3', execId: 'c3', OCI: specToProto(spec(['dd', 'if=/dev/zero', 'of=/dev/null', 'bs=256M', 'count=1'], (s) => (s.linux!.resources = { memory: { limit: 32 << 20, swap: 32 << 20 } }))) });
  await agent.StartContainer({ containerId: 'c3' });
  const oomExit = await agent.WaitProcess({ containerId: 'c3', execId: 'c3' });
  answered.push('exit');
  t.equal(oomExit.status, 128 + 9, 'OOM-killed');
  t.equal((await oom).containerId, 'c3', 'the OOM event names the container');
  t.same(answered, ['oom', 'exit'], 'and came before the exit was answered');

  for (const id of ['c1', 'c2', 'c3']) await agent.RemoveContainer({ containerId: id, timeout: 10 });
  await agent.DestroySandbox({});
  t.equal(children(pid), '', 'no process of the agent is left');
  t.equal(readFileSync(`/proc/${pid}/mountinfo`, 'utf8'), mountsBefore, 'the mount table is as before');
  t.same(cgroupDirs(parent), [], 'no cgroup of the sandbox or its containers is left');
});

t.test('the VM template warm-up leaves nothing behind, and the next container is the sandbox container', async (t) => {
  const { a, agent, parent, spec } = await setup(t);
  const pid = agentPid(a);
  const mountsBefore = readFileSync(`/proc/${pid}/mountinfo`, 'utf8');
  const client = await connect(addressDialer({ kind: 'unix', path: a.socket }));
  t.teardown(() => client.close());
  // Twice: a container or mount left by the first would make the second fail (AlreadyExists).
  await warmUpAgent(client, 60000);
  await warmUpAgent(client, 60000);
  t.equal(children(pid), '', 'no process of the warm-up is left');
  t.equal(readFileSync(`/proc/${pid}/mountinfo`, 'utf8'), mountsBefore, 'the mount table is as before');
  t.notOk(existsSync(`/run/${WARM_UP_CONTAINER}`), 'its rootfs mount point is removed');
  for (const d of cgroupDirs(parent)) t.notOk(existsSync(join(d, WARM_UP_CONTAINER)), `no cgroup of it in ${d}`);

  await agent.CreateSandbox({ hostname: 'pod', sandboxId: 'sb' });
  await agent.CreateContainer({ containerId: 'first', execId: 'first', OCI: specToProto(spec(['sh', '-c', 'exit 7'])) });
  await agent.StartContainer({ containerId: 'first' });
  t.equal((await agent.WaitProcess({ containerId: 'first', execId: 'first' })).status, 7, 'a container runs after the warm-up');
  await agent.RemoveContainer({ containerId: 'first', timeout: 10 });
  await agent.DestroySandbox({});
  t.same(cgroupDirs(parent), [], 'no cgroup is left');
});

t.test('50 MB of stdout read slowly arrives whole and in order, with the agent memory bounded', async (t) => {
  const { a, agent, spec } = await setup(t);
  const pid = agentPid(a);
  const rss = (): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
  await agent.CreateSandbox({});
  const lines = 6_500_000; // `seq 1 6500000` is 51.4 MB
  await agent.CreateContainer({ containerId: 'big', execId: 'big', OCI: specToProto(spec(['seq', '1', String(lines)])) });
  const base = rss();
  await agent.StartContainer({ containerId: 'big' });
  // Nobody reads for 2 s: the pipe fills and the process blocks; the agent must not buffer it all.
  await new Promise((res) => setTimeout(res, 2000));
  const idleGrowth = rss() - base;
  let peak = base;
  let next = 1;
  let partial = '';
  let bytes = 0;
  let reads = 0;
  let inOrder = true;
  for (;;) {
    const r = await agent.ReadStdout({ containerId: 'big', execId: 'big', len: 65536 });
    if (!r.data || r.data.length === 0) break;
    bytes += r.data.length;
    const text = partial + Buffer.from(r.data).toString('latin1');
    const parts = text.split('\n');
    partial = parts.pop()!;
    for (const p of parts) if (Number(p) !== next++) inOrder = false;
    if (++reads % 64 === 0) {
      peak = Math.max(peak, rss());
      await new Promise((res) => setTimeout(res, 2)); // a slow reader
    }
  }
  t.ok(inOrder, 'every line in order');
  t.equal(next - 1, lines, 'every line arrived');
  t.equal((await agent.WaitProcess({ containerId: 'big', execId: 'big' })).status, 0);
  t.ok(bytes > 50e6, `${(bytes / 1e6).toFixed(1)} MB read in ${reads} reads`);
  t.ok(idleGrowth < 8 << 20, `agent RSS grew by ${(idleGrowth / 1048576).toFixed(1)} MiB while nobody read (from ${(base / 1048576).toFixed(0)} MiB)`);
  t.ok(peak - base < 96 << 20, `agent RSS peak while streaming: +${((peak - base) / 1048576).toFixed(1)} MiB (garbage of the 50 MB passed through, not a buffer of it)`);
  await agent.RemoveContainer({ containerId: 'big' });
});

t.test('bad requests get clear codes and the agent stays healthy', async (t) => {
  const { a, agent, spec } = await setup(t);
  const health = serviceClient(await a.connect(), healthService);
  const healthy = async (): Promise<void> => {
    t.equal((await health.Check({})).status, 1, 'still serving');
  };
  await agent.CreateSandbox({});
  await t.rejects(agent.StartContainer({ containerId: 'ghost' }), { code: Code.NotFound, message: /container "ghost" does not exist/ });
  await healthy();
  await agent.CreateContainer({ containerId: 'x', execId: 'x', OCI: specToProto(spec(['true'])) });
  await t.rejects(agent.CreateContainer({ containerId: 'x', execId: 'x', OCI: specToProto(spec(['true'])) }), { code: Code.AlreadyExists });
  await healthy();
  await agent.StartContainer({ containerId: 'x' });
  await t.rejects(agent.StartContainer({ containerId: 'x' }), { code: Code.FailedPrecondition, message: /only a created container can be started/ });
  t.equal((await agent.WaitProcess({ containerId: 'x', execId: 'x' })).status, 0);
  await t.rejects(agent.ExecProcess({ containerId: 'x', execId: 'e', process: { Args: ['true'], Cwd: '/' } }), { code: Code.FailedPrecondition, message: /exec needs a running container/ });
  await healthy();
  await t.rejects(
    agent.CreateContainer({ containerId: 'badmount', execId: 'badmount', OCI: specToProto(spec(['true'], (s) => s.mounts!.push({ destination: '/x', type: 'no-such-fs', source: 'none' }))) }),
    { code: Code.InvalidArgument, message: /CreateContainer badmount: mounts\[7\]\.type: unknown mount type "no-such-fs"/ },
  );
  await t.rejects(agent.SignalProcess({ containerId: 'x', execId: 'x', signal: 999 }), { code: Code.InvalidArgument, message: /unknown signal number 999/ });
  await healthy();
  await agent.RemoveContainer({ containerId: 'x' });
  await agent.DestroySandbox({});
});
