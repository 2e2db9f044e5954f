// The pod's network on the host side, Kata's "tcfilter" model: the runtime reads what the network
// plugin (CNI) set up in the pod's network namespace — each interface's MAC, MTU and addresses,
// the routes and static neighbours — and for each interface makes a tap in the same namespace,
// an ingress qdisc on both, and two u32 filters that redirect every frame veth→tap and tap→veth.
// QEMU gets the taps' fds; the agent gets the interfaces, routes and neighbours to recreate in
// the guest. detach() (and cleanupNetwork() from the state record after a crash) removes what
// attach() made and never touches the plugin's veth or its addresses. All netlink and tc work
// goes through the addon. Called by lib/runtime/sandbox-vm.ts, sandbox.ts and cleanup.ts.
import { existsSync } from 'node:fs';
import type { AgentService } from '../agent/connect.js';
import type { VmNetwork } from '../hypervisor/plan.js';
import type { InternetworkingModel } from '../config/types.js';
import { types } from '../common/proto/gen/protocols.js';
import type { Logger } from '../common/log/logger.js';
import { type NativeAddress, type NativeLink, type NativeNeighbour, type NativeRoute, isNativeError, loadAddon } from '../common/native/addon.js';

// linux/socket.h, linux/if.h, linux/rtnetlink.h, linux/neighbour.h, linux/if_arp.h
export const AF_INET = 2;
export const AF_INET6 = 10;
const IFF_LOOPBACK = 0x8;
const RT_SCOPE_LINK = 253;
const RT_SCOPE_HOST = 254;
const NUD_PERMANENT = 0x80;
const ARPHRD_ETHER = 1;

export interface PodInterface {
  /** The plugin's name for it in the pod namespace (eth0); the guest NIC gets the same name. */
  name: string;
  index: number;
  kind: string;
  mac: string;
  mtu: number;
  addresses: { family: number; address: string; prefixLen: number }[];
}

export interface PodNetwork {
  netns: string;
  interfaces: PodInterface[];
  routes: (NativeRoute & { device: string })[];
  neighbours: (NativeNeighbour & { device: string })[];
}

/** One interface wired to the VM: the plugin's link and the tap attach() made next to it. */
export interface Endpoint {
  iface: PodInterface;
  tap: { name: string; index: number };
  /** The tap's queue fd, for QEMU (-netdev tap,fd=); closed by the caller once QEMU has it. */
  fd: number;
}

/** What the state record keeps so that a crash cleanup can undo attach() without this process. */
export interface NetworkRecord {
  netns: string;
  model: 'tcfilter';
  endpoints: { veth: string; tap: string }[];
}

const tapName = (i: number): string => `tap${i}_kata`;
const isOurTap = (l: NativeLink): boolean => /^tap\d+_kata$/.test(l.name);

/**
 * Reads the pod's network. Errors name the namespace and what is wrong with it: a path that does
 * not exist, an interface without an IP address, two interfaces with one MAC.
 */
export function readPodNetwork(netns: string): PodNetwork {
  if (!existsSync(netns)) throw new Error(`network namespace ${netns} does not exist`);
  const nl = loadAddon();
  const links = nl.netLinks(netns).filter((l) => (l.flags & IFF_LOOPBACK) === 0 && !isOurTap(l));
  const addrs = nl.netAddresses(netns);
  const interfaces: PodInterface[] = [];
  const byMac = new Map<string, string>();
  for (const l of links) {
    if (l.type !== ARPHRD_ETHER || !l.mac) throw new Error(`network namespace ${netns}: interface ${l.name} is not an Ethernet device (type ${l.type}); tcfilter can only mirror Ethernet links`);
    const clash = byMac.get(l.mac);
    if (clash) throw new Error(`network namespace ${netns}: interfaces ${clash} and ${l.name} have the same MAC ${l.mac}; the guest finds its NICs by MAC`);
    byMac.set(l.mac, l.name);
    // Link-local IPv6 addresses come from the MAC: the guest makes the same one itself.
    const own = addrs.filter((a: NativeAddress) => a.index === l.index && a.scope !== RT_SCOPE_LINK && a.scope !== RT_SCOPE_HOST);
    if (own.length === 0) throw new Error(`network namespace ${netns}: interface ${l.name} has no IP address (did the network plugin run?)`);
    interfaces.push({ name: l.name, index: l.index, kind: l.kind, mac: l.mac, mtu: l.mtu, addresses: own.map((a) => ({ family: a.family, address: a.address, prefixLen: a.prefixLen })) });
  }
  const names = new Map(interfaces.map((i) => [i.index, i.name]));
  const routes = nl.netRoutes(netns)
    .filter((r) => names.has(r.oif) && !(r.family === AF_INET6 && r.dst.startsWith('fe80:')))
    .map((r) => ({ ...r, device: names.get(r.oif)! }));
  const neighbours = nl.netNeighbours(netns)
    .filter((n) => names.has(n.index) && (n.state & NUD_PERMANENT) !== 0 && n.mac)
    .map((n) => ({ ...n, device: names.get(n.index)! }));
  return { netns, interfaces, routes, neighbours };
}

