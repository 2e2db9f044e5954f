#!/usr/bin/env node
// The shim as one file: esbuild bundles the compiled shim (dist/lib/shim/main.js) and its npm
// packages into dist/bundle/containerd-shim-kata-v2.cjs, which bin/containerd-shim-kata-v2 runs in
// place of the module tree. Every task makes containerd start two shim processes (`start`, then
// the server it spawns) and each loaded ~90 modules one file at a time; one file loads faster
// (figures in docs/memory.md). Run by `npm run build` after tsc; the bin script falls back to
// dist/lib when the bundle is missing or older than the last tsc run (dist/.tsbuildinfo).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'lib', 'shim', 'main.js');
const SHIM_BUNDLE = join(root, 'dist', 'bundle', 'containerd-shim-kata-v2.cjs');

if (!existsSync(entry)) {
  console.error(`bundle-shim: ${entry} is missing; run tsc first (npm run build)`);
  process.exit(1);
}
let esbuild;
try {
  esbuild = createRequire(import.meta.url)('esbuild');
} catch (e) {
  console.error(`bundle-shim: esbuild (a dev dependency) is not installed: run npm ci (${e.message})`);
  process.exit(1);
}
mkdirSync(dirname(SHIM_BUNDLE), { recursive: true });
const tmp = `${SHIM_BUNDLE}.tmp-${process.pid}`;
esbuild.buildSync({
  entryPoints: [entry],
  outfile: tmp,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'error',
  // OpenTelemetry loads only when a configuration turns tracing on (lib/common/trace/tracer.ts), and
  // dbus-next only for a systemd scope (lib/common/systemd/transient-scope.ts): they stay in
  // node_modules, found from dist/bundle/ as from dist/lib/.
  external: ['@opentelemetry/*', 'dbus-next'],
  // Every module of the bundle shares the bundle's URL: main.ts compares it with argv[1] and
  // re-runs it for the server; package-root.ts and the addon loader search upwards from it, so
  // the addon still loads from build/ and the configuration from config/.
  define: { 'import.meta.url': 'KATA_SHIM_BUNDLE_URL' },
  banner: { js: '"use strict";\nvar KATA_SHIM_BUNDLE_URL = require("node:url").pathToFileURL(__filename).href;' },
});
// Renamed into place: a shim starting meanwhile sees the old bundle or the new, never half of one.
renameSync(tmp, SHIM_BUNDLE);
console.log(`bundle-shim: ${SHIM_BUNDLE.slice(root.length + 1)}`);
