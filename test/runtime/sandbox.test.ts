// The runtime library with real QEMU (TCG), the real kernel and initrd, and busybox-static
// containers shared into the VM over virtio-fs (the default; its virtiofsd in the sandbox cgroup)
// and over virtio-9p: two containers in one sandbox, exec, exit codes, and deletion that leaves
// nothing behind; faults — QEMU killed under a running container, virtiofsd killed under one, a
// daemon path that does not exist, an agent that never answers, a missing kernel.
import { existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { cgroupDirsOf } from '../helpers/cgroup-dirs.js';
import type { RuntimeConfig } from '../../lib/config/types.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { cleanupSandbox } from '../../lib/runtime/cleanup.js';
import { SANDBOX_CGROUP_PARENT, Sandbox } from '../../lib/runtime/sandbox.js';
import { listRecords } from '../../lib/runtime/state.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { cachedImage } from '../../guest/osbuilder/rootfs/image.js';
import { baseSpec, makeBundle, rootfsSkipReason } from '../helpers/rootfs.js';
import { vmConfig } from '../helpers/vm-config.js';

// Several TCG VM boots: longer than the suite's default per-file timeout.
t.setTimeout(900000);

const kernel = cachedKernel();
const initrd = cachedInitrd();
if (!kernel || !initrd) throw new Error('guest assets missing: run `npm run guest` (npm test does)');
const skip = rootfsSkipReason();
if (skip) throw new Error(`the runtime tests cannot run: ${skip}`);

function config(over: (c: RuntimeConfig) => void = () => undefined): RuntimeConfig {
  const c = vmConfig(kernel!.bzImage, { kind: 'initrd', path: initrd!.path });
  over(c);
  return c;
}

interface Env {
  stateRoot: string;
  qemuPids(): number[];
  /** virtio-fs daemons serving this state root, and their lock files. */
  virtiofsd(): { pids: number[]; locks: string[] };
  hostMounts(): string;
}

/** The sandbox cgroup's directories that exist (v1: one per controller hierarchy). */
function sandboxCgroupDirs(id: string): string[] {
  return cgroupDirsOf(join(SANDBOX_CGROUP_PARENT, id));
}

function env(t: { teardown(f: () => void | Promise<void>): void }): Env {
  const stateRoot = mkdtempSync(join(tmpdir(), 'kata-rt-state-'));
  t.teardown(() => rmSync(stateRoot, { recursive: true, force: true }));
  return {
    stateRoot,
    // QEMUs started for this state root (their command lines name it).
    qemuPids: () =>
      readdirPids().filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(stateRoot);
        } catch {
          return false;
        }
      }),
    virtiofsd: () => ({
      pids: readdirPids().filter((pid) => {
        try {
          const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          return cmd.includes('virtiofsd') && cmd.includes(stateRoot);
        } catch {
          return false;
        }
      }),
      locks: existsSync('/run/virtiofsd') ? readdirSync('/run/virtiofsd').filter((f) => f.startsWith(stateRoot.replace(/\//g, '.'))) : [],
    }),
    hostMounts: () => readFileSync('/proc/self/mountinfo', 'utf8').split('\n').filter((l) => l.includes(stateRoot)).join('\n'),
  };
}
const threads = (): number => readdirSync('/proc/self/task').length;
/** Mappings of memfd files in this process (the vsock back-end maps guest RAM while a VM runs). */
const memfdMaps = (): number => readFileSync('/proc/self/maps', 'utf8').split('\n').filter((l) => l.includes('/memfd:')).length;
const NO_DAEMON = { pids: [], locks: [] };
/** In a container: the file system type of its root (the last mount on /). */
const ROOT_FSTYPE = 'awk \'$2 == "/" { t = $3 } END { print t }\' /proc/self/mounts';
const readdirPids = (): number[] => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);

