// End to end: a private containerd (Debian's) with our shim on its PATH runs a container in a
// VM through `ctr run --runtime io.containerd.kata.v2` — the image imported from a local OCI
// tar, QEMU on TCG with the real kernel and initrd. Output and exit code come back through ctr,
// and afterwards no shim, VM, mount or sandbox state is left.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { cachedKernel } from '../../guest/kernel/build.js';
import { cachedInitrd } from '../../guest/rootfs/initrd.js';
import { startContainerd } from '../../lib/demo/containerd.js';
import { busyboxImageTar } from '../../lib/demo/oci-image.js';

const kernel = cachedKernel();
const initrd = cachedInitrd();
if (!kernel || !initrd) throw new Error('guest assets missing: run `npm run guest` (npm test does)');
if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');

// Several TCG VM boots: longer than the suite's default per-file timeout.
t.setTimeout(900000);

const IMAGE = 'docker.io/library/kata-ts-busybox:latest';
const qemuOf = (id: string): number[] =>
  readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`/run/kata-ts/sandboxes/${id}/`);
    } catch {
      return false;
    }
  });

t.test('ctr run --runtime io.containerd.kata.v2 runs a container in a VM and cleans up', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-e2e-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const conf = join(dir, 'configuration.toml');
  writeFileSync(conf, `[hypervisor.qemu]\nkernel = "${kernel.bzImage}"\ninitrd = "${initrd.path}"\naccel = "tcg"\n\n[agent.kata]\ndial_timeout = 120\n`);
  const c = await startContainerd({ KATA_CONF_FILE: conf });
  const id = `e2e-${process.pid}`;
  t.teardown(async () => {
    for (const pid of qemuOf(id)) process.kill(pid, 'SIGKILL');
    await c.stop();
    rmSync(`/run/kata-ts/sandboxes/${id}`, { recursive: true, force: true });
  });
  const imp = await c.ctr(['images', 'import', busyboxImageTar(dir, IMAGE)]);
  t.equal(imp.code, 0, `image imported: ${imp.stderr}`);
  const started = Date.now();
  const run = await c.ctr(['run', '--runtime', 'io.containerd.kata.v2', '--rm', IMAGE, id, 'sh', '-c', 'echo "hello from $(uname -r) as $(id -u)"; exit 3'], { timeoutMs: 240000 });
  t.comment(`ctr run took ${Date.now() - started} ms (TCG)`);
  t.match(run.stdout, /^hello from 6\.1\.\d+\S* as 0\n/, `the container ran in the guest kernel; stderr: ${run.stderr}\ncontainerd log tail:\n${run.code === 3 ? '' : c.log().slice(-4000)}`);
  t.equal(run.code, 3, 'ctr returns the container exit code');
  t.same(qemuOf(id), [], 'no VM left');
  t.notOk(existsSync(`/run/kata-ts/sandboxes/${id}`), 'no sandbox state left');
  const tasks = await c.ctr(['tasks', 'ls', '-q']);
  t.equal(tasks.stdout.trim(), '', 'no task left in containerd');
});

