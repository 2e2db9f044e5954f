// What a running sandbox does with its guest's logs and spans, started with QEMU and stopped with
// it: the agent's JSON lines copied into the runtime's log (lib/agent/log-forwarder.ts, over the
// hybrid vsock channel; the virtio-serial channel has no second port, so there the console log is
// all), the serial console log kept bounded (console-log.ts), and, with agent tracing on, the
// agent's spans forwarded to the OTLP endpoint (trace-forwarder.ts). Used by lib/runtime/sandbox-vm.ts.
import { AGENT_LOG_VSOCK_PORT, AGENT_TRACE_VSOCK_PORT } from '../common/agent/ports.js';
import type { Logger } from '../common/log/logger.js';
import type { SandboxChannel } from '../agent/channel.js';
import { AgentLogForwarder } from '../agent/log-forwarder.js';
import { ConsoleLogRotation } from './console-log.js';
import { TraceForwarder } from './trace-forwarder.js';

export interface AgentTraceSettings {
  endpoint: string;
  headers?: Record<string, string>;
}

export class GuestTelemetry {
  private constructor(
    readonly agentLog: AgentLogForwarder | undefined,
    readonly console: ConsoleLogRotation,
    readonly traces: TraceForwarder | undefined,
  ) {}

  /** The agent's trace settings when tracing of the agent can work on this channel. */
  static agentTracing(channel: SandboxChannel, t: AgentTraceSettings | undefined): AgentTraceSettings | undefined {
    return t && channel.record.vsockSocket ? t : undefined;
  }

  /** Call before QEMU starts: the trace forwarder must listen before the agent connects. */
  static start(channel: SandboxChannel, consoleLog: string, log: Logger, trace?: AgentTraceSettings): GuestTelemetry {
    const dial = channel.dialPort(AGENT_LOG_VSOCK_PORT);
    const t = GuestTelemetry.agentTracing(channel, trace);
    return new GuestTelemetry(
      dial ? AgentLogForwarder.start(dial, log) : undefined,
      new ConsoleLogRotation(consoleLog, log),
      t ? new TraceForwarder(`${channel.record.vsockSocket!}_${AGENT_TRACE_VSOCK_PORT}`, t.endpoint, log, t.headers) : undefined,
    );
  }

  stop(): void {
    this.agentLog?.stop();
    this.console.stop();
    this.traces?.stop();
  }
}
