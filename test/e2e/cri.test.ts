// Kubernetes' path, driven as kubelet drives it: kata-crictl → containerd's CRI plugin → our shim,
// with the `kata` runtime handler and, for comparison, `runc` on the same containerd and CNI bridge.
// One pod per handler with several containers: they share one VM (kata), one pod IP and
// localhost; port-forward to the pod's localhost; exec -s output and exit status; logs in order; inspect's exit code and reason; stats;
// stop's timeout; then stopp + rmp leave nothing. Bad input gets containerd's CRI error and
// leaves nothing. Real containerd, real VMs (TCG).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { release } from 'node:os';
import t, { type Test } from 'tap';
import { parseCriLog } from '../../lib/cri/log-file.js';
import { runtime } from '../../lib/cri/gen/cri.js';
import { CRICTL, type Cri, cniNetns, criContainerd, podLeftovers } from './cri-helpers.js';
import { qemuOf } from './helpers.js';
import { cgroupDirsOf } from '../helpers/cgroup-dirs.js';

import v1 = runtime.v1;

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/lib/cni/bridge')) throw new Error('containerd and the CNI plugins are needed (apt-get install containerd containernetworking-plugins)');

t.setTimeout(1500000);

const SUBNET = 100 + (process.pid % 100);
// A TCP server answering each connection with one line (busybox nc; its static wget crashes here),
// and an HTTP server on the pod's localhost only (busybox httpd), which only port-forward reaches.
const SERVE = ['sh', '-c', 'mkdir -p /tmp/www && echo "local to $(hostname)" > /tmp/www/index.html && httpd -p 127.0.0.1:8081 -h /tmp/www && while :; do echo "hello from $(hostname)" | nc -l -p 8080; done'];
const LOGGER = ['sh', '-c', 'echo out-1; sleep 0.3; echo err-1 >&2; sleep 0.3; echo out-2; exec sleep 100000'];
const STUBBORN = ['sh', '-c', 'trap "" TERM; while :; do sleep 1; done'];
const POLITE = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'];

async function waitState(cri: Cri, id: string, state: v1.ContainerState, timeoutMs = 120000): Promise<v1.ContainerStatus> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = (await cri.client.containerStatus(id)).status as v1.ContainerStatus;
    if (s.state === state || Date.now() > until) return s;
    await new Promise((r) => setTimeout(r, 300));
  }
}

interface PodResult {
  execOut: string;
  execErr: string;
  execCode: number;
  logs: { stream: string; text: string }[];
  exited: [number, string][];
  stopSeconds: number;
  stopCode: number;
  politeCode: number;
  kernel: string;
  forwarded: string;
}

/** The pod's resources kubelet would send for containers that ask for 256 MiB in all. */
const POD_RESOURCES = { memory_limit_in_bytes: 256 * 1024 * 1024 };
/** Each kata pod's VM memory at boot (QEMU's -m), by cgroup driver: only the systemd pod has POD_RESOURCES. */
const vmMemoryMiB: Partial<Record<'cgroupfs' | 'systemd', number>> = {};

/** QEMU's boot memory in MiB, from its command line (-m SIZE[M],slots=…). */
function qemuMemoryMiB(pid: number): number {
  const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  const m = args[args.indexOf('-m') + 1] ?? '';
  return Number(/^(?:size=)?(\d+)/.exec(m)?.[1] ?? NaN);
}

/**
 * Runs `kata-crictl port-forward POD 0:PORT` where kubelet would, in containerd's network
 * namespace (its streaming server listens on 127.0.0.1 there), fetches / through the local port
 * it prints, and returns the response's body; the forwarder is stopped after.
 */
async function portForwardBody(t: Test, cri: Cri, pod: string, port: number): Promise<string> {
  const inNetns = (cmd: string[]): string[] => [`--net=/run/netns/${cri.c.netns}`, '--', ...cmd];
  const child = spawn('nsenter', inNetns([process.execPath, CRICTL, '-r', `unix://${cri.c.socket}`, 'port-forward', pod, `0:${port}`]), { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    const local = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`port-forward printed nothing in 30 s: ${stderr}`)), 30000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Forwarding from 127\.0\.0\.1:(\d+) -> \d+/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.once('exit', (code) => reject(new Error(`port-forward exited (${code}): ${stderr}`)));
    });
    const r = spawnSync('nsenter', inNetns(['busybox', 'nc', '-w', '10', '127.0.0.1', String(local)]), { input: 'GET /index.html HTTP/1.0\r\n\r\n', encoding: 'utf8', timeout: 60000 });
    t.match(r.stdout, /^HTTP\/1\.[01] 200 /, `an HTTP answer through the forward: ${r.stderr}${stderr}`);
    return r.stdout.split('\r\n\r\n')[1] ?? '';
  } catch (e) {
    t.fail(`port-forward: ${(e as Error).message}`);
    return '';
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
  }
}