/**
 * Wires each interface of the pod to a new tap with tc redirects. On failure everything made so
 * far is removed again and the error names the interface and the operation.
 */
export function attachNetwork(pod: PodNetwork, model: InternetworkingModel, log: Logger): { endpoints: Endpoint[]; record: NetworkRecord } {
  if (model !== 'tcfilter') throw new Error(`internetworking_model ${model} cannot attach a pod network (only tcfilter)`);
  const nl = loadAddon();
  const endpoints: Endpoint[] = [];
  const record: NetworkRecord = { netns: pod.netns, model: 'tcfilter', endpoints: [] };
  try {
    pod.interfaces.forEach((iface, i) => {
      const name = tapName(i);
      const fd = nl.netOpenTap(pod.netns, name);
      record.endpoints.push({ veth: iface.name, tap: name });
      const tap = nl.netLinks(pod.netns).find((l) => l.name === name);
      if (!tap) throw new Error(`tap ${name} vanished right after it was made in ${pod.netns}`);
      endpoints.push({ iface, tap: { name, index: tap.index }, fd });
      nl.netSetLink(pod.netns, tap.index, { mtu: iface.mtu, up: true });
      nl.tcAddIngress(pod.netns, iface.index, iface.name);
      nl.tcAddIngress(pod.netns, tap.index, name);
      nl.tcAddRedirect(pod.netns, iface.index, tap.index, iface.name, name);
      nl.tcAddRedirect(pod.netns, tap.index, iface.index, name, iface.name);
      log.debug('interface mirrored to the VM', { netns: pod.netns, veth: iface.name, tap: name, mac: iface.mac, mtu: iface.mtu });
    });
  } catch (e) {
    for (const ep of endpoints) nl.closeFd(ep.fd);
    const problems = detachNetwork(record);
    const extra = problems.length > 0 ? ` (and undoing it: ${problems.join('; ')})` : '';
    throw new Error(`pod network in ${pod.netns}: ${(e as Error).message}${extra}`, { cause: e });
  }
  return { endpoints, record };
}

/**
 * Removes the ingress qdiscs (and with them the filters) and the taps attach() made; the veth and
 * its addresses stay. Tolerates what is already gone (a tap disappears with QEMU, the namespace
 * with the pod). Returns the problems it could not fix, for the caller to log.
 */
export function detachNetwork(rec: NetworkRecord): string[] {
  if (!existsSync(rec.netns)) return [];
  const nl = loadAddon();
  const problems: string[] = [];
  const gone = (e: unknown): boolean => isNativeError(e) && ['ENODEV', 'ENOENT', 'EINVAL'].includes(e.code);
  let links: NativeLink[];
  try {
    links = nl.netLinks(rec.netns);
  } catch (e) {
    return [(e as Error).message];
  }
  for (const ep of rec.endpoints) {
    const veth = links.find((l) => l.name === ep.veth);
    if (veth && nl.tcQdiscs(rec.netns, veth.index).some((q) => q.kind === 'ingress')) {
      try {
        nl.tcDeleteIngress(rec.netns, veth.index, ep.veth);
      } catch (e) {
        if (!gone(e)) problems.push((e as Error).message);
      }
    }
    // A tap is not persistent: it goes with the last fd to it (QEMU's). One still there is held
    // by a live process, and tun devices cannot be deleted over netlink (EOPNOTSUPP).
    const tap = links.find((l) => l.name === ep.tap);
    if (tap) problems.push(`tap ${ep.tap} in ${rec.netns} is still open (is QEMU still running?); it goes when its last fd is closed`);
  }
  return problems;
}

