// containerd restarted under running pods: the shims (one per pod, each in its own session) and
// their VMs survive a SIGTERM to containerd; the new containerd finds them through their address
// files, `ctr task ls` shows them running, exec, kill and delete work, and an exit that happened
// while containerd was down is not lost (the shim still reports the status). Nothing is left.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { e2eContainerd, IMAGE, leftovers, qemuOf, shimsOf, TAG, waitForStatus } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
t.setTimeout(900000);

const KATA = ['--runtime', 'io.containerd.kata.v2'];

t.test('pods survive a containerd restart, and what happened while it was down is reported', async (t) => {
  const { c } = await e2eContainerd(t);
  const trigger = mkdtempSync(join(tmpdir(), 'kata-restart-'));
  t.teardown(() => rmSync(trigger, { recursive: true, force: true }));
  const [a, b] = [`rs-a${TAG}`, `rs-b${TAG}`];
  const runA = await c.ctr(['run', '-d', ...KATA, IMAGE, a, 'sh', '-c', 'trap "exit 143" TERM; while :; do sleep 1; done'], { timeoutMs: 240000 });
  t.equal(runA.code, 0, `pod a: ${runA.stderr}`);
  // Pod b exits with 5 when the host creates a file in its bind mount: the test makes that happen while containerd is down.
  const runB = await c.ctr(['run', '-d', ...KATA, '--mount', `type=bind,src=${trigger},dst=/trigger,options=rbind:ro`, IMAGE, b, 'sh', '-c', 'while [ ! -e /trigger/go ]; do sleep 0.2; done; exit 5'], { timeoutMs: 240000 });
  t.equal(runB.code, 0, `pod b: ${runB.stderr}`);
  const shims = shimsOf(c).sort();
  const vms = [...qemuOf(a), ...qemuOf(b)].sort();
  t.equal(shims.length, 2, 'one shim per pod');

  await c.restart(async () => {
    writeFileSync(join(trigger, 'go'), '');
    // Long enough for the guest to see the file, the agent to report the exit and the shim to record it.
    await new Promise((r) => setTimeout(r, 8000));
  });

  t.same(shimsOf(c).sort(), shims, 'the same shims serve the pods after the restart');
  t.same([...qemuOf(a), ...qemuOf(b)].sort(), vms, 'and the same VMs run');
  t.match(await waitForStatus(c, a, 'RUNNING'), new RegExp(`^${a}\\s+\\d+\\s+RUNNING`, 'm'), 'ctr task ls shows pod a running');
  t.match(await waitForStatus(c, b, 'STOPPED'), new RegExp(`^${b}\\s+\\d+\\s+STOPPED`, 'm'), 'pod b is stopped: its exit happened while containerd was down');
  const delB = await c.ctr(['task', 'delete', b]);
  t.match(delB.stderr, new RegExp(`task ${b} exit with non-zero exit code 5`), `the exit status from the downtime is not lost: ${delB.stderr}`);

  const exec = await c.ctr(['task', 'exec', '--exec-id', 'after', a, 'sh', '-c', 'echo alive; exit 4'], { timeoutMs: 120000 });
  t.same({ out: exec.stdout, code: exec.code }, { out: 'alive\n', code: 4 }, `exec works after the restart: ${exec.stderr}`);
  t.equal((await c.ctr(['task', 'kill', '-s', 'SIGTERM', a])).code, 0, 'kill works');
  t.match(await waitForStatus(c, a, 'STOPPED'), new RegExp(`^${a}\\s+\\d+\\s+STOPPED`, 'm'), 'the exit event after the restart arrives');
  const delA = await c.ctr(['task', 'delete', a]);
  t.match(delA.stderr, new RegExp(`task ${a} exit with non-zero exit code 143`), `delete reports the exit status: ${delA.stderr}`);
  for (const id of [a, b]) t.equal((await c.ctr(['containers', 'rm', id])).code, 0);
  await new Promise((r) => setTimeout(r, 2000));
  t.same(shimsOf(c), [], 'the shims exited with their last task');
  t.same(leftovers(), { qemu: [], shims: [], mounts: [], state: [] }, 'no VM, shim, mount or state left');
  t.equal((await c.ctr(['version'])).code, 0, 'containerd still serves');
});