t.test('two containers in one sandbox: each runs on its own rootfs, exec works, exit codes come back, delete leaves nothing', async (t) => {
  const e = env(t);
  const b1 = makeBundle('kata-rt-c1-');
  const b2 = makeBundle('kata-rt-c2-');
  t.teardown(() => (b1.remove(), b2.remove()));
  writeFileSync(join(b1.rootfs, 'etc', 'whoami'), 'first\n');
  writeFileSync(join(b2.rootfs, 'etc', 'whoami'), 'second\n');
  const threadsBefore = threads();
  const sb = await Sandbox.create({ id: `rt-${process.pid}`, config: config(), log: silentLogger(), stateRoot: e.stateRoot, hostname: 'rt-pod' });
  t.teardown(() => sb.delete().catch(() => undefined));
  t.same(listRecords(e.stateRoot).map((r) => r.id), [`rt-${process.pid}`], 'the sandbox is recorded in the state dir');
  t.ok(listRecords(e.stateRoot)[0]!.vsockSocket, 'the agent is reached over hybrid vsock (the default channel)');
  const qemuCgroups = readFileSync(`/proc/${sb.vm.pid}/cgroup`, 'utf8');
  t.match(qemuCgroups, new RegExp(`:/${SANDBOX_CGROUP_PARENT}/rt-${process.pid}$`, 'm'), 'QEMU runs in the sandbox cgroup');
  t.ok(sandboxCgroupDirs(`rt-${process.pid}`).length > 0);
  t.not(readlinkSync(`/proc/${sb.vm.pid}/ns/net`), readlinkSync('/proc/self/ns/net'), 'QEMU runs in a network namespace of its own');
  const status = readFileSync(`/proc/${sb.vm.pid}/status`, 'utf8');
  t.match(status, /^Seccomp:\s+2$/m, 'QEMU runs under its own seccomp filter (-sandbox, seccompsandbox)');
  t.match(status, /^CapEff:\s+0+$/m, 'QEMU holds no capability');
  t.match(status, /^CapBnd:\s+0+$/m, 'and cannot regain one (empty bounding set)');
  const rec = listRecords(e.stateRoot)[0]!;
  t.equal(rec.sharedFs, 'virtio-fs', 'virtio-fs is the default shared filesystem');
  t.ok(rec.virtiofsd && existsSync(rec.virtiofsd.socket), 'its daemon and socket are recorded');
  const daemons = e.virtiofsd().pids;
  t.ok(daemons.length >= 1, 'one virtiofsd serves the sandbox (and its namespace worker)');
  for (const p of daemons) t.match(readFileSync(`/proc/${p}/cgroup`, 'utf8'), new RegExp(`:/${SANDBOX_CGROUP_PARENT}/rt-${process.pid}$`, 'm'), `virtiofsd ${p} runs in the sandbox cgroup`);

  const hostDir = mkdtempSync(join(tmpdir(), 'kata-rt-bind-'));
  t.teardown(() => rmSync(hostDir, { recursive: true, force: true }));
  writeFileSync(join(hostDir, 'note'), 'from the host\n');
  const withBind = baseSpec(['sh', '-c', 'cat /etc/whoami; uname -r; cat /data/note; touch /data/x 2>/dev/null || echo read-only; exit 3']);
  withBind.mounts!.push({ destination: '/data', type: 'bind', source: hostDir, options: ['rbind', 'ro'] });
  await sb.createContainer('c1', b1.dir, withBind);
  await sb.createContainer('c2', b2.dir, baseSpec(['sh', '-c', 'cat /etc/whoami; sleep 1000']));
  await sb.startContainer('c1');
  await sb.startContainer('c2');
  const out1 = await sb.readAll('c1');
  t.match(out1, /^first\n6\.1\.\d+/, 'c1 sees its own rootfs and the guest kernel');
  t.match(out1, /from the host\nread-only\n$/, 'a host directory bind-mounted read-only is shared into the VM');
  t.not(out1.split('\n')[1], readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim(), 'not the host kernel');
  t.equal(await sb.wait('c1'), 3, 'c1 exit code');
  await sb.exec('c2', 'e0', { args: ['sh', '-c', ROOT_FSTYPE], cwd: '/', env: ['PATH=/bin'], user: { uid: 0, gid: 0 } });
  t.equal(await sb.readAll('c2', 'e0'), 'virtiofs\n', 'the container\'s rootfs is on virtiofs');
  t.equal(await sb.wait('c2', 'e0'), 0);
  await sb.exec('c2', 'e1', { args: ['sh', '-c', 'cat /etc/whoami; exit 7'], cwd: '/', env: ['PATH=/bin'], user: { uid: 0, gid: 0 } });
  t.equal(await sb.readAll('c2', 'e1'), 'second\n', 'exec in c2 sees the second rootfs');
  t.equal(await sb.wait('c2', 'e1'), 7, 'exec exit code');
  const stats = await sb.statsContainer('c2');
  t.ok(Number(stats.memoryStats?.usage?.usage ?? 0) > 0, 'stats: the container\'s memory use, from its cgroup in the guest');
  t.ok((stats.pidsStats?.current ?? 0) >= 1, 'stats: its processes');
  await sb.updateContainer('c2', { memory: { limit: 64 * 1024 * 1024 } });
  t.equal(Number((await sb.statsContainer('c2')).memoryStats?.usage?.limit), 64 * 1024 * 1024, 'update: the new memory limit is in force');
  await sb.pauseContainer('c2');
  await t.rejects(sb.exec('c2', 'e2', { args: ['true'], cwd: '/', env: ['PATH=/bin'], user: { uid: 0, gid: 0 } }), 'a paused container takes no exec');
  await sb.resumeContainer('c2');
  await sb.exec('c2', 'e3', { args: ['sh', '-c', 'exit 9'], cwd: '/', env: ['PATH=/bin'], user: { uid: 0, gid: 0 } });
  t.equal(await sb.wait('c2', 'e3'), 9, 'resumed: exec works again');
  await t.rejects(sb.pauseContainer('nope'), /container nope does not exist in sandbox/);
  await sb.signal('c2', '', 9);
  t.equal(await sb.wait('c2'), 137);
  await sb.deleteContainer('c1');
  await sb.delete();
  t.same(e.qemuPids(), [], 'no QEMU left');
  t.equal(e.hostMounts(), '', 'no shared-rootfs or bind mount left on the host');
  t.equal(readFileSync(join(hostDir, 'note'), 'utf8'), 'from the host\n', 'the host directory is untouched');
  t.same(listRecords(e.stateRoot), [], 'no state left');
  t.same(sandboxCgroupDirs(`rt-${process.pid}`), [], 'no cgroup left');
  t.equal(threads(), threadsBefore, 'no vsock back-end thread left in this process');
  t.same(e.virtiofsd(), NO_DAEMON, 'no virtiofsd and no lock file left');
  t.equal(memfdMaps(), 0, 'no guest memory still mapped here');
});

