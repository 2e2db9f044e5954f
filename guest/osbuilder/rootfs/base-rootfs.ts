// The Debian base of the guest image: debootstrap (variant minbase) of bookworm with systemd,
// chrony and the libraries the agent links against. Downloading and unpacking takes minutes, so
// the result is cached as a directory under <cache>/rootfs-base/<hash>, the hash covering the
// suite, the package list and this recipe. Called by image.ts, which copies it before adding the
// agent, so the cached tree is never modified.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, hashInputs, lockBuildUnlessDone } from '../common/cache.js';
import { Progress } from '../common/progress.js';

const RECIPE = 'rootfs-base-recipe-1';
export const SUITE = 'bookworm';
export const MIRROR = 'http://deb.debian.org/debian';
const DEBOOTSTRAP = '/usr/sbin/debootstrap';
// Only what the agent (node: libstdc++6; the addon: libseccomp2, libcap2; GetIPTables/SetIPTables:
// iptables), systemd, chrony and a debug shell (bash, coreutils: already in minbase) need. No udev: the guest's devices are all
// known at boot and devtmpfs names them.
export const BASE_PACKAGES: readonly string[] = ['systemd', 'systemd-sysv', 'chrony', 'libseccomp2', 'libcap2', 'libstdc++6', 'iptables'];

export interface BaseRootfs {
  /** The unpacked tree; read-only by convention. */
  dir: string;
  hash: string;
  details: BaseDetails;
  built: boolean;
}

export interface BaseDetails {
  suite: string;
  mirror: string;
  packages: string[];
  builtAt: string;
  debootstrapSeconds: number;
}

export function baseHash(packages: readonly string[] = BASE_PACKAGES, suite = SUITE): string {
  return hashInputs([RECIPE, suite, 'amd64', 'minbase', ...[...packages].sort()]);
}

export interface BaseOptions {
  cache?: string;
  log?: Progress;
  /** Only tests change these; the image is built from the defaults. */
  suite?: string;
  packages?: readonly string[];
}

export function cachedBase(cache = cacheRoot(), suite = SUITE, packages: readonly string[] = BASE_PACKAGES): BaseRootfs | undefined {
  const hash = baseHash(packages, suite);
  const dir = join(cache, 'rootfs-base', hash);
  if (!existsSync(join(dir, 'details.json'))) return undefined;
  return { dir: join(dir, 'rootfs'), hash, details: JSON.parse(readFileSync(join(dir, 'details.json'), 'utf8')) as BaseDetails, built: false };
}

/** Runs debootstrap, showing its stage lines ("I: Retrieving ...", "I: Unpacking ...") as progress. */
function debootstrap(target: string, suite: string, packages: readonly string[], log: Progress): Promise<void> {
  const args = ['--variant=minbase', `--include=${packages.join(',')}`, '--arch=amd64', suite, target, MIRROR];
  log.say(`debootstrap ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(DEBOOTSTRAP, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let tail: string[] = [];
    const verbs = new Set<string>();
    const onLine = (line: string): void => {
      tail = [...tail.slice(-19), line];
      const m = /^([IWE]): (\S+)/.exec(line);
      if (!m) return;
      // The first line with a verb starts a stage; per-package lines of a seen stage only tick.
      if (m[1] !== 'I' || !verbs.has(m[2]!)) {
        verbs.add(m[2]!);
        log.say(line);
      } else log.tick(line);
    };
    let buf = '';
    const onData = (b: Buffer): void => {
      buf += b.toString('utf8');
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) onLine(l);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`debootstrap failed (${signal ?? `exit ${code}`}); its last lines:\n${tail.join('\n')}${existsSync(join(target, 'debootstrap', 'debootstrap.log')) ? `\nsee ${join(target, 'debootstrap', 'debootstrap.log')}` : ''}`));
    });
  });
}

export async function buildBase(opts: BaseOptions = {}): Promise<BaseRootfs> {
  const log = opts.log ?? new Progress('rootfs-base');
  const cache = opts.cache ?? cacheRoot();
  const suite = opts.suite ?? SUITE;
  const packages = opts.packages ?? BASE_PACKAGES;
  if (!/^[a-z][a-z0-9-]*$/.test(suite)) throw new Error(`rootfs-base: bad suite name ${JSON.stringify(suite)}`);
  const badPackage = packages.find((p) => !/^[a-z0-9][a-z0-9+.-]+$/.test(p));
  if (badPackage !== undefined) throw new Error(`rootfs-base: bad package name ${JSON.stringify(badPackage)}`);
  const hit = cachedBase(cache, suite, packages);
  if (hit) {
    log.say(`cached: ${hit.dir}`);
    return hit;
  }
  if (!existsSync(DEBOOTSTRAP)) throw new Error(`rootfs-base: ${DEBOOTSTRAP} is missing (apt-get install debootstrap)`);
  const hash = baseHash(packages, suite);
  const root = join(cache, 'rootfs-base');
  const release = lockBuildUnlessDone(root, 'rootfs-base', () => cachedBase(cache, suite, packages) !== undefined);
  if (!release) return cachedBase(cache, suite, packages)!;
  const work = join(root, `.work-${hash}`);
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const started = Date.now();
    await debootstrap(join(work, 'rootfs'), suite, packages, log);
    // Downloaded .debs are not part of the guest.
    rmSync(join(work, 'rootfs', 'var', 'cache', 'apt', 'archives'), { recursive: true, force: true });
    mkdirSync(join(work, 'rootfs', 'var', 'cache', 'apt', 'archives', 'partial'), { recursive: true });
    const details: BaseDetails = {
      suite,
      mirror: MIRROR,
      packages: [...packages],
      builtAt: new Date().toISOString(),
      debootstrapSeconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(join(work, 'details.json'), JSON.stringify(details, null, 2) + '\n');
    const dir = join(root, hash);
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
    log.say(`built ${dir} in ${log.elapsed()}`);
    return { dir: join(dir, 'rootfs'), hash, details, built: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
    release();
  }
}
