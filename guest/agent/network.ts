// The guest side of the pod's network: UpdateInterface, UpdateRoutes, ListInterfaces, ListRoutes
// and AddARPNeighbors, with Kata's field semantics — an interface is found by its MAC (the NIC QEMU
// gave the veth's MAC), renamed, its MTU set and its addresses replaced; routes are replaced as a
// set; neighbours are added. All through the addon's rtnetlink in the agent's own network
// namespace, the VM's, where the pod's containers run. Handlers in agent.ts call it.
import { type NativeLink, type NativeRoute, isNativeError, loadAddon } from '../../lib/common/native/addon.js';
import { types } from '../../lib/common/proto/gen/protocols.js';
import { Code, TtrpcError } from '../../lib/common/ttrpc/index.js';

// linux/socket.h, linux/if.h, linux/if_addr.h, linux/rtnetlink.h, linux/neighbour.h
const AF_INET = 2;
const AF_INET6 = 10;
const IFF_LOOPBACK = 0x8;
const IFA_F_NODAD = 0x02;
const RTPROT_KERNEL = 2;
const NUD_PERMANENT = 0x80;
const HERE = ''; // the agent's own network namespace

const family = (f: number): types.IPFamily => (f === AF_INET6 ? types.IPFamily.v6 : types.IPFamily.v4);

function failed(what: string, e: unknown): TtrpcError {
  if (e instanceof TtrpcError) return e;
  const msg = `${what}: ${(e as Error).message}`;
  return new TtrpcError(e instanceof TypeError || (isNativeError(e) && ['EINVAL', 'ENODEV', 'ENETUNREACH', 'EEXIST'].includes(e.code)) ? Code.InvalidArgument : Code.Internal, msg);
}

function toInterface(l: NativeLink): types.IInterface {
  const addrs = loadAddon().netAddresses(HERE).filter((a) => a.index === l.index);
  return {
    device: l.name,
    name: l.name,
    hwAddr: l.mac,
    mtu: l.mtu,
    type: l.kind,
    rawFlags: l.flags,
    IPAddresses: addrs.map((a) => ({ family: family(a.family), address: a.address, mask: String(a.prefixLen) })),
  };
}

/** Sets the VM's loopback up: the pod's containers share this namespace and talk over 127.0.0.1. */
export function loopbackUp(): void {
  const nl = loadAddon();
  for (const l of nl.netLinks(HERE)) if ((l.flags & IFF_LOOPBACK) !== 0) nl.netSetLink(HERE, l.index, { up: true });
}

export function listInterfaces(): types.IInterface[] {
  return loadAddon().netLinks(HERE).map(toInterface);
}

function linkNamed(name: string, what: string): NativeLink {
  const l = loadAddon().netLinks(HERE).find((x) => x.name === name);
  if (!l) throw new TtrpcError(Code.InvalidArgument, `${what}: no interface named ${JSON.stringify(name)} in the guest`);
  return l;
}

export function updateInterface(iface: types.IInterface | null | undefined): types.IInterface {
  const mac = (iface?.hwAddr ?? '').toLowerCase();
  const what = `UpdateInterface ${iface?.name ?? ''} (${mac || 'no MAC'})`;
  if (!iface || !mac) throw new TtrpcError(Code.InvalidArgument, `${what}: hwAddr is required (the interface is found by its MAC)`);
  const nl = loadAddon();
  const link = nl.netLinks(HERE).find((l) => l.mac.toLowerCase() === mac);
  if (!link) throw new TtrpcError(Code.NotFound, `${what}: no interface with MAC ${mac} in the guest`);
  try {
    const name = iface.name || link.name;
    nl.netSetLink(HERE, link.index, { ...(name !== link.name ? { name } : { up: false }), ...(iface.mtu ? { mtu: Number(iface.mtu) } : {}) });
    for (const a of nl.netAddresses(HERE).filter((x) => x.index === link.index)) nl.netDeleteAddress(HERE, a);
    for (const a of iface.IPAddresses ?? []) {
      const prefixLen = Number(a.mask);
      if (!a.address || !Number.isInteger(prefixLen)) throw new TypeError(`address ${JSON.stringify(a.address)}/${JSON.stringify(a.mask)} is not an address and a prefix length`);
      // No duplicate address detection: the host side already owns this address on the veth.
      nl.netAddAddress(HERE, { index: link.index, address: a.address, prefixLen, flags: a.family === types.IPFamily.v6 ? IFA_F_NODAD : 0 });
    }
    nl.netSetLink(HERE, link.index, { up: true });
    return toInterface(nl.netLinks(HERE).find((l) => l.index === link.index)!);
  } catch (e) {
    throw failed(what, e);
  }
}

