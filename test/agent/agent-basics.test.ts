// The real agent on the host (unix socket, private UTS and mount namespaces): health, version,
// guest details, the sandbox calls, CopyFile's rules, clear errors for bad requests and for calls
// this agent does not implement, and a clean stop on SIGTERM.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { agentService, healthService } from '../../lib/common/agent/api.js';
import { grpc } from '../../lib/common/proto/gen/protocols.js';
import { Code, serviceClient } from '../../lib/common/ttrpc/index.js';
import { agentServiceDefinition } from '../../guest/agent/service.js';
import { startAgent } from '../helpers/agent-process.js';

if (process.getuid?.() !== 0) throw new Error('the agent tests need root (mounts, hostname in a private namespace)');

const agentPid = (ready: string): number => Number(/pid (\d+)/.exec(ready)![1]);
const code = (c: Code) => ({ code: c });

t.test('health, version and guest details', async (t) => {
  const a = await startAgent(t);
  const mode = process.env.KATA_TS_TEST_AGENT_START ?? 'modules';
  t.match(a.ready, new RegExp(`^kata-agent ready: listening on unix:/.*agent\\.sock \\(version \\d+\\.\\d+\\.\\d+, pid \\d+, ${mode}, \\d+ ms\\)$`));
  const c = await a.connect();
  const health = serviceClient(c, healthService);
  t.equal((await health.Check({ service: '' })).status, grpc.HealthCheckResponse.ServingStatus.SERVING);
  const v = await health.Version({});
  t.match(v.agentVersion, /^\d+\.\d+\.\d+$/);
  t.equal(v.grpcVersion, 'ttrpc/kata-agent-1');
  const agent = serviceClient(c, agentService);
  const d = await agent.GetGuestDetails({ memBlockSize: true, memHotplugProbe: true });
  t.equal(d.agentDetails!.version, v.agentVersion);
  t.equal(d.agentDetails!.initDaemon, false, 'on the host the agent is not PID 1');
  t.same(d.agentDetails!.storageHandlers, ['virtio-fs', '9p', 'blk', 'ephemeral', 'local']);
  t.ok(Number(d.memBlockSizeBytes) > 0, `memory block size ${d.memBlockSizeBytes}`);
});

t.test("GetMetrics: the agent's and the machine's figures in Prometheus text format", async (t) => {
  const a = await startAgent(t);
  const agent = serviceClient(await a.connect(), agentService);
  const m1 = (await agent.GetMetrics({})).metrics;
  t.match(m1, /^kata_agent_proc_status\{item="vmrss"\} [1-9]\d*$/m, "the agent's RSS");
  t.match(m1, /^kata_agent_process_cpu_seconds_total [\d.]+$/m);
  t.match(m1, /^kata_guest_meminfo\{item="mem_available"\} [1-9]\d*$/m);
  t.match(m1, /^kata_guest_load\{item="load5"\} [\d.]+$/m);
  t.match(m1, /^kata_agent_scrape_count 1$/m);
  t.notMatch(m1, /sandbox_id/, 'no sandbox created yet: no sandbox_id label');
  t.match((await agent.GetMetrics({})).metrics, /^kata_agent_scrape_count 2$/m, 'scrapes are counted');
});

t.test('a call with no handler says which one (every agent call has one now: an empty handler set shows it)', async (t) => {
  const def = agentServiceDefinition({});
  t.throws(() => def.methods.ListRoutes!.handler({}, {} as never), { code: Code.Unimplemented, message: /grpc\.AgentService\.ListRoutes is not implemented by this agent/ });
  const a = await startAgent(t);
  const agent = serviceClient(await a.connect(), agentService);
  const ifs = (await agent.ListInterfaces({})).Interfaces ?? [];
  t.ok(ifs.some((i) => i.name === 'lo'), 'the real agent answers ListInterfaces from netlink (here: the host\'s, lo among them)');
  t.equal((await serviceClient(await a.connect(), healthService).Check({})).status, 1, 'and the agent keeps serving');
});

