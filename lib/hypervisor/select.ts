// The hypervisor a configuration asks for. The configuration has one hypervisor section,
// [hypervisor.qemu] (lib/config/parse.ts refuses the others), so QEMU it is; a second VMM adds its
// folder beside qemu/ and its case here. Used by lib/runtime/sandbox-vm.ts (start) and lib/factory/template.ts (guestKey).
import type { RuntimeConfig } from '../config/types.js';
import type { Hypervisor } from './hypervisor.js';
import { qemuHypervisor } from './qemu/hypervisor.js';

export function hypervisorFor(c: RuntimeConfig): Hypervisor {
  return qemuHypervisor(c);
}
