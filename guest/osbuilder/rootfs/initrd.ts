// The initrd: a zstd-compressed newc cpio whose /init makes the agent PID 1. It holds only what
// the agent needs — Node and its libraries, the agent, the addon, the legacy iptables tools — plus
// busybox-static for the debug console and the two-line /init. Cached under <cache>/initrd/<hash>, the hash covering
// every file that goes in, so a changed agent gives a new initrd.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, lockBuildUnlessDone } from '../common/cache.js';
import { Progress } from '../common/progress.js';
import { GUEST_LAUNCHER, bundleInputs, installAgent } from './agent-bundle.js';
import { type GuestDetails, gitCommit, writeDetails } from './details.js';
import { installIptables, iptablesFiles } from './iptables-files.js';
import { packageRoot } from '../../../lib/common/package-root.js';

const RECIPE = 'initrd-recipe-3'; // 3: the agent's bundle, snapshot and launcher
const BUSYBOX = '/bin/busybox';
export const INITRD_NAME = 'kata-containers-initrd.img';

export function hashTree(h: ReturnType<typeof createHash>, dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) hashTree(h, p);
    else if (e.isFile() && !e.name.endsWith('.map')) h.update(p.slice(packageRoot().length)).update(readFileSync(p));
  }
}

export function initrdHash(): string {
  const inputs = bundleInputs();
  const h = createHash('sha256').update(RECIPE).update(inputs.snapshotKey);
  for (const f of [...inputs.files, ...iptablesFiles(), BUSYBOX]) h.update(f).update(readFileSync(f));
  for (const sub of ['lib', 'guest']) hashTree(h, join(packageRoot(), 'dist', sub));
  h.update(readFileSync(join(packageRoot(), 'package-lock.json'))); // the bundle holds the npm packages
  return h.digest('hex').slice(0, 16);
}

export interface InitrdAsset {
  path: string;
  details: GuestDetails;
  built: boolean;
}

export function cachedInitrd(cache = cacheRoot()): InitrdAsset | undefined {
  const dir = join(cache, 'initrd', initrdHash());
  if (!existsSync(join(dir, 'details.json'))) return undefined;
  return { path: join(dir, INITRD_NAME), details: JSON.parse(readFileSync(join(dir, 'details.json'), 'utf8')) as GuestDetails, built: false };
}

export function buildInitrd(opts: { cache?: string; kernelConfigHash?: string; log?: Progress } = {}): InitrdAsset {
  const log = opts.log ?? new Progress('initrd');
  const cache = opts.cache ?? cacheRoot();
  const hit = cachedInitrd(cache);
  if (hit) {
    log.say(`cached: ${hit.path}`);
    return hit;
  }
  if (!existsSync(BUSYBOX)) throw new Error(`initrd: ${BUSYBOX} is missing (apt-get install busybox-static)`);
  const hash = initrdHash();
  const root = join(cache, 'initrd');
  const release = lockBuildUnlessDone(root, 'initrd', () => cachedInitrd(cache) !== undefined);
  if (!release) return cachedInitrd(cache)!;
  const work = join(root, `.work-${hash}`);
  try {
    rmSync(work, { recursive: true, force: true });
    const rootfs = join(work, 'rootfs');
    for (const d of ['bin', 'sbin', 'dev', 'proc', 'sys', 'run', 'tmp', 'etc', 'root']) mkdirSync(join(rootfs, d), { recursive: true });
    log.say('collecting node, the agent, the addon and their libraries');
    const agentSnapshot = installAgent(rootfs, true);
    log.say('adding iptables (legacy) for the agent\'s GetIPTables/SetIPTables');
    installIptables(rootfs);
    copyFileSync(BUSYBOX, join(rootfs, 'bin', 'busybox'));
    chmodSync(join(rootfs, 'bin', 'busybox'), 0o755);
    for (const applet of execFileSync(BUSYBOX, ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
      const p = join(rootfs, 'bin', applet);
      if (!existsSync(p)) symlinkSync('busybox', p);
    }
    // The kernel opens /dev/console for init's stdio before anything can mount devtmpfs.
    execFileSync('mknod', ['-m', '600', join(rootfs, 'dev', 'console'), 'c', '5', '1']);
    writeFileSync(join(rootfs, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
    writeFileSync(join(rootfs, 'etc', 'group'), 'root:x:0:\n');
    // Node reads /proc/self/exe at start-up (and the launcher /proc/cmdline), so /proc comes before
    // the agent; the agent mounts the rest. The launcher execs node: the agent stays PID 1.
    writeFileSync(join(rootfs, 'init'), `#!/bin/busybox sh\n/bin/busybox mount -t proc proc /proc\nexec ${GUEST_LAUNCHER}\n`, { mode: 0o755 });
    const details: GuestDetails = {
      kind: 'initrd',
      distro: 'Debian bookworm (host files: node, glibc; busybox-static)',
      agentVersion: JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version as string,
      agentCommit: gitCommit(),
      builtAt: new Date().toISOString(),
      kernelConfigHash: opts.kernelConfigHash,
      inputsHash: hash,
      agentSnapshot,
    };
    writeDetails(join(rootfs, 'etc', 'kata-ts-guest.json'), details);
    log.say('packing the cpio (zstd)');
    const out = join(work, INITRD_NAME);
    execFileSync('sh', ['-c', `cd "${rootfs}" && find . | LC_ALL=C sort | cpio -o -H newc --quiet | zstd -q -10 -T0 -o "${out}"`], { stdio: ['ignore', 'inherit', 'inherit'] });
    details.bytes = statSync(out).size;
    const dir = join(root, hash);
    const tmp = join(work, 'result');
    mkdirSync(tmp);
    renameSync(out, join(tmp, INITRD_NAME));
    writeDetails(join(tmp, 'details.json'), details);
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    log.say(`built ${join(dir, INITRD_NAME)} (${(details.bytes / 1048576).toFixed(1)} MiB) in ${log.elapsed()}`);
    return { path: join(dir, INITRD_NAME), details, built: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
    release();
  }
}
