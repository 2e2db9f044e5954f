// The runtime's first contact with a VM's agent: connect over the sandbox's channel and wait for a
// Health answer, again until the dial timeout; a QEMU that exits meanwhile ends the wait with the
// console's last lines. Used by connect.ts, for a sandbox's booting VM and the VM template's
// (lib/runtime/sandbox-vm.ts).
import { healthService } from '../common/agent/api.js';
import { AGENT_READY_PREFIX } from '../common/agent/ready-line.js';
import { type TtrpcClient, serviceClient } from '../common/ttrpc/index.js';
import { ConsoleWatch } from './console-watch.js';

/** One attempt to open a ttrpc connection to the agent; rejects while it does not listen yet. */
export interface AgentDialer {
  connect(): Promise<TtrpcClient>;
}

/** What the dial watches of the VM it waits for (lib/hypervisor's Vm is one). */
export interface BootingVm {
  readonly running: boolean;
  readonly consoleLog: string;
  consoleTail(lines: number): string;
}

/** How dialAgent paces its attempts (tests shorten them). */
export interface DialPacing {
  /** How often the console is read for the agent's ready line between attempts. */
  pollMs: number;
  /** The longest wait between attempts while the console has not shown the line. */
  fallbackMs: number;
}

export const DIAL_PACING: DialPacing = { pollMs: 50, fallbackMs: 1000 };

/**
 * Connects and waits for the agent's first Health answer, again on failure until timeoutMs. The
 * agent loses no byte on either channel (on virtio-serial it keeps its port open:
 * guest/agent/serial-port.ts); the retry covers an agent still starting and stays as a defence.
 *
 * After a failed attempt the next waits for the agent's ready line on the console, read every
 * pollMs, or at most fallbackMs. Each attempt costs the guest work (on vsock a connection request
 * and its reset), and a guest that boots slowly because ten others boot beside it would otherwise
 * answer twenty refused attempts a second; the fallback covers a console that never shows the line.
 */
export async function dialAgent(channel: AgentDialer, vm: BootingVm, timeoutMs: number, pacing: DialPacing = DIAL_PACING): Promise<TtrpcClient> {
  const until = Date.now() + timeoutMs;
  const ready = new ConsoleWatch(vm.consoleLog, AGENT_READY_PREFIX);
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
      const next = Math.min(until, Date.now() + pacing.fallbackMs);
      do await new Promise((r) => setTimeout(r, pacing.pollMs));
      while (Date.now() < next && vm.running && !ready.seen());
    }
  }
  throw new Error(`the agent did not answer within ${timeoutMs / 1000} s (dial_timeout; last error: ${last?.message ?? 'none'}); console:\n${vm.consoleTail(30)}`);
}
