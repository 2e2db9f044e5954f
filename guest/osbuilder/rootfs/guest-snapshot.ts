// The agent's V8 snapshot for the guest, built and proven where it will run: inside a VM booted
// with the accelerator and CPU model the runtime gives its guests on this host (accel "auto" as
// lib/hypervisor/accel.ts decides it, -cpu as lib/hypervisor/qemu-args.ts defaults it). A blob
// made on the build host loads only where node computes the same V8 tag, and the tag covers CPU
// features no V8 flag turns off (CET shadow stacks; Intel Atom models), so a host-made blob killed
// PID 1 on guests of other hosts. Here the VM (our kernel, a busybox initrd, the host's node and
// the bundle over virtio-9p) runs `node --build-snapshot`, boots the blob once (`--self-check`),
// and reports the CPU signature the launcher will compare (cpu-signature.ts) and the V8 tag. The
// stamp records both and where it was proven. Cached under <cache>/agent-snapshot-guest/<hash>.
// Called by installAgent (agent-bundle.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chooseAccel, probeHost } from '../../../lib/hypervisor/accel.js';
import { defaultCpuModel, guestCpuTarget, qemuArgs, qemuVersionOf } from '../../../lib/hypervisor/qemu-args.js';
import { packageRoot } from '../../../lib/common/package-root.js';
import { cacheRoot, lockBuildUnlessDone } from '../common/cache.js';
import { type KernelAssets, cachedKernel } from '../kernel/build.js';
import { BUSYBOX, busyboxInitrd } from './busybox-initrd.js';
import { sharedLibraries } from './shared-libraries.js';
import { type AgentStartFiles, BLOB_NAME, BUNDLE_NAME, SELF_CHECK, SNAPSHOT_V8_FLAGS, STAMP_NAME, type SnapshotStamp, formatStamp, parseSelfCheck, parseStamp } from './agent-snapshot.js';
import { cpuSignatureShell } from './cpu-signature.js';

const RECIPE = 'guest-snapshot-recipe-1';
export const QEMU_PATH = '/usr/bin/qemu-system-x86_64';
/** A cold build under TCG measured ~40 s; the bound only stops a VM that hangs. */
const VM_TIMEOUT_MS = 15 * 60 * 1000;
const MARK = 'kata-snapshot-build:';

/** Where the runtime's guests run on this host: the VM the blob is proven in. */
export interface SnapshotTarget {
  accel: 'kvm' | 'tcg';
  cpuModel: string;
  qemuVersion: string;
}

export function qemuVersion(qemu = QEMU_PATH): string {
  const out = execFileSync(qemu, ['--version'], { encoding: 'utf8' });
  const v = qemuVersionOf(out);
  if (!v) throw new Error(`guest snapshot: cannot read the version of ${qemu}: ${out.split('\n')[0]}`);
  return v;
}

const targets = new Map<string, SnapshotTarget>();

/**
 * The target for `qemu` on this host, found once per process: every guest asset's hash asks for it
 * (bundleInputs), and each asking would otherwise spawn QEMU and probe /dev/kvm again.
 */
export function snapshotTarget(qemu = QEMU_PATH): SnapshotTarget {
  let t = targets.get(qemu);
  if (!t) {
    const accel = chooseAccel('auto', probeHost()).accel;
    t = { accel, cpuModel: defaultCpuModel(accel), qemuVersion: qemuVersion(qemu) };
    targets.set(qemu, t);
  }
  return t;
}

/** The stamp's proven_on for a VM target. */
export function provenOn(t: SnapshotTarget): string {
  return guestCpuTarget(t.accel, t.cpuModel, t.qemuVersion);
}

/** What a guest asset's hash covers of its snapshot: the VM target and the kernel it is proven on. */
export function guestSnapshotKey(): string {
  return `${RECIPE}:${provenOn(snapshotTarget())}:${cachedKernel()?.details.hash ?? 'no kernel'}`;
}

