#include "netlink/rtnl.h"

#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <linux/veth.h>
#include <net/if.h>
#include <sys/socket.h>

#include <stdexcept>

#include "common/sys_error.h"
#include "netlink/address.h"

namespace kata::netlink {

Link linkFromMessage(const Message& m) {
  auto h = m.header<ifinfomsg>();
  auto a = m.attrs(sizeof(ifinfomsg));
  Link l;
  l.index = h.ifi_index;
  l.flags = h.ifi_flags;
  l.type = h.ifi_type;
  if (a.count(IFLA_IFNAME)) l.name = a[IFLA_IFNAME].str();
  if (a.count(IFLA_MTU)) l.mtu = a[IFLA_MTU].u32();
  if (a.count(IFLA_ADDRESS) && a[IFLA_ADDRESS].len > 0) l.mac = formatMac(a[IFLA_ADDRESS].bytes());
  if (a.count(IFLA_MASTER)) l.master = static_cast<int>(a[IFLA_MASTER].u32());
  if (a.count(IFLA_LINKINFO)) {
    auto info = parseAttrs(a[IFLA_LINKINFO].data, a[IFLA_LINKINFO].len);
    if (info.count(IFLA_INFO_KIND)) l.kind = info[IFLA_INFO_KIND].str();
  }
  return l;
}

std::optional<Address> addressFromMessage(const Message& r) {
  auto ah = r.header<ifaddrmsg>();
  auto a = r.attrs(sizeof(ifaddrmsg));
  Address x;
  x.index = static_cast<int>(ah.ifa_index);
  x.family = ah.ifa_family;
  x.prefixLen = ah.ifa_prefixlen;
  x.scope = ah.ifa_scope;
  x.flags = a.count(IFA_FLAGS) ? a[IFA_FLAGS].u32() : ah.ifa_flags;
  // IFA_LOCAL is the interface's own address on point-to-point links; IFA_ADDRESS otherwise.
  const AttrView* v = a.count(IFA_LOCAL) ? &a[IFA_LOCAL] : a.count(IFA_ADDRESS) ? &a[IFA_ADDRESS] : nullptr;
  if (v == nullptr) return std::nullopt;
  x.address = formatIp(x.family, v->bytes());
  return x;
}

std::optional<Route> routeFromMessage(const Message& r) {
  auto rh = r.header<rtmsg>();
  auto a = r.attrs(sizeof(rtmsg));
  Route x;
  x.family = rh.rtm_family;
  x.table = a.count(RTA_TABLE) ? a[RTA_TABLE].u32() : rh.rtm_table;
  if (x.table != RT_TABLE_MAIN || rh.rtm_type != RTN_UNICAST) return std::nullopt;
  x.dstLen = rh.rtm_dst_len;
  x.scope = rh.rtm_scope;
  x.protocol = rh.rtm_protocol;
  x.type = rh.rtm_type;
  x.flags = rh.rtm_flags;
  if (a.count(RTA_DST)) x.dst = formatIp(x.family, a[RTA_DST].bytes());
  if (a.count(RTA_GATEWAY)) x.gateway = formatIp(x.family, a[RTA_GATEWAY].bytes());
  if (a.count(RTA_PREFSRC)) x.source = formatIp(x.family, a[RTA_PREFSRC].bytes());
  if (a.count(RTA_OIF)) x.oif = static_cast<int>(a[RTA_OIF].u32());
  if (a.count(RTA_PRIORITY)) x.priority = a[RTA_PRIORITY].u32();
  return x;
}

std::optional<Neighbour> neighbourFromMessage(const Message& r) {
  auto nh = r.header<ndmsg>();
  auto a = r.attrs(sizeof(ndmsg));
  if (nh.ndm_family != AF_INET && nh.ndm_family != AF_INET6) return std::nullopt;
  Neighbour x;
  x.index = nh.ndm_ifindex;
  x.family = nh.ndm_family;
  x.state = nh.ndm_state;
  x.flags = nh.ndm_flags;
  if (a.count(NDA_DST)) x.address = formatIp(x.family, a[NDA_DST].bytes());
  if (a.count(NDA_LLADDR)) x.mac = formatMac(a[NDA_LLADDR].bytes());
  return x;
}

namespace {

std::string familyName(int family) { return family == AF_INET ? "IPv4" : family == AF_INET6 ? "IPv6" : "all"; }

}  // namespace

std::vector<Link> Rtnl::links() {
  MessageBuilder m(RTM_GETLINK, NLM_F_DUMP);
  ifinfomsg h{};
  h.ifi_family = AF_UNSPEC;
  m.header(h);
  std::vector<Link> out;
  for (const auto& r : sock_.dump(m, "list links")) {
    if (r.type == RTM_NEWLINK) out.push_back(linkFromMessage(r));
  }
  return out;
}

std::optional<Link> Rtnl::linkByIndex(int index) {
  MessageBuilder m(RTM_GETLINK, 0);
  ifinfomsg h{};
  h.ifi_family = AF_UNSPEC;
  h.ifi_index = index;
  m.header(h);
  try {
    auto msg = sock_.get(m, "get link index " + std::to_string(index));
    if (msg.type == RTM_NEWLINK) return linkFromMessage(msg);
  } catch (const SysError& e) {
    if (e.err() == ENODEV) return std::nullopt;
    throw;
  }
  return std::nullopt;
}

std::optional<Link> Rtnl::linkByName(const std::string& name) {
  for (auto& l : links()) {
    if (l.name == name) return l;
  }
  return std::nullopt;
}

std::string Rtnl::describe(int index) {
  char name[IF_NAMESIZE] = "";
  if (::if_indextoname(static_cast<unsigned>(index), name) != nullptr) return std::string(name) + " (index " + std::to_string(index) + ")";
  return "index " + std::to_string(index);
}

void Rtnl::setLink(int index, const LinkChange& c) {
  std::string who = describe(index);
  auto send = [&](const char* what, auto fill, uint32_t flags, uint32_t change) {
    MessageBuilder m(RTM_NEWLINK, NLM_F_ACK);
    ifinfomsg h{};
    h.ifi_family = AF_UNSPEC;
    h.ifi_index = index;
    h.ifi_flags = flags;
    h.ifi_change = change;
    m.header(h);
    fill(m);
    sock_.request(m, std::string(what) + " of " + who);
  };
  auto none = [](MessageBuilder&) {};
  // The kernel refuses to rename a link that is up.
  if (c.name) send("set down (to rename)", none, 0, IFF_UP);
  if (c.name) send(("rename to " + *c.name).c_str(), [&](MessageBuilder& m) { m.attrString(IFLA_IFNAME, *c.name); }, 0, 0);
  if (c.mac) {
    auto mac = parseMac(*c.mac);
    send(("set MAC " + *c.mac).c_str(), [&](MessageBuilder& m) { m.attrBytes(IFLA_ADDRESS, mac); }, 0, 0);
  }
  if (c.mtu) send(("set MTU " + std::to_string(*c.mtu)).c_str(), [&](MessageBuilder& m) { m.attrU32(IFLA_MTU, *c.mtu); }, 0, 0);
  if (c.up) send(*c.up ? "set up" : "set down", none, *c.up ? IFF_UP : 0, IFF_UP);
}

void Rtnl::deleteLink(int index) {
  std::string who = describe(index);
  MessageBuilder m(RTM_DELLINK, NLM_F_ACK);
  ifinfomsg h{};
  h.ifi_family = AF_UNSPEC;
  h.ifi_index = index;
  m.header(h);
  sock_.request(m, "delete link " + who);
}

void Rtnl::createVeth(const std::string& name, const std::string& peer) {
  MessageBuilder m(RTM_NEWLINK, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
  ifinfomsg h{};
  h.ifi_family = AF_UNSPEC;
  m.header(h);
  m.attrString(IFLA_IFNAME, name);
  size_t info = m.beginNested(IFLA_LINKINFO);
  m.attrString(IFLA_INFO_KIND, "veth");
  size_t data = m.beginNested(IFLA_INFO_DATA);
  size_t p = m.beginNested(VETH_INFO_PEER);
  ifinfomsg ph{};  // the peer's own ifinfomsg, then its attributes
  ph.ifi_family = AF_UNSPEC;
  m.header(ph);
  m.attrString(IFLA_IFNAME, peer);
  m.endNested(p);
  m.endNested(data);
  m.endNested(info);
  sock_.request(m, "create veth " + name + " with peer " + peer);
}

std::vector<Address> Rtnl::addresses(int family) {
  MessageBuilder m(RTM_GETADDR, NLM_F_DUMP);
  ifaddrmsg h{};
  h.ifa_family = static_cast<uint8_t>(family);
  m.header(h);
  std::vector<Address> out;
  for (const auto& r : sock_.dump(m, "list " + familyName(family) + " addresses")) {
    if (r.type != RTM_NEWADDR) continue;
    if (auto x = addressFromMessage(r)) out.push_back(*x);
  }
  return out;
}

static void addressMessage(MessageBuilder& m, const Address& a) {
  auto ip = parseIp(a.address);
  ifaddrmsg h{};
  h.ifa_family = static_cast<uint8_t>(ip.family);
  h.ifa_prefixlen = a.prefixLen;
  h.ifa_scope = a.scope;
  h.ifa_index = static_cast<uint32_t>(a.index);
  m.header(h);
  m.attrBytes(IFA_LOCAL, ip.bytes);
  m.attrBytes(IFA_ADDRESS, ip.bytes);
  // IPv4 gets the subnet's broadcast address, as `ip addr add … brd +` and the CNI plugins set it.
  if (ip.family == AF_INET && a.prefixLen <= 30) {
    std::vector<uint8_t> brd = ip.bytes;
    uint32_t host = a.prefixLen == 0 ? 0xffffffffu : (0xffffffffu >> a.prefixLen);
    for (int i = 0; i < 4; ++i) brd[static_cast<size_t>(i)] |= static_cast<uint8_t>(host >> (8 * (3 - i)));
    m.attrBytes(IFA_BROADCAST, brd);
  }
  if (a.flags != 0) m.attrU32(IFA_FLAGS, a.flags);
}

void Rtnl::addAddress(const Address& a) {
  MessageBuilder m(RTM_NEWADDR, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
  addressMessage(m, a);
  sock_.request(m, "add address " + a.address + "/" + std::to_string(a.prefixLen) + " to " + describe(a.index));
}

void Rtnl::deleteAddress(const Address& a) {
  MessageBuilder m(RTM_DELADDR, NLM_F_ACK);
  addressMessage(m, a);
  sock_.request(m, "delete address " + a.address + "/" + std::to_string(a.prefixLen) + " from " + describe(a.index));
}

std::vector<Route> Rtnl::routes(int family) {
  MessageBuilder m(RTM_GETROUTE, NLM_F_DUMP);
  rtmsg h{};
  h.rtm_family = static_cast<uint8_t>(family);
  m.header(h);
  std::vector<Route> out;
  for (const auto& r : sock_.dump(m, "list " + familyName(family) + " routes")) {
    if (r.type != RTM_NEWROUTE) continue;
    if (auto x = routeFromMessage(r)) out.push_back(*x);
  }
  return out;
}

static std::string routeText(const Route& r) {
  std::string s = r.dst.empty() ? "default" : r.dst + "/" + std::to_string(r.dstLen);
  if (!r.gateway.empty()) s += " via " + r.gateway;
  return s;
}

static void routeMessage(MessageBuilder& m, const Route& r) {
  std::optional<IpAddr> dst, gw, src;
  if (!r.dst.empty()) dst = parseIp(r.dst);
  if (!r.gateway.empty()) gw = parseIp(r.gateway);
  if (!r.source.empty()) src = parseIp(r.source);
  int family = dst ? dst->family : gw ? gw->family : src ? src->family : r.family;
  if (family != AF_INET && family != AF_INET6) throw std::invalid_argument("route " + routeText(r) + ": no address to tell IPv4 from IPv6");
  rtmsg h{};
  h.rtm_family = static_cast<uint8_t>(family);
  h.rtm_dst_len = dst ? r.dstLen : 0;
  h.rtm_table = RT_TABLE_MAIN;
  h.rtm_protocol = r.protocol != 0 ? r.protocol : RTPROT_BOOT;
  h.rtm_scope = r.scope;
  h.rtm_type = RTN_UNICAST;
  // Only "onlink" is a request: a dump's RTNH_F_LINKDOWN/DEAD describe state and the kernel
  // refuses them in a new route (net/ipv4/fib_semantics.c).
  h.rtm_flags = r.flags & RTNH_F_ONLINK;
  m.header(h);
  if (dst) m.attrBytes(RTA_DST, dst->bytes);
  if (gw) m.attrBytes(RTA_GATEWAY, gw->bytes);
  if (src) m.attrBytes(RTA_PREFSRC, src->bytes);
  if (r.oif != 0) m.attrU32(RTA_OIF, static_cast<uint32_t>(r.oif));
  if (r.priority != 0) m.attrU32(RTA_PRIORITY, r.priority);
}

void Rtnl::addRoute(const Route& r) {
  MessageBuilder m(RTM_NEWROUTE, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
  routeMessage(m, r);
  sock_.request(m, "add route " + routeText(r) + (r.oif ? " dev " + describe(r.oif) : ""));
}

void Rtnl::deleteRoute(const Route& r) {
  MessageBuilder m(RTM_DELROUTE, NLM_F_ACK);
  routeMessage(m, r);
  sock_.request(m, "delete route " + routeText(r) + (r.oif ? " dev " + describe(r.oif) : ""));
}

std::vector<Neighbour> Rtnl::neighbours(int family) {
  MessageBuilder m(RTM_GETNEIGH, NLM_F_DUMP);
  ndmsg h{};
  h.ndm_family = static_cast<uint8_t>(family);
  m.header(h);
  std::vector<Neighbour> out;
  for (const auto& r : sock_.dump(m, "list " + familyName(family) + " neighbours")) {
    if (r.type != RTM_NEWNEIGH) continue;
    if (auto x = neighbourFromMessage(r)) out.push_back(*x);
  }
  return out;
}

void Rtnl::addNeighbour(const Neighbour& n) {
  auto ip = parseIp(n.address);
  auto mac = parseMac(n.mac);
  MessageBuilder m(RTM_NEWNEIGH, NLM_F_ACK | NLM_F_CREATE | NLM_F_REPLACE);
  ndmsg h{};
  h.ndm_family = static_cast<uint8_t>(ip.family);
  h.ndm_ifindex = n.index;
  h.ndm_state = n.state != 0 ? n.state : NUD_PERMANENT;
  h.ndm_flags = n.flags;
  m.header(h);
  m.attrBytes(NDA_DST, ip.bytes);
  m.attrBytes(NDA_LLADDR, mac);
  sock_.request(m, "add neighbour " + n.address + " lladdr " + n.mac + " on " + describe(n.index));
}

}  // namespace kata::netlink
