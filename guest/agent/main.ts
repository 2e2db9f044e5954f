// kata-agent: the guest agent's entry point. In the VM it is PID 1 (agent-init image, initrd) or a systemd service
// (image) and listens on vsock; on the host (tests, tools) it listens on a unix socket. Reads
// agent.* kernel parameters, serves grpc.AgentService and grpc.Health over ttrpc, and prints one
// ready line on stdout (the VM's console) once it accepts connections.
import { readFileSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LogLevel, Logger } from '../../lib/common/log/logger.js';
import { TtrpcServer } from '../../lib/common/ttrpc/index.js';
import { VsockServer } from '../../lib/common/vsock/socket.js';
import { servePortForward } from './port-forward.js';
import { type ListenAddress, formatListenAddress, parseListenAddress } from './address.js';
import { Agent } from './agent.js';
import { type AgentCmdline, parseAgentCmdline } from './cmdline.js';
import { logFailedCalls } from './call-log.js';
import { startDebugConsole } from './debug-console.js';
import { LogPort } from './log-port.js';
import { flushTracing } from '../../lib/common/trace/tracer.js';
import { startTracing, traceCalls } from './tracing.js';
import { AGENT_TRACE_VSOCK_PORT } from '../../lib/common/agent/ports.js';
import { agentReadyLine } from '../../lib/common/agent/ready-line.js';
import { becomeInit, mountEarlyFilesystems, powerOff } from './init.js';
import { serveSerialPort } from './serial-port.js';
import { agentServiceDefinition, healthServiceDefinition } from './service.js';
import { AGENT_VERSION } from './version.js';

const USAGE = `Usage: kata-agent [--listen unix:PATH | vsock:PORT | serial:NAME] [--log-level LEVEL] [--poweroff-on-destroy]
                  [--state-dir DIR] [--cgroup-parent PATH] [--debug-console ADDR] [--cmdline FILE]

The kata-ts guest agent: serves the agent API (proto/agent.proto) over ttrpc.

  --listen ADDR          where to listen; default agent.listen= or vsock:<agent.port> (1024)
  --log-level LEVEL      debug, info, warn or error; default agent.log= or info
  --poweroff-on-destroy  power the machine off after DestroySandbox (implied as PID 1;
                         the image's systemd unit sets it)
  --state-dir DIR        per-sandbox state; default /run/kata-ts/sandbox
  --cgroup-parent PATH   where container cgroups go, relative to the cgroup root; default kata-agent
  --debug-console ADDR   serve a root shell at ADDR (unix:PATH, vsock:PORT or serial:NAME); default
                         off, or with agent.debug_console: serial:<agent.debug_console_serial>
                         if set, else vsock:<agent.debug_console_vport> (1026)
  --cmdline FILE         kernel command line to read agent.* from; default /proc/cmdline
                         (agent.log_vport=PORT: where the runtime reads the log lines, default
                         1025 when listening on vsock; 0 turns it off)
  --help                 this text

As PID 1 it also mounts /proc, /sys, /dev, /run, /tmp and the cgroup tree, reaps orphans and
powers off on SIGTERM.
`;

export interface AgentArgs {
  listen?: ListenAddress;
  logLevel?: LogLevel;
  poweroffOnDestroy: boolean;
  stateDir?: string;
  cgroupParent?: string;
  debugConsole?: ListenAddress;
  cmdlineFile: string;
  help: boolean;
}

export function parseArgs(argv: readonly string[]): AgentArgs {
  const out: AgentArgs = { poweroffOnDestroy: false, cmdlineFile: '/proc/cmdline', help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--listen':
        out.listen = parseListenAddress(value());
        break;
      case '--log-level': {
        const v = value();
        if (!['debug', 'info', 'warn', 'error'].includes(v)) throw new Error(`--log-level ${v}: expected debug, info, warn or error`);
        out.logLevel = v as LogLevel;
        break;
      }
      case '--poweroff-on-destroy':
        out.poweroffOnDestroy = true;
        break;
      case '--state-dir':
        out.stateDir = value();
        break;
      case '--debug-console':
        out.debugConsole = parseListenAddress(value());
        break;
      case '--cgroup-parent':
        out.cgroupParent = value();
        break;
      case '--cmdline':
        out.cmdlineFile = value();
        break;
      default:
        throw new Error(`unknown argument ${a}`);
    }
  }
  return out;
}

async function listen(server: TtrpcServer, addr: ListenAddress, log: Logger): Promise<() => void> {
  if (addr.kind === 'unix') {
    rmSync(addr.path, { force: true }); // a socket left by an earlier agent
    await server.listen(addr.path);
    return () => rmSync(addr.path, { force: true });
  }
  if (addr.kind === 'serial') return serveSerialPort(addr.name, (s) => server.serveStream(s), log);
  const vs = VsockServer.listen(addr.port);
  vs.on('connection', (sock) => server.serveStream(sock));
  return () => vs.close();
}