/**
 * The pod's cgroup parent as kubelet sends it under each cgroup driver: a directory (cgroupfs), or
 * a slice (systemd), which containerd's CRI turns into the cgroupsPath "<slice>:cri-containerd:<id>".
 */
type Driver = 'cgroupfs' | 'systemd';
const sliceOf = (handler: string): string => `katatest${process.pid}-${handler}.slice`;

/** The same sequence with either handler; returns what should match between them. */
async function podSequence(t: Test, cri: Cri, handler: 'kata' | 'runc', driver: Driver): Promise<PodResult> {
  const name = `cri-${handler}${driver === 'systemd' ? '-sd' : ''}`;
  // The systemd pod also says its containers' sum, as kubelet does (containerd passes it to the
  // sandbox as io.kubernetes.cri.sandbox-* annotations): kata sizes the VM by it.
  const podJson = cri.podConfig(name, driver === 'systemd' ? { linux: { cgroup_parent: `/${sliceOf(handler)}`, resources: POD_RESOURCES } } : {});
  const runp = await cri.crictl(['runp', '--runtime', handler, podJson]);
  t.equal(runp.code, 0, `runp --runtime ${handler}: ${runp.stderr}`);
  const pod = runp.stdout.trim();
  t.match(pod, /^[0-9a-f]{64}$/, 'runp prints the pod id');
  // No systemd here: kata-ts makes the scope's directory where systemd would (lib/runtime/host-cgroup.ts).
  const cgroup = driver === 'systemd' ? `/katatest${process.pid}.slice/${sliceOf(handler)}/cri-containerd-${pod}.scope` : `${cri.cgroupParent}/${name}/${pod}`;
  t.teardown(async () => {
    await cri.client.stopPodSandbox(pod).catch(() => undefined);
    await cri.client.removePodSandbox(pod).catch(() => undefined);
  });
  if (handler === 'kata') {
    t.equal(qemuOf(pod).length, 1, 'one VM for the pod');
    vmMemoryMiB[driver] = qemuMemoryMiB(qemuOf(pod)[0]!);
    t.ok(readFileSync(`/proc/${qemuOf(pod)[0]}/cgroup`, 'utf8').includes(cgroup), `QEMU is accounted in the pod's cgroup ${cgroup}`);
  }

  const create = async (cname: string, cmd: string[]): Promise<string> => {
    const r = await cri.crictl(['create', pod, cri.ctrConfig(cname, cmd), podJson]);
    t.equal(r.code, 0, `create ${cname}: ${r.stderr}`);
    return r.stdout.trim();
  };
  const web = await create('web', SERVE);
  const logger = await create('logger', LOGGER);
  const st = await cri.crictl(['start', web, logger]);
  t.equal(st.code, 0, `start: ${st.stderr}`);
  t.equal((await waitState(cri, web, v1.ContainerState.CONTAINER_RUNNING)).state, v1.ContainerState.CONTAINER_RUNNING, 'web runs');
  if (handler === 'kata') t.equal(qemuOf(pod).length, 1, 'both containers in the one VM: still one QEMU');

  // One kernel, one network: the same boot id, localhost and the pod IP from both containers.
  const bootA = await cri.crictl(['exec', '-s', web, 'cat', '/proc/sys/kernel/random/boot_id']);
  const bootB = await cri.crictl(['exec', '-s', logger, 'cat', '/proc/sys/kernel/random/boot_id']);
  t.equal(bootA.stdout, bootB.stdout, 'both containers see the same kernel boot');
  const kernel = (await cri.crictl(['exec', '-s', logger, 'uname', '-r'])).stdout.trim();
  const viaLo = await cri.crictl(['exec', '-s', logger, 'nc', '-w', '10', '127.0.0.1', '8080']);
  t.equal(viaLo.stdout, `hello from ${name}\n`, `the logger container reaches web over localhost: ${viaLo.stderr}`);
  const inspectp = await cri.crictl(['inspectp', pod]);
  const ip = (JSON.parse(inspectp.stdout) as { status: { network: { ip: string } } }).status.network.ip;
  t.match(ip, new RegExp(`^10\\.223\\.${SUBNET}\\.\\d+$`), `inspectp gives the pod IP from the CNI bridge: ${ip}`);
  const fromClient = spawnSync('nsenter', [`--net=/run/netns/${cri.c.netns}`, '--', 'busybox', 'nc', '-w', '10', ip, '8080'], { encoding: 'utf8', timeout: 30000 });
  t.equal(fromClient.stdout, `hello from ${name}\n`, `the pod IP answers TCP from the bridge's namespace: ${fromClient.stderr}`);

  // port-forward (kubectl's, through containerd's streaming server) reaches the pod's localhost.
  const forwarded = await portForwardBody(t, cri, pod, 8081);
  t.equal(forwarded, `local to ${name}\n`, 'kata-crictl port-forward reaches a server on the pod\'s 127.0.0.1');

  // exec -s: output of both streams and the exit status (the CLI's own).
  const ex = await cri.crictl(['exec', '-s', logger, 'sh', '-c', 'echo to-out; echo to-err >&2; exit 3']);

  // stats: real numbers for a running container and for the pod.
  const stats = (await cri.client.containerStats(web)).stats as v1.ContainerStats;
  t.ok((stats.cpu?.usageCoreNanoSeconds?.value ?? 0) > 0, `ContainerStats has CPU time: ${stats.cpu?.usageCoreNanoSeconds?.value}`);
  t.ok((stats.memory?.workingSetBytes?.value ?? 0) > 0, `ContainerStats has memory: ${stats.memory?.workingSetBytes?.value}`);
  const cliStats = await cri.crictl(['stats', '-o', 'json', web]);
  t.equal(cliStats.code, 0, `kata-crictl stats: ${cliStats.stderr}`);

  // Exits: inspect's exit code and reason.
  const done = await create('done', ['true']);
  const failed = await create('failed', ['sh', '-c', 'exit 7']);
  await cri.crictl(['start', done, failed]);
  const exited: [number, string][] = [];
  for (const id of [done, failed]) {
    await waitState(cri, id, v1.ContainerState.CONTAINER_EXITED);
    const doc = JSON.parse((await cri.crictl(['inspect', id])).stdout) as { status: { state: string; exitCode: number; reason: string } };
    t.equal(doc.status.state, 'CONTAINER_EXITED', 'inspect: exited');
    exited.push([doc.status.exitCode, doc.status.reason]);
  }

  // stop honours the timeout: SIGTERM ignored → SIGKILL after 3 s; SIGTERM obeyed → exit 0 at once.
  const stubborn = await create('stubborn', STUBBORN);
  const polite = await create('polite', POLITE);
  await cri.crictl(['start', stubborn, polite]);
  await waitState(cri, stubborn, v1.ContainerState.CONTAINER_RUNNING);
  await waitState(cri, polite, v1.ContainerState.CONTAINER_RUNNING);
  await new Promise((r) => setTimeout(r, 1000)); // the traps are set
  const t0 = Date.now();
  const stop = await cri.crictl(['stop', '-t', '3', stubborn]);
  const stopSeconds = (Date.now() - t0) / 1000;
  t.equal(stop.code, 0, `stop -t 3: ${stop.stderr}`);
  const stopCode = ((await cri.client.containerStatus(stubborn)).status as v1.ContainerStatus).exitCode;
  await cri.crictl(['stop', '-t', '30', polite]);
  const politeCode = ((await cri.client.containerStatus(polite)).status as v1.ContainerStatus).exitCode;

  // logs: both streams, in the order written; the CLI splits them to stdout and stderr.
  const logPath = ((await cri.client.containerStatus(logger)).status as v1.ContainerStatus).logPath;
  const logs = parseCriLog(readFileSync(logPath, 'utf8')).map((l) => ({ stream: l.stream, text: l.text }));
  const cliLogs = await cri.crictl(['logs', logger]);
  t.equal(cliLogs.stdout, 'out-1\nout-2\n', 'kata-crictl logs: stdout lines to stdout');
  t.equal(cliLogs.stderr, 'err-1\n', 'and stderr lines to stderr');

  // stopp + rmp: nothing of the pod is left.
  const stopp = await cri.crictl(['stopp', pod]);
  t.equal(stopp.code, 0, `stopp: ${stopp.stderr}`);
  const rmp = await cri.crictl(['rmp', pod]);
  t.equal(rmp.code, 0, `rmp: ${rmp.stderr}`);
  const pods = await cri.crictl(['pods', '-q']);
  t.notMatch(pods.stdout, pod, 'the pod is no longer listed');
  const left = podLeftovers(cri.c, pod, cgroup);
  if (driver === 'systemd' && handler === 'kata') t.same(cgroupDirsOf(`katatest${process.pid}.slice`), [], 'nor the slice directories made for it');
  t.same(left, { qemu: [], shims: [], mounts: [], state: false, cgroups: [] }, 'no QEMU, shim, mount, state or cgroup of the pod left');
  return { execOut: ex.stdout, execErr: ex.stderr, execCode: ex.code, logs, exited, stopSeconds, stopCode, politeCode, kernel, forwarded: forwarded.replace(name, 'POD') };
}



