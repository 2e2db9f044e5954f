// End to end with the agent-init image (guest/osbuilder/rootfs/agent-init-image.ts: the agent as
// PID 1 from a DAX nvdimm, no systemd): a private containerd runs a detached container through our
// shim, an exec answers, the console shows the agent as PID 1 on the pmem root, the task's exit
// code comes back through ctr, and deleting the task powers the VM off and leaves nothing behind.
import { existsSync, readFileSync } from 'node:fs';
import t from 'tap';
import { cachedAgentInitImage } from '../../guest/osbuilder/rootfs/agent-init-image.js';
import { e2eContainerd, IMAGE, leftovers, qemuOf, TAG, NOTHING_LEFT, waitForStatus } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
const image = cachedAgentInitImage();
if (!image) throw new Error('the agent-init image is not built: run `npm run guest` (npm test does)');

t.setTimeout(600000);

const KATA = ['--runtime', 'io.containerd.kata.v2'];

t.test('a container runs through containerd in a VM booted from the agent-init image', async (t) => {
  const { c } = await e2eContainerd(t, {}, '', undefined, '', image.path);
  const id = `e2e-ai${TAG}`;
  const run = await c.ctr(['run', '-d', ...KATA, IMAGE, id, 'sh', '-c', 'trap "exit 7" TERM; while :; do sleep 1; done'], { timeoutMs: 240000 });
  t.equal(run.code, 0, `started detached: ${run.stderr}\ncontainerd log tail:\n${run.code === 0 ? '' : c.log().slice(-4000)}`);
  t.match(await waitForStatus(c, id, 'RUNNING'), new RegExp(`${id}\\s+\\d+\\s+RUNNING`), 'the task is RUNNING');
  const [qemu] = qemuOf(id);
  t.ok(qemu, 'its VM runs');
  const args = readFileSync(`/proc/${qemu}/cmdline`, 'utf8').split('\0');
  t.ok(args.some((a) => a.includes(`mem-path=${image.path},`)), 'QEMU maps the agent-init image as the nvdimm');
  t.ok(args.some((a) => a.includes('root=/dev/pmem0p1') && a.includes('rootflags=dax')), 'the root is the pmem partition with dax');
  const consoleLog = readFileSync(`/run/kata-ts/sandboxes/${id}/console.log`, 'utf8');
  t.match(consoleLog, /kata-agent ready: listening on \S+ \(version [^,]+, pid 1,/, 'the agent is PID 1');
  t.notMatch(consoleLog, /systemd\[1\]/, 'no systemd');
  const exec = await c.ctr(['task', 'exec', '--exec-id', 'e1', id, 'sh', '-c', 'echo "hello from $(uname -r)"; exit 5'], { timeoutMs: 120000 });
  t.match(exec.stdout, /^hello from 6\.1\.\d+\S*\n$/, `exec output from the guest kernel: ${exec.stderr}`);
  t.equal(exec.code, 5, 'exec exit code');
  t.ok(args.some((a) => a === 'rng-random,id=rng0,filename=/dev/urandom'), 'QEMU feeds a virtio-rng device from /dev/urandom (entropy_source)');
  const rng = await c.ctr(['task', 'exec', '--exec-id', 'e2', id, 'cat', '/sys/class/misc/hw_random/rng_current'], { timeoutMs: 120000 });
  t.equal(rng.stdout.trim(), 'virtio_rng.0', `the guest's hardware RNG is the virtio-rng device: ${rng.stderr}`);
  t.equal((await c.ctr(['task', 'kill', '-s', 'SIGTERM', id])).code, 0);
  t.match(await waitForStatus(c, id, 'STOPPED'), new RegExp(`${id}\\s+\\d+\\s+STOPPED`), 'the task stopped on SIGTERM');
  const del = await c.ctr(['task', 'delete', id]);
  t.equal(del.code, 0, `task delete: ${del.stderr}`);
  // ctr reports a non-zero exit status of a deleted task as a warning.
  t.match(del.stderr, new RegExp(`task ${id} exit with non-zero exit code 7`), `the exit status (7) comes back through ctr: ${del.stderr}`);
  t.equal((await c.ctr(['containers', 'rm', id])).code, 0);
  for (let i = 0; i < 50 && qemuOf(id).length > 0; i++) await new Promise((r) => setTimeout(r, 200));
  t.same(qemuOf(id), [], 'the VM is gone');
  t.same(leftovers(), NOTHING_LEFT, 'nothing left');
});
