// The agent-init image: the rootfs image with the agent as PID 1 and no systemd (what Kata's
// osbuilder makes with AGENT_INIT=yes). The same cached Debian base and agent as the systemd image
// (image.ts), but /sbin/init starts the agent, which mounts /proc, /sys, /dev, /run, /tmp and the
// cgroup tree itself, reaps orphans and powers the VM off (guest/agent/init.ts), as it does from
// the initrd. Booted as a read-only DAX nvdimm (root=/dev/pmem0p1, rootflags=dax), Node and the
// agent are read in place from the host's page cache of the image instead of being unpacked into
// guest RAM as the initrd's are. Cached under <cache>/agent-init-image/<hash>. Called by
// guest/build.ts (`npm run guest`), the boot test and the bench.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, lockBuildUnlessDone } from '../common/cache.js';
import { Progress } from '../common/progress.js';
import { GUEST_LAUNCHER, GUEST_PREFIX, bundleInputs, installAgent } from './agent-bundle.js';
import { type BaseRootfs, SUITE, baseHash, buildBase } from './base-rootfs.js';
import { gitCommit, writeDetails } from './details.js';
import { makeDiskImage } from './disk-image.js';
import { type ImageAsset, type ImageDetails, checkLibraries, dropDocs } from './image.js';
import { hashTree } from './initrd.js';
import { packageRoot } from '../../lib/common/package-root.js';

const RECIPE = 'agent-init-image-recipe-2'; // 2: the agent's launcher (snapshot, bundle or modules)
export const AGENT_INIT_IMAGE_NAME = 'kata-containers-agent-init.img';
/** The script the kernel runs as init (/sbin/init points at it). */
export const AGENT_INIT = `${GUEST_PREFIX}/agent-init`;

// Node reads /proc/self/exe as it starts (and the launcher /proc/cmdline), so /proc is mounted
// before it, as the initrd's /init does; the launcher execs node, so the agent is PID 1 and mounts
// the rest. dash and util-linux mount are in minbase.
export const AGENT_INIT_SCRIPT = `#!/bin/sh
# kata-ts agent-init image: the agent is PID 1 (no systemd).
/bin/mount -t proc -o nosuid,nodev,noexec proc /proc
exec ${GUEST_LAUNCHER}
`;

export function agentInitImageHash(): string {
  const h = createHash('sha256').update(RECIPE).update(baseHash()).update(AGENT_INIT_SCRIPT);
  for (const f of bundleInputs().files) h.update(f).update(readFileSync(f));
  for (const sub of ['lib', 'guest']) hashTree(h, join(packageRoot(), 'dist', sub));
  h.update(readFileSync(join(packageRoot(), 'package-lock.json'))); // the bundle holds the npm packages
  return h.digest('hex').slice(0, 16);
}

export function cachedAgentInitImage(cache = cacheRoot()): ImageAsset | undefined {
  const dir = join(cache, 'agent-init-image', agentInitImageHash());
  if (!existsSync(join(dir, 'details.json'))) return undefined;
  return { path: join(dir, AGENT_INIT_IMAGE_NAME), details: JSON.parse(readFileSync(join(dir, 'details.json'), 'utf8')) as ImageDetails, built: false };
}

/** Turns a copy of the base into the agent-init root: the agent, /sbin/init → the agent's script. */
function customizeAgentInit(rootfs: string, details: ImageDetails): void {
  installAgent(rootfs, false);
  checkLibraries(rootfs);
  writeFileSync(join(rootfs, AGENT_INIT), AGENT_INIT_SCRIPT, { mode: 0o755 });
  // /sbin is usr/sbin in Debian's merged /usr; the kernel tries /sbin/init first.
  const init = join(rootfs, 'usr', 'sbin', 'init');
  rmSync(init, { force: true });
  symlinkSync(AGENT_INIT, init);
  // The early mounts' targets, so PID 1 never needs to create a directory on the read-only root.
  for (const d of ['proc', 'sys', 'dev', 'run', 'tmp']) mkdirSync(join(rootfs, d), { recursive: true });
  writeFileSync(join(rootfs, 'etc', 'hostname'), 'kata\n');
  writeFileSync(join(rootfs, 'etc', 'machine-id'), '');
  dropDocs(rootfs);
  writeDetails(join(rootfs, 'etc', 'kata-ts-guest.json'), details);
}

export async function buildAgentInitImage(opts: { cache?: string; kernelConfigHash?: string; log?: Progress; base?: BaseRootfs } = {}): Promise<ImageAsset> {
  const log = opts.log ?? new Progress('agent-init-image');
  const cache = opts.cache ?? cacheRoot();
  const hit = cachedAgentInitImage(cache);
  if (hit) {
    log.say(`cached: ${hit.path}`);
    return hit;
  }
  const base = opts.base ?? (await buildBase({ cache }));
  const hash = agentInitImageHash();
  const root = join(cache, 'agent-init-image');
  const release = lockBuildUnlessDone(root, 'agent-init image', () => cachedAgentInitImage(cache) !== undefined);
  if (!release) return cachedAgentInitImage(cache)!;
  const work = join(root, `.work-${hash}`);
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const rootfs = join(work, 'rootfs');
    log.say(`copying the base rootfs ${base.hash}`);
    execFileSync('cp', ['-a', '--reflink=auto', base.dir, rootfs]);
    const details: ImageDetails = {
      kind: 'image',
      init: 'agent',
      distro: `Debian ${SUITE} (debootstrap minbase: ${base.details.packages.join(', ')}; the agent as init)`,
      agentVersion: JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version as string,
      agentCommit: gitCommit(),
      builtAt: new Date().toISOString(),
      kernelConfigHash: opts.kernelConfigHash,
      inputsHash: hash,
      baseHash: base.hash,
    };
    log.say('adding node and the agent as init');
    customizeAgentInit(rootfs, details);
    log.say('making the ext4 filesystem and the disk image');
    const result = join(work, 'result');
    mkdirSync(result);
    const disk = makeDiskImage(rootfs, join(result, AGENT_INIT_IMAGE_NAME), join(work, 'rootfs.ext4'), { label: 'kata-agent-init' });
    Object.assign(details, { bytes: disk.bytes, partitionOffset: disk.partitionOffset, daxDataOffset: disk.daxDataOffset, fsBytes: disk.fsBytes, allocatedBytes: disk.allocatedBytes });
    writeDetails(join(result, 'details.json'), details);
    const dir = join(root, hash);
    rmSync(dir, { recursive: true, force: true });
    renameSync(result, dir);
    const mib = (n: number): string => (n / 1048576).toFixed(1);
    log.say(`built ${join(dir, AGENT_INIT_IMAGE_NAME)}: ${mib(disk.bytes)} MiB file, ${mib(disk.allocatedBytes)} MiB allocated, in ${log.elapsed()}`);
    return { path: join(dir, AGENT_INIT_IMAGE_NAME), details, built: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
    release();
  }
}
