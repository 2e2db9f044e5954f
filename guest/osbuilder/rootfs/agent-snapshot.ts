// The agent as one file and as a V8 startup snapshot, so the guest does not load and compile some
// hundred modules at every boot: esbuild bundles the compiled agent (dist/guest/agent/bundle-main.js)
// and its npm packages into kata-agent.cjs, and `node --build-snapshot` runs it once and saves the
// heap as kata-agent.blob. A blob loads only where node computes the V8 tag it was built with, and
// that tag covers the CPU (docs/architecture.md, "How the agent starts"). This module makes the
// bundle and a blob for *this host* (host tests, the bench's host rows), proven by booting it here
// (`-- --self-check`); the blob the guest carries is made inside a VM by guest-snapshot.ts. Each blob
// has a stamp (kata-agent.blob.stamp: the node binary's and the blob's sizes, the CPU signature and
// V8 tag it was proven with), which the launcher (agent-launcher.ts) checks before using the blob.
// Cached under <cache>/agent-start/<hash>, the hash covering node, the compiled code and the npm
// lock. Called by installAgent (agent-bundle.ts) for the initrd and the image, and by tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cacheRoot, lockBuildUnlessDone } from '../common/cache.js';
import { cpuSignature } from './cpu-signature.js';
import { packageRoot } from '../../../lib/common/package-root.js';

const RECIPE = 'agent-start-recipe-3'; // 3: the stamp records the CPU signature and V8 tag
export const BUNDLE_NAME = 'kata-agent.cjs';
export const BLOB_NAME = 'kata-agent.blob';
export const STAMP_NAME = 'kata-agent.blob.stamp';
/**
 * V8 flags the blob is built, checked and started with. Node refuses a snapshot whose V8 cached-data
 * tag differs from its own, and the tag covers the CPU features V8 detects: a blob built where AVX2
 * or SSE4 exist does not load under a guest CPU model without them (QEMU's qemu64 or Nehalem, a KVM
 * host of another generation), and node exits before any JavaScript runs — as PID 1, a kernel
 * panic, which the launcher's stamp check cannot foresee. With V8's optional x86-64 features off
 * at both ends the tag is the baseline's, the same on every x86-64 CPU. The agent's JIT code loses
 * the newer instructions; its start measured no slower (docs/architecture.md).
 */
export const SNAPSHOT_V8_FLAGS: readonly string[] = ['sse3', 'ssse3', 'sse4-1', 'sse4-2', 'sahf', 'avx', 'avx2', 'fma3', 'bmi1', 'bmi2', 'lzcnt', 'popcnt'].map((f) => `--no-enable-${f}`);

/** node's arguments before the agent's own to start from `blob`. */
export function snapshotArgs(blob: string): string[] {
  return [...SNAPSHOT_V8_FLAGS, '--snapshot-blob', blob, '--'];
}

/** bundle-main.ts's SELF_CHECK (not imported: importing that module starts an agent). */
export const SELF_CHECK = '--self-check';

export interface AgentStartFiles {
  dir: string;
  bundle: string;
  blob: string;
  stamp: string;
  bundleBytes: number;
  blobBytes: number;
  /** The build's boot of the blob: node's time origin → deserialise main, on the build host. */
  selfCheckMs: number;
}

/** What the launcher compares before it starts node with the blob (key=value lines). */
export interface SnapshotStamp {
  node_bytes: number;
  blob_bytes: number;
  node_version: string;
  /** The CPU the blob was proven on (cpu-signature.ts); the launcher starts it only on one alike. */
  cpu_signature: string;
  /** V8's cached-data tag the blob carries, as node reported it when the blob loaded (hex). */
  v8_tag: string;
  /** Where it was proven: `host`, or `vm:ACCEL:CPU MODEL:QEMU VERSION` (guest-snapshot.ts). */
  proven_on: string;
}