t.test('virtio-9p keeps working: a container runs on a rootfs shared over 9p, with no daemon', async (t) => {
  const e = env(t);
  const b = makeBundle('kata-rt-9p-');
  t.teardown(() => b.remove());
  const sb = await Sandbox.create({ id: `rt-9p-${process.pid}`, config: config((c) => (c.hypervisor.qemu.sharedFs = 'virtio-9p')), log: silentLogger(), stateRoot: e.stateRoot });
  t.teardown(() => sb.delete().catch(() => undefined));
  t.equal(listRecords(e.stateRoot)[0]!.sharedFs, 'virtio-9p');
  t.same(e.virtiofsd(), NO_DAEMON, 'no virtiofsd for a 9p sandbox');
  await sb.createContainer('c', b.dir, baseSpec(['sh', '-c', `${ROOT_FSTYPE}; echo x > /f && cat /f`]));
  await sb.startContainer('c');
  t.equal(await sb.readAll('c'), '9p\nx\n', 'the guest mounted the share as 9p and the rootfs is writable');
  t.equal(await sb.wait('c'), 0);
  await sb.delete();
  t.same(e.qemuPids(), []);
  t.equal(e.hostMounts(), '');
  t.same(listRecords(e.stateRoot), []);
});

t.test('virtiofsd killed while a container runs: the VM is stopped and wait says why; delete cleans everything', async (t) => {
  const e = env(t);
  const b = makeBundle('kata-rt-vfskill-');
  t.teardown(() => b.remove());
  const id = `rt-vfskill-${process.pid}`;
  const sb = await Sandbox.create({ id, config: config(), log: silentLogger(), stateRoot: e.stateRoot });
  t.teardown(() => sb.delete().catch(() => undefined));
  await sb.createContainer('c', b.dir, baseSpec(['sh', '-c', `${ROOT_FSTYPE}; sleep 1000`]));
  await sb.startContainer('c');
  const waiting = sb.wait('c');
  const daemon = listRecords(e.stateRoot)[0]!.virtiofsd!;
  process.kill(daemon.pid, 'SIGKILL');
  await t.rejects(waiting, new RegExp(`virtiofsd \\(pid ${daemon.pid}\\) exited unexpectedly \\(SIGKILL\\)`), 'wait fails naming the daemon as the cause');
  await sb.vm.wait();
  t.notOk(sb.vm.running, 'the runtime stopped the VM');
  await sb.delete();
  t.same(e.qemuPids(), []);
  t.same(e.virtiofsd(), NO_DAEMON, 'no virtiofsd (nor its worker) and no lock file left');
  t.notOk(existsSync(daemon.socket), 'no socket left');
  t.equal(e.hostMounts(), '');
  t.same(listRecords(e.stateRoot), []);
  t.same(sandboxCgroupDirs(id), [], 'no cgroup left');
});

