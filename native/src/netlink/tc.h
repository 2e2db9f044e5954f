// Traffic control over rtnetlink (linux/pkt_sched.h, linux/pkt_cls.h, linux/tc_act/tc_mirred.h):
// the ingress qdisc, and a u32 filter that matches every frame and redirects it out of another
// link with the mirred action. Two such filters (veth→tap, tap→veth) are Kata's "tcfilter"
// internetworking model: the pod's veth and the VM's tap become one wire. u32 rather than
// matchall because u32 is what the hosts here have built in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "netlink/socket.h"

namespace kata::netlink {

struct Qdisc {
  int index = 0;
  std::string kind;
  uint32_t handle = 0;
  uint32_t parent = 0;
};

struct Filter {
  int index = 0;
  std::string kind;
  uint32_t parent = 0;
  uint32_t handle = 0;
  std::vector<std::string> actions;  // action kinds, e.g. "mirred"
  int redirectTo = 0;                // ifindex of the first mirred action's target, 0 if none
};

// What the dumps make of one reply message, apart from the socket (the fuzz target feeds them
// bytes); the callers check the message type first. A filter is nullopt unless it carries actions
// (the u32 dump lists its hash table too).
Qdisc qdiscFromMessage(const Message& m);
std::optional<Filter> filterFromMessage(const Message& m);

class Tc {
 public:
  void addIngressQdisc(int index, const std::string& who);
  void deleteIngressQdisc(int index, const std::string& who);
  // On from's ingress: every frame (any protocol) is redirected to egress of to.
  void addRedirectFilter(int from, int to, const std::string& fromWho, const std::string& toWho);
  std::vector<Qdisc> qdiscs(int index = 0);
  std::vector<Filter> ingressFilters(int index, const std::string& who);

 private:
  NetlinkSocket sock_;
};

}  // namespace kata::netlink
