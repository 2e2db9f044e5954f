// Container process setup as root on this host (no VM), with a busybox-static rootfs: namespaces,
// hostname, user, PID 1, read-only root, masked paths, read-only binds, capabilities, seccomp,
// rlimits, terminal, memory limit + OOM event, exec into a running container, and bad plans that
// must fail with a named error and leave no mount, child or cgroup behind.
import t from 'tap';
import { cgroupDirsOf } from '../helpers/cgroup-dirs.js';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Cgroup, detectCgroupVersion } from '../../lib/common/cgroup/cgroup.js';
import { Container } from '../../guest/agent/container/container.js';
import { planFromSpec } from '../../guest/agent/container/plan.js';
import type { Spec } from '../../lib/common/oci/spec.js';
import { loadAddon } from '../../lib/common/native/addon.js';
import { baseSpec, makeBundle, rootfsSkipReason } from '../helpers/rootfs.js';
import { collect, run, snapshot, uniqueId } from './helpers.js';

const skip = rootfsSkipReason();
if (skip) {
  t.plan(0, skip);
  process.exit(0);
}

const bundle = makeBundle();
t.teardown(() => bundle.remove());

const sh = (script: string): Spec => baseSpec(['sh', '-c', script]);

t.test('a container sees its own hostname, PID 1 and the user it was given', async (t) => {
  const spec = sh('echo $HOSTNAME; id; cat /proc/1/cmdline | tr "\\0" " "; echo; echo $$');
  const root = await run(bundle, spec);
  t.same(root.exit.code, 0, root.err);
  const lines = root.out.split('\n');
  t.equal(lines[0], 'kata-test');
  t.match(lines[1], /^uid=0\(root\) gid=0\(root\)/);
  t.match(lines[2], /^sh -c echo \$HOSTNAME/);
  t.equal(lines[3], '1', 'the shell is PID 1 of its pid namespace');

  spec.process!.user = { uid: 0, gid: 0, username: 'alice' };
  const alice = await run(bundle, spec);
  t.equal(alice.exit.code, 0, alice.err);
  t.match(alice.out.split('\n')[1], /^uid=1000\(alice\) gid=1000\(alice\) groups=.*50\(staff\)/);
});

t.test('containers created at the same time keep their own stdio', async (t) => {
  // Each create forks on its own worker thread; none may hold another's pipes open.
  const rs = await Promise.all([0, 1, 2, 3].map((i) => run(bundle, sh(`echo out-${i}; echo err-${i} >&2`))));
  rs.forEach((r, i) => {
    t.equal(r.out, `out-${i}\n`);
    t.equal(r.err, `err-${i}\n`);
  });
});

t.test('env, cwd and umask come from the spec; stdin is a pipe', async (t) => {
  const spec = sh('pwd; echo "$FOO"; umask; read line; echo "got $line"');
  spec.process!.cwd = '/tmp';
  spec.process!.env!.push('FOO=bar baz');
  spec.process!.user.umask = 0o027;
  const r = await run(bundle, spec, { input: 'hello\n' });
  t.equal(r.exit.code, 0, r.err);
  t.same(r.out.split('\n').slice(0, 4), ['/tmp', 'bar baz', '0027', 'got hello']);
});

t.test('a read-only root refuses a write, /tmp (its own tmpfs) accepts one', async (t) => {
  const spec = sh('touch /newfile; echo rc=$?; touch /tmp/ok && echo tmp=ok');
  spec.root!.readonly = true;
  const r = await run(bundle, spec);
  t.match(r.out, /rc=1/);
  t.match(r.out, /tmp=ok/);
  t.match(r.err, /Read-only file system/);
  t.notOk(existsSync(join(bundle.rootfs, 'newfile')));
});

t.test('masked paths read empty and read-only paths refuse writes', async (t) => {
  t.ok(readFileSync('/proc/timer_list', 'utf8').length > 0, 'the host sees /proc/timer_list');
  const r = await run(bundle, sh('wc -c < /proc/timer_list; ls -A /sys/firmware | wc -l; echo 1 > /proc/sys/kernel/ostype; echo rc=$?'));
  t.same(r.out.split('\n').slice(0, 3), ['0', '0', 'rc=1']);
  t.match(r.err, /Read-only file system/);
});