function toRoute(r: NativeRoute, names: Map<number, string>): types.IRoute {
  return { dest: r.dst ? `${r.dst}/${r.dstLen}` : '', gateway: r.gateway, device: names.get(r.oif) ?? '', source: r.source, scope: r.scope, family: family(r.family), flags: r.flags };
}

export function listRoutes(): types.IRoute[] {
  const nl = loadAddon();
  const names = new Map(nl.netLinks(HERE).map((l) => [l.index, l.name]));
  return nl.netRoutes(HERE).map((r) => toRoute(r, names));
}

/** Replaces the guest's routes with these: others go, except those the kernel made for addresses. */
export function updateRoutes(routes: types.IRoute[]): types.IRoute[] {
  const nl = loadAddon();
  const links = nl.netLinks(HERE);
  const lo = new Set(links.filter((l) => (l.flags & IFF_LOOPBACK) !== 0).map((l) => l.index));
  const wanted = routes.map((r, i) => {
    const what = `UpdateRoutes: route ${i} (${r.dest || 'default'}${r.gateway ? ` via ${r.gateway}` : ''})`;
    const oif = r.device ? linkNamed(r.device, what).index : 0;
    let dst = '';
    let dstLen = 0;
    if (r.dest && r.dest !== 'default') {
      const [d, len] = r.dest.split('/');
      dst = d!;
      dstLen = len === undefined ? (dst.includes(':') ? 128 : 32) : Number(len);
      if (!Number.isInteger(dstLen)) throw new TtrpcError(Code.InvalidArgument, `${what}: dest is not an address/prefix`);
    }
    const fam = r.family === types.IPFamily.v6 ? AF_INET6 : AF_INET;
    return { what, route: { family: fam, dst, dstLen, gateway: r.gateway ?? '', source: r.source ?? '', oif, scope: r.scope ?? 0, flags: r.flags ?? 0 } };
  });
  for (const r of nl.netRoutes(HERE)) {
    if (r.protocol === RTPROT_KERNEL || lo.has(r.oif)) continue;
    try {
      nl.netDeleteRoute(HERE, r);
    } catch (e) {
      if (!(isNativeError(e) && e.code === 'ESRCH')) throw failed(`UpdateRoutes: delete route ${r.dst || 'default'}`, e);
    }
  }
  // Routes without a gateway first: a gateway must be reachable when its route is added.
  for (const w of [...wanted].sort((a, b) => Number(!!a.route.gateway) - Number(!!b.route.gateway))) {
    try {
      nl.netAddRoute(HERE, w.route);
    } catch (e) {
      // The kernel already made the subnet route of an address; that one is as asked.
      if (!(isNativeError(e) && e.code === 'EEXIST')) throw failed(w.what, e);
    }
  }
  return listRoutes();
}

export function addArpNeighbors(neighbours: types.IARPNeighbor[]): void {
  const nl = loadAddon();
  for (const n of neighbours) {
    const ip = n.toIPAddress?.address ?? '';
    const what = `AddARPNeighbors ${ip} lladdr ${n.lladdr ?? ''} dev ${n.device ?? ''}`;
    const link = linkNamed(n.device ?? '', what);
    try {
      nl.netAddNeighbour(HERE, { index: link.index, address: ip, mac: n.lladdr ?? '', state: n.state || NUD_PERMANENT, flags: n.flags ?? 0 });
    } catch (e) {
      throw failed(what, e);
    }
  }
}
