// Bench suite "pods": what idle pods cost the host and how they start side by side, through a
// private containerd and `ctr run -d` (TCG). For today's settings and the shipped ones, in one run:
// 10 pods started one after another (today's and the shipped settings on the initrd, and the
// shipped settings on the shipped guest, the agent-init image), then their total host PSS (QEMUs, shims, virtiofsd) divided
// by 10 with an smaps breakdown of one QEMU and one shim; then 10 pods started at once, against
// the sequential total. Then each QEMU memory option on its own (2 pods each), so the defaults
// in config/configuration.toml stay the ones that pay. Last, the agent-init image with VM
// templating: the pods are clones of one template (lib/factory/template.ts), made before them.
// Registered in test/bench/main.ts.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { cachedAgentInitImage } from '../../guest/osbuilder/rootfs/agent-init-image.js';
import { type Containerd, isShimCommand, pidsMatching, startContainerd } from '../demo/containerd.js';
import { busyboxImageTar } from '../demo/oci-image.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { cleanupSandbox } from '../../lib/runtime/cleanup.js';
import { DEFAULT_STATE_ROOT } from '../../lib/runtime/state.js';
import { CLOCK_TICKS, parseCpuTimes } from '../../lib/common/metrics/procfs.js';
import { type BenchRow, type BenchSuite, median } from './result.js';
import { parseConfig } from '../../lib/config/parse.js';
import { destroyTemplate, makeTemplate } from '../../lib/factory/template.js';
import { type QemuMemory, pssRollup, qemuMemory, readSmaps } from '../helpers/smaps.js';

const IMAGE = 'docker.io/library/kata-ts-busybox:latest';
const PODS = 10;
const OPTION_PODS = 2;
/** After the last pod starts: the agents finish settling and the guests report what they freed (every 2 s). */
const SETTLE_MS = 15000;
const GUEST_MiB = 512;
const MiB = 1048576;

/** One way to run pods: its [hypervisor.qemu] lines. */
interface Variant {
  label: string;
  /** In pod ids: [a-z0-9-]. */
  slug: string;
  qemu: string[];
  /** More [agent.kata] lines. */
  agent?: string[];
  /** Pods start as clones of a VM template, made before the first (lib/factory/template.ts). */
  template?: boolean;
}

/** What the guest boots from: its [hypervisor.qemu] line and the files QEMU maps for it. */
interface Boot {
  label: string;
  line: string;
  files: string[];
}

/** The settings before issue 16: QEMU's 1 GiB translation cache, no balloon, no entropy source. */
const TODAY: Variant = { label: 'today', slug: 'today', qemu: ['tcg_tb_size_mb = 0', 'reclaim_guest_freed_memory = false', 'entropy_source = ""'] };
const SHIPPED: Variant = { label: 'shipped', slug: 'shipped', qemu: [] };
/** The shipped settings on the shipped guest: the agent-init image, a DAX nvdimm. */
const DEFAULT: Variant = { label: 'shipped, agent-init image', slug: 'default', qemu: [] };
/** The agent-init image cloned from a VM template (which needs virtio-9p and virtio-serial). */
const TEMPLATE: Variant = { label: 'VM template, agent-init image', slug: 'tpl', qemu: ['shared_fs = "virtio-9p"'], agent: ['channel = "virtio-serial"'], template: true };
const templateDir = (): string => `/run/kata-ts-bench-template-${process.pid}`;
const OPTIONS: Variant[] = [
  { label: 'tb-size default (1 GiB), no balloon', slug: 'tb0', qemu: ['tcg_tb_size_mb = 0', 'reclaim_guest_freed_memory = false'] },
  { label: 'tb-size 32 MiB, no balloon', slug: 'tb32', qemu: ['tcg_tb_size_mb = 32', 'reclaim_guest_freed_memory = false'] },
  { label: 'tb-size 64 MiB, no balloon', slug: 'tb64', qemu: ['tcg_tb_size_mb = 64', 'reclaim_guest_freed_memory = false'] },
  { label: 'tb-size 64 MiB, free page reporting', slug: 'tb64fpr', qemu: ['tcg_tb_size_mb = 64', 'reclaim_guest_freed_memory = true'] },
];

