// `npm run soak` (not part of npm test): many pods in a row through a private containerd, each a
// `ctr run` with a mixed workload (output on both streams, an exec, a SIGTERM or SIGKILL), and
// after every --every pods a sample of what the containerd + runtime side holds on the host: open
// fds and threads of containerd, this run's mounts, cgroups, QEMU and shim processes, shim sockets
// and sandbox state, tap devices, containerd's memory. It fails when a counter grows past its bound (measured from
// the first sample, after warm-up) and prints the table either way.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { cgroupDirsOf } from '../helpers/cgroup-dirs.js';
import { socketPath } from '../../lib/shim/socket-path.js';
import { type Containerd, isShimCommand, pidsMatching, startContainerd } from '../demo/containerd.js';
import { busyboxImageTar } from '../demo/oci-image.js';
import { pss } from '../bench/result.js';

const IMAGE = 'docker.io/library/kata-ts-busybox:latest';
const KATA = ['--runtime', 'io.containerd.kata.v2'];

const USAGE = `Usage: npm run soak -- [--pods N] [--every K]

Runs N pods (default 200) one after another through a private containerd with the kata-ts shim,
sampling host counters after every K pods (default 20), and fails when one grows past its bound.`;

interface Sample {
  pods: number;
  fds: number;
  threads: number;
  mounts: number;
  cgroups: number;
  taps: number;
  qemus: number;
  shims: number;
  shimSockets: number;
  states: number;
  containerdMiB: number;
  seconds: number;
}

