// Where the kata-ts package lives on disk: the shipped config/configuration.toml and the
// package-relative guest asset paths in it resolve against this. Used by parse.ts and locate.ts,
// and by the agent for its addon and version. KATA_TS_PACKAGE_ROOT names it outright: the agent's
// one-file bundle and its V8 snapshot (guest/osbuilder/rootfs/agent-snapshot.ts) do not sit inside
// the package tree, and a snapshot built on the host must not keep the host's path.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The nearest directory above this module whose package.json is kata-ts's (works from lib/ and dist/lib/). */
export function packageRoot(): string {
  const named = process.env.KATA_TS_PACKAGE_ROOT;
  if (named) return named;
  if (cached !== undefined) return cached;
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isKataTs(manifest)) return (cached = dir);
    if (dirname(dir) === dir) throw new Error(`no kata-ts package.json above ${start}`);
  }
}

function isKataTs(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'kata-ts';
  } catch {
    return false;
  }
}

/** The default configuration shipped in the package. */
export function shippedConfigPath(): string {
  return join(packageRoot(), 'config', 'configuration.toml');
}
