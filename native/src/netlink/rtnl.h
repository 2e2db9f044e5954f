// Links, addresses, routes and static neighbours over rtnetlink (linux/rtnetlink.h,
// linux/if_link.h, linux/if_addr.h, linux/neighbour.h), in the calling thread's network
// namespace. The host side reads what a CNI plugin set up in the pod's namespace; the guest
// agent writes the same records into the VM. Every error names the operation and the interface.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "netlink/socket.h"

namespace kata::netlink {

struct Link {
  int index = 0;
  std::string name;
  std::string kind;  // IFLA_INFO_KIND: "veth", "tun", "bridge", … ("" for loopback and plain devices)
  std::string mac;   // "" when the link has no link-layer address
  uint32_t mtu = 0;
  uint32_t flags = 0;     // IFF_* (linux/if.h)
  uint16_t type = 0;      // ARPHRD_* (linux/if_arp.h)
  int master = 0;         // IFLA_MASTER
};

struct Address {
  int index = 0;
  int family = 0;
  std::string address;
  uint8_t prefixLen = 0;
  uint8_t scope = 0;   // RT_SCOPE_*
  uint32_t flags = 0;  // IFA_F_*
};

struct Route {
  int family = 0;
  std::string dst;  // "" for the default route
  uint8_t dstLen = 0;
  std::string gateway;
  std::string source;  // RTA_PREFSRC
  int oif = 0;
  uint8_t scope = 0;     // RT_SCOPE_*
  uint8_t protocol = 0;  // RTPROT_*
  uint8_t type = 0;      // RTN_*
  uint32_t table = 0;
  uint32_t priority = 0;
  uint32_t flags = 0;    // RTNH_F_* (onlink)
};

struct Neighbour {
  int index = 0;
  int family = 0;
  std::string address;
  std::string mac;
  uint16_t state = 0;  // NUD_*
  uint8_t flags = 0;   // NTF_*
};

struct LinkChange {
  std::optional<std::string> name;
  std::optional<uint32_t> mtu;
  std::optional<std::string> mac;
  std::optional<bool> up;
};

// What the dumps make of one reply message, apart from the socket (the fuzz target feeds them
// bytes): the callers check the message type first; nullopt for a message the dump skips (an
// address without one, a route outside the main table's unicast routes, a neighbour that is not
// IPv4/IPv6).
Link linkFromMessage(const Message& m);
std::optional<Address> addressFromMessage(const Message& m);
std::optional<Route> routeFromMessage(const Message& m);
std::optional<Neighbour> neighbourFromMessage(const Message& m);

class Rtnl {
 public:
  std::vector<Link> links();
  std::optional<Link> linkByName(const std::string& name);
  std::optional<Link> linkByIndex(int index);
  // Applies the changes in the order the kernel needs: down for a rename, name, MAC, MTU, up.
  void setLink(int index, const LinkChange& c);
  void deleteLink(int index);
  // A veth pair (linux/veth.h VETH_INFO_PEER), both ends in this namespace. Tests and tools use it.
  void createVeth(const std::string& name, const std::string& peer);

  std::vector<Address> addresses(int family = 0);  // 0: both
  void addAddress(const Address& a);
  void deleteAddress(const Address& a);

  std::vector<Route> routes(int family = 0);  // the main table, unicast routes
  void addRoute(const Route& r);
  void deleteRoute(const Route& r);

  std::vector<Neighbour> neighbours(int family = 0);
  void addNeighbour(const Neighbour& n);  // replaces an entry for the same address

  // "eth0 (index 2)" for messages; "index 2" when the link is gone.
  std::string describe(int index);

 private:
  NetlinkSocket sock_;
};

}  // namespace kata::netlink
