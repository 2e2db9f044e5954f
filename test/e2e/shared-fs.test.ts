// End to end, the container filesystem over virtio-fs (the default shared fs) compared with runc on
// the same image: create/rename/unlink, hard links and symlinks, chmod/chown as root, mmap of a
// shared file (a static C helper compiled here), a host bind mount written from both sides, df
// of the rootfs, a read-only rootfs refusing writes. Faults: virtiofsd killed under a running
// container (the task stops, delete cleans everything), a daemon path that does not exist. After
// every scenario: no virtiofsd, no socket or lock file, no VM, no mount, no state.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';
import type { Containerd } from '../demo/containerd.js';
import { e2eContainerd, IMAGE, leftovers, qemuOf, TAG, virtiofsdOf, waitForStatus, NOTHING_LEFT } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
if (!existsSync('/usr/lib/qemu/virtiofsd')) throw new Error('/usr/lib/qemu/virtiofsd is missing (apt-get install qemu-system-common)');
const haveRunc = existsSync('/usr/bin/containerd-shim-runc-v2') && existsSync('/usr/sbin/runc');
if (!haveRunc) t.comment('runc or its shim is missing: the outputs are checked against the expected text only');

t.setTimeout(900000);

const KATA = 'io.containerd.kata.v2';
const RUNC = 'io.containerd.runc.v2';

/** The mmap helper, built statically so it runs on the busybox image. */
function buildMmapHelper(dir: string): string {
  const out = join(dir, 'tools');
  mkdirSync(out);
  execFileSync('gcc', ['-static', '-O1', '-Wall', '-Werror', '-o', join(out, 'mmap-check'), join(packageRoot(), 'test/e2e/fixtures/mmap-check.c')], { stdio: 'pipe' });
  return out;
}

// POSIX behaviour a container expects from its rootfs (busybox sh; one line per fact).
const SEMANTICS = [
  'mkdir /w && cd /w',
  'echo one > a && mv a b && { [ -e a ] && echo rename-left-source || echo rename-ok; } && cat b',
  'ln b c && echo "links $(stat -c %h b)" && [ "$(stat -c %i b)" = "$(stat -c %i c)" ] && echo same-inode',
  'echo two >> c && cat b',
  'rm b && echo "links $(stat -c %h c)" && cat c',
  'exec 3<c && rm c && echo "open after unlink: $(cat <&3 | tr "\\n" " ")" && exec 3<&-',
  'echo s > target && ln -s target s && echo "symlink -> $(readlink s): $(cat s)"',
  'rm target && [ -L s ] && [ ! -e s ] && echo dangling-ok',
  'mkdir d && touch d/x && { rmdir d 2>/dev/null && echo rmdir-nonempty-allowed || echo rmdir-nonempty-refused; } && rm d/x && rmdir d && echo rmdir-ok',
  'echo p > p && chmod 4750 p && echo "mode $(stat -c %a p)"',
  'chown 1234:5678 p && echo "owner $(stat -c %u:%g p) mode $(stat -c %a p)"',
  'chmod 600 p && echo "mode $(stat -c %a p)"',
  '/tools/mmap-check /w/m',
  '/tools/mmap-check /data/m',
  'df -P / | awk \'NR==2 { print ($2 > 0 && $4 > 0) ? "df: size and free space" : "df: " $0 }\'',
].join('\n');

const EXPECTED = [
  'rename-ok', 'one', 'links 2', 'same-inode', 'one', 'two', 'links 1', 'one', 'two', 'open after unlink: one two ',
  'symlink -> target: s', 'dangling-ok', 'rmdir-nonempty-refused', 'rmdir-ok', 'mode 4750', 'owner 1234:5678 mode 750', 'mode 600',
  'pread after mmap write: through-mmap', 'mmap after pwrite: through-write',
  'pread after mmap write: through-mmap', 'mmap after pwrite: through-write',
  'df: size and free space', '',
].join('\n');

