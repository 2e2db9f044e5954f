// The rootfs image: the cached Debian base (base-rootfs.ts) plus Node and the agent, started by
// systemd as kata-agent.service, with chronyd; made into a raw MBR disk with one ext4 partition
// (disk-image.ts) that QEMU maps as an nvdimm and the guest mounts read-only from /dev/pmem0p1.
// Cached under <cache>/image/<hash> with details.json beside it, the hash covering the base and
// every agent file that goes in. Called by guest/osbuilder/build.ts (`npm run guest`) and the image
// boot test.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, lockBuildUnlessDone } from '../common/cache.js';
import { Progress } from '../common/progress.js';
import { GUEST_LAUNCHER, GUEST_PREFIX, bundleInputs, installAgent } from './agent-bundle.js';
import { type BaseRootfs, SUITE, baseHash, buildBase } from './base-rootfs.js';
import { type GuestDetails, gitCommit, writeDetails } from './details.js';
import { makeDiskImage } from './disk-image.js';
import { hashTree } from './initrd.js';
import { packageRoot } from '../../../lib/common/package-root.js';

const RECIPE = 'image-recipe-3'; // 2: DAX header (pfn info block) in front of the partition table; 3: the agent's launcher
export const IMAGE_NAME = 'kata-containers.img';
export const AGENT_UNIT = 'kata-agent.service';
export const TARGET_UNIT = 'kata-containers.target';

/** What the image details add to the common guest details (the disk layout only beside the image). */
export interface ImageDetails extends GuestDetails {
  kind: 'image';
  baseHash: string;
  partitionOffset?: number;
  daxDataOffset?: number;
  fsBytes?: number;
  allocatedBytes?: number;
  /** Who is PID 1: systemd (this module's image) or the agent (agent-init-image.ts); absent means systemd. */
  init?: 'systemd' | 'agent';
}

export interface ImageAsset {
  path: string;
  details: ImageDetails;
  built: boolean;
}

/**
 * One rootfs image made from the cached base: the systemd image here, the agent-init image in
 * agent-init-image.ts. They differ only in how a copy of the base becomes their root; the cache
 * layout, the hash, the lock and the disk are the same.
 */
export interface ImageVariant {
  /** In progress lines and lock messages, e.g. "image". */
  what: string;
  /** Cached under <cache>/<kind>/<hash>. */
  kind: string;
  fileName: string;
  /** Bumped when the way the image is made changes. */
  recipe: string;
  /** Inputs of this variant beyond the base and the agent (e.g. its init script). */
  extraInputs?: string;
  /** The ext4 label (disk-image.ts's default without one). */
  label?: string;
  init?: ImageDetails['init'];
  /** Added to the details' distro line. */
  distroNote?: string;
  /** The progress line before customize. */
  step: string;
  customize: (rootfs: string, details: ImageDetails) => void;
}

export function variantHash(v: ImageVariant): string {
  const inputs = bundleInputs();
  const h = createHash('sha256').update(v.recipe).update(baseHash()).update(v.extraInputs ?? '').update(inputs.snapshotKey);
  for (const f of inputs.files) h.update(f).update(readFileSync(f));
  for (const sub of ['lib', 'guest']) hashTree(h, join(packageRoot(), 'dist', sub));
  h.update(readFileSync(join(packageRoot(), 'package-lock.json'))); // the bundle holds the npm packages
  return h.digest('hex').slice(0, 16);
}

export function cachedVariant(v: ImageVariant, cache = cacheRoot()): ImageAsset | undefined {
  const dir = join(cache, v.kind, variantHash(v));
  if (!existsSync(join(dir, 'details.json'))) return undefined;
  return { path: join(dir, v.fileName), details: JSON.parse(readFileSync(join(dir, 'details.json'), 'utf8')) as ImageDetails, built: false };
}

// The agent as a service: journal+console so its ready line and JSON logs reach the serial
// console. After DestroySandbox it runs `systemctl poweroff` and exits, and its exit can beat
// systemctl (systemd then kills what is left in the unit's cgroup), so the unit itself powers the
// VM off when the agent ends, cleanly or not: the VM exists only for the agent. It manages the
// containers' cgroups itself, hence Delegate.
const AGENT_SERVICE = `[Unit]
Description=kata-ts agent
Documentation=https://github.com/kata-containers/kata-containers
Wants=chrony.service
After=systemd-tmpfiles-setup.service
SuccessAction=poweroff
FailureAction=poweroff

[Service]
Type=simple
ExecStart=${GUEST_LAUNCHER} --poweroff-on-destroy
StandardOutput=journal+console
StandardError=journal+console
LimitNOFILE=1048576
Delegate=yes
KillMode=mixed

[Install]
WantedBy=${TARGET_UNIT}
`;

