// The configuration module's public surface: what the shim, runtime and tools import.
export { loadConfig, type LoadOptions } from './load.js';
export { parseConfig, type ParseOptions } from './parse.js';
export { locateConfig, CONFIG_ENV, ETC_CONFIG_PATH, type ConfigLocation, type LocateOptions } from './locate.js';
export { checkAssets } from './assets.js';
export { logLevelFor, type ConfiguredComponent } from './log-level.js';
export { ignoredWarning, kataKeyType, KATA_SECTIONS } from './kata-keys.js';
export { packageRoot, shippedConfigPath } from '../common/package-root.js';
export {
  ConfigError,
  ConfigNotFoundError,
  ConfigSyntaxError,
  ConfigValidationError,
  GuestAssetError,
  type AssetProblem,
  type ConfigProblem,
} from './errors.js';
export type * from './types.js';