/** A detached container with /data bound from the host; exec's output and the host's view of /data. */
async function semantics(c: Containerd, runtime: string, id: string, data: string, tools: string): Promise<{ out: string; hostSees: string; containerSees: string }> {
  const mounts = ['--mount', `type=bind,src=${data},dst=/data,options=rbind:rw`, '--mount', `type=bind,src=${tools},dst=/tools,options=rbind:ro`];
  const run = await c.ctr(['run', '-d', '--runtime', runtime, ...mounts, IMAGE, id, 'sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'], { timeoutMs: 240000 });
  if (run.code !== 0) throw new Error(`${runtime}: ctr run: ${run.stderr}`);
  await waitForStatus(c, id, 'RUNNING');
  const exec = async (execId: string, script: string): Promise<string> => {
    const r = await c.ctr(['task', 'exec', '--exec-id', execId, id, 'sh', '-c', script], { timeoutMs: 120000 });
    return r.stdout + (r.code === 0 ? '' : `(exit ${r.code}: ${r.stderr})`);
  };
  const out = await exec('sem', SEMANTICS);
  // Host to container: a new file and a change to one the container has already read.
  writeFileSync(join(data, 'from-host'), 'first\n');
  const before = await exec('h1', 'cat /data/from-host');
  writeFileSync(join(data, 'from-host'), 'second, longer\n');
  // cache=auto revalidates attributes after a second: the container sees the change by then.
  let after = '';
  for (let i = 0; i < 10 && after !== 'second, longer\n'; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 500));
    after = await exec(`h2-${i}`, 'cat /data/from-host');
  }
  await exec('c1', 'echo from-container > /data/from-container');
  const hostSees = `${readFileSync(join(data, 'from-container'), 'utf8')}${readFileSync(join(data, 'm')).subarray(0, 12).toString()}`;
  await c.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
  await waitForStatus(c, id, 'STOPPED');
  await c.ctr(['task', 'delete', id]);
  await c.ctr(['containers', 'rm', id]);
  return { out, hostSees, containerSees: before + after };
}

t.test('file semantics over virtio-fs match runc: links, rename, unlink, chmod/chown, mmap, host bind mount both ways, df', async (t) => {
  const { c, dir } = await e2eContainerd(t);
  const tools = buildMmapHelper(dir);
  const id = `e2e-fs${TAG}`;
  const data = join(dir, 'data-kata');
  mkdirSync(data);
  const kata = await semantics(c, KATA, id, data, tools);
  t.equal(kata.out, EXPECTED, 'the container filesystem behaves as POSIX says');
  t.equal(kata.containerSees, 'first\nsecond, longer\n', 'a file written on the host side of the bind mount is seen in the container, and so is its change');
  t.equal(kata.hostSees, 'from-container\nthrough-mmap', 'what the container writes (and writes through mmap) is seen on the host');
  t.same(qemuOf(id), [], 'no VM left');
  t.same(virtiofsdOf(id), [], 'no virtiofsd left');
  if (haveRunc) {
    const rdata = join(dir, 'data-runc');
    mkdirSync(rdata);
    const runc = await semantics(c, RUNC, `${id}-runc`, rdata, tools);
    t.equal(kata.out, runc.out, 'runc: the same output, line for line');
    t.same({ hostSees: kata.hostSees, containerSees: kata.containerSees }, { hostSees: runc.hostSees, containerSees: runc.containerSees }, 'runc: the same through the bind mount');
  }
  t.same(leftovers(), NOTHING_LEFT, 'nothing left');
});

