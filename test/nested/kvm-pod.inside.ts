// Runs inside the nested test host, not on the machine itself (test/nested/nested-kvm.test.ts runs
// it there; its name keeps `npm test` from picking it up): a container through a private
// containerd and our shim with accel = "kvm", so QEMU runs -accel kvm -cpu host on the host's real
// /dev/kvm. It prints the guest's kernel, exec works, and deleting it leaves nothing.
import { readFileSync } from 'node:fs';
import t from 'tap';
import { IMAGE, NOTHING_LEFT, TAG, e2eContainerd, leftovers, qemuOf } from '../e2e/helpers.js';

t.setTimeout(900000);
process.env.KATA_TS_E2E_ACCEL = 'kvm';

t.test('a container in a VM on KVM: the guest kernel, exec, and nothing left after delete', async (t) => {
  const { c } = await e2eContainerd(t);
  const id = `kvm${TAG}`;
  const run = await c.ctr(['run', '-d', '--runtime', 'io.containerd.kata.v2', IMAGE, id, 'sh', '-c', 'sleep 600'], { timeoutMs: 600000 });
  t.equal(run.code, 0, `started: ${run.stderr}`);
  const [qemu] = qemuOf(id);
  t.ok(qemu, 'a QEMU runs for the sandbox');
  const args = readFileSync(`/proc/${qemu}/cmdline`, 'utf8').split('\0');
  t.equal(args[args.indexOf('-accel') + 1], 'kvm', 'with -accel kvm');
  t.match(args[args.indexOf('-cpu') + 1], /^host\b/, 'and the host\'s CPU');
  const uname = await c.ctr(['task', 'exec', '--exec-id', `u${TAG}`, id, 'uname', '-rv'], { timeoutMs: 300000 });
  t.equal(uname.code, 0, `exec: ${uname.stderr}`);
  const here = readFileSync('/proc/version', 'utf8');
  t.match(uname.stdout, /^6\.1\.\d+ /, `the guest's kernel: ${uname.stdout.trim()}`);
  t.notOk(here.includes(uname.stdout.trim().split(' ').slice(1).join(' ')), 'not this host\'s kernel build');
  const exec = await c.ctr(['task', 'exec', '--exec-id', `e${TAG}`, id, 'sh', '-c', 'echo in-the-vm; grep -c processor /proc/cpuinfo'], { timeoutMs: 300000 });
  t.match(exec.stdout, /^in-the-vm\n\d+\n$/, 'exec runs in the VM');
  await c.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
  await c.ctr(['task', 'delete', '-f', id], { timeoutMs: 120000 });
  await c.ctr(['containers', 'rm', id]);
  t.same(leftovers(), NOTHING_LEFT, 'no QEMU, shim, virtiofsd, mount or state left');
});