t.test('a virtio-fs daemon path that does not exist is named and nothing starts', async (t) => {
  const e = env(t);
  await t.rejects(
    Sandbox.create({ id: `rt-nodaemon-${process.pid}`, config: config((c) => (c.hypervisor.qemu.virtioFsDaemon = '/nonexistent/virtiofsd')), log: silentLogger(), stateRoot: e.stateRoot }),
    /hypervisor\.qemu\.virtio_fs_daemon = \/nonexistent\/virtiofsd: no such file/,
  );
  await t.rejects(
    Sandbox.create({ id: `rt-dax-${process.pid}`, config: config((c) => (c.hypervisor.qemu.virtioFsCacheSize = 512)), log: silentLogger(), stateRoot: e.stateRoot }),
    /virtio_fs_cache_size = 512: a DAX cache window is not available/,
  );
  t.same(e.qemuPids(), []);
  t.same(e.virtiofsd(), NO_DAEMON);
  t.notOk(existsSync(join(e.stateRoot, 'sandboxes', `rt-nodaemon-${process.pid}`)));
  t.notOk(existsSync(join(e.stateRoot, 'sandboxes', `rt-dax-${process.pid}`)));
});

t.test('QEMU killed while a container runs: wait fails, delete still cleans up (sandbox_cgroup_only: and we leave the cgroup)', async (t) => {
  const e = env(t);
  const b = makeBundle('kata-rt-kill-');
  t.teardown(() => b.remove());
  const before = readFileSync('/proc/self/cgroup', 'utf8');
  const sb = await Sandbox.create({ id: `rt-kill-${process.pid}`, config: config((c) => (c.runtime.sandboxCgroupOnly = true)), log: silentLogger(), stateRoot: e.stateRoot });
  t.teardown(() => sb.delete().catch(() => undefined));
  t.match(readFileSync('/proc/self/cgroup', 'utf8'), new RegExp(`:/${SANDBOX_CGROUP_PARENT}/rt-kill-${process.pid}$`, 'm'), 'sandbox_cgroup_only: the runtime process joined the sandbox cgroup');
  await sb.createContainer('c', b.dir, baseSpec(['sleep', '1000']));
  await sb.startContainer('c');
  const waiting = sb.wait('c');
  process.kill(sb.vm.pid, 'SIGKILL');
  await t.rejects(waiting, /the VM exited|connection closed/);
  await sb.delete();
  t.same(e.qemuPids(), []);
  t.equal(e.hostMounts(), '');
  t.same(listRecords(e.stateRoot), []);
  t.same(sandboxCgroupDirs(`rt-kill-${process.pid}`), [], 'no cgroup left');
  t.equal(readFileSync('/proc/self/cgroup', 'utf8'), before, 'the runtime process is back where it was');
  t.same(e.virtiofsd(), NO_DAEMON, 'no virtiofsd left');
});

t.test('the owner gone (a killed shim): cleanup from the record alone stops QEMU and removes mounts, cgroup and state', async (t) => {
  const e = env(t);
  const b = makeBundle('kata-rt-orphan-');
  t.teardown(() => b.remove());
  const id = `rt-orphan-${process.pid}`;
  const sb = await Sandbox.create({ id, config: config((c) => (c.runtime.disableNewNetns = true)), log: silentLogger(), stateRoot: e.stateRoot });
  t.teardown(() => sb.delete().catch(() => undefined));
  t.equal(readlinkSync(`/proc/${sb.vm.pid}/ns/net`), readlinkSync('/proc/self/ns/net'), 'disable_new_netns keeps QEMU in our network namespace');
  await sb.createContainer('c', b.dir, baseSpec(['sleep', '1000']));
  await sb.startContainer('c');
  t.not(e.hostMounts(), '', 'the rootfs is shared');
  t.ok(e.virtiofsd().pids.length >= 1, 'its virtiofsd runs');
  const pid = await cleanupSandbox(e.stateRoot, id, silentLogger());
  t.equal(pid, sb.vm.pid, 'it reports the QEMU it stopped');
  await sb.vm.wait();
  t.same(e.qemuPids(), []);
  t.same(e.virtiofsd(), NO_DAEMON, 'the daemon is stopped and its lock file removed (the socket went with the state dir)');
  t.equal(e.hostMounts(), '');
  t.same(listRecords(e.stateRoot), []);
  t.same(sandboxCgroupDirs(id), [], 'no cgroup left');
  t.equal(await cleanupSandbox(e.stateRoot, id, silentLogger()), 0, 'a second cleanup finds nothing to do');
});

