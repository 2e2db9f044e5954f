// The kata-runtime command: check the host, show the effective configuration, list sandboxes,
// open a sandbox's debug console, print the version. run() returns the exit status (0 done,
// 1 failed, 2 bad usage) so tests and bin/kata-runtime.js share one entry point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../common/package-root.js';
import { DEFAULT_STATE_ROOT } from '../runtime/state.js';
import { type FlagSpec, type Parsed, UsageError, parseArgs, stringFlag } from './args.js';
import { formatCheck, runChecks } from './check.js';
import { envReport, formatEnv } from './env.js';
import { attach, consoleTarget } from './exec.js';
import { factoryDestroy, factoryInit, factoryStatus, formatStatus } from './factory.js';
import { getIPTables, setIPTables } from './iptables.js';
import { formatList, listSandboxes } from './list.js';
import { sandboxMetrics } from './metrics.js';

interface Command {
  summary: string;
  usage: string;
  flags: Record<string, FlagSpec>;
  positionals: { min: number; max: number; names: string };
  run(p: Parsed): Promise<number>;
}

const HELP: FlagSpec = {};
const JSON_FLAG: FlagSpec = {};

const print = (s: string): void => void process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
const json = (v: unknown): void => print(JSON.stringify(v, null, 2));

const commands: Record<string, Command> = {
  check: {
    summary: 'check that this host can run kata-ts',
    usage: `Usage: kata-runtime check [--json]

One line per check: root, QEMU and its version, KVM or TCG (and why), which start the guest's
agent will use (its V8 snapshot where the build proved it on this host's guest CPU; otherwise
the bundle) and why, the agent channel, the
shared filesystem (virtio-fs: the daemon and QEMU's vhost-user-fs-pci; or virtio-9p),
the guest assets the configuration names, containerd. Exits 1 when a required check fails;
WARN and INFO lines do not fail it. The configuration is found as the shim finds it
(KATA_CONF_FILE, /etc/kata-ts/configuration.toml, the shipped default).`,
    flags: { help: HELP, json: JSON_FLAG },
    positionals: { min: 0, max: 0, names: '' },
    async run(p) {
      const results = await runChecks();
      const failed = results.some((r) => r.status === 'fail');
      if (p.flags.has('json')) json({ ok: !failed, checks: results });
      else {
        for (const r of results) print(formatCheck(r));
        print(failed ? 'kata-ts cannot run on this host: see the FAIL lines' : 'kata-ts can run on this host');
      }
      return failed ? 1 : 0;
    },
  },
  env: {
    summary: 'show the effective configuration, hypervisor and guest assets',
    usage: `Usage: kata-runtime env [--json]

The configuration file in effect and why it was chosen, its values, the hypervisor (path,
version, accelerator), the guest kernel and initrd/image with their image details, and which
start the guest's agent will use (snapshot, bundle or modules) and why.`,
    flags: { help: HELP, json: JSON_FLAG },
    positionals: { min: 0, max: 0, names: '' },
    async run(p) {
      const r = envReport();
      if (p.flags.has('json')) json(r);
      else print(formatEnv(r));
      return 0;
    },
  },
  list: {
    summary: 'list the sandboxes on this host',
    usage: `Usage: kata-runtime list [--state-dir DIR] [--json]

Sandboxes recorded under DIR/sandboxes (default ${DEFAULT_STATE_ROOT}): id, creation time, QEMU pid
and whether that QEMU still runs, containers. A corrupt record is named on stderr (the others are
still listed) and the exit status is then 1.`,
    flags: { help: HELP, json: JSON_FLAG, 'state-dir': { value: true } },
    positionals: { min: 0, max: 0, names: '' },
    async run(p) {
      const corrupt: string[] = [];
      const entries = listSandboxes(stringFlag(p, 'state-dir') ?? DEFAULT_STATE_ROOT, (e) => corrupt.push(e.message));
      if (p.flags.has('json')) json(entries);
      else print(formatList(entries));
      for (const c of corrupt) process.stderr.write(`kata-runtime list: ${c}\n`);
      return corrupt.length > 0 ? 1 : 0;
    },
  },
  exec: {
    summary: "open a root shell in a sandbox's VM (the agent's debug console)",
    usage: `Usage: kata-runtime exec [--state-dir DIR] <sandbox-id>

Connects the terminal to the debug console of the sandbox's guest: a root shell in the VM, not
in a container. The sandbox must have been created with debug_console_enabled = true in
[agent.kata]. The shell has no terminal: lines are edited locally and sent on Enter. Leave with
Ctrl-D or Ctrl-C; with stdin piped, the session ends when stdin ends and the guest has gone
quiet for 3 s.`,
    flags: { help: HELP, 'state-dir': { value: true } },
    positionals: { min: 1, max: 1, names: '<sandbox-id>' },
    async run(p) {
      await attach(consoleTarget(stringFlag(p, 'state-dir') ?? DEFAULT_STATE_ROOT, p.positionals[0]!));
      return 0;
    },
  },
  factory: {
    summary: 'make, remove or show the VM template new sandboxes are cloned from',
    usage: `Usage: kata-runtime factory init|destroy|status [--json]

VM templating ([factory] enable_template = true; docs/vm-template.md). init boots one VM of the
configuration's default size to its agent, saves it in template_path and checks that a clone of
it starts; from then on a sandbox whose VM is the same starts as a clone instead of booting.
destroy removes the template (running clones are not affected). status says whether there is one,
what it holds, and whether the configuration in effect can use it. The configuration is found as
the shim finds it (KATA_CONF_FILE, /etc/kata-ts/configuration.toml, the shipped default).`,
    flags: { help: HELP, json: JSON_FLAG },
    positionals: { min: 1, max: 1, names: 'init|destroy|status' },
    async run(p) {
      const verb = p.positionals[0]!;
      const asJson = p.flags.has('json');
      if (verb === 'init') {
        const r = await factoryInit((line) => process.stderr.write(`kata-runtime factory init: ${line}\n`));
        if (asJson) json(r);
        else print(formatStatus(r));
      } else if (verb === 'destroy') {
        const r = factoryDestroy();
        if (asJson) json(r);
        else print(r.removed ? `removed the VM template in ${r.dir}` : `no VM template in ${r.dir}`);
      } else if (verb === 'status') {
        const r = factoryStatus();
        if (asJson) json(r);
        else print(formatStatus(r));
        return r.exists && !r.problem ? 0 : 1;
      } else {
        throw new UsageError(`factory: unknown action ${JSON.stringify(verb)}; expected init, destroy or status`);
      }
      return 0;
    },
  },
  metrics: {
    summary: "print a sandbox's metrics (Prometheus text format)",
    usage: `Usage: kata-runtime metrics [--state-dir DIR] <sandbox-id>

The sandbox's metrics in Prometheus text format, named as Kata's kata-monitor names them:
kata_shim_* and kata_hypervisor_* (the shim's and QEMU's CPU, memory, IO, fds, threads from
/proc on this host), kata_agent_* and kata_guest_* (the agent process, the guest's meminfo, load,
tasks, CPU time, vmstat and network devices, from the agent's GetMetrics), and
kata_guest_container_* (each container's cgroup in the guest). Every series has sandbox_id.
The agent is reached over hybrid vsock; a part that cannot be read is a # comment line.`,
    flags: { help: HELP, 'state-dir': { value: true } },
    positionals: { min: 1, max: 1, names: '<sandbox-id>' },
    async run(p) {
      process.stdout.write(await sandboxMetrics(stringFlag(p, 'state-dir') ?? DEFAULT_STATE_ROOT, p.positionals[0]!));
      return 0;
    },
  },
  iptables: {
    summary: "read or replace the packet filter in a sandbox's guest",
    usage: `Usage: kata-runtime iptables get [--v6] [--state-dir DIR] <sandbox-id>
       kata-runtime iptables set [--v6] [--state-dir DIR] <sandbox-id> [FILE|-]

get prints the guest's rules as iptables-save does (ip6tables-save with --v6). set replaces the
tables that FILE (or standard input) names, in iptables-restore's format. The rules apply inside
the VM, to the pod's traffic. The sandbox must reach its agent over hybrid vsock.`,
    flags: { help: HELP, v6: {}, 'state-dir': { value: true } },
    positionals: { min: 2, max: 3, names: 'get|set <sandbox-id> [FILE]' },
    async run(p) {
      const [verb, id, file] = p.positionals as [string, string, string | undefined];
      const root = stringFlag(p, 'state-dir') ?? DEFAULT_STATE_ROOT;
      const v6 = p.flags.has('v6');
      if (verb === 'get') {
        if (file !== undefined) throw new UsageError(`iptables get: unexpected argument ${JSON.stringify(file)}`);
        process.stdout.write(await getIPTables(root, id, v6));
      } else if (verb === 'set') {
        process.stdout.write(await setIPTables(root, id, v6, file ?? '-'));
      } else {
        throw new UsageError(`iptables: unknown action ${JSON.stringify(verb)}; expected get or set`);
      }
      return 0;
    },
  },
  version: {
    summary: 'print the version',
    usage: 'Usage: kata-runtime version\n\nThe kata-runtime (kata-ts package) version and the Node.js it runs on.',
    flags: { help: HELP },
    positionals: { min: 0, max: 0, names: '' },
    async run() {
      print(`kata-runtime  : ${packageVersion()}\n   runtime   : kata-ts (io.containerd.kata.v2)\n   node      : ${process.version}`);
      return 0;
    },
  },
};

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function mainUsage(): string {
  const names = Object.keys(commands);
  const w = Math.max(...names.map((n) => n.length));
  return `Usage: kata-runtime <command> [options]

Commands:
${names.map((n) => `  ${n.padEnd(w)}  ${commands[n]!.summary}`).join('\n')}

Run kata-runtime <command> --help for a command's options.`;
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      process.stderr.write(`kata-runtime: missing command\n${mainUsage()}\n`);
      return 2;
    }
    print(mainUsage());
    return 0;
  }
  if (name === '--version' || name === '-v') return commands.version!.run({ flags: new Map(), positionals: [] });
  const cmd = commands[name];
  try {
    if (!cmd) throw new UsageError(`unknown command ${JSON.stringify(name)}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      print(cmd.usage);
      return 0;
    }
    return await cmd.run(parseArgs(name, rest, cmd.flags, cmd.positionals));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`kata-runtime: ${e.message}\n${cmd ? cmd.usage : mainUsage()}\n`);
      return 2;
    }
    process.stderr.write(`kata-runtime: ${(e as Error).message}\n`);
    return 1;
  }
}