export interface GuestSnapshot {
  dir: string;
  blob: string;
  stamp: string;
  fields: SnapshotStamp;
  /** The VM's run, QEMU start to exit, in ms. */
  vmMs: number;
}

function inputsHash(start: AgentStartFiles, kernelHash: string, t: SnapshotTarget): string {
  return createHash('sha256').update(RECIPE).update(start.dir).update(kernelHash).update(provenOn(t)).update(cpuSignatureShell()).digest('hex').slice(0, 16);
}

function load(dir: string): GuestSnapshot | undefined {
  if (!existsSync(join(dir, 'details.json'))) return undefined;
  const d = JSON.parse(readFileSync(join(dir, 'details.json'), 'utf8')) as { vmMs: number };
  const stamp = join(dir, STAMP_NAME);
  return { dir, blob: join(dir, BLOB_NAME), stamp, fields: parseStamp(readFileSync(stamp, 'utf8')), vmMs: d.vmMs };
}

/** The VM's /init (after busyboxInitrd's own lines): mount the work tree, build and check the blob in a chroot of it, report, reboot (QEMU exits: -no-reboot). */
function initScript(): string {
  const flags = SNAPSHOT_V8_FLAGS.join(' ');
  return `busybox mount -t proc proc /proc
busybox mkdir -p /w
${cpuSignatureShell()}
cpu_signature /proc/cpuinfo
echo "${MARK} cpu_signature=$cpu_signature"
run() {
  busybox mount -t 9p -o trans=virtio,version=9p2000.L,msize=262144 work /w || return 1
  busybox mount -t proc proc /w/proc && busybox mount -t devtmpfs dev /w/dev && busybox mount -t tmpfs tmp /w/tmp || return 1
  KATA_TS_PACKAGE_ROOT=/pkg busybox chroot /w /usr/bin/node ${flags} --snapshot-blob /out/${BLOB_NAME} --build-snapshot /out/${BUNDLE_NAME} || { echo "${MARK} node --build-snapshot failed: $?"; return 1; }
  busybox chroot /w /usr/bin/node ${flags} --snapshot-blob /out/${BLOB_NAME} -- ${SELF_CHECK} || { echo "${MARK} the blob did not boot: $?"; return 1; }
  busybox sync
}
if run; then echo "${MARK} done"; else echo "${MARK} failed"; fi
busybox umount /w/tmp /w/dev /w/proc /w 2>/dev/null
busybox reboot -f
`;
}