t.test('an agent that never answers: create fails within dial_timeout with the console tail, nothing left', async (t) => {
  const e = env(t);
  const started = Date.now();
  // The agent is up and listening, but on a vsock port the runtime does not dial: the VM stays up
  // and the channel never answers, so only dial_timeout can end the wait.
  await t.rejects(
    Sandbox.create({ id: `rt-mute-${process.pid}`, config: config((c) => (c.agent.kata.dialTimeout = 25)), log: silentLogger(), stateRoot: e.stateRoot, kernelParams: ['agent.port=2000'] }),
    /the agent did not answer within 25 s \(dial_timeout/,
  );
  t.ok(Date.now() - started < 60000, 'gave up in time');
  t.same(e.qemuPids(), []);
  t.same(listRecords(e.stateRoot), []);
  t.same(sandboxCgroupDirs(`rt-mute-${process.pid}`), [], 'no cgroup left');
});

t.test('a missing kernel is named and nothing starts', async (t) => {
  const e = env(t);
  await t.rejects(
    Sandbox.create({ id: `rt-nokernel-${process.pid}`, config: config((c) => (c.hypervisor.qemu.kernel = '/nonexistent/bzImage')), log: silentLogger(), stateRoot: e.stateRoot }),
    /hypervisor\.qemu\.kernel = \/nonexistent\/bzImage/,
  );
  t.same(e.qemuPids(), []);
  t.notOk(existsSync(join(e.stateRoot, 'sandboxes', `rt-nokernel-${process.pid}`)));
});

const image = cachedImage();
for (const nvdimm of [false, true]) {
  const how = nvdimm ? 'an nvdimm' : 'a virtio-blk disk';
  t.test(`the rootfs image guest (systemd, agent as a service) on ${how} runs a container`, async (t) => {
    if (!image) throw new Error('the rootfs image is missing: run `npm run guest` (npm test does)');
    const e = env(t);
    const b = makeBundle('kata-rt-img-');
    t.teardown(() => b.remove());
    const cfg = config((c) => {
      c.hypervisor.qemu.initrd = '';
      c.hypervisor.qemu.image = image.path;
      c.hypervisor.qemu.disableImageNvdimm = !nvdimm;
      c.agent.kata.dialTimeout = 240; // systemd on TCG
    });
    // loglevel=7 after quiet: the kernel then logs which device ext4 mounted as the root.
    const sb = await Sandbox.create({ id: `rt-img-${nvdimm ? 'n' : 'b'}-${process.pid}`, config: cfg, log: silentLogger(), stateRoot: e.stateRoot, kernelParams: ['loglevel=7'] });
    t.teardown(() => sb.delete().catch(() => undefined));
    const spec = baseSpec(['sh', '-c', 'uname -r; hostname; exit 5']);
    delete spec.hostname; // the container's UTS namespace then starts with the guest's name
    await sb.createContainer('c', b.dir, spec);
    await sb.startContainer('c');
    const out = await sb.readAll('c');
    t.match(out, /^6\.1\.\d+/, 'ran on the guest kernel');
    t.equal(out.split('\n')[1], sb.id, `a sandbox created without a hostname is named after itself: ${JSON.stringify(out)}`);
    t.equal(await sb.wait('c'), 5);
    t.match(readFileSync(sb.consoleLog, 'utf8'), nvdimm ? /EXT4-fs \(pmem0p1\): mounted/ : /EXT4-fs \(vda1\): mounted/, `the guest root is on ${how}`);
    await sb.delete();
    t.same(e.qemuPids(), []);
    t.same(listRecords(e.stateRoot), []);
  });
}