async function main(argv: string[], mode: StartMode): Promise<void> {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  // Where the start goes (ms since the process started), in the listening line: the bench and the
  // snapshot work read it (docs/architecture.md, "How the agent starts").
  const marks: Record<string, number> = { main: Math.round(performance.now()) };
  const mark = (name: string): void => void (marks[name] = Math.round(performance.now()));
  const isInit = process.pid === 1;
  const bootLog = new Logger({ component: 'kata-agent', level: args.logLevel ?? 'info' });
  if (isInit) mountEarlyFilesystems(bootLog); // /proc/cmdline needs /proc
  mark('mounts');
  let cmdline: AgentCmdline;
  try {
    cmdline = parseAgentCmdline(readFileSync(args.cmdlineFile, 'utf8'));
  } catch (e) {
    throw new Error(`${args.cmdlineFile}: ${(e as Error).message}`);
  }
  const addr: ListenAddress = args.listen ?? cmdline.listen ?? { kind: 'vsock', port: cmdline.port };
  // In a VM with vsock the log lines also go to the runtime (the console is slow and not the shim's log).
  const logPort = addr.kind === 'vsock' && cmdline.logPort !== 0 ? new LogPort() : undefined;
  const stream = logPort ? { write: (line: string) => (process.stderr.write(line), logPort.write(line)) } : process.stderr;
  const log = new Logger({ component: 'kata-agent', level: args.logLevel ?? cmdline.logLevel, stream });
  const stopLogPort = logPort ? serveLogPort(logPort, cmdline.logPort, log) : () => undefined;
  // Port-forward rides vsock too: in a VM with vsock, kubectl port-forward reaches the pod's ports.
  const stopPortForward = addr.kind === 'vsock' ? servePortForward(log) : () => undefined;
  // The launcher could not use the start the kernel command line asked for (a blob that does not
  // match the node binary, say) and started the bundle instead: the runtime sees why in the log.
  const startWarning = process.env.KATA_AGENT_START_WARNING;
  delete process.env.KATA_AGENT_START_WARNING;
  if (startWarning) log.warn('agent start fell back', { reason: startWarning, mode });
  const poweroff = isInit || args.poweroffOnDestroy;
  const server = new TtrpcServer({ logger: log.child({ subsystem: 'ttrpc' }) });
  let stopListening = (): void => {};
  const stop = async (): Promise<void> => {
    stopListening();
    await server.close();
    stopLogPort();
    stopPortForward();
  };
  mark('logging');
  const agent = new Agent({
    logger: log,
    stateDir: args.stateDir,
    cgroupParent: args.cgroupParent,
    onDestroyed: poweroff
      ? () => {
          void stop()
            .then(flushTracing)
            .finally(() => (isInit ? powerOff(log) : systemdPoweroff(log)));
        }
      : undefined,
  });
  // Only with agent.trace: the OpenTelemetry SDK costs start-up time the agent otherwise saves.
  if (cmdline.trace) await startTracing(AGENT_TRACE_VSOCK_PORT, log).catch((e: Error) => log.warn('tracing not started', { error: e }));
  mark('agent');
  server.register(agentServiceDefinition(traceCalls(logFailedCalls(agent.handlers(), log))));
  server.register(healthServiceDefinition(agent.health()));
  const shutdown = async (): Promise<void> => {
    await agent.containers.removeAll();
    await stop();
  };
  if (isInit) becomeInit(log, shutdown);
  else {
    const onSignal = (sig: NodeJS.Signals): void => {
      log.info('stopping on signal', { signal: sig });
      void shutdown().finally(() => process.exit(0));
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  mark('signals');
  // The console opens before the agent answers anyone: a runtime that has its sandbox may attach at
  // once, and bytes sent to a virtio-serial port the guest has not opened yet are dropped.
  const cmdlineConsole: ListenAddress = cmdline.debugConsoleSerial
    ? { kind: 'serial', name: cmdline.debugConsoleSerial }
    : { kind: 'vsock', port: cmdline.debugConsolePort };
  const consoleAddr: ListenAddress | undefined = args.debugConsole ?? (cmdline.debugConsole ? cmdlineConsole : undefined);
  const stopConsole = consoleAddr ? await startDebugConsole(consoleAddr, log) : () => undefined;
  mark('services');
  const stopServer = await listen(server, addr, log);
  stopListening = () => {
    stopConsole();
    stopServer();
  };
  const ms = Math.round(performance.now()); // since the process started (Node's time origin)
  // In a VM only: on a host (tests, tools) the agent makes no cgroup before it is asked to.
  if (poweroff) agent.containers.prepare();
  log.info('listening', { address: formatListenAddress(addr), version: AGENT_VERSION, init: isInit, startMode: mode, startupMs: ms, startupMarks: marks });
  process.stdout.write(agentReadyLine(formatListenAddress(addr), AGENT_VERSION, process.pid, mode, ms));
}

/** Listens for the runtime's log reader; a failure costs the host copy of the log, never the agent. */
function serveLogPort(port: LogPort, vport: number, log: Logger): () => void {
  try {
    const vs = VsockServer.listen(vport);
    vs.on('connection', (sock) => port.attach(sock));
    vs.on('error', (e) => log.warn('log port accept failed', { port: vport, error: e }));
    return () => (vs.close(), port.close());
  } catch (e) {
    log.warn('cannot serve the log port; logging to the console only', { port: vport, error: e as Error });
    return () => undefined;
  }
}

function systemdPoweroff(log: Logger): void {
  log.info('asking systemd to power off');
  spawn('systemctl', ['poweroff'], { stdio: 'ignore', detached: true }).unref();
}

/** How this agent process was started (the launcher's agent.start=, see guest/osbuilder/rootfs/agent-launcher.ts). */
export type StartMode = 'snapshot' | 'bundle' | 'modules';

/** Runs the agent as a program: an error ends the process (as PID 1 it powers off instead). */
export function runAgent(argv: string[], mode: StartMode): void {
  main(argv, mode).catch((e: Error) => {
    process.stderr.write(`kata-agent: ${e.message}\n`);
    if (process.pid === 1) {
      // An init that exits panics the kernel; say why on the console and power off instead.
      powerOff(new Logger({ component: 'kata-agent' }));
    }
    process.exit(1);
  });
}

// Set (to true) by esbuild in the one-file bundle, whose entry is bundle-main.ts: there every
// module shares the bundle's URL, so this module must not take itself for the program.
declare const KATA_AGENT_BUNDLE: boolean | undefined;

if (typeof KATA_AGENT_BUNDLE === 'undefined' && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runAgent(process.argv.slice(2), 'modules');
}
