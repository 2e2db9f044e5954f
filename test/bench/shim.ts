// Bench suite "shim": the host side of a task's life, for the shim run from its one-file bundle
// and from the module tree of dist/lib (KATA_TS_SHIM_UNBUNDLED=1), and KATA_TS_BENCH_SHIM_OTHER
// when set (another build's bin/containerd-shim-kata-v2, e.g. main's), alternately in one run.
// On the host alone (no VM): `node -e 0`, `--help`, and `start` → the address printed (which
// spawns the server and waits until it listens), with the server's own start (its "shim serving"
// line, Node's time origin → listening) and Shutdown → the server gone. Then through a private
// containerd, `ctr run --rm … true`: the wall time and, from the shim's debug lines in containerd's
// log, ctr → the server listening, → Create called, Create → QEMU being started, and each Task API
// call's time (Create includes the whole boot; the others are what is left after the guest answers);
// and the PSS of the shim server of one idle pod.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { packageRoot } from '../../lib/common/package-root.js';
import { containerd, google } from '../../lib/common/proto/gen/protocols.js';
import { TtrpcClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { SHIM, pidsMatching, shimServerPid, startContainerd } from '../demo/containerd.js';
import { busyboxImageTar } from '../demo/oci-image.js';
import { type BenchRow, type BenchSuite, median, pss } from './result.js';

const IMAGE = 'docker.io/library/kata-ts-busybox:latest';
const HOST_RUNS = 9;
const CTR_RUNS = 3;
const BUNDLE = join(packageRoot(), 'dist', 'bundle', 'containerd-shim-kata-v2.cjs');
// KATA_TS_BENCH_SHIM_OTHER names another shim binary (e.g. a build of main's) to measure beside these.
interface Variant {
  name: string;
  bin: string;
  env: Record<string, string>;
}
function variants(): Variant[] {
  const v: Variant[] = [{ name: 'bundle', bin: SHIM, env: {} }, { name: 'modules', bin: SHIM, env: { KATA_TS_SHIM_UNBUNDLED: '1' } }];
  const other = process.env.KATA_TS_BENCH_SHIM_OTHER;
  if (other) v.push({ name: 'other', bin: other, env: {} });
  return v;
}
const T = containerd.task.v2;
const shutdownApi = { serviceName: 'containerd.task.v2.Task', methods: { Shutdown: { requestType: T.ShutdownRequest, responseType: google.protobuf.Empty } } };

function wallMs(cmd: string, args: string[], env: Record<string, string> = {}, cwd?: string): { ms: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, cwd, timeout: 30000 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.toString()}`);
  return { ms, stdout: r.stdout.toString() };
}

interface LogLine {
  time: string;
  msg: string;
  call?: string;
  ms?: number;
  startMs?: number;
}

/** The shim's JSON lines in a stretch of containerd's log (containerd copies the shim's log fifo). */
function shimLines(text: string): LogLine[] {
  const out: LogLine[] = [];
  for (const line of text.split('\n')) {
    const at = line.indexOf('{"time":');
    if (at < 0) continue;
    try {
      const l = JSON.parse(line.slice(at)) as LogLine & { component?: string };
      if (l.component === 'kata-shim') out.push(l);
    } catch {
      /* not one of ours */
    }
  }
  return out;
}

/** One `start` → address, the server's own start from its log, then Shutdown → the server gone. */
async function startOnce(dir: string, v: Variant, i: number): Promise<{ startMs: number; serverMs: number; exitMs: number }> {
  const id = `bench-shim-${v.name}-${process.pid}-${i}`;
  const b = join(dir, id);
  mkdirSync(join(b, 'rootfs'), { recursive: true });
  writeFileSync(join(b, 'config.json'), JSON.stringify({ ociVersion: '1.0.2', process: { args: ['true'], cwd: '/' }, root: { path: 'rootfs' } }));
  const log = join(dir, `${id}.log`);
  const args = ['-namespace', `bench-shim-${process.pid}`, '-address', join(dir, 'containerd.sock'), '-publish-binary', '/bin/true', '-id', id, '-bundle', b, 'start'];
  const r = wallMs(v.bin, args, { ...v.env, KATA_TS_SHIM_LOG: log, TTRPC_ADDRESS: '' }, b);
  const sock = r.stdout.replace(/^unix:\/\//, '');
  const serving = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as LogLine).find((l) => l.msg === 'shim serving');
  const pid = shimServerPid(sock);
  const client = await TtrpcClient.connect(sock);
  const t0 = performance.now();
  await serviceClient(client, shutdownApi).Shutdown({ id });
  client.close();
  while (alive(pid)) await new Promise((res) => setTimeout(res, 2));
  return { startMs: r.ms, serverMs: serving?.startMs ?? NaN, exitMs: performance.now() - t0 };
}

/** Running, not a zombie: the server's parent is whoever reaps orphans here, which may take its time. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}


/** A task's life from the shim's lines: gaps between marks and each call's own time. */
function phasesOf(lines: LogLine[], ctrStart: number): Record<string, number> {
  const at = (l: LogLine | undefined): number => (l ? Date.parse(l.time) : NaN);
  const serving = lines.find((l) => l.msg === 'shim serving');
  const calls = lines.filter((l) => l.msg === 'task call done');
  const create = calls.find((l) => l.call === 'Create');
  const createBegin = at(create) - (create?.ms ?? NaN);
  const qemu = lines.find((l) => l.msg === 'starting QEMU');
  const shutdown = calls.filter((l) => l.call === 'Shutdown').at(-1);
  const exiting = lines.find((l) => l.msg === 'shim exiting');
  const out: Record<string, number> = {
    'ctr run → shim server listening': at(serving) - ctrStart,
    'server: time origin → listening (its own figure)': serving?.startMs ?? NaN,
    'server listening → Create called': createBegin - at(serving),
    'Create called → QEMU being started': at(qemu) - createBegin,
    'Shutdown done → shim exiting': at(exiting) - at(shutdown),
  };
  for (const c of calls) out[`call ${c.call}`] = (out[`call ${c.call}`] ?? 0) + (c.ms ?? 0);
  if (lines.some((l) => l.msg === 'cleaned up after the shim')) out['delete (binary) ran'] = 1;
  return out;
}

/** Rounds that alternate the variants' order (each one first in turn). */
function rotations<T>(xs: T[], i: number): T[] {
  return xs.map((_, k) => xs[(k + i) % xs.length]!);
}

export const shimSuite: BenchSuite = {
  name: 'shim',
  async run(): Promise<BenchRow[]> {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build`);
    const vs = variants();
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-shim-'));
    const rows: BenchRow[] = [];
    const series = (): Record<string, number[]> => Object.fromEntries(vs.map((v) => [v.name, []]));
    const push = (name: string, by: Record<string, number[]>, note: string): void => {
      for (const v of vs.slice(1)) {
        rows.push({ suite: 'shim', name: `${name} [bundle vs ${v.name}]`, value: median(by.bundle!), unit: 'ms', reference: { label: v.name, value: median(by[v.name]!) }, note });
      }
    };
    try {
      const node: number[] = [];
      const help = series();
      const start = series();
      const server = series();
      const exit = series();
      for (let i = 0; i < HOST_RUNS; i++) {
        node.push(wallMs(process.execPath, ['-e', '0']).ms);
        for (const v of rotations(vs, i)) {
          help[v.name]!.push(wallMs(v.bin, ['--help'], v.env).ms);
          const s = await startOnce(dir, v, i);
          start[v.name]!.push(s.startMs);
          server[v.name]!.push(s.serverMs);
          exit[v.name]!.push(s.exitMs);
        }
      }
      const host = `host, no VM, median of ${HOST_RUNS}, alternating`;
      rows.push({ suite: 'shim', name: 'node -e 0', value: median(node), unit: 'ms', note: host });
      push('containerd-shim-kata-v2 --help', help, host);
      push('start → address printed (spawns the server, waits for it to listen)', start, host);
      push('server: time origin → listening', server, `${host}; the server's own figure`);
      push('Shutdown → server gone', exit, host);

      const kernel = cachedKernel();
      const initrd = cachedInitrd();
      if (!kernel || !initrd) throw new Error('guest assets are not built: run `npm run guest`');
      const conf = join(dir, 'configuration.toml');
      writeFileSync(conf, `[hypervisor.qemu]\nkernel = "${kernel.bzImage}"\ninitrd = "${initrd.path}"\naccel = "tcg"\n\n[agent.kata]\ndial_timeout = 120\n`);
      const c = await startContainerd({ KATA_CONF_FILE: conf });
      try {
        // A runtime name per variant (io.containerd.kata<name>.v2): containerd looks the binary
        // up on its PATH, its bin directory, at each task's start.
        const runtime = (v: Variant): string => `io.containerd.kata${v.name}.v2`;
        for (const v of vs) {
          const alt = join(c.dir, 'bin', `containerd-shim-kata${v.name}-v2`);
          writeFileSync(alt, `#!/bin/sh\n${Object.entries(v.env).map(([k, x]) => `${k}=${x} `).join('')}exec ${v.bin} "$@"\n`);
          chmodSync(alt, 0o755);
        }
        if ((await c.ctr(['images', 'import', busyboxImageTar(dir, IMAGE)])).code !== 0) throw new Error('image import failed');
        const wall = series();
        const phases: Record<string, Array<Record<string, number>>> = Object.fromEntries(vs.map((v) => [v.name, []]));
        for (let i = 0; i < CTR_RUNS; i++) {
          for (const v of rotations(vs, i)) {
            const before = c.log().length;
            const t0 = Date.now();
            const p0 = performance.now();
            const r = await c.ctr(['run', '--rm', '--runtime', runtime(v), IMAGE, `bench-shim-${process.pid}-${i}-${v.name}`, 'true'], { timeoutMs: 300000 });
            if (r.code !== 0) throw new Error(`ctr run (${v.name}) failed: ${r.stderr}`);
            wall[v.name]!.push(performance.now() - p0);
            await new Promise((res) => setTimeout(res, 300)); // the shim's last lines reach containerd's log
            phases[v.name]!.push(phasesOf(shimLines(c.log().slice(before)), t0));
          }
        }
        // One idle pod per variant: the PSS of its shim server (every pod has one).
        const pssOf: Record<string, number[]> = series();
        for (const v of vs) {
          const id = `bench-shim-pss-${process.pid}-${v.name}`;
          const d = await c.ctr(['run', '-d', '--runtime', runtime(v), IMAGE, id, 'sleep', '1000'], { timeoutMs: 300000 });
          if (d.code !== 0) throw new Error(`detached run (${v.name}) failed: ${d.stderr}`);
          await new Promise((res) => setTimeout(res, 3000));
          const shim = pidsMatching(`-id\0${id}\0`).filter((p) => readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('-socket'));
          pssOf[v.name]!.push(shim.reduce((a, p) => a + pss(p), 0) / 1048576);
          await c.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
          for (let k = 0; k < 50 && !/STOPPED/.test((await c.ctr(['task', 'ls'])).stdout.split('\n').find((l) => l.startsWith(id)) ?? 'STOPPED'); k++) {
            await new Promise((res) => setTimeout(res, 200));
          }
          await c.ctr(['task', 'delete', id]);
          await c.ctr(['containers', 'delete', id]);
        }
        for (const v of vs.slice(1)) {
          rows.push({ suite: 'shim', name: `PSS of the shim server, one idle pod [bundle vs ${v.name}]`, value: pssOf.bundle![0]!, unit: 'MiB', reference: { label: v.name, value: pssOf[v.name]![0]! }, note: '3 s after ctr run -d returned' });
        }
        const ctrNote = `through containerd, TCG initrd, median of ${CTR_RUNS}, alternating`;
        push('ctr run --rm … true', wall, ctrNote);
        const names = [...new Set(Object.values(phases).flat().flatMap((p) => Object.keys(p)))];
        for (const n of names) {
          push(`ctr run: ${n}`, Object.fromEntries(vs.map((v) => [v.name, phases[v.name]!.map((p) => p[n] ?? NaN)])), `${ctrNote}; from the shim's log (ms resolution)`);
        }
      } finally {
        await c.stop();
      }
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
