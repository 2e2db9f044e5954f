// The guest vsock ports the agent serves, agreed by both sides: the runtime dials them
// (lib/runtime/agent-channel.ts, lib/cli/exec.ts) and the agent listens on them unless the kernel
// command line names others (guest/agent/cmdline.ts). Kata's numbering.
export const AGENT_VSOCK_PORT = 1024;
export const DEBUG_CONSOLE_VSOCK_PORT = 1026;
