// kata-ts-kernel: builds the guest kernel from Debian's linux-source-6.1 with allnoconfig plus our
// fragments (guest/osbuilder/kernel/fragments), checks that every requested option survived
// Kconfig, and caches vmlinux, bzImage and the final config under <cache>/kernel/<hash>/, the hash
// covering the source package version, the fragments and this recipe. `npm run guest` calls it; a
// cached kernel is reused without building.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot, hashInputs, lockBuildUnlessDone } from '../common/cache.js';
import { Progress } from '../common/progress.js';
import { type Fragment, checkConfig, describeMismatches, mergeFragments, parseConfig, readFragments } from './fragments.js';
import { packageRoot } from '../../../lib/common/package-root.js';

// Bump when the way the kernel is built changes (make targets, flags), so cached kernels rebuild.
const RECIPE = 'kernel-recipe-1';
const SOURCE_PACKAGE = 'linux-source-6.1';
const SOURCE_TARBALL = '/usr/src/linux-source-6.1.tar.xz';

export interface KernelOptions {
  fragmentsDir?: string;
  /** More fragments after fragmentsDir's (a variant of the guest kernel, e.g. the nested test host's). */
  extraFragmentsDir?: string;
  cache?: string;
  jobs?: number;
  force?: boolean;
  log?: Progress;
}

export interface KernelAssets {
  dir: string;
  vmlinux: string;
  bzImage: string;
  config: string;
  details: KernelDetails;
  built: boolean; // false when it came from the cache
}

export interface KernelDetails {
  source: string;
  sourceVersion: string;
  hash: string;
  configSha256: string;
  fragments: string[];
  builtAt: string;
  buildSeconds: number;
  vmlinuxBytes: number;
  bzImageBytes: number;
}

function sourceVersion(): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', SOURCE_PACKAGE], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(`kernel: ${SOURCE_PACKAGE} is not installed (apt-get install ${SOURCE_PACKAGE}; npm run setup does this)`);
  }
}

/** The guest kernel's fragments, then a variant's (names prefixed with their directory's, so a mismatch names both). */
function variantFragments(fragmentsDir: string, extraDir?: string): Fragment[] {
  const base = readFragments(fragmentsDir);
  if (!extraDir) return base;
  return [...base, ...readFragments(extraDir).map((f) => ({ ...f, file: `${basename(extraDir)}/${f.file}` }))];
}

export function kernelHash(fragmentsDir: string, extraDir?: string): { hash: string; version: string } {
  const version = sourceVersion();
  const fragments = variantFragments(fragmentsDir, extraDir);
  return { hash: hashInputs([RECIPE, SOURCE_PACKAGE, version, ...fragments.flatMap((f) => [f.file, f.text])]), version };
}