t.test('a detached task: exec with cwd and user, ps, pause and resume, SIGTERM, delete', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-e2e-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const conf = join(dir, 'configuration.toml');
  writeFileSync(conf, `[hypervisor.qemu]\nkernel = "${kernel.bzImage}"\ninitrd = "${initrd.path}"\naccel = "tcg"\n\n[agent.kata]\ndial_timeout = 120\n`);
  const c = await startContainerd({ KATA_CONF_FILE: conf });
  const id = `e2e-d-${process.pid}`;
  t.teardown(async () => {
    for (const pid of qemuOf(id)) process.kill(pid, 'SIGKILL');
    await c.stop();
    rmSync(`/run/kata-ts/sandboxes/${id}`, { recursive: true, force: true });
  });
  t.equal((await c.ctr(['images', 'import', busyboxImageTar(dir, IMAGE)])).code, 0);
  // PID 1 ignores SIGTERM unless it handles it: this one does, and exits 143.
  const run = await c.ctr(['run', '-d', '--runtime', 'io.containerd.kata.v2', IMAGE, id, 'sh', '-c', 'trap "exit 143" TERM; while :; do sleep 1; done'], { timeoutMs: 240000 });
  t.equal(run.code, 0, `started detached: ${run.stderr}`);
  const ls = await c.ctr(['task', 'ls']);
  t.match(ls.stdout, new RegExp(`${id}\\s+\\d+\\s+RUNNING`), 'the task is RUNNING');
  const exec = await c.ctr(['task', 'exec', '--exec-id', 'e1', '--cwd', '/tmp', '--user', '1000', id, 'env', 'GREETING=hi', 'sh', '-c', 'echo "$GREETING from $(pwd) as $(id -u)"; exit 42'], { timeoutMs: 120000 });
  t.equal(exec.stdout, 'hi from /tmp as 1000\n', `exec output: ${exec.stderr}`);
  t.equal(exec.code, 42, 'exec exit code');
  const ps = await c.ctr(['task', 'ps', id]);
  t.equal(ps.code, 0, `ps: ${ps.stderr}`);
  t.match(ps.stdout, /PID/, 'ps answers');
  t.equal((await c.ctr(['task', 'pause', id])).code, 0);
  t.match((await c.ctr(['task', 'ls'])).stdout, new RegExp(`${id}\\s+\\d+\\s+PAUSED`), 'PAUSED');
  t.equal((await c.ctr(['task', 'resume', id])).code, 0);
  const metrics = await c.ctr(['task', 'metrics', id]);
  t.equal(metrics.code, 0, `metrics: ${metrics.stderr}`);
  t.match(metrics.stdout, /memory\.usage_in_bytes\s+[1-9]\d*/, 'metrics show the guest cgroup memory usage');
  t.match((await c.ctr(['task', 'ls'])).stdout, new RegExp(`${id}\\s+\\d+\\s+RUNNING`), 'RUNNING again');
  t.equal((await c.ctr(['task', 'kill', id])).code, 0, 'SIGTERM sent');
  const until = Date.now() + 60000;
  let state = '';
  while (Date.now() < until) {
    state = (await c.ctr(['task', 'ls'])).stdout;
    if (new RegExp(`${id}\\s+\\d+\\s+STOPPED`).test(state)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  t.match(state, new RegExp(`${id}\\s+\\d+\\s+STOPPED`), 'STOPPED after SIGTERM');
  const del = await c.ctr(['task', 'delete', id]);
  t.equal(del.code, 0, `task deleted: ${del.stderr}`);
  t.match(del.stdout + del.stderr, /143|^$/, 'exit status 143 (SIGTERM handled)');
  t.equal((await c.ctr(['containers', 'delete', id])).code, 0);
  t.same(qemuOf(id), [], 'no VM left');
  t.notOk(existsSync(`/run/kata-ts/sandboxes/${id}`), 'no sandbox state left');
});

t.test('stdin piped through ctr, 10 MB of output intact, an OOM kill reported as TaskOOM, --read-only and --mount', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-e2e-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const conf = join(dir, 'configuration.toml');
  writeFileSync(conf, `[hypervisor.qemu]\nkernel = "${kernel.bzImage}"\ninitrd = "${initrd.path}"\naccel = "tcg"\n\n[agent.kata]\ndial_timeout = 120\n`);
  const c = await startContainerd({ KATA_CONF_FILE: conf });
  const ids = [`e2e-in-${process.pid}`, `e2e-big-${process.pid}`, `e2e-oom-${process.pid}`, `e2e-ro-${process.pid}`];
  t.teardown(async () => {
    for (const id of ids) for (const pid of qemuOf(id)) process.kill(pid, 'SIGKILL');
    await c.stop();
    for (const id of ids) rmSync(`/run/kata-ts/sandboxes/${id}`, { recursive: true, force: true });
  });
  t.equal((await c.ctr(['images', 'import', busyboxImageTar(dir, IMAGE)])).code, 0);
  const piped = await c.ctr(['run', '--runtime', 'io.containerd.kata.v2', '--rm', IMAGE, ids[0]!, 'sh', '-c', 'read a; read b; echo "got $a and $b"; wc -c'], { input: 'one\ntwo\n' + 'x'.repeat(100000), timeoutMs: 240000 });
  t.equal(piped.stdout, 'got one and two\n100000\n', `stdin reached the container: ${piped.stderr}`);
  const big = await c.ctr(['run', '--runtime', 'io.containerd.kata.v2', '--rm', IMAGE, ids[1]!, 'sh', '-c', 'seq 1 1300000'], { timeoutMs: 240000 });
  const lines = big.stdout.split('\n');
  t.ok(big.stdout.length > 9e6, `${(big.stdout.length / 1e6).toFixed(1)} MB of output`);
  t.ok(lines.slice(0, -1).every((l, i) => l === String(i + 1)), 'every line, in order');
  const oom = await c.ctr(['run', '--runtime', 'io.containerd.kata.v2', '--rm', '--memory-limit', String(32 << 20), IMAGE, ids[2]!, 'dd', 'if=/dev/zero', 'of=/dev/null', 'bs=256M', 'count=1'], { timeoutMs: 240000 });
  t.equal(oom.code, 137, `OOM-killed in the guest: ${oom.stderr}`);
  t.match(c.log(), /topic=\/tasks\/oom/, 'containerd received the TaskOOM event');
  const shared = join(dir, 'shared');
  mkdirSync(shared);
  writeFileSync(join(shared, 'hello'), 'hello from the host\n');
  const ro = await c.ctr(['run', '--runtime', 'io.containerd.kata.v2', '--rm', '--read-only', '--mount', `type=bind,src=${shared},dst=/data,options=rbind:ro`, IMAGE, ids[3]!,
    'sh', '-c', 'cat /data/hello; touch /x 2>/dev/null || echo root-read-only; touch /data/y 2>/dev/null || echo mount-read-only'], { timeoutMs: 240000 });
  t.equal(ro.stdout, 'hello from the host\nroot-read-only\nmount-read-only\n', `--read-only and --mount: ${ro.stderr}`);
  for (const id of ids) t.same(qemuOf(id), [], `no VM left for ${id}`);
});