t.test('CreateSandbox sets hostname and DNS and mounts storages; DestroySandbox undoes it', async (t) => {
  const a = await startAgent(t);
  const pid = agentPid(a.ready);
  const agent = serviceClient(await a.connect(), agentService);
  const shared = join(a.dir, 'shared');
  await agent.CreateSandbox({
    hostname: 'pod-a',
    dns: ['nameserver 10.0.0.1', 'search example.org'],
    sandboxId: 'sb1',
    storages: [{ driver: 'ephemeral', source: 'tmpfs', fstype: 'tmpfs', options: ['size=4m', 'nodev'], mountPoint: shared }],
  });
  t.equal(execFileSync('nsenter', ['-t', String(pid), '-u', 'hostname'], { encoding: 'utf8' }).trim(), 'pod-a', "hostname in the agent's UTS namespace");
  t.not(readFileSync('/proc/sys/kernel/hostname', 'utf8').trim(), 'pod-a', 'the host keeps its own');
  t.equal(readFileSync(join(a.stateDir, 'resolv.conf'), 'utf8'), 'nameserver 10.0.0.1\nsearch example.org\n');
  const mounted = (): string | undefined => readFileSync(`/proc/${pid}/mountinfo`, 'utf8').split('\n').find((l) => l.split(' ')[4] === shared);
  t.match(mounted(), / - tmpfs tmpfs .*size=4096k/, 'the tmpfs storage is mounted with its options');
  await t.rejects(agent.CreateSandbox({ hostname: 'again' }), code(Code.AlreadyExists));
  await agent.DestroySandbox({});
  t.equal(mounted(), undefined, 'unmounted');
  t.notOk(existsSync(shared), 'the mount point it made is gone');
  t.notOk(existsSync(a.stateDir), 'the state directory is gone');
  await t.rejects(agent.DestroySandbox({}), code(Code.FailedPrecondition));
});

t.test('a storage that cannot be mounted fails CreateSandbox and leaves nothing mounted', async (t) => {
  const a = await startAgent(t);
  const pid = agentPid(a.ready);
  const agent = serviceClient(await a.connect(), agentService);
  const before = readFileSync(`/proc/${pid}/mountinfo`, 'utf8');
  await t.rejects(agent.CreateSandbox({ storages: [
    { driver: 'ephemeral', source: 'tmpfs', mountPoint: join(a.dir, 'ok') },
    { driver: '9p', source: 'no-such-tag', mountPoint: join(a.dir, 'bad') },
  ] }), { code: Code.Internal, message: /storage 9p no-such-tag on .*bad: mount 9p/ });
  await t.rejects(agent.CreateSandbox({ storages: [{ driver: 'nfs', mountPoint: '/x' }] }), { code: Code.InvalidArgument, message: /storage driver "nfs" is not supported \(supported: virtio-fs, 9p, blk, ephemeral, local\)/ });
  t.equal(readFileSync(`/proc/${pid}/mountinfo`, 'utf8'), before, 'mount table unchanged');
  t.notOk(existsSync(join(a.dir, 'ok')));
  await agent.CreateSandbox({ hostname: 'after-failure' });
  t.pass('the sandbox can still be created afterwards');
});

t.test('CopyFile writes below /run in chunks and refuses other paths', async (t) => {
  const a = await startAgent(t);
  const agent = serviceClient(await a.connect(), agentService);
  const dir = mkdtempSync('/run/kata-ts-copy-');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'sub', 'hosts');
  const data = Buffer.from('127.0.0.1 localhost\n10.0.0.5 pod-a\n');
  await agent.CopyFile({ path, fileSize: data.length, fileMode: 0o640, dirMode: 0o750, offset: 0, data: data.subarray(0, 10) });
  t.notOk(existsSync(path), 'not visible before the last chunk');
  await agent.CopyFile({ path, fileSize: data.length, fileMode: 0o640, dirMode: 0o750, offset: 10, data: data.subarray(10) });
  t.same(readFileSync(path), data);
  t.equal(statSync(path).mode & 0o777, 0o640);
  for (const bad of ['/etc/kata-evil', `${dir}/../../etc/evil`, 'relative/x', '/run']) {
    await t.rejects(agent.CopyFile({ path: bad, fileSize: 1, offset: 0, data: Buffer.from('x') }), { code: Code.InvalidArgument }, `refuses ${bad}`);
  }
  await t.rejects(agent.CopyFile({ path, fileSize: 4, offset: 2, data: Buffer.from('xy') }), { code: Code.InvalidArgument, message: /does not follow/ });
  await t.rejects(agent.CopyFile({ path, fileSize: 1, offset: 0, data: Buffer.from('xy') }), { code: Code.InvalidArgument, message: /exceeds file_size/ });
  t.same(readFileSync(path), data, 'refused chunks left the file as it was');
});

