// What the agent needs inside the guest, collected from this checkout and the host: the Node
// binary with the shared libraries it and the addon link against (ldd; the host is Debian
// bookworm like the guest), the compiled agent and library code, the addon, and the npm packages
// the agent imports at run time. Installed under /usr/lib/kata-ts in the rootfs with the same
// layout as the package, so the addon loader and relative imports work unchanged; beside it, in
// /usr/lib/kata-ts/agent, the agent as one bundle and as a V8 snapshot (agent-snapshot.ts) and the
// launcher that picks one of the three (agent-launcher.ts). The initrd's /init and the image's
// unit start GUEST_LAUNCHER.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../../lib/common/package-root.js';
import { DEFAULT_START_MODE, LAUNCHER_NAME, type StartMode, launcherScript } from './agent-launcher.js';
import { BLOB_NAME, BUNDLE_NAME, STAMP_NAME, buildAgentStart } from './agent-snapshot.js';

export const GUEST_PREFIX = '/usr/lib/kata-ts';
export const GUEST_AGENT = `${GUEST_PREFIX}/dist/guest/agent/main.js`;
/** The bundle, the snapshot and the launcher. */
export const GUEST_AGENT_DIR = `${GUEST_PREFIX}/agent`;
/** What starts the agent in the guest (arguments go to the agent). */
export const GUEST_LAUNCHER = `${GUEST_AGENT_DIR}/${LAUNCHER_NAME}`;
// Packages the agent imports at run time (the rest of package.json's dependencies serve the host);
// prom-client is imported only by GetMetrics, the OpenTelemetry packages only with agent.trace.
const AGENT_PACKAGES = [
  'protobufjs',
  'prom-client',
  '@opentelemetry/api',
  '@opentelemetry/core',
  '@opentelemetry/resources',
  '@opentelemetry/sdk-trace-base',
  '@opentelemetry/otlp-transformer',
  '@opentelemetry/context-async-hooks',
];

/** Shared libraries a binary needs, as absolute host paths (ldd), the loader included. */
export function sharedLibraries(binary: string): string[] {
  const out = execFileSync('ldd', [binary], { encoding: 'utf8' });
  const libs = new Set<string>();
  for (const line of out.split('\n')) {
    const m = /=>\s*(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (m) libs.add(m[1]!);
  }
  return [...libs].sort();
}

/** The npm packages a list of packages needs, following dependencies (node_modules layout). */
export function packageClosure(names: readonly string[], root = packageRoot()): string[] {
  const seen = new Set<string>();
  const visit = (name: string, from: string): void => {
    const nested = join(from, 'node_modules', name);
    const dir = existsSync(nested) ? nested : join(root, 'node_modules', name);
    if (!existsSync(join(dir, 'package.json'))) throw new Error(`npm package ${name} is not installed (needed by the agent); run npm ci`);
    if (seen.has(dir)) return;
    seen.add(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dir);
  };
  for (const n of names) visit(n, root);
  return [...seen].sort();
}

export interface BundleInputs {
  node: string;
  addon: string;
  /** Every host file that goes into the guest, for hashing. */
  files: string[];
}

export function bundleInputs(): BundleInputs {
  const node = realpathSync(process.execPath);
  const addon = join(packageRoot(), 'build', 'Release', 'kata_ts.node');
  if (!existsSync(addon)) throw new Error(`the addon ${addon} is not built; run npm run build`);
  if (!existsSync(join(packageRoot(), 'dist', 'guest', 'agent', 'main.js'))) throw new Error('the agent is not compiled; run npm run build');
  const libs = [...new Set([...sharedLibraries(node), ...sharedLibraries(addon)])];
  return { node, addon, files: [node, addon, ...libs] };
}

/**
 * Copies the agent and what it needs into rootfs (a directory that becomes / in the guest),
 * with the launcher whose default start mode is `startMode`.
 */
export function installAgent(rootfs: string, withLibraries: boolean, startMode: StartMode = DEFAULT_START_MODE): void {
  const { node, addon } = bundleInputs();
  const prefix = join(rootfs, GUEST_PREFIX);
  mkdirSync(join(prefix, 'build', 'Release'), { recursive: true });
  mkdirSync(join(rootfs, 'usr', 'bin'), { recursive: true });
  cpSync(node, join(rootfs, 'usr', 'bin', 'node'));
  cpSync(addon, join(prefix, 'build', 'Release', 'kata_ts.node'));
  cpSync(join(packageRoot(), 'package.json'), join(prefix, 'package.json'));
  for (const sub of ['lib', 'guest']) {
    cpSync(join(packageRoot(), 'dist', sub), join(prefix, 'dist', sub), { recursive: true, filter: (src) => !src.endsWith('.map') && !src.includes('/dist/test/') });
  }
  for (const dir of packageClosure(AGENT_PACKAGES)) {
    cpSync(dir, join(prefix, dir.slice(packageRoot().length + 1)), { recursive: true, dereference: true });
  }
  const start = buildAgentStart();
  const agentDir = join(rootfs, GUEST_AGENT_DIR);
  mkdirSync(agentDir, { recursive: true });
  for (const [from, name] of [[start.bundle, BUNDLE_NAME], [start.blob, BLOB_NAME], [start.stamp, STAMP_NAME]] as const) cpSync(from, join(agentDir, name));
  writeFileSync(join(rootfs, GUEST_LAUNCHER), launcherScript({ root: GUEST_PREFIX, dir: GUEST_AGENT_DIR, node: '/usr/bin/node', defaultMode: startMode }), { mode: 0o755 });
  if (withLibraries) {
    for (const lib of [...new Set([...sharedLibraries(node), ...sharedLibraries(addon)])]) {
      const dest = join(rootfs, lib);
      mkdirSync(dirname(dest), { recursive: true });
      cpSync(realpathSync(lib), dest);
    }
  }
}
