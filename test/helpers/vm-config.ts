// The shipped configuration pointed at a kernel and one guest (initrd or rootfs image), on TCG,
// with a dial timeout long enough for Node to start in a TCG guest: what the VM tests and the
// runtime bench create sandboxes from.
import { readFileSync } from 'node:fs';
import { shippedConfigPath } from '../../lib/common/package-root.js';
import { parseConfig } from '../../lib/config/parse.js';
import type { RuntimeConfig } from '../../lib/config/types.js';

export type TestGuest = { kind: 'initrd'; path: string } | { kind: 'image'; path: string };

export function vmConfig(kernel: string, guest: TestGuest, dialTimeoutSeconds = 120): RuntimeConfig {
  const c = parseConfig(readFileSync(shippedConfigPath(), 'utf8'), shippedConfigPath());
  c.hypervisor.qemu.kernel = kernel;
  c.hypervisor.qemu.image = guest.kind === 'image' ? guest.path : '';
  c.hypervisor.qemu.initrd = guest.kind === 'initrd' ? guest.path : '';
  c.hypervisor.qemu.accel = 'tcg';
  c.agent.kata.dialTimeout = dialTimeoutSeconds;
  return c;
}
