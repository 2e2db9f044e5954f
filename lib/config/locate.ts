// Decides which configuration.toml is used, in Kata's order: containerd's runtime option
// ConfigPath, env KATA_CONF_FILE, /etc/kata-ts/configuration.toml, then the file shipped in the
// package. A file that was asked for by name must exist: no silent fall-back. Called by load.ts.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigNotFoundError } from './errors.js';
import { shippedConfigPath } from '../common/package-root.js';
import type { ConfigSource } from './types.js';

export const ETC_CONFIG_PATH = '/etc/kata-ts/configuration.toml';
export const CONFIG_ENV = 'KATA_CONF_FILE';

export interface LocateOptions {
  /** containerd's runtime option ConfigPath (io.containerd.kata.v2 options). */
  configPath?: string;
  /** Environment to read KATA_CONF_FILE from; default process.env. */
  env?: Record<string, string | undefined>;
  /** The system-wide file; injectable so tests do not write to /etc. */
  etcPath?: string;
  /** The package's default; injectable for tests. */
  shippedPath?: string;
}

export interface ConfigLocation {
  path: string;
  source: ConfigSource;
  /** One sentence on why this file, for logs and `kata-runtime env`. */
  reason: string;
}

export function locateConfig(opts: LocateOptions = {}): ConfigLocation {
  const env = opts.env ?? process.env;
  // Empty values count as unset, as an empty env var or option usually means "not configured".
  if (opts.configPath) {
    const path = resolve(opts.configPath);
    requireFile(path, 'named by the containerd runtime option ConfigPath');
    return { path, source: 'config-path', reason: 'containerd runtime option ConfigPath' };
  }
  const fromEnv = env[CONFIG_ENV];
  if (fromEnv) {
    const path = resolve(fromEnv);
    requireFile(path, `named by ${CONFIG_ENV}`);
    return { path, source: 'env', reason: `environment variable ${CONFIG_ENV}` };
  }
  const etc = opts.etcPath ?? ETC_CONFIG_PATH;
  if (fileState(etc) !== 'absent') {
    requireFile(etc, 'the system-wide configuration');
    return { path: etc, source: 'etc', reason: `system-wide file ${etc} exists` };
  }
  const shipped = opts.shippedPath ?? shippedConfigPath();
  requireFile(shipped, `the default shipped in the package (nothing at ConfigPath, ${CONFIG_ENV} or ${etc})`);
  return { path: shipped, source: 'shipped', reason: `no ConfigPath, no ${CONFIG_ENV} and no ${etc}: the package default` };
}

type FileState = 'file' | 'absent' | 'not-a-file';

function fileState(path: string): FileState {
  try {
    return statSync(path).isFile() ? 'file' : 'not-a-file';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return 'absent';
    throw new ConfigNotFoundError(path, `cannot stat the configuration file: ${(e as Error).message}`);
  }
}

function requireFile(path: string, why: string): void {
  const state = fileState(path);
  if (state === 'absent') throw new ConfigNotFoundError(path, `configuration file ${why} does not exist`);
  if (state === 'not-a-file') throw new ConfigNotFoundError(path, `configuration file ${why} is not a regular file`);
}
