// What a running sandbox does with its guest's logs, started with QEMU and stopped with it: the
// agent's JSON lines copied into the runtime's log (agent-log.ts, over the hybrid vsock channel;
// the virtio-serial channel has no second port, so there the console log is all), and the serial
// console log kept bounded (console-log.ts). Used by lib/runtime/sandbox.ts.
import { AGENT_LOG_VSOCK_PORT } from '../common/agent/ports.js';
import type { Logger } from '../common/log/logger.js';
import type { SandboxChannel } from './agent-channel.js';
import { AgentLogForwarder } from './agent-log.js';
import { ConsoleLogRotation } from './console-log.js';

export class GuestLogs {
  private constructor(
    readonly agent: AgentLogForwarder | undefined,
    readonly console: ConsoleLogRotation,
  ) {}

  static start(channel: SandboxChannel, consoleLog: string, log: Logger): GuestLogs {
    const dial = channel.dialPort(AGENT_LOG_VSOCK_PORT);
    return new GuestLogs(dial ? AgentLogForwarder.start(dial, log) : undefined, new ConsoleLogRotation(consoleLog, log));
  }

  stop(): void {
    this.agent?.stop();
    this.console.stop();
  }
}
