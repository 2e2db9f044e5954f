// Runs inside the nested test host booted with systemd as PID 1 (test/nested/systemd-cgroup.test.ts
// runs it there; its name keeps `npm test` from picking it up). kubelet's systemd cgroup driver
// as containerd's CRI sees it: the pod's cgroup parent is a slice, so the sandbox's cgroupsPath is
// "slice:cri-containerd:<id>", and both handlers have SystemdCgroup = true. runc's sandbox and
// ours become the transient scope cri-containerd-<id>.scope in that slice; a container runs and
// execs; after rmp the scope and its cgroup are gone.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import t from 'tap';
import { criContainerd, podLeftovers } from '../e2e/cri-helpers.js';
import { qemuOf } from '../e2e/helpers.js';

t.setTimeout(1200000);
process.env.KATA_TS_E2E_ACCEL = 'kvm';
process.env.KATA_TS_E2E_SYSTEMD_CGROUP = '1';

const systemctl = (...args: string[]): string => spawnSync('systemctl', args, { encoding: 'utf8' }).stdout.trim();
const cgroupOf = (pid: number): string => readFileSync(`/proc/${pid}/cgroup`, 'utf8').trim();

t.test('pods in a systemd slice: kata\'s sandbox is a transient scope there as runc\'s is, and is gone after rmp', async (t) => {
  t.ok(existsSync('/run/systemd/system'), 'systemd is PID 1');
  const cri = await criContainerd(t, 77);
  const seen: Record<string, string> = {};
  for (const handler of ['runc', 'kata'] as const) {
    await t.test(`handler ${handler}`, async (t) => {
      const slice = `katatest-${handler}.slice`;
      const json = cri.podConfig(`sd-${handler}`, { linux: { cgroup_parent: `/${slice}` } });
      const runp = await cri.crictl(['runp', '--runtime', handler, json]);
      t.equal(runp.code, 0, `runp --runtime ${handler} with cgroup parent /${slice}: ${runp.stderr}`);
      const id = runp.stdout.trim();
      const unit = `cri-containerd-${id}.scope`;
      const dir = `/sys/fs/cgroup/katatest.slice/${slice}/${unit}`;
      t.teardown(async () => {
        await cri.client.stopPodSandbox(id).catch(() => undefined);
        await cri.client.removePodSandbox(id).catch(() => undefined);
      });
      t.equal(systemctl('show', '-p', 'ActiveState', '--value', unit), 'active', `${unit} is an active systemd unit`);
      t.equal(systemctl('show', '-p', 'Slice', '--value', unit), slice, `in ${slice}`);
      const pid = handler === 'kata' ? qemuOf(id)[0] : (JSON.parse((await cri.crictl(['inspectp', id])).stdout) as { info: { pid: number } }).info.pid;
      t.ok(pid, `the sandbox's process (${handler === 'kata' ? 'QEMU' : 'pause'}): ${pid}`);
      const cg = cgroupOf(pid!);
      t.equal(cg, `0::/katatest.slice/${slice}/${unit}`, `it is in the scope's cgroup: ${cg}`);
      seen[handler] = cg.replace(id, 'ID').replace(`-${handler}.slice`, '-HANDLER.slice');
      const c = await cri.crictl(['create', id, cri.ctrConfig(`sd-${handler}-c`, ['sh', '-c', 'sleep 600']), json]);
      t.equal(c.code, 0, `create: ${c.stderr}`);
      const cid = c.stdout.trim();
      t.equal((await cri.crictl(['start', cid])).code, 0, 'start');
      const ex = await cri.crictl(['exec', '-s', cid, 'echo', 'in-the-pod']);
      t.equal(ex.stdout, 'in-the-pod\n', `exec: ${ex.stderr}`);
      t.equal((await cri.crictl(['stopp', id])).code, 0, 'stopp');
      t.equal((await cri.crictl(['rmp', id])).code, 0, 'rmp');
      t.equal(systemctl('show', '-p', 'LoadState', '--value', unit), 'not-found', `${unit} is gone`);
      t.notOk(existsSync(dir), `and its cgroup ${dir}`);
      const left = podLeftovers(cri.c, id, `katatest.slice/${slice}/${unit}`);
      t.same(left, { qemu: [], shims: [], mounts: [], state: false, cgroups: [] }, 'no QEMU, shim, mount, state or cgroup of the pod left');
    });
  }
  t.same(seen.kata, seen.runc, 'kata and runc put the sandbox in the same place');
});