t.test('a bind mount with ro is read-only; without it writes reach the host', async (t) => {
  const host = join(bundle.dir, 'shared');
  mkdirSync(host, { recursive: true });
  writeFileSync(join(host, 'in'), 'from host\n');
  const spec = sh('cat /ro/in; touch /ro/x; echo rc=$?; echo hi > /rw/out');
  spec.mounts!.push({ destination: '/ro', type: 'bind', source: host, options: ['rbind', 'ro'] });
  spec.mounts!.push({ destination: '/rw', type: 'bind', source: host, options: ['rbind', 'rw'] });
  const r = await run(bundle, spec);
  t.match(r.out, /from host\nrc=1/);
  t.match(r.err, /Read-only file system/);
  t.notOk(existsSync(join(host, 'x')));
  t.equal(readFileSync(join(host, 'out'), 'utf8'), 'hi\n');
});

t.test('a symlink in the image cannot send a mount point or device out of the rootfs', async (t) => {
  const b = makeBundle();
  t.teardown(() => b.remove());
  mkdirSync(join(b.dir, 'outside')); // on the host, next to the rootfs
  mkdirSync(join(b.rootfs, 'outside'));
  // Followed naively from the host, this climbs out of rootfs/ into the bundle directory.
  symlinkSync('../outside', join(b.rootfs, 'escape'));
  symlinkSync('../outside', join(b.rootfs, 'devlink'));
  const spec = sh('grep -c " /outside/newdir " /proc/mounts; ls /outside');
  spec.mounts!.push({ destination: '/escape/newdir', type: 'tmpfs', source: 'tmpfs' });
  spec.linux!.devices = [{ path: '/devlink/null2', type: 'c', major: 1, minor: 3 }];
  const r = await run(b, spec);
  t.equal(r.exit.code, 0, r.err);
  t.same(r.out.split('\n').slice(0, 3), ['1', 'newdir', 'null2']);
  t.notOk(existsSync(join(b.dir, 'outside', 'newdir')), 'no directory was made on the host');
  t.notOk(existsSync(join(b.dir, 'outside', 'null2')), 'no device node was made on the host');
});

t.test('a dropped capability makes chown fail; with it chown works', async (t) => {
  const all = ['CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FOWNER', 'CAP_KILL', 'CAP_SETUID', 'CAP_SETGID'];
  const withCaps = (caps: string[]): Spec => {
    const s = sh('touch /tmp/f; chown 1000 /tmp/f; echo rc=$?; grep Cap /proc/self/status');
    s.process!.capabilities = { bounding: caps, effective: caps, permitted: caps };
    return s;
  };
  const denied = await run(bundle, withCaps(all.filter((c) => c !== 'CAP_CHOWN')));
  t.match(denied.out, /rc=1/);
  t.match(denied.err, /Operation not permitted/);
  t.match(denied.out, /CapBnd:\s+00000000000000ea/, 'bounding set is exactly the listed caps');
  const allowed = await run(bundle, withCaps(all));
  t.match(allowed.out, /rc=0/, allowed.err);
});

t.test('a seccomp profile that denies mkdir fails it with the configured errno', async (t) => {
  for (const nnp of [true, false]) {
    const spec = sh('mkdir /tmp/d; echo rc=$?; touch /tmp/f && echo touch=ok');
    spec.process!.noNewPrivileges = nnp;
    spec.linux!.seccomp = {
      defaultAction: 'SCMP_ACT_ALLOW',
      architectures: ['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32'],
      syscalls: [{ names: ['mkdir', 'mkdirat'], action: 'SCMP_ACT_ERRNO', errnoRet: 122 /* EDQUOT */ }],
    };
    const r = await run(bundle, spec);
    t.match(r.out, /rc=1\ntouch=ok/, `noNewPrivileges=${nnp}`);
    t.match(r.err, /Disk quota exceeded/);
  }
});