// The default target: basic system, the agent and chronyd, nothing else (no getty, no network
// managers), so boot stops as soon as the agent can serve.
const TARGET = `[Unit]
Description=kata-ts guest (the agent and chronyd)
Requires=basic.target
Wants=${AGENT_UNIT} chrony.service
After=basic.target
AllowIsolate=yes
`;

// The root is read-only; systemd and chronyd need a few writable places (PrivateTmp needs /tmp and
// /var/tmp; chrony.service's StateDirectory and LogsDirectory are created at start).
const FSTAB = `# kata-ts guest: the root is /dev/pmem0p1, mounted read-only by the kernel.
tmpfs /tmp tmpfs mode=1777,nosuid,nodev 0 0
tmpfs /var/tmp tmpfs mode=1777,nosuid,nodev 0 0
tmpfs /var/lib/chrony tmpfs mode=0755,nosuid,nodev,noexec 0 0
tmpfs /var/log tmpfs mode=0755,nosuid,nodev,noexec 0 0
`;

// The VM's time comes from the host, never from the network (Debian's default pool is dropped):
// where KVM exposes the host's clock as /dev/ptp0 (CONFIG_PTP_1588_CLOCK_KVM), chronyd follows it
// and steps whenever it is off by more than a second (a resumed VM); under TCG there is no such
// device and the runtime sets the time over the agent (SetGuestDateTime) instead.
export const CHRONY_CONF = `# kata-ts guest: time from the host only.
include /run/chrony-kata/*.conf
driftfile /var/lib/chrony/chrony.drift
makestep 1 -1
`;
export const CHRONY_PTP_REFCLOCK = 'refclock PHC /dev/ptp0 poll 3 dpoll -2 offset 0\n';
// chronyd refuses to start with a refclock whose device is missing, so the line is put in place
// at start only when the device exists ("+": root, outside the unit's sandbox, /run is writable).
export const CHRONY_DROPIN = `[Service]
ExecStartPre=+/bin/sh -c 'mkdir -p /run/chrony-kata && if [ -c /dev/ptp0 ]; then cp /etc/chrony/kata-ptp.conf /run/chrony-kata/ptp.conf; else rm -f /run/chrony-kata/ptp.conf; fi'
`;

function enable(rootfs: string, unit: string, wantedBy: string): void {
  const dir = join(rootfs, 'etc', 'systemd', 'system', `${wantedBy}.wants`);
  mkdirSync(dir, { recursive: true });
  const link = join(dir, unit);
  rmSync(link, { force: true });
  const vendor = ['lib', 'usr/lib'].map((d) => `/${d}/systemd/system/${unit}`).find((p) => existsSync(join(rootfs, p)));
  symlinkSync(vendor ?? `/etc/systemd/system/${unit}`, link);
}

