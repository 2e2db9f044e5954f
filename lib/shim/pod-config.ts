// The configuration of a task's pod, for the shim (lib/shim/task.ts through its SandboxLauncher):
// the file containerd's runtime options name (runtimeoptions.v1.Options.config_path, the CRI's
// runtime ConfigPath) or the usual places (lib/config/locate.ts), with a warning per Kata key
// kata-ts ignores; a new pod's VM then gets its own io.katacontainers.config.* annotations on top
// (lib/config/annotations.ts), as far as the configuration allows them.
import { InvalidArgumentError } from '../common/errors.js';
import type { Logger } from '../common/log/logger.js';
import { runtimeoptions } from '../common/proto/gen/protocols.js';
import { applyAnnotations } from '../config/annotations.js';
import { ignoredWarning } from '../config/kata-keys.js';
import { loadConfig } from '../config/load.js';
import type { RuntimeConfig } from '../config/types.js';

export type RuntimeOptions = { type_url?: string | null; value?: Uint8Array | null } | null | undefined;

export function loadTaskConfig(options: RuntimeOptions, log: Logger): RuntimeConfig {
  let configPath: string | undefined;
  if (options?.value && options.type_url?.endsWith('runtimeoptions.v1.Options')) {
    configPath = runtimeoptions.v1.Options.decode(options.value).configPath || undefined;
  }
  const loaded = loadConfig({ configPath });
  for (const setting of loaded.ignored) log.warn(ignoredWarning(setting), { config: loaded.origin.path });
  return loaded;
}

/** The configuration a new pod's VM is made from; an annotation it refuses is an InvalidArgumentError. */
export function podConfig(id: string, loaded: RuntimeConfig, annotations: Readonly<Record<string, string>> | undefined, log: Logger): RuntimeConfig {
  try {
    const annotated = applyAnnotations(loaded, annotations);
    for (const setting of annotated.ignored) log.warn(ignoredWarning(setting), { sandbox: id });
    return annotated.config;
  } catch (e) {
    throw new InvalidArgumentError(`create ${id}: ${(e as Error).message}`, { cause: e });
  }
}
