// The kata-crictl command: a CRI client with crictl's verbs and flags (so habits carry over),
// speaking CRI v1 to containerd's CRI plugin through lib/cri/client.ts. This is how the tests and
// the demo drive pods as kubelet does. run() returns the exit status (0 done, 1 a call failed or
// exec's command exit status, 2 bad usage); bin/kata-crictl.js calls it.
import { readFileSync } from 'node:fs';
import { CriClient, CriError, DEFAULT_ENDPOINT } from '../cri/client.js';
import { ConfigError, containerConfig, podSandboxConfig, readConfigFile } from '../cri/config.js';
import { parseCriLog } from '../cri/log-file.js';
import { forwardLocal } from '../cri/port-forward.js';
import { runtime } from '../cri/gen/cri.js';
import { type FlagSpec, type Parsed, UsageError, parseArgs, stringFlag } from './args.js';
import { type OutputFormat, ago, document, humanBytes, parseFormat, parseInfo, table, truncId } from './crictl-output.js';

import v1 = runtime.v1;

interface Ctx {
  client: CriClient;
  out: (s: string) => void;
  err: (s: string) => void;
}

interface Verb {
  usage: string;
  flags: Record<string, FlagSpec>;
  positionals: { min: number; max: number; names: string };
  run(ctx: Ctx, p: Parsed): Promise<number>;
}

const OUTPUT: FlagSpec = { value: true, short: 'o' };
const toJson = <T>(type: { toObject(m: T, o: object): object }, m: T): object => type.toObject(m, { enums: String, longs: Number, defaults: true, bytes: String });
const flag = (p: Parsed, name: string): boolean => p.flags.get(name) === true;

