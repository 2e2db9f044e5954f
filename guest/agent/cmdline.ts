// Reads the agent's settings from the kernel command line (`agent.*` parameters, which the runtime
// sets from its configuration) so that one image serves every sandbox. Called once by main.ts.
import { AGENT_LOG_VSOCK_PORT, AGENT_VSOCK_PORT, DEBUG_CONSOLE_VSOCK_PORT } from '../../lib/common/agent/ports.js';
import { type ListenAddress, parseListenAddress } from './address.js';

export interface AgentCmdline {
  /** vsock port the ttrpc server listens on (agent.port=). */
  port: number;
  /** Listen somewhere else than vsock:<port>, e.g. serial:agent.channel.0 (agent.listen=). */
  listen?: ListenAddress;
  /** vsock port the agent's log lines are served on for the runtime; 0: none (agent.log_vport=). */
  logPort: number;
  /** Send spans to the runtime (agent.trace=true; Kata's parameter). */
  trace: boolean;
  /** Log level (agent.log=debug|info|warn|error). */
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Serve a root shell on the debug console port (agent.debug_console). */
  debugConsole: boolean;
  /** vsock port of the debug console (agent.debug_console_vport=). */
  debugConsolePort: number;
  /**
   * Serve the debug console on this named virtio-serial port instead of vsock
   * (agent.debug_console_serial=; kata-ts only: for hosts without vsock, as the agent channel).
   */
  debugConsoleSerial?: string;
}


const LEVELS = new Set(['debug', 'info', 'warn', 'error']);

/** Parses a kernel command line; unknown `agent.*` keys and bad values are errors naming them. */
export function parseAgentCmdline(cmdline: string): AgentCmdline {
  const out: AgentCmdline = {
    port: AGENT_VSOCK_PORT,
    logPort: AGENT_LOG_VSOCK_PORT,
    trace: false,
    logLevel: 'info',
    debugConsole: false,
    debugConsolePort: DEBUG_CONSOLE_VSOCK_PORT,
  };
  for (const word of cmdline.trim().split(/\s+/)) {
    if (!word.startsWith('agent.')) continue;
    const eq = word.indexOf('=');
    const key = eq < 0 ? word : word.slice(0, eq);
    const value = eq < 0 ? undefined : word.slice(eq + 1);
    switch (key) {
      case 'agent.listen':
        try {
          out.listen = parseListenAddress(value ?? '');
        } catch (e) {
          throw new Error(`kernel parameter ${key}=${value ?? ''}: ${(e as Error).message}`);
        }
        break;
      case 'agent.port':
        out.port = parsePort(key, value);
        break;
      case 'agent.log_vport':
        out.logPort = value === '0' ? 0 : parsePort(key, value);
        break;
      case 'agent.trace':
        if (value !== undefined && value !== 'true' && value !== 'false') throw new Error(`kernel parameter ${key}=${value}: expected true or false`);
        out.trace = value !== 'false';
        break;
      case 'agent.debug_console_vport':
        out.debugConsolePort = parsePort(key, value);
        break;
      case 'agent.debug_console_serial':
        if (value === undefined || !/^[A-Za-z0-9._-]+$/.test(value)) {
          throw new Error(`kernel parameter ${key}=${value ?? ''}: needs a virtio-serial port name`);
        }
        out.debugConsoleSerial = value;
        break;
      case 'agent.log':
        if (value === undefined || !LEVELS.has(value)) {
          throw new Error(`kernel parameter ${key}=${value ?? ''}: expected one of ${[...LEVELS].join(', ')}`);
        }
        out.logLevel = value as AgentCmdline['logLevel'];
        break;
      case 'agent.debug_console':
        out.debugConsole = value === undefined || value === '1' || value === 'true';
        break;
      case 'agent.start':
        // The launcher's (guest/osbuilder/rootfs/agent-launcher.ts): it has started node
        // accordingly, and it warns about a value it does not know instead of failing the boot.
        break;
      default:
        throw new Error(
          `unknown kernel parameter ${key}; known: agent.port, agent.listen, agent.log, agent.log_vport, agent.trace, agent.debug_console, agent.debug_console_vport, agent.debug_console_serial, agent.start`,
        );
    }
  }
  return out;
}

function parsePort(key: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < 1 || n > 0xffffffff) {
    throw new Error(`kernel parameter ${key}=${value ?? ''}: expected a vsock port number`);
  }
  return n;
}
