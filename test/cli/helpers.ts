// Runs the kata-runtime executable (bin/kata-runtime.js over the compiled dist/) as a child
// process, as a user would, and makes temporary directories that are removed when a test ends.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../lib/common/package-root.js';

export const BIN = join(packageRoot(), 'bin', 'kata-runtime.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], env: Record<string, string | undefined> = {}, input?: string): CliResult {
  const r = spawnSync(BIN, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000, ...(input !== undefined ? { input } : {}) });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(t: { teardown(f: () => void): void }, prefix = 'kata-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