/** How far each counter may rise above the first sample; memory in MiB. */
const BOUNDS: Omit<Sample, 'pods' | 'seconds'> = { fds: 16, threads: 8, mounts: 0, cgroups: 0, taps: 0, qemus: 0, shims: 0, shimSockets: 0, states: 0, containerdMiB: 32 };

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} ${process.argv[i + 1] ?? ''}: expected a positive whole number`);
  return v;
}

const count = (dir: string): number => {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
};
const cmdline = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

// Every counter but containerd's own is limited to this run's pods (their ids start with
// podPrefix, their mounts lie under the private containerd's directory): the soak may run beside
// other work on the same host, whose VMs and sandboxes must not count as this run's leaks.
const podPrefix = `soak-${process.pid}-`;
const podId = (i: number): string => `${podPrefix}${i}`;

function sample(c: Containerd, containerdPid: number, pods: number, t0: number): Sample {
  const mine = pidsMatching(c.dir);
  const ids = Array.from({ length: pods }, (_, i) => podId(i + 1));
  return {
    pods,
    fds: count(`/proc/${containerdPid}/fd`),
    threads: count(`/proc/${containerdPid}/task`),
    mounts: readFileSync('/proc/self/mountinfo', 'utf8').trim().split('\n').filter((l) => l.includes(c.dir) || l.includes(podPrefix)).length,
    // Sandbox cgroups: the spec's cgroupsPath (ctr: /default/<id>), or kata-ts/<id> without one.
    cgroups: ['kata-ts', 'default'].flatMap((p) => cgroupDirsOf(p)).reduce((n, d) => n + readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name.startsWith(podPrefix)).length, 0),
    taps: readdirSync('/sys/class/net').filter((n) => n.startsWith('tap')).length,
    qemus: pidsMatching(`/run/kata-ts/sandboxes/${podPrefix}`).filter((p) => cmdline(p).includes('qemu-system')).length,
    shims: mine.filter((p) => isShimCommand(cmdline(p))).length,
    shimSockets: ids.filter((id) => existsSync(socketPath({ address: c.socket, namespace: 'default' }, id))).length,
    states: (existsSync('/run/kata-ts/sandboxes') ? readdirSync('/run/kata-ts/sandboxes') : []).filter((d) => d.startsWith(podPrefix)).length,
    containerdMiB: Math.round((pss(containerdPid) / 1048576) * 10) / 10,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
}

async function onePod(c: Containerd, i: number): Promise<void> {
  const id = podId(i);
  const fail = (what: string, r: { stdout: string; stderr: string; code: number }): never => {
    throw new Error(`pod ${i} (${id}): ${what}: code ${r.code}, stdout ${JSON.stringify(r.stdout.slice(-200))}, stderr ${JSON.stringify(r.stderr.slice(-500))}`);
  };
  switch (i % 3) {
    case 0: {
      const r = await c.ctr(['run', ...KATA, '--rm', IMAGE, id, 'sh', '-c', 'echo out; echo err >&2; exit 7'], { timeoutMs: 300000 });
      if (r.code !== 7 || r.stdout !== 'out\n') fail('output and exit code', r);
      return;
    }
    case 1: {
      const r = await c.ctr(['run', '-d', ...KATA, IMAGE, id, 'sh', '-c', 'trap "exit 143" TERM; while :; do sleep 1; done'], { timeoutMs: 300000 });
      if (r.code !== 0) fail('start', r);
      const e = await c.ctr(['task', 'exec', '--exec-id', 'x', id, 'sh', '-c', 'echo exec; exit 3'], { timeoutMs: 120000 });
      if (e.code !== 3 || e.stdout !== 'exec\n') fail('exec', e);
      await c.ctr(['task', 'kill', '-s', 'SIGTERM', id]);
      break;
    }
    default: {
      const r = await c.ctr(['run', '-d', ...KATA, IMAGE, id, 'sleep', '600'], { timeoutMs: 300000 });
      if (r.code !== 0) fail('start', r);
      await c.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
    }
  }
  for (let n = 0; n < 60; n++) {
    if (/STOPPED/.test((await c.ctr(['task', 'ls'])).stdout)) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const d = await c.ctr(['task', 'delete', id]);
  if (d.code !== 0) fail('task delete', d);
  const rm = await c.ctr(['containers', 'rm', id]);
  if (rm.code !== 0) fail('containers rm', rm);
}

function table(rows: Sample[]): string {
  const keys = Object.keys(rows[0]!) as (keyof Sample)[];
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(keys), ...rows.map((r) => line(keys.map((k) => String(r[k]))))].join('\n');
}

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const pods = arg('pods', 200);
  const every = arg('every', 20);
  const kernel = cachedKernel();
  const initrd = cachedInitrd();
  if (!kernel || !initrd) throw new Error('guest assets are missing: run `npm run guest`');
  const dir = mkdtempSync(join(tmpdir(), 'kata-soak-'));
  const conf = join(dir, 'configuration.toml');
  // The soak counts leaks, not speed: a generous dial timeout keeps a loaded machine (TCG boots
  // several times slower under a load of 6) from ending a run that leaks nothing.
  writeFileSync(conf, `[hypervisor.qemu]\nkernel = "${kernel.vmlinux}"\ninitrd = "${initrd.path}"\n\n[agent.kata]\ndial_timeout = 600\n`);
  // Ctrl-C ends the run after the pod in flight, so containerd and its pods are still torn down
  // and the rows so far are printed.
  let interrupted: NodeJS.Signals | undefined;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      interrupted = sig;
      process.stderr.write(`soak: ${sig}: stopping after the pod in flight\n`);
    });
  }
  const c = await startContainerd({ KATA_CONF_FILE: conf });
  const rows: Sample[] = [];
  try {
    if ((await c.ctr(['images', 'import', busyboxImageTar(dir, IMAGE)])).code !== 0) throw new Error('image import failed');
    const containerdPid = pidsMatching(join(c.dir, 'config.toml')).find((p) => cmdline(p).startsWith('containerd'));
    if (!containerdPid) throw new Error('cannot find the private containerd process');
    const t0 = Date.now();
    for (let i = 1; i <= pods && !interrupted; i++) {
      await onePod(c, i);
      if (i % every === 0 || i === pods) {
        rows.push(sample(c, containerdPid, i, t0));
        process.stderr.write(`soak: ${i}/${pods} pods, ${rows.at(-1)!.seconds} s\n`);
      }
    }
  } finally {
    await c.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  if (rows.length === 0) {
    console.log('soak: no sample taken');
    return 1;
  }
  console.log(table(rows));
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const grown = (Object.keys(BOUNDS) as (keyof typeof BOUNDS)[]).filter((k) => last[k] - first[k] > BOUNDS[k]);
  for (const k of grown) console.log(`soak: ${k} grew from ${first[k]} to ${last[k]} (bound +${BOUNDS[k]})`);
  const leftover = (['qemus', 'shims', 'shimSockets', 'states', 'taps'] as const).filter((k) => last[k] !== 0);
  for (const k of leftover) console.log(`soak: ${k} = ${last[k]} after every pod was deleted (expected 0)`);
  console.log(grown.length + leftover.length === 0 ? `soak: ${pods} pods, every counter within its bound` : 'soak: FAILED');
  if (interrupted) {
    console.log(`soak: interrupted by ${interrupted}`);
    return 130;
  }
  return grown.length + leftover.length === 0 ? 0 : 1;
}

main().then((rc) => (process.exitCode = rc), (e: Error) => {
  process.stderr.write(`soak: ${e.message}\n`);
  process.exitCode = 1;
});