/** The processes of one pod: its QEMU, its shim, and its daemons (virtiofsd). */
function podProcesses(id: string): { qemu: number[]; shim: number[]; daemons: number[] } {
  const cmd = (p: number): string => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, 'utf8');
    } catch {
      return '';
    }
  };
  const sandbox = pidsMatching(`/run/kata-ts/sandboxes/${id}/`);
  return {
    qemu: sandbox.filter((p) => cmd(p).includes('qemu-system')),
    daemons: sandbox.filter((p) => !cmd(p).includes('qemu-system')),
    shim: pidsMatching(`-id\0${id}\0`).filter((p) => isShimCommand(cmd(p))),
  };
}

const sumPss = (pids: number[]): number => pids.reduce((a, p) => a + pssRollup(p).pss, 0);

interface Series {
  /** ms of each `ctr run -d` (VM boot to container running). */
  startMs: number[];
  /** ms from the first start to the last one's return. */
  wallMs: number;
  /** CPU ms the whole host spent meanwhile (/proc/stat), all processes: QEMUs, shims, containerd, ctr. */
  cpuMs: number;
  ids: string[];
}

/** Items of /proc/stat's cpu lines that are not busy time, or count it twice (guest time is in user time already). */
const NOT_BUSY = new Set(['idle', 'iowait', 'guest', 'guest_nice']);

/** CPU ms the host has spent busy since boot, all CPUs: /proc/stat's total. */
function hostBusyMs(): number {
  const ticks = parseCpuTimes(readFileSync('/proc/stat', 'utf8'))
    .filter((c) => c.cpu === 'total' && !NOT_BUSY.has(c.item))
    .reduce((a, c) => a + c.value, 0);
  return (ticks * 1000) / CLOCK_TICKS;
}

/** live: each pod's id is added before it starts, so the caller stops what started even when a later start fails. */
async function startPods(c: Containerd, v: Variant, n: number, tag: string, together: boolean, live: Set<string>): Promise<Series> {
  const ids = Array.from({ length: n }, (_, i) => `pods-${process.pid}-${v.slug}-${tag}${i}`);
  const one = async (id: string): Promise<number> => {
    live.add(id);
    const t0 = performance.now();
    const r = await c.ctr(['run', '-d', '--runtime', 'io.containerd.kata.v2', IMAGE, id, 'sleep', '100000'], { timeoutMs: 600000 });
    if (r.code !== 0) throw new Error(`ctr run ${id} (${v.label}) failed: ${r.stderr.trim()}`);
    return performance.now() - t0;
  };
  const t0 = performance.now();
  const busy0 = hostBusyMs();
  const startMs: number[] = [];
  if (together) {
    // Every start settles before a failure is thrown, so the caller's stopPods meets no pod still booting.
    const settled = await Promise.allSettled(ids.map(one));
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    startMs.push(...settled.map((s) => (s as PromiseFulfilledResult<number>).value));
  }
  else for (const id of ids) startMs.push(await one(id));
  return { startMs, wallMs: performance.now() - t0, cpuMs: hostBusyMs() - busy0, ids };
}

async function stopPods(c: Containerd, live: Set<string>): Promise<void> {
  await Promise.all([...live].map(async (id) => {
    await c.ctr(['task', 'delete', '--force', id], { timeoutMs: 60000 });
    await c.ctr(['containers', 'delete', id], { timeoutMs: 60000 });
    live.delete(id);
  }));
}

interface PodsMemory {
  /** Per pod, bytes. */
  qemu: number;
  shim: number;
  daemons: number;
  /** The first pod's QEMU by purpose and its shim's rollup. */
  oneQemu: QemuMemory;
  oneShim: { pss: number; anon: number; file: number; shmem: number };
}

