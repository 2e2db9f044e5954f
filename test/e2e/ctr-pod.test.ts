// End to end through a private containerd: a pod (CRI's sandbox/container annotations, set with
// `ctr run --annotation`) gets one shim and one VM for all its containers; five pods start at
// once; `ctr task delete -f` of a running task; a SIGKILLed shim is cleaned up through
// `containerd-shim-kata-v2 delete` (VM and virtio-fs daemon). At the end, nothing of these tests is left on the host.
import { existsSync, readFileSync } from 'node:fs';
import t from 'tap';
import { socketPath } from '../../lib/shim/socket-path.js';
import { e2eContainerd, IMAGE, leftovers, qemuOf, shimsOf, TAG, virtiofsdOf, waitForStatus } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');

// Several TCG VM boots: longer than the suite's default per-file timeout.
t.setTimeout(900000);

const KATA = ['--runtime', 'io.containerd.kata.v2'];
const LOOP = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'];
const pod = (type: 'sandbox' | 'container', sandboxId: string): string[] => ['--annotation', `io.kubernetes.cri.container-type=${type}`, '--annotation', `io.kubernetes.cri.sandbox-id=${sandboxId}`];
const shimLog = (c: { log(): string }): string => c.log().split('\n').filter((l) => /kata-shim|shim|Shutdown/.test(l)).slice(-60).join('\n');
const bootId = 'cat /proc/sys/kernel/random/boot_id';

