// A private pod network for tests and the bench, wired by Debian's CNI plugins exactly as a CNI
// runtime (containerd's CRI plugin) calls them: the plugin binary with CNI_COMMAND, CNI_NETNS,
// CNI_IFNAME, CNI_CONTAINERID and CNI_PATH in its environment and the network config as JSON on
// stdin. The bridge lives in a network namespace of its own, so every address and every byte
// stays inside namespaces this module creates (`ip netns add`); nothing touches the host's
// interfaces. IPAM (host-local) keeps its leases in a temporary directory.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CommandResult, runCommand } from './run-command.js';

export const CNI_PATH = '/usr/lib/cni';
const NETNS_DIR = '/run/netns';

export interface CniResult {
  ips: { address: string; gateway?: string }[];
  interfaces: { name: string; mac?: string; sandbox?: string }[];
}

/** The missing pieces, or undefined when the plugins, ip(8) and nsenter(1) are all there. */
export function cniMissing(): string | undefined {
  for (const p of [join(CNI_PATH, 'bridge'), join(CNI_PATH, 'host-local'), '/usr/sbin/ip', '/usr/bin/nsenter']) {
    if (!existsSync(p)) return `${p} is missing (apt-get install containernetworking-plugins iproute2 util-linux)`;
  }
  return undefined;
}

function ip(args: string[]): void {
  const r = spawnSync('/usr/sbin/ip', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')}: ${r.stderr.trim()}`);
}

export const netnsPath = (name: string): string => join(NETNS_DIR, name);

/** A network namespace made with `ip netns add`; removed with `ip netns del`. */
export function addNetns(name: string): string {
  ip(['netns', 'add', name]);
  ip(['-n', name, 'link', 'set', 'lo', 'up']);
  return netnsPath(name);
}

export function delNetns(name: string): void {
  if (existsSync(netnsPath(name))) ip(['netns', 'del', name]);
}

/** Names in /run/netns containing text (leak checks). */
export function netnsNamed(text: string): string[] {
  return existsSync(NETNS_DIR) ? readdirSync(NETNS_DIR).filter((n) => n.includes(text)) : [];
}

/**
 * One bridge network: a namespace for the bridge (the "host" side the plugin runs in), and pods
 * added to it with add(). Subnets are private (10.x/24 and fd00::/64 ULA) and exist only here.
 */
export class CniBridge {
  private readonly pods = new Map<string, string>();
  private readonly dataDir: string;
  readonly bridgeNs: string;

  constructor(
    readonly tag: string,
    /** Third octet of 10.222.<n>.0/24, and the fd00:222:<n>::/64 IPv6 subnet. */
    readonly subnet: number,
    readonly ipv6 = true,
  ) {
    this.dataDir = mkdtempSync(join(tmpdir(), 'kata-cni-'));
    this.bridgeNs = `ktbr${tag}`;
    addNetns(this.bridgeNs);
  }

  private config(): string {
    const ranges: { subnet: string }[][] = [[{ subnet: `10.222.${this.subnet}.0/24` }]];
    if (this.ipv6) ranges.push([{ subnet: `fd00:222:${this.subnet}::/64` }]);
    return JSON.stringify({
      cniVersion: '1.0.0',
      name: `kt-net${this.tag}`,
      type: 'bridge',
      bridge: 'ktbr0',
      isGateway: true,
      ipMasq: false,
      mtu: 1400,
      ipam: { type: 'host-local', ranges, routes: [{ dst: '0.0.0.0/0' }, ...(this.ipv6 ? [{ dst: '::/0' }] : [])], dataDir: this.dataDir },
    });
  }

  /** Runs the bridge plugin in the bridge's namespace, as a CNI runtime would. */
  private plugin(command: 'ADD' | 'DEL', id: string, netns: string): Promise<string> {
    const env = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', CNI_COMMAND: command, CNI_CONTAINERID: id, CNI_NETNS: netns, CNI_IFNAME: 'eth0', CNI_PATH };
    return new Promise((resolve, reject) => {
      const p = spawn('/usr/bin/nsenter', [`--net=${netnsPath(this.bridgeNs)}`, '--', join(CNI_PATH, 'bridge')], { env, stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      p.stdout.on('data', (b: Buffer) => (out += b.toString()));
      p.stderr.on('data', (b: Buffer) => (err += b.toString()));
      p.on('error', reject);
      p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`CNI ${command} ${id}: exit ${code}: ${out.trim()} ${err.trim()}`))));
      p.stdin.end(this.config());
    });
  }

  /** A new pod namespace `name` with eth0 on the bridge; returns the namespace path and the plugin's result. */
  async add(name: string): Promise<{ netns: string; result: CniResult }> {
    const netns = addNetns(name);
    this.pods.set(name, netns);
    const out = await this.plugin('ADD', name, netns);
    return { netns, result: JSON.parse(out) as CniResult };
  }

  /** CNI DEL and `ip netns del` of one pod. */
  async remove(name: string): Promise<void> {
    const netns = this.pods.get(name);
    if (!netns) return;
    this.pods.delete(name);
    await this.plugin('DEL', name, netns).catch(() => undefined);
    delNetns(name);
  }

  /** Every pod, the bridge namespace and the IPAM leases. */
  async destroy(): Promise<void> {
    for (const name of [...this.pods.keys()]) await this.remove(name);
    delNetns(this.bridgeNs);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Runs argv inside a network namespace (nsenter --net); resolves with its output and exit code. */
export function inNetns(netns: string, argv: string[], timeoutMs = 30000): Promise<CommandResult> {
  return runCommand('/usr/bin/nsenter', [`--net=${netns}`, '--', ...argv], timeoutMs);
}

// A one-shot HTTP GET by Node itself (run in the namespace with nsenter): busybox's wget on the
// host hangs instead of failing when it runs without a terminal here, so the client is Node.
const GET = `const http = require('node:http');
const req = http.get(process.argv[1], { agent: false, timeout: Number(process.argv[2]) }, (res) => {
  let body = ''; res.setEncoding('utf8'); res.on('data', (d) => (body += d)); res.on('end', () => { process.stdout.write(body); process.exit(res.statusCode === 200 ? 0 : 1); });
});
req.on('timeout', () => req.destroy(new Error('timed out')));
req.on('error', (e) => { process.stderr.write(e.message); process.exit(1); });`;

/** GET url from inside netns; resolves with the body, the error and the exit code. */
export function httpGetIn(netns: string, url: string, timeoutMs = 10000): Promise<{ stdout: string; stderr: string; code: number }> {
  return inNetns(netns, [process.execPath, '-e', GET, url, String(timeoutMs)], timeoutMs + 10000);
}
