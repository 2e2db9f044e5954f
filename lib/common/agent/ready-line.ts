// The line the agent writes to its stdout, the guest's serial console, once it listens. The runtime
// reads the console log for it (lib/agent/console-watch.ts) to know when to dial, the VM
// template's maker to know when to save, and the benchmark for the agent's own start figure.
export const AGENT_READY_PREFIX = 'kata-agent ready: listening on';

export function agentReadyLine(address: string, version: string, pid: number, startMode: string, startupMs: number): string {
  return `${AGENT_READY_PREFIX} ${address} (version ${version}, pid ${pid}, ${startMode}, ${startupMs} ms)\n`;
}