function intFlag(p: Parsed, name: string, dflt: number): number {
  const v = stringFlag(p, name);
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} ${v}: expected a whole number`);
  return Number(v);
}

function format(p: Parsed, dflt: OutputFormat, allowed: OutputFormat[]): OutputFormat {
  try {
    return parseFormat(stringFlag(p, 'output'), dflt, allowed);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

const CONTAINER_STATES: Record<string, v1.ContainerState> = {
  created: v1.ContainerState.CONTAINER_CREATED,
  running: v1.ContainerState.CONTAINER_RUNNING,
  exited: v1.ContainerState.CONTAINER_EXITED,
  unknown: v1.ContainerState.CONTAINER_UNKNOWN,
};
const POD_STATES: Record<string, v1.PodSandboxState> = { ready: v1.PodSandboxState.SANDBOX_READY, notready: v1.PodSandboxState.SANDBOX_NOTREADY };
const containerStateName = (s: v1.ContainerState): string => (v1.ContainerState[s] ?? String(s)).replace(/^CONTAINER_/, '').replace(/^(.)(.*)$/, (_, a: string, b: string) => a + b.toLowerCase());
const podStateName = (s: v1.PodSandboxState): string => (s === v1.PodSandboxState.SANDBOX_READY ? 'Ready' : 'NotReady');

function stateFilter<T>(p: Parsed, states: Record<string, T>): T | undefined {
  const v = stringFlag(p, 'state');
  if (v === undefined) return undefined;
  const s = states[v.toLowerCase()];
  if (s === undefined) throw new UsageError(`--state ${v}: expected one of ${Object.keys(states).join(', ')}`);
  return s;
}

function nameFilter(p: Parsed): RegExp | undefined {
  const v = stringFlag(p, 'name');
  if (v === undefined) return undefined;
  try {
    return new RegExp(v);
  } catch {
    throw new UsageError(`--name ${v}: not a regular expression`);
  }
}

const VERBS: Record<string, Verb> = {
  version: {
    usage: 'kata-crictl version\n\nPrints the runtime\'s name and version and the CRI API version it serves.',
    flags: {},
    positionals: { min: 0, max: 0, names: '' },
    async run({ client, out }) {
      const v = await client.version();
      out(`Version:  0.1.0\nRuntimeName:  ${v.runtimeName}\nRuntimeVersion:  ${v.runtimeVersion}\nRuntimeApiVersion:  ${v.runtimeApiVersion}`);
      return 0;
    },
  },
  info: {
    usage: 'kata-crictl info [-o json|yaml]\n\nPrints the runtime\'s status conditions and its verbose information (the CRI plugin\'s config).',
    flags: { output: OUTPUT },
    positionals: { min: 0, max: 0, names: '' },
    async run({ client, out }, p) {
      const fmt = format(p, 'json', ['json', 'yaml']);
      const s = await client.status({ verbose: true });
      out(document({ status: toJson(v1.RuntimeStatus, s.status ?? v1.RuntimeStatus.create()), ...parseInfo(s.info) }, fmt));
      return 0;
    },
  },
  runp: {
    usage: 'kata-crictl runp [--runtime HANDLER] POD-CONFIG\n\nRuns a pod sandbox from a pod config (JSON or YAML, CRI\'s PodSandboxConfig with crictl\'s\nsnake_case field names) and prints its id.\n\n  --runtime HANDLER   the runtime handler (the RuntimeClass\'s handler), e.g. kata; default: the runtime\'s default',
    flags: { runtime: { value: true } },
    positionals: { min: 1, max: 1, names: 'POD-CONFIG' },
    async run({ client, out }, p) {
      const config = podSandboxConfig(readConfigFile(p.positionals[0]!), p.positionals[0]!);
      const r = await client.runPodSandbox({ config, runtimeHandler: stringFlag(p, 'runtime') ?? '' });
      out(r.podSandboxId);
      return 0;
    },
  },
  create: {
    usage: 'kata-crictl create POD-ID CONTAINER-CONFIG POD-CONFIG\n\nCreates a container in a running pod and prints its id. CONTAINER-CONFIG is CRI\'s ContainerConfig,\nPOD-CONFIG the pod\'s config as given to runp (JSON or YAML). The image must be present (no pull).',
    flags: {},
    positionals: { min: 3, max: 3, names: 'POD-ID CONTAINER-CONFIG POD-CONFIG' },
    async run({ client, out }, p) {
      const [pod, ctrPath, podPath] = p.positionals as [string, string, string];
      const config = containerConfig(readConfigFile(ctrPath), ctrPath);
      const sandboxConfig = podSandboxConfig(readConfigFile(podPath), podPath);
      const r = await client.createContainer({ podSandboxId: pod, config, sandboxConfig });
      out(r.containerId);
      return 0;
    },
  },
  start: {
    usage: 'kata-crictl start CONTAINER-ID...\n\nStarts created containers.',
    flags: {},
    positionals: { min: 1, max: Infinity, names: 'CONTAINER-ID' },
    async run({ client, out }, p) {
      for (const id of p.positionals) {
        await client.startContainer(id);
        out(id);
      }
      return 0;
    },
  },
  exec: {
    usage: 'kata-crictl exec -s [--timeout SECONDS] CONTAINER-ID COMMAND [ARG...]\n\nRuns a command in a running container (ExecSync) and prints its output; the exit status is the\ncommand\'s. Options go before CONTAINER-ID: everything after it is the command.\n\n  -s, --sync          run synchronously (required: streaming exec is not supported)\n  --timeout SECONDS   stop the command after this long (default 0: none)',
    flags: { sync: { short: 's' }, timeout: { value: true } },
    positionals: { min: 2, max: Infinity, names: 'CONTAINER-ID COMMAND' },
    async run({ client }, p) {
      if (!flag(p, 'sync')) throw new UsageError('exec: only -s (ExecSync) is supported; streaming exec is not');
      const [id, ...cmd] = p.positionals as [string, ...string[]];
      const r = await client.execSync(id, cmd, intFlag(p, 'timeout', 0));
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      return r.exitCode;
    },
  },
  'port-forward': {
    usage: 'kata-crictl port-forward POD-ID [LOCAL-PORT:]REMOTE-PORT\n\nForwards 127.0.0.1:LOCAL-PORT on this host to REMOTE-PORT in the pod (CRI PortForward, the\nstreaming server\'s WebSocket protocol), until interrupted. LOCAL-PORT 0 lets the kernel choose;\nwithout it, the local port is the remote one. Prints "Forwarding from 127.0.0.1:L -> R".',
    flags: {},
    positionals: { min: 2, max: 2, names: 'POD-ID [LOCAL-PORT:]REMOTE-PORT' },
    async run({ client, out, err }, p) {
      const [pod, spec] = p.positionals as [string, string];
      const m = /^(?:(\d{1,5}):)?(\d{1,5})$/.exec(spec);
      const remote = Number(m?.[2]);
      const local = m?.[1] === undefined ? remote : Number(m[1]);
      if (!m || remote < 1 || remote > 65535 || local > 65535) throw new UsageError(`port-forward: ${spec}: expected [LOCAL-PORT:]REMOTE-PORT, ports 1-65535 (LOCAL-PORT 0: any)`);
      const f = await forwardLocal(client, pod, local, remote, (message) => err(`port-forward: ${message}`));
      out(`Forwarding from 127.0.0.1:${f.port} -> ${remote}`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      f.close();
      return 0;
    },
  },
  ps: {
    usage: 'kata-crictl ps [-a] [-q] [-p POD-ID] [--name REGEX] [--state STATE] [--id ID] [--no-trunc] [-o table|json|yaml]\n\nLists containers (running ones unless -a or --state).\n\n  -a, --all           all states\n  -q, --quiet         ids only\n  -p, --pod POD-ID    in this pod\n  --name REGEX        names matching\n  --state STATE       created, running, exited or unknown\n  --id ID             this container (a prefix is enough)\n  --no-trunc          full ids',
    flags: { all: { short: 'a' }, quiet: { short: 'q' }, pod: { value: true, short: 'p' }, name: { value: true }, state: { value: true }, id: { value: true }, 'no-trunc': {}, output: OUTPUT },
    positionals: { min: 0, max: 0, names: '' },
    async run({ client, out }, p) {
      const fmt = format(p, 'table', ['table', 'json', 'yaml']);
      const state = stateFilter(p, CONTAINER_STATES) ?? (flag(p, 'all') ? undefined : v1.ContainerState.CONTAINER_RUNNING);
      const re = nameFilter(p);
      const { containers } = await client.listContainers({ podSandboxId: stringFlag(p, 'pod') ?? '', ...(state !== undefined ? { state: { state } } : {}) });
      const idPrefix = stringFlag(p, 'id');
      // Decoded messages are class instances: every scalar and list field is set (proto3 defaults).
      const list = (containers as v1.Container[]).filter((c) => (!re || re.test(c.metadata?.name ?? '')) && (!idPrefix || c.id.startsWith(idPrefix))).sort((a, b) => b.createdAt - a.createdAt);
      if (flag(p, 'quiet')) return out(list.map((c) => c.id).join('\n')), 0;
      if (fmt !== 'table') return out(document({ containers: list.map((c) => toJson(v1.Container, c)) }, fmt)), 0;
      const pods = new Map(((await client.listPodSandbox()).items as v1.PodSandbox[]).map((s) => [s.id, s.metadata?.name ?? '']));
      const full = flag(p, 'no-trunc');
      out(table(['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD'], list.map((c) => [
        truncId(c.id, full), c.image?.image ?? c.imageRef, ago(c.createdAt), containerStateName(c.state), c.metadata?.name ?? '', String(c.metadata?.attempt ?? 0), truncId(c.podSandboxId, full), pods.get(c.podSandboxId) ?? '',
      ])));
      return 0;
    },
  },
  pods: {
    usage: 'kata-crictl pods [-q] [--name REGEX] [--state ready|notready] [--id ID] [--no-trunc] [-o table|json|yaml]\n\nLists pod sandboxes.',
    flags: { quiet: { short: 'q' }, name: { value: true }, state: { value: true }, id: { value: true }, 'no-trunc': {}, output: OUTPUT },
    positionals: { min: 0, max: 0, names: '' },
    async run({ client, out }, p) {
      const fmt = format(p, 'table', ['table', 'json', 'yaml']);
      const state = stateFilter(p, POD_STATES);
      const re = nameFilter(p);
      const idPrefix = stringFlag(p, 'id');
      const { items } = await client.listPodSandbox(state !== undefined ? { state: { state } } : {});
      const list = (items as v1.PodSandbox[]).filter((s) => (!re || re.test(s.metadata?.name ?? '')) && (!idPrefix || s.id.startsWith(idPrefix))).sort((a, b) => b.createdAt - a.createdAt);
      if (flag(p, 'quiet')) return out(list.map((s) => s.id).join('\n')), 0;
      if (fmt !== 'table') return out(document({ items: list.map((s) => toJson(v1.PodSandbox, s)) }, fmt)), 0;
      const full = flag(p, 'no-trunc');
      out(table(['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME'], list.map((s) => [
        truncId(s.id, full), ago(s.createdAt), podStateName(s.state), s.metadata?.name ?? '', s.metadata?.namespace ?? '', String(s.metadata?.attempt ?? 0), s.runtimeHandler || '(default)',
      ])));
      return 0;
    },
  },
  inspect: {
    usage: 'kata-crictl inspect [-o json|yaml] CONTAINER-ID...\n\nPrints each container\'s status (state, exit code and reason, log path …) and the runtime\'s verbose info.',
    flags: { output: OUTPUT },
    positionals: { min: 1, max: Infinity, names: 'CONTAINER-ID' },
    async run({ client, out }, p) {
      const fmt = format(p, 'json', ['json', 'yaml']);
      for (const id of p.positionals) {
        const r = await client.containerStatus(id, true);
        out(document({ status: toJson(v1.ContainerStatus, r.status ?? v1.ContainerStatus.create()), ...parseInfo(r.info) }, fmt));
      }
      return 0;
    },
  },
  inspectp: {
    usage: 'kata-crictl inspectp [-o json|yaml] POD-ID...\n\nPrints each pod sandbox\'s status (state, IP, namespaces …) and the runtime\'s verbose info.',
    flags: { output: OUTPUT },
    positionals: { min: 1, max: Infinity, names: 'POD-ID' },
    async run({ client, out }, p) {
      const fmt = format(p, 'json', ['json', 'yaml']);
      for (const id of p.positionals) {
        const r = await client.podSandboxStatus(id, true);
        out(document({ status: toJson(v1.PodSandboxStatus, r.status ?? v1.PodSandboxStatus.create()), ...parseInfo(r.info) }, fmt));
      }
      return 0;
    },
  },
  logs: {
    usage: 'kata-crictl logs [--tail N] [-t] CONTAINER-ID\n\nPrints a container\'s log (the CRI log file at its log path): its stdout lines to stdout and its\nstderr lines to stderr, in the order written.\n\n  --tail N            the last N lines only\n  -t, --timestamps    each line prefixed with the time it was written',
    flags: { tail: { value: true }, timestamps: { short: 't' } },
    positionals: { min: 1, max: 1, names: 'CONTAINER-ID' },
    async run({ client }, p) {
      const id = p.positionals[0]!;
      const r = await client.containerStatus(id);
      const path = r.status?.logPath;
      if (!path) throw new Error(`container ${id} has no log path (its config set no log_path)`);
      let lines = parseCriLog(readFileSync(path, 'utf8'));
      const tail = stringFlag(p, 'tail');
      if (tail !== undefined) lines = lines.slice(Math.max(0, lines.length - intFlag(p, 'tail', 0)));
      for (const l of lines) (l.stream === 'stdout' ? process.stdout : process.stderr).write(`${flag(p, 'timestamps') ? `${l.time} ` : ''}${l.text}\n`);
      return 0;
    },
  },
  stats: {
    usage: 'kata-crictl stats [-p POD-ID] [-o table|json|yaml] [CONTAINER-ID]\n\nPrints containers\' CPU and memory use (ContainerStats / ListContainerStats).',
    flags: { pod: { value: true, short: 'p' }, output: OUTPUT },
    positionals: { min: 0, max: 1, names: 'CONTAINER-ID' },
    async run({ client, out }, p) {
      const fmt = format(p, 'table', ['table', 'json', 'yaml']);
      const id = p.positionals[0];
      const stats = id ? [(await client.containerStats(id)).stats!] : (await client.listContainerStats({ podSandboxId: stringFlag(p, 'pod') ?? '' })).stats;
      if (fmt !== 'table') return out(document({ stats: stats.map((s) => toJson(v1.ContainerStats, s)) }, fmt)), 0;
      out(table(['CONTAINER', 'NAME', 'CPU (ns)', 'CPU %', 'MEM', 'DISK', 'INODES'], stats.map((s) => [
        truncId(s.attributes?.id ?? '', false), s.attributes?.metadata?.name ?? '', String(s.cpu?.usageCoreNanoSeconds?.value ?? 0), ((s.cpu?.usageNanoCores?.value ?? 0) / 1e7).toFixed(2),
        humanBytes(s.memory?.workingSetBytes?.value ?? 0), humanBytes(s.writableLayer?.usedBytes?.value ?? 0), String(s.writableLayer?.inodesUsed?.value ?? 0),
      ])));
      return 0;
    },
  },
  statsp: {
    usage: 'kata-crictl statsp [-o table|json|yaml] [POD-ID]\n\nPrints pod sandboxes\' CPU and memory use (PodSandboxStats / ListPodSandboxStats).',
    flags: { output: OUTPUT },
    positionals: { min: 0, max: 1, names: 'POD-ID' },
    async run({ client, out }, p) {
      const fmt = format(p, 'table', ['table', 'json', 'yaml']);
      const id = p.positionals[0];
      const stats = id ? [(await client.podSandboxStats(id)).stats!] : (await client.listPodSandboxStats()).stats;
      if (fmt !== 'table') return out(document({ stats: stats.map((s) => toJson(v1.PodSandboxStats, s)) }, fmt)), 0;
      out(table(['POD', 'NAME', 'CPU (ns)', 'MEM'], stats.map((s) => [
        truncId(s.attributes?.id ?? '', false), s.attributes?.metadata?.name ?? '', String(s.linux?.cpu?.usageCoreNanoSeconds?.value ?? 0), humanBytes(s.linux?.memory?.workingSetBytes?.value ?? 0),
      ])));
      return 0;
    },
  },
  stop: {
    usage: 'kata-crictl stop [-t SECONDS] CONTAINER-ID...\n\nStops running containers: the stop signal, then SIGKILL after the timeout.\n\n  -t, --timeout SECONDS   grace period before SIGKILL (default 0)',
    flags: { timeout: { value: true, short: 't' } },
    positionals: { min: 1, max: Infinity, names: 'CONTAINER-ID' },
    async run({ client, out }, p) {
      const timeout = intFlag(p, 'timeout', 0);
      for (const id of p.positionals) {
        await client.stopContainer(id, timeout);
        out(id);
      }
      return 0;
    },
  },
  stopp: {
    usage: 'kata-crictl stopp POD-ID...\n\nStops pod sandboxes: their containers, the sandbox (for kata: the VM) and its network.',
    flags: {},
    positionals: { min: 1, max: Infinity, names: 'POD-ID' },
    async run({ client, out }, p) {
      for (const id of p.positionals) {
        await client.stopPodSandbox(id);
        out(`Stopped sandbox ${id}`);
      }
      return 0;
    },
  },
  rm: {
    usage: 'kata-crictl rm [-f] CONTAINER-ID...\n\nRemoves containers.\n\n  -f, --force   stop a running container first',
    flags: { force: { short: 'f' } },
    positionals: { min: 1, max: Infinity, names: 'CONTAINER-ID' },
    async run({ client, out }, p) {
      for (const id of p.positionals) {
        if (flag(p, 'force')) await client.stopContainer(id, 0);
        await client.removeContainer(id);
        out(id);
      }
      return 0;
    },
  },
  rmp: {
    usage: 'kata-crictl rmp [-f] POD-ID...\n\nRemoves pod sandboxes (and their containers).\n\n  -f, --force   stop a ready pod first',
    flags: { force: { short: 'f' } },
    positionals: { min: 1, max: Infinity, names: 'POD-ID' },
    async run({ client, out }, p) {
      for (const id of p.positionals) {
        if (flag(p, 'force')) await client.stopPodSandbox(id);
        await client.removePodSandbox(id);
        out(`Removed sandbox ${id}`);
      }
      return 0;
    },
  },
  images: {
    usage: 'kata-crictl images [-q] [--no-trunc] [-o table|json|yaml]\n\nLists the images the CRI plugin knows (ImageService.ListImages).',
    flags: { quiet: { short: 'q' }, 'no-trunc': {}, output: OUTPUT },
    positionals: { min: 0, max: 0, names: '' },
    async run({ client, out }, p) {
      const fmt = format(p, 'table', ['table', 'json', 'yaml']);
      const { images } = await client.listImages();
      if (flag(p, 'quiet')) return out(images.map((i) => i.id).join('\n')), 0;
      if (fmt !== 'table') return out(document({ images: images.map((i) => toJson(v1.Image, i)) }, fmt)), 0;
      const full = flag(p, 'no-trunc');
      const rows: string[][] = [];
      // Decoded messages are class instances: every scalar and list field is set (proto3 defaults).
      for (const i of images as v1.Image[]) {
        const tags = i.repoTags.length ? i.repoTags : ['<none>:<none>'];
        for (const t of tags) {
          const at = t.lastIndexOf(':');
          rows.push([t.slice(0, at), t.slice(at + 1), full ? i.id : i.id.replace(/^sha256:/, '').slice(0, 13), humanBytes(i.size)]);
        }
      }
      out(table(['IMAGE', 'TAG', 'IMAGE ID', 'SIZE'], rows));
      return 0;
    },
  },
};

const MAIN_USAGE = `Usage: kata-crictl [global options] COMMAND [options] [arguments]