/** What the runtime tells the agent, in Kata's field semantics (types.proto Interface, Route, ARPNeighbor). */
export function guestRequests(pod: PodNetwork): { interfaces: types.IInterface[]; routes: types.IRoute[]; neighbours: types.IARPNeighbor[] } {
  const fam = (f: number): types.IPFamily => (f === AF_INET6 ? types.IPFamily.v6 : types.IPFamily.v4);
  const interfaces = pod.interfaces.map((i) => ({
    device: i.name,
    name: i.name,
    hwAddr: i.mac,
    mtu: i.mtu,
    type: i.kind,
    IPAddresses: i.addresses.map((a) => ({ family: fam(a.family), address: a.address, mask: String(a.prefixLen) })),
  }));
  // Routes without a gateway first: a gateway must be reachable when its route is added.
  const routes = [...pod.routes].sort((a, b) => Number(!!a.gateway) - Number(!!b.gateway)).map((r) => ({
    dest: r.dst ? `${r.dst}/${r.dstLen}` : '',
    gateway: r.gateway,
    device: r.device,
    source: r.source,
    scope: r.scope,
    family: fam(r.family),
    flags: r.flags,
  }));
  const neighbours = pod.neighbours.map((n) => ({
    toIPAddress: { family: fam(n.family), address: n.address },
    device: n.device,
    lladdr: n.mac,
    state: n.state,
    flags: n.flags,
  }));
  return { interfaces, routes, neighbours };
}

/**
 * The network of one sandbox from start to end: attach() before QEMU starts (QEMU then runs in
 * the pod's namespace with one NIC per tap), configureGuest() after CreateSandbox and before any
 * container, detach() at delete. With internetworking_model "none" QEMU still runs in the pod's
 * namespace, but without a NIC.
 */
export class SandboxNetwork {
  private constructor(
    readonly pod: PodNetwork,
    readonly endpoints: Endpoint[],
    readonly record: NetworkRecord | undefined,
  ) {}

  static attach(netns: string, model: InternetworkingModel, log: Logger): SandboxNetwork {
    const pod = readPodNetwork(netns);
    if (model === 'none') return new SandboxNetwork({ ...pod, interfaces: [], routes: [], neighbours: [] }, [], undefined);
    const { endpoints, record } = attachNetwork(pod, model, log);
    return new SandboxNetwork(pod, endpoints, record);
  }

  /** The VM's network (its plan's): the pod's namespace and a virtio-net NIC per tap with the veth's MAC. */
  get vmNetwork(): VmNetwork {
    const vhost = existsSync('/dev/vhost-net');
    return { netns: this.pod.netns, nics: this.endpoints.map((e) => ({ fd: e.fd, mac: e.iface.mac, vhost })) };
  }

  /** Closes this process's tap fds: once QEMU holds them, the taps live exactly as long as QEMU. */
  closeFds(): void {
    for (const e of this.endpoints) {
      if (e.fd >= 0) loadAddon().closeFd(e.fd);
      e.fd = -1;
    }
  }

  /** Recreates the pod's interfaces, routes and static neighbours in the guest. */
  async configureGuest(agent: AgentService): Promise<void> {
    const r = guestRequests(this.pod);
    for (const i of r.interfaces) {
      await agent.UpdateInterface({ interface: i }).catch((e: Error) => {
        throw new Error(`UpdateInterface ${i.name} (${i.hwAddr}): ${e.message}`, { cause: e });
      });
    }
    if (r.routes.length > 0) await agent.UpdateRoutes({ routes: { Routes: r.routes } }).catch((e: Error) => {
      throw new Error(`UpdateRoutes: ${e.message}`, { cause: e });
    });
    if (r.neighbours.length > 0) await agent.AddARPNeighbors({ neighbors: { ARPNeighbors: r.neighbours } }).catch((e: Error) => {
      throw new Error(`AddARPNeighbors: ${e.message}`, { cause: e });
    });
  }

  detach(): string[] {
    this.closeFds();
    return this.record ? detachNetwork(this.record) : [];
  }
}