function measure(ids: string[], bootFiles: string[], ramFiles: string[] = []): PodsMemory {
  const procs = ids.map(podProcesses);
  for (const [i, p] of procs.entries()) if (p.qemu.length !== 1 || p.shim.length !== 1) throw new Error(`pod ${ids[i]}: found ${p.qemu.length} QEMU and ${p.shim.length} shim processes`);
  const n = ids.length;
  return {
    qemu: procs.reduce((a, p) => a + sumPss(p.qemu), 0) / n,
    shim: procs.reduce((a, p) => a + sumPss(p.shim), 0) / n,
    daemons: procs.reduce((a, p) => a + sumPss(p.daemons), 0) / n,
    oneQemu: qemuMemory(readSmaps(procs[0]!.qemu[0]!), GUEST_MiB, bootFiles, ramFiles),
    oneShim: pssRollup(procs[0]!.shim[0]!),
  };
}

/** A private containerd running the variant's configuration, with the busybox image; templateRam: the bytes of RAM its VM template holds (0: none). */
async function containerdFor(v: Variant, dir: string, kernel: string, boot: Boot): Promise<{ c: Containerd; templateRam: number }> {
  const conf = join(dir, `${v.slug}.toml`);
  writeFileSync(conf, [
    '[hypervisor.qemu]', `kernel = "${kernel}"`, boot.line, 'accel = "tcg"', `default_memory = ${GUEST_MiB}`, ...v.qemu,
    // 10 VMs booting at once on TCG take far longer than the default 45 s to answer.
    '[agent.kata]', 'dial_timeout = 600', ...(v.agent ?? []),
    ...(v.template ? ['[factory]', 'enable_template = true', `template_path = "${templateDir()}"`] : []), '',
  ].join('\n'));
  const c = await startContainerd({ KATA_CONF_FILE: conf });
  try {
    if ((await c.ctr(['images', 'import', busyboxImageTar(dir, IMAGE)])).code !== 0) throw new Error('image import failed');
    if (!v.template) return { c, templateRam: 0 };
    process.stderr.write(`bench: pods: ${v.label}: making the template …\n`);
    const made = await makeTemplate(parseConfig(readFileSync(conf, 'utf8'), conf), silentLogger());
    return { c, templateRam: made.memoryBytes ?? 0 };
  } catch (e) {
    await c.stop();
    destroyTemplate(templateDir());
    throw e;
  }
}

interface FullResult {
  seq: Series;
  conc: Series;
  mem: PodsMemory;
  /** Bytes of RAM the variant's VM template held (its RAM file's blocks): host memory beside the pods' PSS. */
  templateRam: number;
  /** CPU an idle pod's processes (QEMU, shim, virtiofsd) use, in millicores, over IDLE_CPU_MS. */
  idleMillicores: number;
}

/** How long the idle pods' CPU is sampled (the RuntimeClass's CPU overhead). */
const IDLE_CPU_MS = 10000;