function run(cmd: string, args: string[], cwd: string, onLine?: (line: string) => void): Promise<string[]> {
  // Keeps the tail of the output so a failure can show what went wrong.
  const tail: string[] = [];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    const feed = (chunk: Buffer): void => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const l of lines) {
        tail.push(l);
        if (tail.length > 60) tail.shift();
        onLine?.(l);
      }
    };
    child.stdout.on('data', feed);
    child.stderr.on('data', feed);
    child.on('error', (e) => reject(new Error(`${cmd}: ${e.message}`, { cause: e })));
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise(tail);
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}) in ${cwd}; last output:\n${tail.join('\n')}`));
    });
  });
}

async function extractSource(srcRoot: string, version: string, log: Progress): Promise<string> {
  const dir = join(srcRoot, version);
  const tree = join(dir, 'linux-source-6.1');
  if (existsSync(join(dir, '.extracted'))) return tree;
  if (!existsSync(SOURCE_TARBALL)) throw new Error(`kernel: ${SOURCE_TARBALL} is missing (apt-get install --reinstall ${SOURCE_PACKAGE})`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log.say(`extracting ${SOURCE_TARBALL} (${SOURCE_PACKAGE} ${version}) once into ${dir}`);
  await run('tar', ['-xf', SOURCE_TARBALL, '-C', dir], dir);
  writeFileSync(join(dir, '.extracted'), version);
  return tree;
}

export function cachedKernel(opts: KernelOptions = {}): KernelAssets | undefined {
  const fragmentsDir = opts.fragmentsDir ?? join(packageRoot(), 'guest', 'osbuilder', 'kernel', 'fragments');
  const { hash } = kernelHash(fragmentsDir, opts.extraFragmentsDir);
  const dir = join(opts.cache ?? cacheRoot(), 'kernel', hash);
  return existsSync(join(dir, 'details.json')) ? assetsIn(dir, false) : undefined;
}

function assetsIn(dir: string, built: boolean): KernelAssets {
  const details = JSON.parse(readFileSync(join(dir, 'details.json'), 'utf8')) as KernelDetails;
  return { dir, vmlinux: join(dir, 'vmlinux'), bzImage: join(dir, 'bzImage'), config: join(dir, 'config'), details, built };
}

export async function buildKernel(opts: KernelOptions = {}): Promise<KernelAssets> {
  const log = opts.log ?? new Progress('kernel');
  const fragmentsDir = opts.fragmentsDir ?? join(packageRoot(), 'guest', 'osbuilder', 'kernel', 'fragments');
  const fragments = variantFragments(fragmentsDir, opts.extraFragmentsDir);
  const allconfig = mergeFragments(fragments);
  const { hash, version } = kernelHash(fragmentsDir, opts.extraFragmentsDir);
  const root = join(opts.cache ?? cacheRoot(), 'kernel');
  const dir = join(root, hash);
  if (!opts.force && existsSync(join(dir, 'details.json'))) {
    log.say(`cached: ${dir}`);
    return assetsIn(dir, false);
  }
  const release = lockBuildUnlessDone(root, 'kernel', () => !opts.force && existsSync(join(dir, 'details.json')));
  if (!release) {
    log.say(`built meanwhile by the build this one waited for: ${dir}`);
    return assetsIn(dir, false);
  }
  const out = join(root, `build-${hash}`);
  const started = Date.now();
  try {
    const tree = await extractSource(join(root, 'src'), version, log);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const allconfigPath = join(out, 'fragments.config');
    writeFileSync(allconfigPath, allconfig);
    const make = ['-C', tree, `O=${out}`, 'ARCH=x86_64'];
    log.say(`configuring: allnoconfig + ${fragments.length} fragments from ${fragmentsDir}${opts.extraFragmentsDir ? ` and ${opts.extraFragmentsDir}` : ''}`);
    await run('make', [...make, `KCONFIG_ALLCONFIG=${allconfigPath}`, 'allnoconfig'], out);
    const finalConfig = readFileSync(join(out, '.config'), 'utf8');
    const missing = checkConfig(fragments, parseConfig(finalConfig, join(out, '.config')));
    if (missing.length > 0) {
      throw new Error(`kernel: ${missing.length} option(s) the fragments ask for are not in the final config (a dependency is missing):\n${describeMismatches(missing)}`);
    }
    const jobs = opts.jobs ?? cpus().length;
    log.say(`compiling vmlinux and bzImage with ${jobs} jobs (a cold build takes 10-30 minutes on 2 cores)`);
    let steps = 0;
    await run('make', [...make, `-j${jobs}`, 'vmlinux', 'bzImage'], out, (line) => {
      if (/^\s+(CC|AS|LD|AR|HOSTCC|OBJCOPY)\s/.test(line)) {
        steps++;
        log.tick(`${steps} build steps done, now ${line.trim().replace(/\s+/, ' ')}`);
      }
    });
    const tmp = join(root, `.tmp-${hash}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp);
    copyFileSync(join(out, 'vmlinux'), join(tmp, 'vmlinux'));
    copyFileSync(join(out, 'arch', 'x86', 'boot', 'bzImage'), join(tmp, 'bzImage'));
    writeFileSync(join(tmp, 'config'), finalConfig);
    const details: KernelDetails = {
      source: SOURCE_PACKAGE,
      sourceVersion: version,
      hash,
      configSha256: hashInputs([finalConfig]),
      fragments: fragments.map((f) => f.file),
      builtAt: new Date().toISOString(),
      buildSeconds: Math.round((Date.now() - started) / 1000),
      vmlinuxBytes: statSync(join(tmp, 'vmlinux')).size,
      bzImageBytes: statSync(join(tmp, 'bzImage')).size,
    };
    writeFileSync(join(tmp, 'details.json'), JSON.stringify(details, null, 2) + '\n');
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir); // the cache entry appears whole or not at all
    log.say(`built in ${log.elapsed()}: ${dir} (bzImage ${(details.bzImageBytes / 1048576).toFixed(1)} MiB)`);
    return assetsIn(dir, true);
  } finally {
    rmSync(out, { recursive: true, force: true }); // objects are not kept: the cache holds the results
    release();
  }
}

const USAGE = `Usage: kata-ts-kernel [--force] [--jobs N] [--cache DIR] [--print-dir]

Builds the kata-ts guest kernel (Linux 6.1 from Debian's linux-source-6.1, allnoconfig plus the
fragments in guest/osbuilder/kernel/fragments) or reuses the cached build with the same inputs.

  --force       rebuild even when a cached kernel matches
  --jobs N      parallel make jobs (default: number of CPUs)
  --cache DIR   cache root (default: $KATA_TS_CACHE or /var/cache/kata-ts)
  --print-dir   print the cache directory of a matching kernel and exit (1 when none is cached)
  --help        this text
`;

async function main(argv: string[]): Promise<number> {
  const opts: KernelOptions = {};
  let printDir = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE);
      return 0;
    } else if (a === '--force') opts.force = true;
    else if (a === '--print-dir') printDir = true;
    else if (a === '--jobs' || a === '--cache') {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n\n${USAGE}`);
      if (a === '--jobs') {
        opts.jobs = Number(v);
        if (!Number.isInteger(opts.jobs) || opts.jobs < 1) throw new Error(`--jobs: not a positive integer: ${v}`);
      } else opts.cache = v;
    } else throw new Error(`unknown argument: ${a}\n\n${USAGE}`);
  }
  if (printDir) {
    const k = cachedKernel(opts);
    if (!k) return 1;
    process.stdout.write(`${k.dir}\n`);
    return 0;
  }
  await buildKernel(opts);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: Error) => {
      process.stderr.write(`kata-ts-kernel: ${e.message}\n`);
      process.exit(1);
    },
  );
}
