// The guest vsock ports the agent serves, agreed by both sides: the runtime dials them
// (lib/agent/channel.ts, lib/agent/log-forwarder.ts, lib/cli/exec.ts) and the agent listens
// on them unless the kernel command line names others (guest/agent/cmdline.ts). Kata's numbering.
export const AGENT_VSOCK_PORT = 1024;
/** The agent's JSON log lines (Kata's agent.log_vport). */
export const AGENT_LOG_VSOCK_PORT = 1025;
export const DEBUG_CONSOLE_VSOCK_PORT = 1026;
/**
 * Port-forward (ours; Kata has none): the runtime connects, sends the guest TCP port as a line,
 * and the agent relays the connection to 127.0.0.1 on that port (port-forward-wire.ts).
 */
export const PORT_FORWARD_VSOCK_PORT = 1027;
/**
 * The host vsock port the agent sends its trace spans to (Kata's trace forwarder port): a guest
 * connection to CID 2 on it reaches the runtime's lib/runtime/trace-forwarder.ts.
 */
export const AGENT_TRACE_VSOCK_PORT = 10240;