/** CPU ms a process has used (utime + stime of /proc/PID/stat); 0 once it is gone. */
function processCpuMs(pid: number): number {
  try {
    // Fields after the command's closing parenthesis: state is field 3, utime 14, stime 15.
    const rest = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
    return ((Number(rest[11]) + Number(rest[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** Millicores the pods' host processes use per pod while idle. */
async function idleCpu(ids: string[]): Promise<number> {
  const pids = ids.flatMap((id) => Object.values(podProcesses(id)).flat());
  const before = pids.map(processCpuMs);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, IDLE_CPU_MS));
  const used = pids.reduce((a, p, i) => a + processCpuMs(p) - before[i]!, 0);
  return (used / (performance.now() - t0) / ids.length) * 1000;
}

async function fullRun(v: Variant, dir: string, kernel: string, boot: Boot): Promise<FullResult> {
  const { c, templateRam } = await containerdFor(v, dir, kernel, boot);
  const live = new Set<string>();
  try {
    process.stderr.write(`bench: pods: ${v.label}: ${PODS} pods one after another …\n`);
    const seq = await startPods(c, v, PODS, 's', false, live);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const mem = measure(seq.ids, boot.files, v.template ? [join(templateDir(), 'memory')] : []);
    const idleMillicores = await idleCpu(seq.ids);
    await stopPods(c, live);
    process.stderr.write(`bench: pods: ${v.label}: ${PODS} pods at once …\n`);
    const conc = await startPods(c, v, PODS, 'c', true, live);
    await stopPods(c, live);
    return { seq, conc, mem, templateRam, idleMillicores };
  } finally {
    // containerd's stop kills its shims, not their VMs: the pods must be deleted through it first.
    if (live.size) await stopPods(c, live).catch(() => undefined);
    await c.stop();
    await sweepSandboxes();
    destroyTemplate(templateDir());
  }
}

/** What a failed run still left (a pod whose delete failed, its shim then killed): cleaned from its record, as the shim's `delete` does. */
async function sweepSandboxes(): Promise<void> {
  const root = join(DEFAULT_STATE_ROOT, 'sandboxes');
  const mine = existsSync(root) ? readdirSync(root).filter((id) => id.startsWith(`pods-${process.pid}-`)) : [];
  for (const id of mine) await cleanupSandbox(DEFAULT_STATE_ROOT, id, silentLogger()).catch((e: Error) => process.stderr.write(`bench: pods: could not clean up ${id}: ${e.message}\n`));
}

async function optionRun(v: Variant, dir: string, kernel: string, boot: Boot): Promise<{ seq: Series; mem: PodsMemory }> {
  const { c } = await containerdFor(v, dir, kernel, boot);
  const live = new Set<string>();
  try {
    process.stderr.write(`bench: pods: option ${v.label} …\n`);
    const seq = await startPods(c, v, OPTION_PODS, 'o', false, live);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const mem = measure(seq.ids, boot.files);
    await stopPods(c, live);
    return { seq, mem };
  } finally {
    if (live.size) await stopPods(c, live).catch(() => undefined);
    await c.stop();
    await sweepSandboxes();
  }
}

const mib = (b: number): number => b / MiB;

function fullRows(v: Variant, boot: Boot, r: FullResult, ref?: FullResult): BenchRow[] {
  const s = 'pods';
  const m = r.mem;
  const total = m.qemu + m.shim + m.daemons;
  const refTotal = ref ? ref.mem.qemu + ref.mem.shim + ref.mem.daemons : undefined;
  const vs = (value: number | undefined) => (ref && value !== undefined ? { reference: { label: 'today', value } } : {});
  const tenSingles = median(r.seq.startMs) * PODS;
  return [
    { suite: s, name: `host PSS per idle pod, ${PODS} pods (${v.label})`, value: mib(total), unit: 'MiB', ...vs(refTotal && mib(refTotal)), note: `QEMU + shim + virtiofsd, summed and ÷ ${PODS}${ref ? '; goal ratio ≤ 0.5' : ''}` },
    { suite: s, name: `  QEMU per pod (${v.label})`, value: mib(m.qemu), unit: 'MiB', ...vs(ref && mib(ref.mem.qemu)) },
    { suite: s, name: `  shim per pod (${v.label})`, value: mib(m.shim), unit: 'MiB', ...vs(ref && mib(ref.mem.shim)), note: `one shim per pod; of one: anon ${mib(m.oneShim.anon).toFixed(1)}, file ${mib(m.oneShim.file).toFixed(1)}, guest RAM mapped ${mib(m.oneShim.shmem).toFixed(1)} MiB` },
    { suite: s, name: `  virtiofsd per pod (${v.label})`, value: mib(m.daemons), unit: 'MiB', ...vs(ref && mib(ref.mem.daemons)) },
    { suite: s, name: `  one QEMU: guest RAM touched (${v.label})`, value: mib(m.oneQemu.guestRam), unit: 'MiB', ...vs(ref && mib(ref.mem.oneQemu.guestRam)), note: `${GUEST_MiB} MiB guest, ${boot.label}` },
    { suite: s, name: `  one QEMU: TCG translation cache (${v.label})`, value: mib(m.oneQemu.tcgCache), unit: 'MiB', ...vs(ref && mib(ref.mem.oneQemu.tcgCache)) },
    { suite: s, name: `  one QEMU: guest asset file mapping (${v.label})`, value: mib(m.oneQemu.bootFiles), unit: 'MiB', ...vs(ref && mib(ref.mem.oneQemu.bootFiles)), note: `page cache shared by the ${PODS} QEMUs` },
    { suite: s, name: `  one QEMU: binary and libraries (${v.label})`, value: mib(m.oneQemu.code), unit: 'MiB', ...vs(ref && mib(ref.mem.oneQemu.code)) },
    { suite: s, name: `  one QEMU: heap and other anonymous (${v.label})`, value: mib(m.oneQemu.heap), unit: 'MiB', ...vs(ref && mib(ref.mem.oneQemu.heap)) },
    { suite: s, name: `pod start, one after another (${v.label})`, value: median(r.seq.startMs), unit: 'ms', ...vs(ref && median(ref.seq.startMs)), note: `median of ${PODS}, ctr run -d` },
    { suite: s, name: `${PODS} pods started at once (${v.label})`, value: r.conc.wallMs, unit: 'ms', reference: { label: `${PODS} × one pod`, value: tenSingles }, note: `${PODS} × the median above; goal ratio ≤ 0.6` },
    { suite: s, name: `${PODS} pods at once vs one after another (${v.label})`, value: r.conc.wallMs, unit: 'ms', reference: { label: 'sequential total', value: r.seq.wallMs } },
    // Why the ratio above stays above 1 ÷ cores: a pod's start costs more CPU when ten share them.
    { suite: s, name: `host CPU per idle pod, ${PODS} pods (${v.label})`, value: r.idleMillicores, unit: 'millicores', ...vs(ref && ref.idleMillicores), note: `QEMU + shim + virtiofsd over ${IDLE_CPU_MS / 1000} s, ÷ ${PODS}: the RuntimeClass's CPU overhead` },
    { suite: s, name: `host CPU per pod start, ${PODS} at once (${v.label})`, value: r.conc.cpuMs / PODS, unit: 'ms', reference: { label: 'one after another', value: r.seq.cpuMs / PODS }, note: `all processes (/proc/stat) while the pods started, ÷ ${PODS}; at once the host's ${availableParallelism()} cores were ${((r.conc.cpuMs / r.conc.wallMs / availableParallelism()) * 100).toFixed(0)}% busy` },
  ];
}

export const podsSuite: BenchSuite = {
  name: 'pods',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    const image = cachedAgentInitImage();
    if (!kernel || !initrd || !image) throw new Error('guest assets are not built: run `npm run guest`');
    const onInitrd: Boot = { label: 'initrd', line: `initrd = "${initrd.path}"`, files: [initrd.path] };
    const onImage: Boot = { label: 'agent-init image', line: `image = "${image.path}"`, files: [image.path] };
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-pods-'));
    try {
      const today = await fullRun(TODAY, dir, kernel.vmlinux, onInitrd);
      const shipped = await fullRun(SHIPPED, dir, kernel.vmlinux, onInitrd);
      const dflt = await fullRun(DEFAULT, dir, kernel.vmlinux, onImage);
      const tpl = await fullRun(TEMPLATE, dir, kernel.vmlinux, onImage);
      const rows = [...fullRows(TODAY, onInitrd, today), ...fullRows(SHIPPED, onInitrd, shipped, today), ...fullRows(DEFAULT, onImage, dflt, today), ...fullRows(TEMPLATE, onImage, tpl, today)];
      rows.push({ suite: 'pods', name: 'VM template: its RAM file on the host', value: mib(tpl.templateRam), unit: 'MiB', note: `once for all clones (tmpfs); the clones' PSS above counts the pages they map, ${mib(tpl.templateRam / PODS).toFixed(1)} MiB per pod at most besides` });
      let base: { seq: Series; mem: PodsMemory } | undefined;
      for (const v of OPTIONS) {
        const r = await optionRun(v, dir, kernel.vmlinux, onInitrd);
        base ??= r;
        const ref = (value: number) => (r === base ? {} : { reference: { label: OPTIONS[0]!.label, value } });
        rows.push(
          { suite: 'pods', name: `option: QEMU per pod (${v.label})`, value: mib(r.mem.qemu), unit: 'MiB', ...ref(mib(base.mem.qemu)), note: `${OPTION_PODS} pods; guest RAM ${mib(r.mem.oneQemu.guestRam).toFixed(1)}, TCG cache ${mib(r.mem.oneQemu.tcgCache).toFixed(1)} MiB` },
          { suite: 'pods', name: `option: pod start (${v.label})`, value: median(r.seq.startMs), unit: 'ms', ...ref(median(base.seq.startMs)), note: `median of ${OPTION_PODS}` },
        );
      }
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