A client for the Kubernetes Container Runtime Interface (CRI v1), with crictl's commands and flags.

Global options (before COMMAND):
  -r, --runtime-endpoint ENDPOINT   the CRI socket (default: $CONTAINER_RUNTIME_ENDPOINT, else
                                    ${DEFAULT_ENDPOINT})
  -i, --image-endpoint ENDPOINT     the image service socket (default: the runtime endpoint)
  -t, --timeout SECONDS             deadline of each call (default: none)
  -h, --help                        this help

Commands:
  version    runtime name and version          info      runtime status and config
  runp       run a pod sandbox                 create    create a container in a pod
  start      start containers                  exec      run a command in a container (-s)
  ps         list containers                   pods      list pod sandboxes
  inspect    container status                  inspectp  pod sandbox status
  logs       a container's log                 stats     container CPU and memory
  statsp     pod CPU and memory                stop      stop containers
  stopp      stop pod sandboxes                rm        remove containers
  rmp        remove pod sandboxes              images    list images
  port-forward  forward a local port to a pod

kata-crictl COMMAND --help describes a command.`;

/**
 * exec's options come before the container id; everything after it is the command, flags included
 * (crictl's rule), so split there before parsing.
 */
function splitExec(argv: string[], flags: Record<string, FlagSpec>): string[] {
  const valueFlags = new Set(Object.entries(flags).filter(([, f]) => f.value).flatMap(([n, f]) => [`--${n}`, ...(f.short ? [`-${f.short}`] : [])]));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return argv;
    if (!a.startsWith('-')) return [...argv.slice(0, i), '--', ...argv.slice(i)];
    if (valueFlags.has(a)) i++;
  }
  return argv;
}

export async function run(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const out = (s: string): void => void (s && process.stdout.write(`${s}\n`));
  const err = (s: string): void => void process.stderr.write(`kata-crictl: ${s}\n`);
  let endpoint = env.CONTAINER_RUNTIME_ENDPOINT || DEFAULT_ENDPOINT;
  let timeoutMs = 0;
  let i = 0;
  try {
    for (; i < argv.length && argv[i]!.startsWith('-'); i++) {
      const a = argv[i]!;
      const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      const value = (): string => {
        const v = inline ?? argv[++i];
        if (v === undefined || v === '') throw new UsageError(`option ${name} needs a value`);
        return v;
      };
      if (name === '-h' || name === '--help') return out(MAIN_USAGE), 0;
      else if (name === '-r' || name === '--runtime-endpoint') endpoint = value();
      else if (name === '-i' || name === '--image-endpoint') value(); // one socket serves both services here
      else if (name === '-t' || name === '--timeout') {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--timeout ${v}: expected whole seconds`);
        timeoutMs = Number(v) * 1000;
      } else if (name === '-D' || name === '--debug') continue;
      else throw new UsageError(`unknown global option ${name}`);
    }
  } catch (e) {
    err(`${(e as Error).message}\n${MAIN_USAGE}`);
    return 2;
  }
  const name = argv[i];
  if (name === undefined || name === 'help') {
    (name ? process.stdout : process.stderr).write(`${name ? '' : 'kata-crictl: missing command\n'}${MAIN_USAGE}\n`);
    return name ? 0 : 2;
  }
  const verb = VERBS[name];
  if (!verb) {
    err(`unknown command ${JSON.stringify(name)}\n${MAIN_USAGE}`);
    return 2;
  }
  let rest = argv.slice(i + 1);
  if (name === 'exec') rest = splitExec(rest, verb.flags);
  const dashdash = rest.indexOf('--');
  if ((dashdash < 0 ? rest : rest.slice(0, dashdash)).some((a) => a === '-h' || a === '--help')) return out(`Usage: ${verb.usage}`), 0;
  let client: CriClient | undefined;
  try {
    const p = parseArgs(name, rest, verb.flags, verb.positionals);
    client = new CriClient(endpoint, timeoutMs);
    return await verb.run({ client, out, err }, p);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\nUsage: ${verb.usage}`);
      return 2;
    }
    if (e instanceof ConfigError) {
      err(e.message);
      return 2;
    }
    if (e instanceof CriError) {
      err(`${e.message} (endpoint ${endpoint})`);
      return 1;
    }
    err((e as Error).message);
    return 1;
  } finally {
    client?.close();
  }
}