for (const driver of ['cgroupfs', 'systemd'] as const)
t.test(`a pod through the CRI, ${driver} cgroup parent: kata and runc handlers give the same results; kata runs the guest kernel`, async (t) => {
  const cri = await criContainerd(t, SUBNET);
  const netnsBefore = cniNetns();
  const results: Partial<Record<'runc' | 'kata', PodResult>> = {};
  for (const handler of ['runc', 'kata'] as const) {
    await t.test(`handler ${handler}`, async (t) => {
      results[handler] = await podSequence(t, cri, handler, driver);
    });
  }
  const { runc, kata } = results;
  if (!runc || !kata) return;
  t.equal(runc.kernel, release(), 'runc: the host kernel');
  t.not(kata.kernel, release(), `kata: the guest kernel (${kata.kernel})`);
  for (const r of [runc, kata]) {
    t.equal(r.execOut, 'to-out\n');
    t.equal(r.execErr, 'to-err\n');
    t.equal(r.execCode, 3, 'exec -s exits with the command\'s status');
    t.same(r.logs, [{ stream: 'stdout', text: 'out-1' }, { stream: 'stderr', text: 'err-1' }, { stream: 'stdout', text: 'out-2' }], 'the CRI log has both streams in order');
    t.same(r.exited, [[0, 'Completed'], [7, 'Error']], 'inspect: exit code and reason');
    t.equal(r.stopCode, 137, 'SIGTERM ignored: SIGKILLed (137)');
    t.ok(r.stopSeconds >= 2.5 && r.stopSeconds < 30, `after about the 3 s timeout (${r.stopSeconds.toFixed(1)} s)`);
    t.equal(r.politeCode, 0, 'SIGTERM obeyed: exit 0');
    t.equal(r.forwarded, 'local to POD\n', 'port-forward reaches the pod\'s localhost');
  }
  t.same(cniNetns().filter((n) => !netnsBefore.includes(n)), [], 'no pod network namespace left');
  if (driver === 'systemd' && vmMemoryMiB.cgroupfs !== undefined) {
    t.equal(vmMemoryMiB.systemd, vmMemoryMiB.cgroupfs + 256, `kata: the VM starts with the pod's 256 MiB on top (${vmMemoryMiB.systemd} MiB against ${vmMemoryMiB.cgroupfs})`);
  }
});

