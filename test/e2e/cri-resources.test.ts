// Resources as Kubernetes sets them, through containerd's CRI with the kata handler: the pause
// container has no limits, so the pod's VM boots at default_vcpus/default_memory; a container
// with CPU and memory limits that joins grows it (QEMU hot-plug over QMP, the agent's
// OnlineCPUMem), and its own cgroup in the guest enforces its limits: a container that exceeds
// its memory limit is reported OOMKilled, as with the runc handler. A limit beyond
// default_maxmemory is refused with the CRI error (at start, when the CRI makes the task) and
// leaves the pod as it was. One kata pod for
// all of it; real containerd, real VM (TCG).
import { existsSync } from 'node:fs';
import t, { type Test } from 'tap';
import { runtime } from '../../lib/cri/gen/cri.js';
import { type Cri, cniNetns, criContainerd, podLeftovers } from './cri-helpers.js';
import { qemuOf } from './helpers.js';

import v1 = runtime.v1;

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/lib/cni/bridge')) throw new Error('containerd and the CNI plugins are needed (apt-get install containerd containernetworking-plugins)');

t.setTimeout(900000);

const SUBNET = 2 + (process.pid % 90);
const GiB = 1024 * 1024 * 1024;
// The VM boots with 1 vCPU and 512 MiB; it may grow to 3 vCPUs (more than this 2-core host has:
// a vCPU under TCG is a thread) and to the host's memory.
const QEMU = 'default_vcpus = 1\ndefault_memory = 512\ndefault_maxvcpus = 3\nmemory_slots = 4\n';
const SLEEP = ['sleep', '100000'];
// dd's one 64 MiB buffer is touched by the read from /dev/zero: over a 32 MiB limit.
const HOG = ['dd', 'if=/dev/zero', 'of=/dev/null', 'bs=64M', 'count=1'];
const limits = (cpus: number, bytes: number): Record<string, unknown> => ({ linux: { resources: { cpu_period: 100000, cpu_quota: cpus * 100000, memory_limit_in_bytes: bytes } } });

async function waitState(cri: Cri, id: string, state: v1.ContainerState, timeoutMs = 120000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (((await cri.client.containerStatus(id)).status as v1.ContainerStatus).state !== state && Date.now() < until) await new Promise((r) => setTimeout(r, 300));
}

interface Pod {
  id: string;
  json: string;
  cgroup: string;
  create(name: string, cmd: string[], extra?: Record<string, unknown>): Promise<{ id: string; code: number; stderr: string }>;
  run(name: string, cmd: string[], extra?: Record<string, unknown>): Promise<string>;
  exec(id: string, cmd: string[]): Promise<string>;
  /** inspect's exit code and reason once the container has exited. */
  exit(id: string): Promise<[number, string]>;
  remove(): Promise<void>;
}

async function pod(t: Test, cri: Cri, handler: 'kata' | 'runc'): Promise<Pod> {
  const name = `res-${handler}`;
  const json = cri.podConfig(name);
  const runp = await cri.crictl(['runp', '--runtime', handler, json]);
  t.equal(runp.code, 0, `runp --runtime ${handler}: ${runp.stderr}`);
  const id = runp.stdout.trim();
  const cgroup = `${cri.cgroupParent}/${name}/${id}`;
  let removed = false;
  const remove = async (): Promise<void> => {
    if (removed) return;
    removed = true;
    t.equal((await cri.crictl(['stopp', id])).code, 0, 'stopp');
    t.equal((await cri.crictl(['rmp', id])).code, 0, 'rmp');
  };
  t.teardown(async () => {
    if (removed) return;
    await cri.client.stopPodSandbox(id).catch(() => undefined);
    await cri.client.removePodSandbox(id).catch(() => undefined);
  });
  const create = async (cname: string, cmd: string[], extra: Record<string, unknown> = {}) => {
    const r = await cri.crictl(['create', id, cri.ctrConfig(cname, cmd, extra), json]);
    return { id: r.stdout.trim(), code: r.code, stderr: r.stderr };
  };
  return {
    id,
    json,
    cgroup,
    create,
    run: async (cname, cmd, extra) => {
      const c = await create(cname, cmd, extra);
      t.equal(c.code, 0, `create ${cname}: ${c.stderr}`);
      const st = await cri.crictl(['start', c.id]);
      t.equal(st.code, 0, `start ${cname}: ${st.stderr}`);
      return c.id;
    },
    exec: async (cid, cmd) => {
      const r = await cri.crictl(['exec', '-s', cid, ...cmd]);
      t.equal(r.code, 0, `exec ${cmd.join(' ')}: ${r.stderr}`);
      return r.stdout.trim();
    },
    exit: async (cid) => {
      await waitState(cri, cid, v1.ContainerState.CONTAINER_EXITED);
      const doc = JSON.parse((await cri.crictl(['inspect', cid])).stdout) as { status: { exitCode: number; reason: string } };
      return [doc.status.exitCode, doc.status.reason];
    },
    remove,
  };
}