/** Checks in the rootfs itself (chroot) that node finds every shared library it and the addon need. */
export function checkLibraries(rootfs: string): void {
  // The host's environment means nothing inside (e.g. NODE_EXTRA_CA_CERTS naming a host file).
  const env = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C' };
  const missing: string[] = [];
  for (const bin of ['/usr/bin/node', `${GUEST_PREFIX}/build/Release/kata_ts.node`]) {
    const out = execFileSync('chroot', [rootfs, '/usr/bin/ldd', bin], { encoding: 'utf8', env });
    for (const line of out.split('\n')) if (/not found/.test(line)) missing.push(`${bin}: ${line.trim()}`);
  }
  if (missing.length > 0) throw new Error(`image: the rootfs lacks libraries the agent needs (add their packages to BASE_PACKAGES):\n${missing.join('\n')}`);
  // Loading the addon proves the whole chain (libstdc++6, libseccomp2, libcap2) on the guest's glibc.
  execFileSync('chroot', [rootfs, '/usr/bin/node', '-e', `require(${JSON.stringify(`${GUEST_PREFIX}/build/Release/kata_ts.node`)})`], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

/** Documentation and translations are never read in the guest. */
export function dropDocs(rootfs: string): void {
  for (const d of ['usr/share/doc', 'usr/share/man', 'usr/share/info', 'usr/share/locale', 'var/lib/apt/lists']) {
    rmSync(join(rootfs, d), { recursive: true, force: true });
    mkdirSync(join(rootfs, d), { recursive: true });
  }
}

/** Turns a copy of the base into the guest root: agent, units, read-only-root settings. */
function customize(rootfs: string, details: ImageDetails): void {
  details.agentSnapshot = installAgent(rootfs, false);
  checkLibraries(rootfs);
  const sd = join(rootfs, 'etc', 'systemd', 'system');
  writeFileSync(join(sd, AGENT_UNIT), AGENT_SERVICE);
  writeFileSync(join(sd, TARGET_UNIT), TARGET);
  rmSync(join(sd, 'default.target'), { force: true });
  symlinkSync(`/etc/systemd/system/${TARGET_UNIT}`, join(sd, 'default.target'));
  enable(rootfs, AGENT_UNIT, TARGET_UNIT);
  enable(rootfs, 'chrony.service', TARGET_UNIT);
  writeFileSync(join(rootfs, 'etc', 'chrony', 'chrony.conf'), CHRONY_CONF);
  writeFileSync(join(rootfs, 'etc', 'chrony', 'kata-ptp.conf'), CHRONY_PTP_REFCLOCK);
  mkdirSync(join(sd, 'chrony.service.d'), { recursive: true });
  writeFileSync(join(sd, 'chrony.service.d', 'kata-ptp.conf'), CHRONY_DROPIN);
  // Periodic maintenance (apt, dpkg backups, fstrim, e2scrub) has no place in a read-only VM.
  rmSync(join(sd, 'timers.target.wants'), { recursive: true, force: true });
  rmSync(join(sd, 'systemd-firstboot.service'), { force: true });
  symlinkSync('/dev/null', join(sd, 'systemd-firstboot.service'));
  writeFileSync(join(rootfs, 'etc', 'fstab'), FSTAB);
  // Empty: systemd makes a fresh machine id per boot on a read-only root (every VM shares the image).
  writeFileSync(join(rootfs, 'etc', 'machine-id'), '');
  rmSync(join(rootfs, 'var', 'lib', 'dbus', 'machine-id'), { force: true });
  writeFileSync(join(rootfs, 'etc', 'hostname'), 'kata\n');
  dropDocs(rootfs);
  writeDetails(join(rootfs, 'etc', 'kata-ts-guest.json'), details);
}

export async function buildVariant(v: ImageVariant, opts: { cache?: string; kernelConfigHash?: string; log?: Progress; base?: BaseRootfs } = {}): Promise<ImageAsset> {
  const log = opts.log ?? new Progress(v.kind);
  const cache = opts.cache ?? cacheRoot();
  const hit = cachedVariant(v, cache);
  if (hit) {
    log.say(`cached: ${hit.path}`);
    return hit;
  }
  for (const tool of ['mkfs.ext4', 'e2fsck', 'chroot', 'dd']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      throw new Error(`${v.what}: ${tool} is missing (apt-get install e2fsprogs coreutils)`);
    }
  }
  const base = opts.base ?? (await buildBase({ cache }));
  const hash = variantHash(v);
  const root = join(cache, v.kind);
  const release = lockBuildUnlessDone(root, v.what, () => cachedVariant(v, cache) !== undefined);
  if (!release) return cachedVariant(v, cache)!;
  const work = join(root, `.work-${hash}`);
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const rootfs = join(work, 'rootfs');
    log.say(`copying the base rootfs ${base.hash}`);
    execFileSync('cp', ['-a', '--reflink=auto', base.dir, rootfs]);
    const details: ImageDetails = {
      kind: 'image',
      ...(v.init ? { init: v.init } : {}),
      distro: `Debian ${SUITE} (debootstrap minbase: ${base.details.packages.join(', ')}${v.distroNote ?? ''})`,
      agentVersion: JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version as string,
      agentCommit: gitCommit(),
      builtAt: new Date().toISOString(),
      kernelConfigHash: opts.kernelConfigHash,
      inputsHash: hash,
      baseHash: base.hash,
    };
    log.say(v.step);
    v.customize(rootfs, details);
    log.say('making the ext4 filesystem and the disk image');
    const result = join(work, 'result');
    mkdirSync(result);
    const disk = makeDiskImage(rootfs, join(result, v.fileName), join(work, 'rootfs.ext4'), v.label ? { label: v.label } : {});
    Object.assign(details, { bytes: disk.bytes, partitionOffset: disk.partitionOffset, daxDataOffset: disk.daxDataOffset, fsBytes: disk.fsBytes, allocatedBytes: disk.allocatedBytes });
    writeDetails(join(result, 'details.json'), details);
    const dir = join(root, hash);
    rmSync(dir, { recursive: true, force: true });
    renameSync(result, dir);
    const mib = (n: number): string => (n / 1048576).toFixed(1);
    log.say(`built ${join(dir, v.fileName)}: ${mib(disk.bytes)} MiB file, ${mib(disk.allocatedBytes)} MiB allocated, ext4 ${mib(disk.fsBytes)} MiB at ${disk.partitionOffset / 1048576} MiB, in ${log.elapsed()}`);
    return { path: join(dir, v.fileName), details, built: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
    release();
  }
}

/** The systemd image. */
export const SYSTEMD_IMAGE: ImageVariant = { what: 'image', kind: 'image', fileName: IMAGE_NAME, recipe: RECIPE, step: 'adding node, the agent and its systemd units', customize };

export const cachedImage = (cache = cacheRoot()): ImageAsset | undefined => cachedVariant(SYSTEMD_IMAGE, cache);
export const buildImage = (opts: Parameters<typeof buildVariant>[1] = {}): Promise<ImageAsset> => buildVariant(SYSTEMD_IMAGE, opts);