t.test('a read-only rootfs over virtio-fs refuses writes as under runc', async (t) => {
  const { c } = await e2eContainerd(t);
  const id = `e2e-fsro${TAG}`;
  const cmd = ['sh', '-c', 'touch /x 2>&1 | sed "s/^touch: //"; echo "exit $?"; cat /etc/passwd > /dev/null && echo readable'];
  const ro = await c.ctr(['run', '--runtime', KATA, '--rm', '--read-only', IMAGE, id, ...cmd], { timeoutMs: 240000 });
  t.match(ro.stdout, /^\/x: Read-only file system\n/, `writes refused with EROFS: ${ro.stderr}`);
  t.match(ro.stdout, /readable\n$/, 'reads work');
  if (haveRunc) {
    const r = await c.ctr(['run', '--runtime', RUNC, '--rm', '--read-only', IMAGE, `${id}-runc`, ...cmd], { timeoutMs: 120000 });
    t.equal(ro.stdout, r.stdout, 'runc: the same');
  }
  t.same(leftovers(), NOTHING_LEFT, 'nothing left');
});

t.test('virtiofsd killed under a running container: the task stops, the shim log says why, delete cleans everything', async (t) => {
  const { c } = await e2eContainerd(t);
  const id = `e2e-fskill${TAG}`;
  const run = await c.ctr(['run', '-d', '--runtime', KATA, IMAGE, id, 'sh', '-c', 'while :; do sleep 1; done'], { timeoutMs: 240000 });
  t.equal(run.code, 0, `started: ${run.stderr}`);
  t.match(await waitForStatus(c, id, 'RUNNING'), new RegExp(`^${id}\\s+\\d+\\s+RUNNING`, 'm'));
  const daemons = virtiofsdOf(id);
  t.ok(daemons.length >= 1, `the sandbox has its virtiofsd (${daemons.join(', ')})`);
  const cgroupOf = (pid: number): string => readFileSync(`/proc/${pid}/cgroup`, 'utf8');
  // The sandbox cgroup is the spec's cgroupsPath (ctr gives /default/<id>), else kata-ts/<id>: wherever QEMU is.
  const [qemu] = qemuOf(id);
  t.ok(qemu, 'the sandbox has its QEMU');
  t.match(cgroupOf(qemu!), new RegExp(`/${id}$`, 'm'), 'QEMU is in the sandbox\'s own cgroup');
  for (const p of daemons) t.equal(cgroupOf(p), cgroupOf(qemu!), `virtiofsd ${p} is in the sandbox cgroup, with QEMU`);
  t.match(c.log(), /virtio_session_mount|virtiofsd started/, 'the daemon\'s log is in the shim\'s log');
  for (const p of daemons) process.kill(p, 'SIGKILL');
  t.match(await waitForStatus(c, id, 'STOPPED', 60000), new RegExp(`^${id}\\s+\\d+\\s+STOPPED`, 'm'), 'the task is reported STOPPED, as when QEMU dies');
  t.match(c.log(), /virtiofsd \(pid \d+\) exited unexpectedly \(SIGKILL\); stopping the VM/, 'the shim log names the cause');
  const del = await c.ctr(['task', 'delete', id]);
  t.equal(del.code, 0, `task delete: ${del.stderr}`);
  t.equal((await c.ctr(['containers', 'rm', id])).code, 0);
  t.same(qemuOf(id), [], 'no VM left');
  t.same(leftovers(), NOTHING_LEFT, 'no virtiofsd, socket, lock file, mount or state left');
});

t.test('a virtio-fs daemon path that does not exist: the run fails naming it, nothing is left', async (t) => {
  const { c } = await e2eContainerd(t, {}, 'virtio_fs_daemon = "/nonexistent/virtiofsd"\n');
  const id = `e2e-fsnod${TAG}`;
  const r = await c.ctr(['run', '--runtime', KATA, '--rm', IMAGE, id, 'true'], { timeoutMs: 120000 });
  t.not(r.code, 0);
  t.match(r.stderr, /hypervisor\.qemu\.virtio_fs_daemon = \/nonexistent\/virtiofsd: no such file/, `the error names the key and path: ${r.stderr}`);
  await c.ctr(['containers', 'rm', id]);
  t.same(leftovers(), NOTHING_LEFT, 'nothing left');
});