const memTotalKiB = (meminfo: string): number => Number(/^MemTotal:\s+(\d+) kB$/m.exec(meminfo)?.[1] ?? NaN);

t.test('kata: a container with limits grows the running pod\'s VM; its cgroup enforces them', async (t) => {
  const cri = await criContainerd(t, SUBNET, QEMU);
  const netnsBefore = cniNetns();
  const p = await pod(t, cri, 'kata');
  t.equal(qemuOf(p.id).length, 1, 'one VM for the pod');

  // No limits: the VM's boot size.
  const small = await p.run('small', SLEEP);
  await waitState(cri, small, v1.ContainerState.CONTAINER_RUNNING);
  t.equal(await p.exec(small, ['nproc']), '1', 'before: 1 vCPU (default_vcpus)');
  const before = memTotalKiB(await p.exec(small, ['cat', '/proc/meminfo']));
  t.ok(before > 300 * 1024 && before <= 512 * 1024, `before: MemTotal ${before} kB of default_memory 512 MiB`);

  // 2 CPUs and 1 GiB beyond the boot size.
  const big = await p.run('big', SLEEP, limits(2, GiB));
  await waitState(cri, big, v1.ContainerState.CONTAINER_RUNNING);
  t.equal(await p.exec(big, ['nproc']), '3', 'the joining container sees 1 + 2 vCPUs');
  const after = memTotalKiB(await p.exec(big, ['cat', '/proc/meminfo']));
  t.ok(after - before >= 1024 * 1024, `and 1 GiB more memory: MemTotal ${before} → ${after} kB`);
  t.equal(await p.exec(small, ['nproc']), '3', 'so does the container that was there before');
  // The CRI gives no cgroup namespace on this (hybrid) host: the container's cgroup is its path in /proc/self/cgroup.
  const own = (file: string): string[] => ['sh', '-c', `cat "/sys/fs/cgroup$(sed -n 's/^0:://p' /proc/self/cgroup)/${file}"`];
  t.equal(await p.exec(big, own('memory.max')), String(GiB), 'its own cgroup in the guest has its memory limit');
  t.equal(await p.exec(big, own('cpu.max')), '200000 100000', 'and its CPU quota');
  t.equal(qemuOf(p.id).length, 1, 'still one QEMU');

  // Beyond what the VM may have: containerd's CRI error at start (the CRI makes the task, and so
  // the container in the VM, then), and the pod as it was.
  const huge = await p.create('huge', SLEEP, limits(1, 4096 * GiB));
  t.equal(huge.code, 0, `create huge (a record in containerd only): ${huge.stderr}`);
  const hugeStart = await cri.crictl(['start', huge.id]);
  t.equal(hugeStart.code, 1, 'a limit beyond default_maxmemory is refused');
  t.match(hugeStart.stderr, /StartContainer .*more than the \d+ MiB it may have \(default_maxmemory/, `naming the limit: ${hugeStart.stderr.trim()}`);
  t.equal((await cri.crictl(['rm', huge.id])).code, 0, 'the refused container is removed');
  t.equal(await p.exec(small, ['nproc']), '3', 'the pod still runs, unchanged');
  t.equal(memTotalKiB(await p.exec(small, ['cat', '/proc/meminfo'])), after, 'with the memory it had');

  // Over its own limit: OOM-killed in its cgroup, reported as Kubernetes reports it.
  const hog = await p.run('hog', HOG, limits(1, 32 * 1024 * 1024));
  t.same(await p.exit(hog), [137, 'OOMKilled'], 'inspect: exit 137, reason OOMKilled');
  t.equal(await p.exec(small, ['echo', 'alive']), 'alive', 'the other containers live on');

  await p.remove();
  t.same(podLeftovers(cri.c, p.id, p.cgroup), { qemu: [], shims: [], mounts: [], state: false, cgroups: [] }, 'nothing of the pod left');
  t.same(cniNetns().filter((n) => !netnsBefore.includes(n)), [], 'no pod network namespace left');

  // The runc handler on the same containerd: the same container, the same report.
  await t.test('runc: the same memory hog is reported the same way', async (t) => {
    const r = await pod(t, cri, 'runc');
    const rhog = await r.run('hog', HOG, limits(1, 32 * 1024 * 1024));
    t.same(await r.exit(rhog), [137, 'OOMKilled'], 'inspect: exit 137, reason OOMKilled');
    await r.remove();
  });
});

t.teardown(async () => {
  const { spawnSync } = await import('node:child_process');
  spawnSync('sh', ['-c', `for d in /sys/fs/cgroup/*/kata-ts-cri-${process.pid} /sys/fs/cgroup/kata-ts-cri-${process.pid}; do [ -d "$d" ] && find "$d" -depth -type d -exec rmdir {} \\; ; done; true`]);
});
