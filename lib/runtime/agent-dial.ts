// The runtime's first contact with a VM's agent: connect over the sandbox's channel and wait for a
// Health answer, again until the dial timeout; a QEMU that exits meanwhile ends the wait with the
// console's last lines. Used by sandbox.ts and by the VM template's check (lib/factory/template.ts).
import type { QemuVm } from '../hypervisor/qemu.js';
import { healthService } from '../common/agent/api.js';
import { type TtrpcClient, serviceClient } from '../common/ttrpc/index.js';
import type { SandboxChannel } from './agent-channel.js';

/**
 * Connects and waits for the agent's first Health answer, again on failure until timeoutMs. The
 * agent loses no byte on either channel (on virtio-serial it keeps its port open:
 * guest/agent/serial-port.ts); the retry covers an agent still starting and stays as a defence.
 */
export async function dialAgent(channel: SandboxChannel, vm: QemuVm, timeoutMs: number): Promise<TtrpcClient> {
  const until = Date.now() + timeoutMs;
  let last: Error | undefined;
  while (Date.now() < until) {
    if (!vm.running) throw new Error(`QEMU exited before the agent answered; console:\n${vm.consoleTail(30)}`);
    let c: TtrpcClient | undefined;
    try {
      c = await channel.connect();
      await serviceClient(c, healthService).Check({}, { timeoutMs: Math.max(500, Math.min(5000, until - Date.now())) });
      return c;
    } catch (e) {
      c?.close();
      last = e as Error;
      // Short: the agent listens within a second or two, and a refused attempt costs the guest little.
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`the agent did not answer within ${timeoutMs / 1000} s (dial_timeout; last error: ${last?.message ?? 'none'}); console:\n${vm.consoleTail(30)}`);
}
