// The real SandboxLauncher the shim's task service uses: the configuration from pod-config.ts, a
// new pod's VM from Sandbox.create.
import { loadTaskConfig } from './pod-config.js';
import { Sandbox } from './sandbox.js';
import type { SandboxLauncher } from './task-sandbox.js';

export const sandboxLauncher: SandboxLauncher = {
  loadConfig: loadTaskConfig,
  create: (o) => Sandbox.create(o),
};