t.test('bad input: containerd\'s CRI error, nothing left behind', async (t) => {
  const cri = await criContainerd(t, SUBNET + 1 > 254 ? 2 : SUBNET + 1);
  const pods = async () => (await cri.client.listPodSandbox()).items.length;
  const netnsBefore = cniNetns();

  const unknown = await cri.crictl(['runp', '--runtime', 'no-such-handler', cri.podConfig('bad-handler')]);
  t.equal(unknown.code, 1);
  t.match(unknown.stderr, /RunPodSandbox bad-handler: \w+: .*no runtime for "no-such-handler" is configured/, `unknown handler: ${unknown.stderr}`);

  const noMeta = await cri.crictl(['runp', '--runtime', 'kata', cri.podConfig('no-meta', { metadata: null })]);
  t.equal(noMeta.code, 1);
  t.match(noMeta.stderr, /RunPodSandbox: \w+: .*metadata/, `a pod config without metadata: ${noMeta.stderr}`);
  t.equal(await pods(), 0, 'no pod was made');

  const podJson = cri.podConfig('gone');
  const pod = (await cri.crictl(['runp', '--runtime', 'kata', podJson])).stdout.trim();
  t.match(pod, /^[0-9a-f]{64}$/, 'a pod to remove');
  t.equal((await cri.crictl(['stopp', pod])).code, 0);
  t.equal((await cri.crictl(['rmp', pod])).code, 0);
  const late = await cri.crictl(['create', pod, cri.ctrConfig('late', ['true']), podJson]);
  t.equal(late.code, 1);
  t.match(late.stderr, new RegExp(`CreateContainer late in pod ${pod}: \\w+: .*${pod.slice(0, 12)}`), `create in a removed pod: ${late.stderr}`);
  t.equal((await cri.client.listContainers()).containers.length, 0, 'no container was made');
  t.equal(await pods(), 0, 'and no pod is left');
  t.same(podLeftovers(cri.c, pod, `${cri.cgroupParent}/gone/${pod}`), { qemu: [], shims: [], mounts: [], state: false, cgroups: [] }, 'nothing of the removed pod is on the host');
  t.same(cniNetns().filter((n) => !netnsBefore.includes(n)), [], 'no pod network namespace left');
});