t.test('ctr run -t: the container gets a terminal in the VM', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-e2e-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const conf = join(dir, 'configuration.toml');
  writeFileSync(conf, `[hypervisor.qemu]\nkernel = "${kernel.bzImage}"\ninitrd = "${initrd.path}"\naccel = "tcg"\n\n[agent.kata]\ndial_timeout = 120\n`);
  const c = await startContainerd({ KATA_CONF_FILE: conf });
  const id = `e2e-tty-${process.pid}`;
  t.teardown(async () => {
    for (const pid of qemuOf(id)) process.kill(pid, 'SIGKILL');
    await c.stop();
    rmSync(`/run/kata-ts/sandboxes/${id}`, { recursive: true, force: true });
  });
  t.equal((await c.ctr(['images', 'import', busyboxImageTar(dir, IMAGE)])).code, 0);
  // ctr -t needs its own stdin to be a terminal: script(1) gives it one.
  const cmd = `ctr --address ${c.socket} run -t --runtime io.containerd.kata.v2 --rm ${IMAGE} ${id} sh -c 'tty; [ -t 0 ] && echo stdin-is-a-tty; exit 4'`;
  const { execFile } = await import('node:child_process');
  const out = await new Promise<{ stdout: string; code: number }>((resolve) => {
    const child = execFile('script', ['-qec', cmd, '/dev/null'], { timeout: 240000 }, (err, stdout) => resolve({ stdout, code: err ? ((err as { code?: number }).code ?? 1) : 0 }));
    child.stdin?.end();
  });
  t.match(out.stdout, /\/dev\/pts\/\d+/, `the container's stdin is a pty: ${out.stdout}`);
  t.match(out.stdout, /stdin-is-a-tty/);
  t.equal(out.code, 4, 'exit code through the terminal path');
  t.same(qemuOf(id), [], 'no VM left');
});

