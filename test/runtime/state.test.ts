// Sandbox records (lib/runtime/state.ts) as other processes read them, and cleanup from a record
// (lib/runtime/cleanup.ts): a record written by writeRecord reads back; a corrupt one is a
// SandboxRecordError naming the file and the field, listRecords reports it and lists the others,
// and cleanupSandbox does nothing from it. A record whose QEMU pid now belongs to another process
// does not get that process killed. No VM: the records are written by the test.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { Logger } from '../../lib/common/log/logger.js';
import { cleanupSandbox } from '../../lib/runtime/cleanup.js';
import { type SandboxRecord, SandboxRecordError, listRecords, readRecord, sandboxDir, writeRecord } from '../../lib/runtime/state.js';

const quiet = new Logger({ component: 'test', stream: { write: () => true } });

function stateRoot(t: { teardown(f: () => void): void }): string {
  const root = mkdtempSync(join(tmpdir(), 'kata-ts-state-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

/** A record shaped like the ones Sandbox.create writes (hybrid vsock, virtio-fs, a pod network, rootless). */
function fullRecord(root: string, id: string): SandboxRecord {
  const d = sandboxDir(root, id);
  return {
    id,
    createdAt: new Date().toISOString(),
    qemuPid: 99_999_999,
    shimPid: 99_999_998,
    cgroupPath: `kata-ts/${id}`,
    qmpSocket: join(d, 'qmp.sock'),
    agentSocket: join(d, 'kata.hvsock'),
    vsockSocket: join(d, 'kata.hvsock'),
    consoleLog: join(d, 'console.log'),
    sharedDir: join(d, 'shared'),
    sharedFs: 'virtio-fs',
    virtiofsd: { pid: 99_999_997, socket: join(d, 'virtiofsd.sock') },
    debugConsole: false,
    kernel: '/k',
    rootfs: { kind: 'image', path: '/i' },
    containers: [{ id: 'c1', bundle: '/b/c1', sharedRootfs: join(d, 'shared', 'c1', 'rootfs'), sharedMounts: [join(d, 'shared', 'c1', 'mounts', '0')] }],
    network: { netns: '/var/run/netns/x', model: 'tcfilter', endpoints: [{ veth: 'eth0', tap: 'tap0_kata' }] },
    vmmUser: { name: 'kata-ts-0a1b2c3d', uid: 990, gid: 990 },
  };
}

t.test('a record as the runtime writes it reads back unchanged', async (t) => {
  const root = stateRoot(t);
  const rec = fullRecord(root, 'sb-ok');
  writeRecord(root, rec);
  t.same(readRecord(root, 'sb-ok'), rec);
  t.equal(readRecord(root, 'nope'), undefined, 'no record: undefined, not an error');
});

t.test('a corrupt record is a SandboxRecordError naming the file and the field; list reports it and lists the others', async (t) => {
  const root = stateRoot(t);
  writeRecord(root, fullRecord(root, 'good'));
  const file = join(sandboxDir(root, 'bad'), 'state.json');
  mkdirSync(sandboxDir(root, 'bad'), { recursive: true });
  const base = fullRecord(root, 'bad') as unknown as Record<string, unknown>;
  const cases: Array<[string, string, RegExp]> = [
    ['truncated', JSON.stringify(base).slice(0, 40), /is corrupt: not JSON \(/],
    ['null', 'null', /the record must be an object/],
    ['qemuPid negative', JSON.stringify({ ...base, qemuPid: -1 }), /qemuPid must be a positive integer, or 0 before QEMU started, got -1/],
    ['containers an object', JSON.stringify({ ...base, containers: {} }), /containers must be an array/],
    ['a container mount outside shared', JSON.stringify({ ...base, containers: [{ id: 'c', bundle: '/b', sharedRootfs: join(sandboxDir(root, 'bad'), 'shared', 'c'), sharedMounts: ['/home'] }] }), /containers\[0\]\.sharedMounts must be paths in/],
    ['virtiofsd socket elsewhere', JSON.stringify({ ...base, virtiofsd: { pid: 5, socket: '/run/other.sock' } }), /virtiofsd\.socket must be a path in/],
    ['the cgroup root', JSON.stringify({ ...base, cgroupPath: '/' }), /cgroupPath must be a cgroup below the root, got "\/"/],
    ['a network of another model', JSON.stringify({ ...base, network: { netns: '/n', model: 'macvtap', endpoints: [] } }), /network\.model must be "tcfilter"/],
    ['a user that is not ours', JSON.stringify({ ...base, vmmUser: { name: 'root', uid: 0, gid: 0 } }), /vmmUser\.name must be a kata-ts-<hex> user name, got "root"/],
    ['rootfs missing', JSON.stringify({ ...base, rootfs: undefined }), /rootfs must be an object/],
  ];
  for (const [what, text, why] of cases) {
    writeFileSync(file, text);
    const e = (() => {
      try {
        readRecord(root, 'bad');
        return undefined;
      } catch (x) {
        return x;
      }
    })();
    t.ok(e instanceof SandboxRecordError, `${what}: a SandboxRecordError`);
    t.equal((e as SandboxRecordError).path, file, `${what}: names the file`);
    t.match((e as Error).message, why, what);
    const corrupt: SandboxRecordError[] = [];
    t.same(listRecords(root, (x) => corrupt.push(x)).map((r) => r.id), ['good'], `${what}: the good record is still listed`);
    t.equal(corrupt.length, 1);
    t.throws(() => listRecords(root), /is corrupt/, 'without onCorrupt, list throws');
  }
});

t.test('cleanup from a corrupt record throws naming it and changes nothing', async (t) => {
  const root = stateRoot(t);
  const dir = sandboxDir(root, 'sb');
  mkdirSync(join(dir, 'shared'), { recursive: true });
  writeFileSync(join(dir, 'console.log'), 'boot\n');
  const text = JSON.stringify({ ...fullRecord(root, 'sb'), sharedDir: '/' });
  writeFileSync(join(dir, 'state.json'), text);
  await t.rejects(cleanupSandbox(root, 'sb', quiet), /sandbox record .*\/sb\/state\.json is corrupt: sharedDir must be/);
  t.equal(readFileSync(join(dir, 'state.json'), 'utf8'), text, 'the record stays');
  t.ok(existsSync(join(dir, 'console.log')) && existsSync(join(dir, 'shared')), 'and so does the directory');
});

t.test("cleanup kills the record's QEMU pid only while it is that QEMU (a reused pid is left alone)", async (t) => {
  const root = stateRoot(t);
  const other = spawn('sleep', ['60'], { stdio: 'ignore' });
  t.teardown(() => void other.kill('SIGKILL'));
  await new Promise((r) => other.once('spawn', r));
  const rec = { ...fullRecord(root, 'sb'), qemuPid: other.pid!, virtiofsd: undefined, network: undefined, vmmUser: undefined, cgroupPath: undefined, containers: [] };
  writeRecord(root, rec);
  t.equal(await cleanupSandbox(root, 'sb', quiet), other.pid);
  t.equal(other.exitCode, null, 'the process that now has the pid runs on');
  t.ok(existsSync(`/proc/${other.pid}`));
  t.notOk(existsSync(sandboxDir(root, 'sb')), 'the sandbox directory is gone');
});

t.test('a record written before QEMU started (qemuPid 0, the user by name only) reads, and cleanup removes the directory', async (t) => {
  const root = stateRoot(t);
  const rec = { ...fullRecord(root, 'sb'), qemuPid: 0, virtiofsd: undefined, network: undefined, vmmUser: { name: 'kata-ts-00000000' }, cgroupPath: undefined, containers: [] };
  writeRecord(root, rec);
  const read = readRecord(root, 'sb')!;
  t.equal(read.qemuPid, 0);
  t.same(read.vmmUser, { name: 'kata-ts-00000000' });
  t.equal(await cleanupSandbox(root, 'sb', quiet), 0, 'no QEMU to kill');
  t.notOk(existsSync(sandboxDir(root, 'sb')), 'the sandbox directory is gone');
});