t.test('sysctls are written in the container namespaces, and oomScoreAdj is set', async (t) => {
  const hostForward = readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8').trim();
  const spec = sh('cat /proc/sys/net/ipv4/ip_forward /proc/sys/kernel/msgmax /proc/self/oom_score_adj');
  const want = hostForward === '1' ? '0' : '1';
  spec.linux!.sysctl = { 'net.ipv4.ip_forward': want, 'kernel.msgmax': '4242' };
  spec.process!.oomScoreAdj = 500;
  const r = await run(bundle, spec);
  t.same(r.out.split('\n').slice(0, 3), [want, '4242', '500'], r.err);
  t.equal(readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8').trim(), hostForward, 'the host is untouched');
});

t.test('rootfsPropagation applies to the container root and nothing reaches the host', async (t) => {
  const before = snapshot(bundle.dir);
  const spec = sh(`awk '$5 == "/"' /proc/self/mountinfo`);
  spec.linux!.rootfsPropagation = 'rprivate';
  const r = await run(bundle, spec);
  t.equal(r.exit.code, 0, r.err);
  t.ok(r.out.trim().length > 0, 'the root mount is listed');
  t.notMatch(r.out, /shared:|master:/, 'the container root is private');
  t.same(snapshot(bundle.dir), before);
});

t.test('rlimits are set (ulimit -n)', async (t) => {
  const spec = sh('ulimit -n; ulimit -Hn');
  spec.process!.rlimits = [{ type: 'RLIMIT_NOFILE', soft: 1234, hard: 2345 }];
  const r = await run(bundle, spec);
  t.same(r.out.split('\n').slice(0, 2), ['1234', '2345']);
});

t.test('a terminal container sees a tty of the spec size, and resize reaches it', async (t) => {
  const spec = sh('tty; stty size; read x; stty size');
  spec.process!.terminal = true;
  spec.process!.consoleSize = { height: 24, width: 80 };
  const c = await Container.create({ id: uniqueId('tty'), bundle: bundle.dir, spec });
  t.teardown(() => c.destroy());
  t.equal(c.init.stdout, undefined);
  const out = collect(c.init.terminal);
  let seen = '';
  c.init.terminal!.on('data', (d: string) => (seen += d));
  await c.start();
  while (!/24 80/.test(seen) && c.init.state !== 'stopped') await sleep(5);
  c.resize(40, 100);
  c.init.terminal!.write('go\n');
  t.same(await c.wait(), { pid: c.pid, code: 0 });
  const text = (await out).replace(/\r/g, '');
  t.match(text, /^\/dev\/pts\/0\n24 80\n/);
  t.match(text, /40 100/);
});

const noV1Memory = detectCgroupVersion() === 1 && !existsSync('/sys/fs/cgroup/memory');
t.test('a memory limit kills a process that exceeds it and an OOM event arrives', { skip: noV1Memory ? 'no cgroup v1 memory controller on this host' : false }, async (t) => {
  const cg = await Cgroup.create(`kata-ts-test-container-${process.pid}/oom`, { memory: { limit: 32 << 20, swap: 32 << 20 } });
  t.teardown(() => cg.destroy({ kill: true }));
  let oom!: () => void;
  const gotOom = new Promise<void>((r) => (oom = r));
  await cg.onOom(() => oom());
  const r = await run(bundle, baseSpec(['dd', 'if=/dev/zero', 'of=/dev/null', 'bs=256M', 'count=1']), { cgroup: cg });
  t.equal(r.exit.signal, 'SIGKILL');
  const timedOut = await Promise.race([gotOom.then(() => false), sleep(10_000).then(() => true)]);
  t.notOk(timedOut, 'an OOM event arrived within 10 s');
});

const v1Memory = detectCgroupVersion() === 1 && existsSync('/sys/fs/cgroup/memory');
t.test('a "cgroup" mount shows the container its own cgroup, read-only', { skip: v1Memory ? false : 'needs a cgroup v1 memory hierarchy (this host has none)' }, async (t) => {
  const cg = await Cgroup.create(`kata-ts-test-container-${process.pid}/cgmount`, { memory: { limit: 64 << 20 } });
  t.teardown(() => cg.destroy({ kill: true }));
  const spec = sh('cat /sys/fs/cgroup/memory/memory.limit_in_bytes; mkdir /sys/fs/cgroup/memory/x; echo rc=$?');
  // As containerd's default spec writes it.
  spec.mounts!.push({ destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: ['nosuid', 'noexec', 'nodev', 'relatime', 'ro'] });
  const r = await run(bundle, spec, { cgroup: cg });
  t.same(r.out.split('\n').slice(0, 2), [String(64 << 20), 'rc=1']);
  t.match(r.err, /Read-only file system/);
});

t.test('exec joins a running container: namespaces, cgroup, own user, env and cwd', async (t) => {
  const cg = await Cgroup.create(`kata-ts-test-container-${process.pid}/exec`);
  t.teardown(() => cg.destroy({ kill: true }));
  const c = await Container.create({ id: uniqueId('exec'), bundle: bundle.dir, spec: baseSpec(['sleep', '1000']), cgroup: cg });
  t.teardown(() => c.destroy());
  await c.start();
  const p = await c.exec({
    user: { uid: 0, gid: 0, username: 'alice' },
    args: ['sh', '-c', 'hostname; id -u; pwd; echo $X; cat /proc/1/cmdline | tr "\\0" " "; echo; read go'],
    env: ['PATH=/bin', 'X=exec-env'],
    cwd: '/home/alice',
  });
  const out = collect(p.stdout);
  t.ok((await cg.pids()).includes(p.pid), 'the exec process is in the container cgroup');
  p.stdin!.end('\n');
  t.equal((await p.wait()).code, 0);
  t.same((await out).split('\n').slice(0, 5), ['kata-test', '1000', '/home/alice', 'exec-env', 'sleep 1000 ']);
  c.kill('SIGKILL');
  t.equal((await c.wait()).signal, 'SIGKILL');
});

t.test('exec with a terminal gets its own tty from the container devpts', async (t) => {
  const c = await Container.create({ id: uniqueId('exectty'), bundle: bundle.dir, spec: baseSpec(['sleep', '1000']) });
  t.teardown(() => c.destroy());
  await c.start();
  const p = await c.exec({ terminal: true, consoleSize: { height: 30, width: 90 }, user: { uid: 1000, gid: 1000 }, args: ['sh', '-c', 'tty; stty size; id -u'], env: ['PATH=/bin'], cwd: '/' });
  t.equal(p.stdout, undefined);
  const out = collect(p.terminal);
  t.equal((await p.wait()).code, 0);
  t.same((await out).replace(/\r/g, '').split('\n').slice(0, 3), ['/dev/pts/0', '30 90', '1000']);
});

t.test('a new user namespace maps root to an unprivileged host uid', async (t) => {
  chmodSync(bundle.dir, 0o755); // mkdtemp's 0700 would shut the mapped root out of its rootfs
  const spec = sh('id -u; cat /proc/self/uid_map; cat /dev/null && echo devnull=ok');
  spec.linux!.namespaces!.push({ type: 'user' });
  spec.linux!.uidMappings = [{ containerID: 0, hostID: 100000, size: 65536 }];
  spec.linux!.gidMappings = [{ containerID: 0, hostID: 100000, size: 65536 }];
  const r = await run(bundle, spec);
  t.equal(r.exit.code, 0, r.err);
  const lines = r.out.split('\n');
  t.equal(lines[0], '0');
  t.same(lines[1]!.trim().split(/\s+/), ['0', '100000', '65536']);
  t.equal(lines[2], 'devnull=ok', 'devices are bind-mounted from the host (mknod is refused in a user ns)');
});

t.test('exec into a container with its own user namespace', async (t) => {
  chmodSync(bundle.dir, 0o755);
  const spec = baseSpec(['sleep', '1000']);
  spec.linux!.namespaces!.push({ type: 'user' });
  spec.linux!.uidMappings = [{ containerID: 0, hostID: 100000, size: 65536 }];
  spec.linux!.gidMappings = [{ containerID: 0, hostID: 100000, size: 65536 }];
  const c = await Container.create({ id: uniqueId('userns-exec'), bundle: bundle.dir, spec });
  t.teardown(() => c.destroy());
  await c.start();
  const p = await c.exec({ user: { uid: 1000, gid: 1000 }, args: ['sh', '-c', 'id -u; cat /proc/self/uid_map; hostname'], env: ['PATH=/bin'], cwd: '/' });
  const out = collect(p.stdout);
  t.equal((await p.wait()).code, 0);
  const lines = (await out).split('\n');
  t.equal(lines[0], '1000');
  t.same(lines[1]!.trim().split(/\s+/), ['0', '100000', '65536'], 'it joined the container user namespace');
  t.equal(lines[2], 'kata-test');
});

t.test('bad plans fail with a named error and leave nothing behind', async (t) => {
  const before = snapshot(bundle.dir);
  const cgroupsPath = `kata-ts-test-container-${process.pid}/bad`;

  const attempt = async (spec: Spec, pattern: RegExp, what: string) => {
    spec.linux!.cgroupsPath = cgroupsPath;
    await t.rejects(Container.create({ id: uniqueId('bad'), bundle: bundle.dir, spec }), pattern, what);
    t.same(cgroupDirsOf(cgroupsPath), [], `${what}: no cgroup left, in any hierarchy`);
    t.same(snapshot(bundle.dir), before, `${what}: no mount or child left`);
  };

  const missingRoot = sh('true');
  missingRoot.root!.path = 'no-such-rootfs';
  await attempt(missingRoot, /^root\.path: .*no-such-rootfs does not exist/, 'missing rootfs');
  await attempt(baseSpec(['/bin/nope']), /exec \/bin\/nope: ENOENT/, 'missing binary');
  await attempt(baseSpec(['nope-in-path']), /exec nope-in-path: ENOENT/, 'missing binary on PATH');
  const unknownUser = sh('true');
  unknownUser.process!.user = { uid: 0, gid: 0, username: 'bob' };
  await attempt(unknownUser, /process\.user\.username: unknown user "bob"/, 'unknown user');
  const badType = sh('true');
  badType.mounts!.push({ destination: '/x', type: 'foo', source: 'foo' });
  await attempt(badType, /^mounts\[7\]\.type: unknown mount type "foo"/, 'invalid mount type');
  const badCap = sh('true');
  badCap.process!.capabilities = { bounding: ['CAP_FOO'] };
  await attempt(badCap, /process\.capabilities\.bounding\[0\]: unknown capability "CAP_FOO"/, 'unknown capability');
  const badSeccomp = sh('true');
  badSeccomp.linux!.seccomp = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_MAYBE' }] };
  await attempt(badSeccomp, /linux\.seccomp\.syscalls\[0\]\.action: unknown action "SCMP_ACT_MAYBE"/, 'bad seccomp action');
  // The kernel's own refusals, past plan.ts: the child names the step and errno.
  const kernelRefuses = sh('true');
  kernelRefuses.mounts!.push({ destination: '/x', type: 'ext4', source: '/nonexistent-device' });
  await attempt(kernelRefuses, /^mount ext4 on .*\/rootfs\/x: ENOENT/, 'mount of a missing device');
  const badCwd = sh('true');
  badCwd.process!.cwd = '/no/such/dir';
  await attempt(badCwd, /^chdir \/no\/such\/dir: ENOENT/, 'missing cwd');
});

t.test('the addon refuses a missing rootfs by itself, naming the step', async (t) => {
  const before = snapshot(bundle.dir);
  const plan = planFromSpec(sh('true'), { bundle: bundle.dir });
  plan.rootfs = '/nonexistent-rootfs';
  await t.rejects(loadAddon().containerCreate(plan), { message: /^rootfs \/nonexistent-rootfs: ENOENT/, step: 'rootfs', code: 'ENOENT' });
  plan.rootfs = bundle.rootfs;
  plan.mounts.push({ source: 'x', destination: '/x', type: 'nosuchfs', options: [] });
  await t.rejects(loadAddon().containerCreate(plan), { message: /^mount nosuchfs on .*: ENODEV/, step: 'mount' });
  t.same(snapshot(bundle.dir), before);
});

t.test('a failed exec at start is an error and the process is gone', async (t) => {
  const before = snapshot(bundle.dir);
  // Exists, so create passes; not executable, so execve refuses it.
  const c = await Container.create({ id: uniqueId('noexec'), bundle: bundle.dir, spec: baseSpec(['/etc/passwd']) });
  await t.rejects(c.start(), { message: /^exec \/etc\/passwd: EACCES/, step: 'exec' });
  t.equal(c.init.state, 'stopped');
  await c.destroy();
  t.same(snapshot(bundle.dir), before);
});

t.test('destroying a created container that never started kills its waiting process', async (t) => {
  const before = snapshot(bundle.dir);
  const c = await Container.create({ id: uniqueId('discard'), bundle: bundle.dir, spec: sh('echo never') });
  t.equal(c.init.state, 'created');
  await c.destroy();
  t.equal(c.init.state, 'stopped');
  t.same(snapshot(bundle.dir), before);
});
