// The one way to an agent's client: connect() takes a sandbox's record (another process's
// sandbox, as the kata-runtime and kata-agent-ctl commands find it) or a channel (the sandbox's
// own, lib/runtime/sandbox-vm.ts, or an address, agent-ctl), dials it — once, or
// for a booting VM until the agent answers (dial.ts) — and hands back the agent's API with the
// configured deadlines (deadlines.ts) and client spans (call-spans.ts), and grpc.Health.
import { AGENT_VSOCK_PORT } from '../common/agent/ports.js';
import { agentService, healthService } from '../common/agent/api.js';
import { type ServiceClient, serviceClient } from '../common/ttrpc/index.js';
import { addressDialer } from './address.js';
import { tracedAgent } from './call-spans.js';
import type { ChannelRecord } from './channel.js';
import { type AgentDeadlines, withDeadlines } from './deadlines.js';
import { type AgentDialer, type BootingVm, dialAgent } from './dial.js';

export type AgentService = ServiceClient<typeof agentService.methods>;
export type HealthService = ServiceClient<typeof healthService.methods>;

export interface AgentClient {
  /** The agent's API: bounded by the deadlines given to connect, a span per call when tracing is on. */
  readonly agent: AgentService;
  /** grpc.Health as it is: each of its callers gives every check a timeout of its own. */
  readonly health: HealthService;
  close(): void;
}

/** The part of a sandbox's record (lib/runtime/state.ts) that says where its agent is. */
export interface AgentRecord extends ChannelRecord {
  id: string;
}

export interface ConnectOptions {
  /** A VM still booting: dial until its agent answers Health, at most timeoutMs. Without: one attempt. */
  boot?: { vm: BootingVm; timeoutMs: number };
  /** Without: a call is bounded only by its own timeoutMs. */
  deadlines?: AgentDeadlines;
}

export async function connect(to: AgentRecord | AgentDialer, o: ConnectOptions = {}): Promise<AgentClient> {
  const dialer = 'connect' in to ? to : recordDialer(to);
  const ttrpc = o.boot ? await dialAgent(dialer, o.boot.vm, o.boot.timeoutMs) : await dialer.connect();
  const agent = serviceClient(ttrpc, agentService);
  return {
    agent: tracedAgent(o.deadlines ? withDeadlines(agent, o.deadlines) : agent),
    health: serviceClient(ttrpc, healthService),
    close: () => ttrpc.close(),
  };
}

/** A sandbox's agent reached from another process: only hybrid vsock lets a second client in. */
function recordDialer(rec: AgentRecord): AgentDialer {
  if (!rec.vsockSocket) {
    throw new Error(`sandbox ${rec.id} reaches its agent over virtio-serial, whose one connection the shim holds; only a sandbox on hybrid vsock ([agent.kata] channel = "hybrid-vsock") takes a second client`);
  }
  return addressDialer({ kind: 'hybrid-vsock', uds: rec.vsockSocket, port: AGENT_VSOCK_PORT });
}