const STAMP_KEYS: ReadonlyArray<keyof SnapshotStamp> = ['node_bytes', 'blob_bytes', 'node_version', 'cpu_signature', 'v8_tag', 'proven_on'];

export function formatStamp(s: SnapshotStamp): string {
  for (const k of STAMP_KEYS) if (/[\n=]/.test(String(s[k]))) throw new Error(`agent-start: stamp field ${k} ${JSON.stringify(s[k])} has a newline or "="`);
  return STAMP_KEYS.map((k) => `${k}=${s[k]}\n`).join('');
}

/** A stamp's fields; throws naming the first one missing or malformed. */
export function parseStamp(text: string): SnapshotStamp {
  const raw = new Map<string, string>();
  for (const line of text.split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) raw.set(line.slice(0, i), line.slice(i + 1));
  }
  const get = (k: keyof SnapshotStamp): string => {
    const v = raw.get(k);
    if (v === undefined || v === '') throw new Error(`agent-start: the snapshot stamp has no ${k}`);
    return v;
  };
  const bytes = (k: 'node_bytes' | 'blob_bytes'): number => {
    const n = Number(get(k));
    if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`agent-start: the snapshot stamp's ${k} is not a size: ${JSON.stringify(raw.get(k))}`);
    return n;
  };
  return {
    node_bytes: bytes('node_bytes'), blob_bytes: bytes('blob_bytes'), node_version: get('node_version'),
    cpu_signature: get('cpu_signature'), v8_tag: get('v8_tag'), proven_on: get('proven_on'),
  };
}

function hashTree(h: ReturnType<typeof createHash>, dir: string): void {
  const entries = execFileSync('find', [dir, '-type', 'f', '-name', '*.js'], { encoding: 'utf8' }).split('\n').filter(Boolean).sort();
  for (const f of entries) h.update(f.slice(dir.length)).update(readFileSync(f));
}

export function agentStartHash(node = realpathSync(process.execPath)): string {
  const root = packageRoot();
  const h = createHash('sha256').update(RECIPE).update(node).update(readFileSync(node));
  h.update(readFileSync(join(root, 'package-lock.json')));
  for (const sub of ['lib/common', 'guest/agent']) hashTree(h, join(root, 'dist', sub));
  return h.digest('hex').slice(0, 16);
}

function filesIn(dir: string, selfCheckMs: number): AgentStartFiles {
  const bundle = join(dir, BUNDLE_NAME);
  const blob = join(dir, BLOB_NAME);
  return { dir, bundle, blob, stamp: join(dir, STAMP_NAME), bundleBytes: statSync(bundle).size, blobBytes: statSync(blob).size, selfCheckMs };
}

export function cachedAgentStart(cache = cacheRoot()): AgentStartFiles | undefined {
  const dir = join(cache, 'agent-start', agentStartHash());
  if (!existsSync(join(dir, 'details.json'))) return undefined;
  const d = JSON.parse(readFileSync(join(dir, 'details.json'), 'utf8')) as { selfCheckMs: number };
  return filesIn(dir, d.selfCheckMs);
}

/** esbuild: the compiled agent and its npm packages as one CommonJS file (what a snapshot needs). */
function bundle(outfile: string): void {
  const entry = join(packageRoot(), 'dist', 'guest', 'agent', 'bundle-main.js');
  if (!existsSync(entry)) throw new Error(`agent-start: ${entry} is missing; run npm run build`);
  let esbuild: typeof import('esbuild');
  try {
    esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  } catch (e) {
    throw new Error(`agent-start: esbuild (a dev dependency) is not installed: run npm ci (${(e as Error).message})`);
  }
  esbuild.buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    // Every module of the bundle shares the bundle's own URL (the addon loader only needs a base
    // for createRequire; the package root comes from KATA_TS_PACKAGE_ROOT), and main.ts learns
    // that it is not the program.
    define: { 'import.meta.url': 'KATA_AGENT_BUNDLE_URL', KATA_AGENT_BUNDLE: 'true' },
    banner: { js: '"use strict";\nvar KATA_AGENT_BUNDLE_URL = require("node:url").pathToFileURL(__filename).href;' },
  });
}

