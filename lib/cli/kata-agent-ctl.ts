// The kata-agent-ctl command, a developer's tool: connect to a running sandbox's agent (or any
// agent address) and send agent API requests given as JSON, printing each answer as JSON.
// run() returns the exit status (0 done, 1 a call failed, 2 bad usage); bin/kata-agent-ctl.js calls it.
import { addressDialer } from '../agent/address.js';
import { connect } from '../agent/connect.js';
import { DEFAULT_STATE_ROOT } from '../runtime/state.js';
import { METHODS, type Command, RequestError, callAgent, parseAddress, parseCommand, runningSandbox } from './agent-ctl.js';
import { UsageError, parseArgs, stringFlag } from './args.js';
import { TtrpcError, codeName } from '../common/ttrpc/index.js';

const CONNECT_USAGE = `Usage: kata-agent-ctl connect (--sandbox ID [--state-dir DIR] | --server-address ADDR)
                              -c 'METHOD [JSON]' [-c ...] [--timeout SECONDS]

Sends each -c command, in order, to the agent and prints its answer as one JSON document per
line: {"method": ..., "response": {...}}. The request is the method's request message as JSON
(protobuf field names, e.g. {"containerId": "c1"}); leave it out for an empty request. The first
call the agent refuses stops the run: its ttrpc status goes to stderr and the exit status is 1.

  --sandbox ID            the agent of sandbox ID (its record under DIR/sandboxes, default
                          ${DEFAULT_STATE_ROOT}; the sandbox must use hybrid vsock)
  --server-address ADDR   unix://PATH | hvsock://PATH[:PORT] (port 1024 by default) | vsock://CID:PORT
  -c, --cmd 'METHOD JSON' a call; repeat for more
  --timeout SECONDS       per call (default 30)

Methods:
${[...METHODS.values()].map((m) => `  ${m.name.padEnd(18)} ${m.request.name} → ${m.response.name}${m.service === 'grpc.Health' ? ' (grpc.Health)' : ''}`).join('\n')}

Example:
  kata-agent-ctl connect --sandbox mypod -c GetGuestDetails -c 'StatsContainer {"containerId": "c1"}'`;

const MAIN_USAGE = `Usage: kata-agent-ctl <command> [options]

Commands:
  connect   send agent API calls to a sandbox's agent and print the answers as JSON

Run kata-agent-ctl connect --help for its options and the list of methods.`;

const print = (s: string): void => void process.stdout.write(`${s}\n`);

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? process.stderr : process.stdout).write(`${name === undefined ? 'kata-agent-ctl: missing command\n' : ''}${MAIN_USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  try {
    if (name !== 'connect') throw new UsageError(`unknown command ${JSON.stringify(name)}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      print(CONNECT_USAGE);
      return 0;
    }
    const p = parseArgs('connect', rest, {
      sandbox: { value: true },
      'state-dir': { value: true },
      'server-address': { value: true },
      cmd: { value: true, short: 'c', repeat: true },
      timeout: { value: true },
    }, { min: 0, max: 0, names: '' });
    const sandbox = stringFlag(p, 'sandbox');
    const server = stringFlag(p, 'server-address');
    if (!sandbox === !server) throw new UsageError('connect: give exactly one of --sandbox and --server-address');
    const commands: Command[] = (p.lists?.get('cmd') ?? []).map(parseCommand);
    if (commands.length === 0) throw new UsageError('connect: no -c command given');
    const timeoutS = Number(stringFlag(p, 'timeout') ?? '30');
    if (!(timeoutS > 0)) throw new UsageError(`connect: --timeout ${stringFlag(p, 'timeout')}: expected a positive number of seconds`);
    const client = await connect(sandbox ? runningSandbox(stringFlag(p, 'state-dir') ?? DEFAULT_STATE_ROOT, sandbox) : addressDialer(parseAddress(server!)));
    try {
      for (const cmd of commands) {
        try {
          print(JSON.stringify({ method: cmd.method.name, response: await callAgent(client, cmd, timeoutS * 1000) }));
        } catch (e) {
          if (e instanceof TtrpcError) {
            process.stderr.write(`kata-agent-ctl: ${cmd.method.name}: ${codeName(e.code)} (${e.code}): ${e.statusMessage}\n`);
            return 1;
          }
          throw e;
        }
      }
    } finally {
      client.close();
    }
    return 0;
  } catch (e) {
    if (e instanceof RequestError) {
      process.stderr.write(`kata-agent-ctl: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`kata-agent-ctl: ${e.message}\n${name === 'connect' ? CONNECT_USAGE : MAIN_USAGE}\n`);
      return 2;
    }
    process.stderr.write(`kata-agent-ctl: ${(e as Error).message}\n`);
    return 1;
  }
}