/** The tree the VM chroots into (over 9p): node, the libraries it links, the bundle, package.json. */
function stageWorkTree(root: string, start: AgentStartFiles): void {
  const node = realpathSync(process.execPath);
  for (const d of ['proc', 'dev', 'tmp', 'out', 'pkg', 'usr/bin']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync(node, join(root, 'usr', 'bin', 'node'));
  chmodSync(join(root, 'usr', 'bin', 'node'), 0o755);
  for (const lib of sharedLibraries(node)) {
    mkdirSync(join(root, dirname(lib)), { recursive: true });
    copyFileSync(realpathSync(lib), join(root, lib));
  }
  copyFileSync(start.bundle, join(root, 'out', BUNDLE_NAME));
  copyFileSync(join(packageRoot(), 'package.json'), join(root, 'pkg', 'package.json'));
}


/**
 * Builds (or reuses) the guest's blob for the bundle in `start`: made and booted in a VM as this
 * host's guests run. Needs the kernel built (`npm run guest` builds it first).
 */
export function buildGuestSnapshot(start: AgentStartFiles, opts: { cache?: string; say?: (line: string) => void; target?: SnapshotTarget; kernel?: KernelAssets } = {}): GuestSnapshot {
  const say = opts.say ?? ((line: string) => process.stderr.write(`guest snapshot: ${line}\n`));
  const kernel = opts.kernel ?? cachedKernel(opts.cache ? { cache: opts.cache } : {});
  if (!kernel) throw new Error('guest snapshot: the guest kernel is not built; run npm run guest (it builds the kernel first)');
  if (!existsSync(BUSYBOX)) throw new Error(`guest snapshot: ${BUSYBOX} is missing (apt-get install busybox-static)`);
  if (!existsSync(QEMU_PATH)) throw new Error(`guest snapshot: ${QEMU_PATH} is missing (apt-get install qemu-system-x86)`);
  const target = opts.target ?? snapshotTarget();
  const root = join(opts.cache ?? cacheRoot(), 'agent-snapshot-guest');
  const hash = inputsHash(start, kernel.details.hash, target);
  const dir = join(root, hash);
  const hit = load(dir);
  if (hit) return hit;
  const release = lockBuildUnlessDone(root, 'guest snapshot', () => load(dir) !== undefined);
  if (!release) return load(dir)!;
  const work = join(root, `.work-${hash}`);
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const tree = join(work, 'tree');
    stageWorkTree(tree, start);
    const initrd = busyboxInitrd(initScript(), work);
    say(`booting a VM (${target.accel}, -cpu ${target.cpuModel}, QEMU ${target.qemuVersion}) to build the agent's V8 snapshot on the CPU its guests get (about a minute under TCG)`);
    const args = qemuArgs({
      qemuPath: QEMU_PATH, machineType: 'q35', accel: target.accel, cpuModel: target.cpuModel, vcpus: 1, memoryMiB: 1024, minimal: true,
      kernel: kernel.bzImage, initrd, kernelParams: ['console=ttyS0', 'panic=-1', 'quiet'],
      sharedDir: { path: tree, tag: 'work' },
      // As the runtime's guests have one: node's first getrandom() does not wait for the pool.
      entropySource: '/dev/urandom',
    });
    const began = Date.now();
    const r = spawnSync(QEMU_PATH, args, { encoding: 'utf8', timeout: VM_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    const vmMs = Date.now() - began;
    const console = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    const tail = console.split('\n').slice(-40).join('\n');
    if (r.error || r.signal) throw new Error(`guest snapshot: the VM did not finish (${r.error?.message ?? r.signal}) after ${vmMs} ms; console:\n${tail}`);
    const signature = new RegExp(`${MARK} cpu_signature=(.*)`).exec(console)?.[1]?.trim();
    const check = parseSelfCheck(console);
    if (!console.includes(`${MARK} done`) || !signature || !check) throw new Error(`guest snapshot: building the snapshot in the VM failed (QEMU exit ${r.status}); console:\n${tail}`);
    const blob = join(tree, 'out', BLOB_NAME);
    const result = join(work, 'result');
    mkdirSync(result);
    renameSync(blob, join(result, BLOB_NAME));
    const fields: SnapshotStamp = {
      node_bytes: statSync(realpathSync(process.execPath)).size, blob_bytes: statSync(join(result, BLOB_NAME)).size, node_version: process.version,
      cpu_signature: signature, v8_tag: check.v8Tag, proven_on: provenOn(target),
    };
    writeFileSync(join(result, STAMP_NAME), formatStamp(fields));
    const hostStamp = parseStamp(readFileSync(start.stamp, 'utf8'));
    writeFileSync(join(result, 'details.json'), JSON.stringify({
      provenOn: fields.proven_on, cpuSignature: signature, v8Tag: check.v8Tag, selfCheckMs: check.ms, vmMs,
      hostV8Tag: hostStamp.v8_tag, hostCpuSignature: hostStamp.cpu_signature, builtAt: new Date().toISOString(),
    }, null, 2) + '\n');
    rmSync(dir, { recursive: true, force: true });
    renameSync(result, dir);
    say(`snapshot ${(fields.blob_bytes / 1048576).toFixed(1)} MiB built and booted in the VM in ${(vmMs / 1000).toFixed(1)} s (deserialised in ${check.ms} ms; V8 tag ${check.v8Tag}, this host's ${hostStamp.v8_tag}); CPU ${signature}`);
    return load(dir)!;
  } finally {
    rmSync(work, { recursive: true, force: true });
    release();
  }
}
