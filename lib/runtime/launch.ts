// The real SandboxLauncher the shim's task service uses: the configuration comes from the file
// containerd's runtime options name (runtimeoptions.v1.Options.config_path, set by the CRI's
// runtime ConfigPath) or from the usual places (lib/config/locate.ts); a new pod gets a VM
// through Sandbox.create.
import { loadConfig } from '../config/load.js';
import type { RuntimeConfig } from '../config/types.js';
import { runtimeoptions } from '../common/proto/gen/protocols.js';
import { Sandbox } from './sandbox.js';
import type { SandboxLauncher } from './task-sandbox.js';

function loadTaskConfig(options: { type_url?: string | null; value?: Uint8Array | null } | null | undefined): RuntimeConfig {
  let configPath: string | undefined;
  if (options?.value && options.type_url?.endsWith('runtimeoptions.v1.Options')) {
    configPath = runtimeoptions.v1.Options.decode(options.value).configPath || undefined;
  }
  return loadConfig({ configPath });
}

export const sandboxLauncher: SandboxLauncher = {
  loadConfig: loadTaskConfig,
  create: (o) => Sandbox.create(o),
};