t.test('what a VM cannot give is refused by name: hostNetwork, Bidirectional mount propagation; runc runs both', async (t) => {
  const cri = await criContainerd(t, SUBNET + 1 > 254 ? 2 : SUBNET + 1);
  const netnsBefore = cniNetns();
  const hostNet = (name: string): string => cri.podConfig(name, { hostname: undefined, linux: { cgroup_parent: `${cri.cgroupParent}/${name}`, security_context: { namespace_options: { network: v1.NamespaceMode.NODE } } } });
  const kataHost = await cri.crictl(['runp', '--runtime', 'kata', hostNet('hostnet-kata')]);
  t.equal(kataHost.code, 1, 'kata: hostNetwork refused');
  t.match(kataHost.stderr, /linux\.namespaces has no "network" entry, so the container would share the host's network \(hostNetwork: true/, `naming the field and why: ${kataHost.stderr.trim()}`);
  t.equal(qemuOf('').length, 0, 'no VM was started');
  const runcHost = await cri.crictl(['runp', '--runtime', 'runc', hostNet('hostnet-runc')]);
  t.equal(runcHost.code, 0, `runc: a hostNetwork pod runs: ${runcHost.stderr}`);

  // Bidirectional needs a shared mount on the host (containerd checks it): one of the test's own.
  const shared = join(cri.dir, 'shared-src');
  mkdirSync(shared);
  t.equal(spawnSync('sh', ['-c', `mount --bind ${shared} ${shared} && mount --make-shared ${shared}`]).status, 0, 'a shared host mount');
  t.teardown(() => void spawnSync('umount', ['-l', shared]));
  for (const handler of ['runc', 'kata'] as const) {
    const podJson = cri.podConfig(`prop-${handler}`);
    const pod = (await cri.crictl(['runp', '--runtime', handler, podJson])).stdout.trim();
    t.match(pod, /^[0-9a-f]{64}$/, `${handler}: a pod`);
    const c = await cri.crictl(['create', pod, cri.ctrConfig(`bidir-${handler}`, ['sleep', '600'], { mounts: [{ container_path: '/data', host_path: shared, propagation: v1.MountPropagation.PROPAGATION_BIDIRECTIONAL }] }), podJson]);
    t.equal(c.code, 0, `${handler}: create (a record in containerd): ${c.stderr}`);
    const start = await cri.crictl(['start', c.stdout.trim()]);
    if (handler === 'runc') t.equal(start.code, 0, `runc: a Bidirectional mount starts: ${start.stderr}`);
    else {
      t.equal(start.code, 1, 'kata: refused');
      t.match(start.stderr, /mounts\[\d+\] \(\/data\) asks for propagation "rshared" \(mountPropagation: Bidirectional\)/, `naming the mount and why: ${start.stderr.trim()}`);
    }
    t.equal((await cri.crictl(['stopp', pod])).code, 0, `${handler}: stopp`);
    t.equal((await cri.crictl(['rmp', pod])).code, 0, `${handler}: rmp`);
    t.same(podLeftovers(cri.c, pod, `${cri.cgroupParent}/prop-${handler}/${pod}`), { qemu: [], shims: [], mounts: [], state: false, cgroups: [] }, `${handler}: nothing of the pod left`);
  }
  const rp = runcHost.stdout.trim();
  await cri.crictl(['stopp', rp]);
  await cri.crictl(['rmp', rp]);
  t.same(cniNetns().filter((n) => !netnsBefore.includes(n)), [], 'no pod network namespace left');
});

t.teardown(() => {
  // The cgroup parents the pods' configs named (runc leaves its parents, as kubelet would remove them).
  spawnSync('sh', ['-c', `for d in /sys/fs/cgroup/*/kata-ts-cri-${process.pid} /sys/fs/cgroup/kata-ts-cri-${process.pid} /sys/fs/cgroup/*/katatest${process.pid}.slice /sys/fs/cgroup/katatest${process.pid}.slice; do [ -d "$d" ] && find "$d" -depth -type d -exec rmdir {} \\; ; done; true`]);
});
