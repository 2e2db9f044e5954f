// QEMU as the Hypervisor (../hypervisor.ts): a plan becomes a QEMU spec (spec.ts) with the
// configuration's [hypervisor.qemu] section, and a QemuVm (vm.ts) runs it. Chosen by ../select.ts.
import type { RuntimeConfig } from '../../config/types.js';
import type { Hypervisor } from '../hypervisor.js';
import { qemuGuestKey } from './guest-key.js';
import { qemuSpec } from './spec.js';
import { QemuVm } from './vm.js';

export function qemuHypervisor(c: RuntimeConfig): Hypervisor {
  return {
    name: 'qemu',
    guestKey: (plan) => qemuGuestKey(qemuSpec(c, plan)),
    start: (plan, log) => QemuVm.start(qemuSpec(c, plan), log),
  };
}
