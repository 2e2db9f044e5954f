// What the agent needs inside the guest, collected from this checkout and the host: the Node
// binary with the shared libraries it and the addon link against (ldd; the host is Debian
// bookworm like the guest), the compiled agent and library code, the addon, and the npm packages
// the agent imports at run time. Installed under /usr/lib/kata-ts in the rootfs with the same
// layout as the package, so the addon loader and relative imports work unchanged; beside it, in
// /usr/lib/kata-ts/agent, the agent as one bundle (agent-snapshot.ts), as a V8 snapshot built in a
// VM with the guest's CPU (guest-snapshot.ts), and the launcher that picks one of the three
// (agent-launcher.ts). The initrd's /init and the image's
// unit start GUEST_LAUNCHER.
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../../../lib/common/package-root.js';
import { DEFAULT_START_MODE, LAUNCHER_NAME, type StartMode, launcherScript } from './agent-launcher.js';
import { BLOB_NAME, BUNDLE_NAME, STAMP_NAME, buildAgentStart } from './agent-snapshot.js';
import type { AgentSnapshotDetails } from './details.js';
import { buildGuestSnapshot, guestSnapshotKey } from './guest-snapshot.js';
import { sharedLibraries } from './shared-libraries.js';

export const GUEST_PREFIX = '/usr/lib/kata-ts';
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
  /** What the guest's snapshot is proven on (guest-snapshot.ts): a new target makes a new guest. */
  snapshotKey: string;
}

export function bundleInputs(): BundleInputs {
  const node = realpathSync(process.execPath);
  const addon = join(packageRoot(), 'build', 'Release', 'kata_ts.node');
  if (!existsSync(addon)) throw new Error(`the addon ${addon} is not built; run npm run build`);
  if (!existsSync(join(packageRoot(), 'dist', 'guest', 'agent', 'main.js'))) throw new Error('the agent is not compiled; run npm run build');
  const libs = [...new Set([...sharedLibraries(node), ...sharedLibraries(addon)])];
  return { node, addon, files: [node, addon, ...libs], snapshotKey: guestSnapshotKey() };
}

/**
 * Copies the agent and what it needs into rootfs (a directory that becomes / in the guest),
 * with the launcher whose default start mode is `startMode`. Returns what the snapshot was proven on.
 */
export function installAgent(rootfs: string, withLibraries: boolean, startMode: StartMode = DEFAULT_START_MODE): AgentSnapshotDetails {
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
  // The guest's blob is made in a VM with the guest's CPU, not the host's (guest-snapshot.ts).
  const snapshot = buildGuestSnapshot(start);
  const agentDir = join(rootfs, GUEST_AGENT_DIR);
  mkdirSync(agentDir, { recursive: true });
  for (const [from, name] of [[start.bundle, BUNDLE_NAME], [snapshot.blob, BLOB_NAME], [snapshot.stamp, STAMP_NAME]] as const) cpSync(from, join(agentDir, name));
  writeFileSync(join(rootfs, GUEST_LAUNCHER), launcherScript({ root: GUEST_PREFIX, dir: GUEST_AGENT_DIR, node: '/usr/bin/node', defaultMode: startMode }), { mode: 0o755 });
  if (withLibraries) {
    for (const lib of [...new Set([...sharedLibraries(node), ...sharedLibraries(addon)])]) {
      const dest = join(rootfs, lib);
      mkdirSync(dirname(dest), { recursive: true });
      cpSync(realpathSync(lib), dest);
    }
  }
  return { provenOn: snapshot.fields.proven_on, cpuSignature: snapshot.fields.cpu_signature, v8Tag: snapshot.fields.v8_tag };
}