function run(node: string, args: string[], what: string): string {
  // The package root gives the snapshot the agent's version (read at module load, kept in the heap).
  const r = spawnSync(node, args, { encoding: 'utf8', env: { ...process.env, KATA_TS_PACKAGE_ROOT: packageRoot() }, timeout: 120000 });
  if (r.status !== 0) throw new Error(`agent-start: ${what} failed (${r.signal ?? `exit ${r.status}`}): ${node} ${args.join(' ')}\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

export interface SelfCheck {
  /** node's time origin → deserialise main, in ms. */
  ms: number;
  /** V8's cached-data tag of the node that loaded the blob (which is the blob's), hex. */
  v8Tag: string;
}

/** The self-check line bundle-main.ts prints, parsed; undefined when `out` has none. */
export function parseSelfCheck(out: string): SelfCheck | undefined {
  const m = /deserialised with node \S+ in (\d+) ms \(v8 tag ([0-9a-f]+)\)/.exec(out);
  return m ? { ms: Number(m[1]), v8Tag: m[2]! } : undefined;
}

/** Boots the blob once with `node` on this host. */
export function selfCheck(node: string, blob: string): SelfCheck {
  const out = run(node, [...snapshotArgs(blob), SELF_CHECK], `boot test of the snapshot ${blob}`);
  const r = parseSelfCheck(out);
  if (!r) throw new Error(`agent-start: the snapshot ${blob} booted but did not report its self-check: ${out}`);
  return r;
}

/** Builds (or reuses) the bundle, the blob and its stamp for the node binary that runs this. */
export function buildAgentStart(opts: { cache?: string; say?: (line: string) => void } = {}): AgentStartFiles {
  const cache = opts.cache ?? cacheRoot();
  const say = opts.say ?? ((line: string) => process.stderr.write(`agent-start: ${line}\n`));
  const hit = cachedAgentStart(cache);
  if (hit) return hit;
  const node = realpathSync(process.execPath);
  const hash = agentStartHash(node);
  const root = join(cache, 'agent-start');
  const release = lockBuildUnlessDone(root, 'agent-start', () => cachedAgentStart(cache) !== undefined);
  if (!release) return cachedAgentStart(cache)!;
  const work = join(root, `.work-${hash}`);
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const bundleFile = join(work, BUNDLE_NAME);
    const blob = join(work, BLOB_NAME);
    say('bundling the agent (esbuild)');
    bundle(bundleFile);
    say(`building the V8 startup snapshot with ${node} (${process.version})`);
    run(node, [...SNAPSHOT_V8_FLAGS, '--snapshot-blob', blob, '--build-snapshot', bundleFile], 'node --build-snapshot');
    const check = selfCheck(node, blob);
    const selfCheckMs = check.ms;
    writeFileSync(join(work, STAMP_NAME), formatStamp({
      node_bytes: statSync(node).size, blob_bytes: statSync(blob).size, node_version: process.version,
      cpu_signature: cpuSignature(readFileSync('/proc/cpuinfo', 'utf8')), v8_tag: check.v8Tag, proven_on: 'host',
    }));
    writeFileSync(join(work, 'details.json'), JSON.stringify({ node, nodeVersion: process.version, selfCheckMs, builtAt: new Date().toISOString() }, null, 2) + '\n');
    const dir = join(root, hash);
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
    const files = filesIn(dir, selfCheckMs);
    say(`bundle ${(files.bundleBytes / 1048576).toFixed(1)} MiB, snapshot ${(files.blobBytes / 1048576).toFixed(1)} MiB; the snapshot boots (${selfCheckMs} ms on this host)`);
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
    release();
  }
}
