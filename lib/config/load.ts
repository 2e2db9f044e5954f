// The entry point the shim and the tools use: find the configuration file (locate.ts), read it and
// parse it (parse.ts). Relative paths resolve against the file's directory, or against the package
// root for the shipped default, so the shipped file works wherever the package is installed.
import { readFileSync } from 'node:fs';
import { ConfigError } from './errors.js';
import { locateConfig, type LocateOptions } from './locate.js';
import { packageRoot } from '../common/package-root.js';
import { parseConfig } from './parse.js';
import type { RuntimeConfig } from './types.js';

export type LoadOptions = LocateOptions;

/** The configuration in effect; `origin` says which file and why (ConfigPath, env, /etc, shipped). */
export function loadConfig(opts: LoadOptions = {}): RuntimeConfig {
  const where = locateConfig(opts);
  let text: string;
  try {
    text = readFileSync(where.path, 'utf8');
  } catch (e) {
    throw new ConfigError(`${where.path}: cannot read the configuration file: ${(e as Error).message}`, where.path);
  }
  return parseConfig(text, where.path, {
    source: where.source,
    ...(where.source === 'shipped' ? { baseDir: packageRoot() } : {}),
  });
}
