// Maps `enable_debug` of each configuration section to the log level of that component, as Kata
// does: [runtime] for the shim and runtime, [hypervisor.qemu] for the hypervisor driver,
// [agent.kata] for the guest agent. Here rather than in lib/common/log so logging does not depend on config.
import type { LogLevel } from '../common/log/logger.js';
import type { RuntimeConfig } from './types.js';

export type ConfiguredComponent = 'runtime' | 'shim' | 'hypervisor' | 'agent';

export function logLevelFor(config: RuntimeConfig, component: ConfiguredComponent): LogLevel {
  const debug =
    component === 'hypervisor'
      ? config.hypervisor.qemu.enableDebug
      : component === 'agent'
        ? config.agent.kata.enableDebug
        : config.runtime.enableDebug;
  return debug ? 'debug' : 'info';
}