t.test('SetGuestDateTime sets the clock (to now, here) and refuses bad values', async (t) => {
  const a = await startAgent(t);
  const agent = serviceClient(await a.connect(), agentService);
  const now = Date.now();
  await agent.SetGuestDateTime({ Sec: Math.floor(now / 1000), Usec: (now % 1000) * 1000 });
  t.ok(Math.abs(Date.now() - now) < 5000);
  await t.rejects(agent.SetGuestDateTime({ Sec: 1, Usec: 2_000_000 }), { code: Code.InvalidArgument, message: /SetGuestDateTime 1\.2000000/ });
});

t.test('ReseedRandomDev mixes bytes into the kernel pool and reseeds it; no bytes is refused', async (t) => {
  const a = await startAgent(t);
  const agent = serviceClient(await a.connect(), agentService);
  // On the host as root, as in a guest: the bytes join the pool and the crng reseeds (harmless).
  await agent.ReseedRandomDev({ data: Buffer.alloc(64, 0x5a) });
  await t.rejects(agent.ReseedRandomDev({}), { code: Code.InvalidArgument, message: /ReseedRandomDev: no data/ });
});

t.test('bad arguments and kernel parameters stop the agent with a message naming them', async (t) => {
  await t.rejects(startAgent(t, ['--listen', 'tcp:1']), /expected unix:PATH, vsock:PORT or serial:NAME/);
  await t.rejects(startAgent(t, [], 'quiet agent.log=loud'), /agent\.log=loud: expected one of debug, info, warn, error/);
  await t.rejects(startAgent(t, ['--frobnicate']), /unknown argument --frobnicate/);
});

t.test('SIGTERM stops the agent cleanly and removes its socket', async (t) => {
  const a = await startAgent(t);
  process.kill(agentPid(a.ready), 'SIGTERM');
  t.same(await a.exited(), { code: 0, signal: null });
  t.notOk(existsSync(a.socket), 'socket removed');
  t.match(a.output(), /"msg":"stopping on signal","signal":"SIGTERM"/);
});

t.test('the debug console serves a root shell per connection, only when asked for', async (t) => {
  const consolePath = `/tmp/kata-debug-${process.pid}.sock`;
  const a = await startAgent(t, ['--debug-console', `unix:${consolePath}`]);
  t.teardown(() => rmSync(consolePath, { force: true }));
  t.match(a.output(), /"msg":"debug console enabled"/);
  const { createConnection } = await import('node:net');
  const sock = createConnection(consolePath);
  let out = '';
  sock.on('data', (b: Buffer) => (out += b.toString()));
  await new Promise<void>((resolve) => sock.once('connect', () => resolve()));
  sock.write('echo "answer=$((6*7)) uid=$(id -u)"; exit\n');
  await new Promise<void>((resolve) => sock.once('close', () => resolve()));
  t.match(out, /answer=42 uid=0/);
  const b = await startAgent(t);
  t.notMatch(b.output(), /debug console/, 'off by default');
});

t.test('a blk storage mounts the file system on a block device, and a missing device is named', async (t) => {
  const a = await startAgent(t);
  const pid = agentPid(a.ready);
  const agent = serviceClient(await a.connect(), agentService);
  const img = join(a.dir, 'disk.img');
  execFileSync('truncate', ['-s', '16M', img]);
  execFileSync('mkfs.ext4', ['-q', '-F', img]);
  const loop = execFileSync('losetup', ['-f', '--show', img], { encoding: 'utf8' }).trim();
  t.teardown(() => void execFileSync('losetup', ['-d', loop]));
  const target = join(a.dir, 'blk');
  await t.rejects(agent.CreateSandbox({ storages: [{ driver: 'blk', source: '/dev/no-such-disk', fstype: 'ext4', mountPoint: target }] }), { code: Code.FailedPrecondition, message: /block device "\/dev\/no-such-disk" does not exist/ });
  await agent.CreateSandbox({ storages: [{ driver: 'blk', source: loop, fstype: 'ext4', options: ['ro'], mountPoint: target }] });
  const line = readFileSync(`/proc/${pid}/mountinfo`, 'utf8').split('\n').find((l) => l.split(' ')[4] === target);
  t.match(line, / ro[, ].* - ext4 /, 'ext4 mounted read-only from the loop device');
  await agent.DestroySandbox({});
  t.notOk(readFileSync(`/proc/${pid}/mountinfo`, 'utf8').includes(target), 'unmounted');
});