t.test('a pod: its containers share one shim and one VM; deleting the last stops both', async (t) => {
  const { c } = await e2eContainerd(t);
  const sb = `e2e-pod${TAG}`;
  const ctn = `e2e-podc${TAG}`;
  const orphan = await c.ctr(['run', '-d', ...KATA, ...pod('container', `e2e-nopod${TAG}`), IMAGE, `e2e-orphan${TAG}`, 'true']);
  t.not(orphan.code, 0, 'a container of a pod with no shim is refused');
  t.match(orphan.stderr, new RegExp(`pod e2e-nopod${TAG}, whose shim is not running`), `the error names the pod: ${orphan.stderr}`);
  await c.ctr(['containers', 'rm', `e2e-orphan${TAG}`]);

  const a = await c.ctr(['run', '-d', ...KATA, ...pod('sandbox', sb), IMAGE, sb, ...LOOP], { timeoutMs: 240000 });
  t.equal(a.code, 0, `sandbox container started: ${a.stderr}`);
  const b = await c.ctr(['run', '-d', ...KATA, ...pod('container', sb), IMAGE, ctn, ...LOOP], { timeoutMs: 240000 });
  t.equal(b.code, 0, `second container started: ${b.stderr}\n${b.code ? c.log().slice(-3000) : ''}`);
  t.match(await waitForStatus(c, ctn, 'RUNNING'), new RegExp(`^${sb}\\s+\\d+\\s+RUNNING`, 'm'), 'both RUNNING');
  t.equal(qemuOf(sb).length, 1, 'one QEMU for the pod');
  t.equal(leftovers().qemu.length, 1, 'and no other QEMU of this test');
  t.equal(shimsOf(c).length, 1, 'one shim for the pod');
  // containerd 1.6 gives TTRPC_ADDRESS and -address (1.7 adds GRPC_ADDRESS): the shim records both.
  t.match(c.log(), new RegExp(`shim serving[^\\n]*"ttrpcAddress":"${c.socket}.ttrpc"[^\\n]*"grpcAddress":"${c.socket}"`), 'the shim got containerd\'s addresses');
  const ba = await c.ctr(['task', 'exec', '--exec-id', 'b1', sb, 'sh', '-c', bootId]);
  const bb = await c.ctr(['task', 'exec', '--exec-id', 'b2', ctn, 'sh', '-c', bootId], { timeoutMs: 60000 });
  t.match(ba.stdout, /^[0-9a-f-]{36}\n$/, `boot id in the sandbox container: ${ba.stderr}`);
  const many = await c.ctr(['task', 'exec', '--exec-id', 'b3', ctn, 'seq', '1', '200000'], { timeoutMs: 120000 });
  t.ok(many.stdout === Array.from({ length: 200000 }, (_, i) => `${i + 1}\n`).join(''), `an exec's 1.3 MB of output all arrives before its exit: ${many.stdout.length} bytes, ${many.stderr}`);
  t.equal(bb.stdout, ba.stdout, `the same kernel boot in both containers: one VM${bb.stdout === ba.stdout ? '' : `\n${shimLog(c)}`}`);

  const early = await c.ctr(['task', 'delete', '-f', sb]);
  t.not(early.code, 0, 'the sandbox container is not deleted while its pod has containers');
  t.match(early.stderr, /delete its containers first/, `and says why: ${early.stderr}`);
  t.equal(qemuOf(sb).length, 1, 'the VM is still there');

  t.equal((await c.ctr(['task', 'kill', ctn])).code, 0);
  t.match(await waitForStatus(c, ctn, 'STOPPED'), new RegExp(`^${ctn}\\s+\\d+\\s+STOPPED`, 'm'));
  t.equal((await c.ctr(['task', 'delete', ctn])).code, 0, 'container task deleted');
  t.equal((await c.ctr(['containers', 'rm', ctn])).code, 0);
  t.equal(shimsOf(c).length, 1, 'the shim serves on for the sandbox container');
  t.equal(qemuOf(sb).length, 1, 'and the VM runs on');
  t.notOk(readFileSync('/proc/self/mountinfo', 'utf8').includes(`/${ctn}/`), 'the deleted container left no mount');
  // The sandbox container may already be STOPPED: the forced delete above killed it first.
  await c.ctr(['task', 'kill', sb]);
  await waitForStatus(c, sb, 'STOPPED');
  const del = await c.ctr(['task', 'delete', sb]);
  t.equal(del.code, 0, `sandbox task deleted: ${del.stderr}`);
  t.equal((await c.ctr(['containers', 'rm', sb])).code, 0);
  const until = Date.now() + 10000;
  while (shimsOf(c).length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  t.same(shimsOf(c), [], `the shim exited with its last container${shimsOf(c).length ? `\n${shimLog(c)}` : ''}`);
  t.same(qemuOf(sb), [], 'and the VM is gone');
});

t.test('five pods started at once all run, two VMs booting at a time; ctr task delete -f of a running task', async (t) => {
  const { c } = await e2eContainerd(t, {}, 'max_concurrent_boots = 2');
  const ids = [1, 2, 3, 4, 5].map((i) => `e2e-many${i}${TAG}`);
  const started = Date.now();
  const runs = await Promise.all(ids.map((id) => c.ctr(['run', '--rm', ...KATA, IMAGE, id, 'sh', '-c', `echo ${id}`], { timeoutMs: 600000 })));
  t.comment(`5 concurrent ctr run --rm: ${Date.now() - started} ms (TCG, 2 cores)`);
  runs.forEach((r, i) => {
    t.equal(r.code, 0, `${ids[i]} exited 0: ${r.stderr}`);
    t.equal(r.stdout, `${ids[i]}\n`, `${ids[i]} printed its own id`);
  });
  for (const id of ids) t.same(qemuOf(id), [], `no VM left for ${id}`);
  const waited = c.log().match(/"msg":"waiting for a VM start slot"[^\n]*/g) ?? [];
  t.ok(waited.length >= 1 && waited.length <= 3, `pods beyond the two start slots waited their turn (${waited.length} of 5)`);

  const id = `e2e-force${TAG}`;
  t.equal((await c.ctr(['run', '-d', ...KATA, IMAGE, id, ...LOOP], { timeoutMs: 240000 })).code, 0);
  t.match(await waitForStatus(c, id, 'RUNNING'), new RegExp(`^${id}\\s+\\d+\\s+RUNNING`, 'm'));
  const del = await c.ctr(['task', 'delete', '-f', id], { timeoutMs: 60000 });
  t.equal(del.code, 0, `forced delete of a running task: ${del.stderr}`);
  t.equal((await c.ctr(['containers', 'rm', id])).code, 0);
  t.same(qemuOf(id), [], 'its VM is gone');
  const until = Date.now() + 10000;
  while (shimsOf(c).length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  t.same(shimsOf(c), [], 'its shim is gone');
});

t.test('a SIGKILLed shim: containerd cleans up through `containerd-shim-kata-v2 delete`', async (t) => {
  const { c } = await e2eContainerd(t);
  const id = `e2e-killed${TAG}`;
  t.equal((await c.ctr(['run', '-d', ...KATA, IMAGE, id, ...LOOP], { timeoutMs: 240000 })).code, 0);
  t.match(await waitForStatus(c, id, 'RUNNING'), new RegExp(`^${id}\\s+\\d+\\s+RUNNING`, 'm'));
  const shims = shimsOf(c);
  t.equal(shims.length, 1, 'one shim');
  t.equal(qemuOf(id).length, 1, 'one VM');
  t.ok(virtiofsdOf(id).length >= 1, 'its virtio-fs daemon runs (the default shared fs; with its namespace workers)');
  process.kill(shims[0]!, 'SIGKILL');
  // containerd sees the connection drop, runs the binary's `delete` and publishes the exit.
  const running = new RegExp(`^${id}\\s+\\d+\\s+RUNNING`, 'm');
  let ls = '';
  for (const until = Date.now() + 30000; Date.now() < until; await new Promise((r) => setTimeout(r, 300))) {
    ls = (await c.ctr(['task', 'ls'])).stdout;
    if (!running.test(ls)) break;
  }
  t.notMatch(ls, running, 'the task is no longer RUNNING');
  const del = await c.ctr(['task', 'delete', id]);
  t.ok(del.code === 0 || /not found/.test(del.stderr), `ctr task delete: ${del.stderr}`);
  const rm = await c.ctr(['containers', 'rm', id]);
  t.equal(rm.code, 0, `ctr container rm: ${rm.stderr}`);
  // containerd cleans up a dead shim in the background: wait for the binary's delete to report.
  const done = new RegExp(`cleaned up after the shim[^\\n]*${id}`);
  for (const until = Date.now() + 30000; !done.test(c.log()) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 200));
  t.match(c.log(), done, 'containerd ran `containerd-shim-kata-v2 delete`, which reported its cleanup');
  t.same(qemuOf(id), [], 'no VM left');
  t.same(virtiofsdOf(id), [], 'no virtio-fs daemon left');
  t.notOk(existsSync(`/run/kata-ts/sandboxes/${id}`), 'no sandbox state left (nor the daemon\'s socket in it)');
  t.notOk(readFileSync('/proc/self/mountinfo', 'utf8').includes(`/${id}/`), 'no mount left');
  t.notOk(existsSync(socketPath({ address: c.socket, namespace: 'default' }, id)), 'no shim socket left');
});

t.test('after the suite: no QEMU, no shim, no mount, no /run/kata-ts state of these tests', async (t) => {
  const left = leftovers();
  t.same(left, { qemu: [], shims: [], virtiofsd: [], virtiofsdLocks: [], mounts: [], state: [] }, 'nothing left');
});
