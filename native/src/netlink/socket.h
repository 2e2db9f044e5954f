// NetlinkSocket: one NETLINK_ROUTE socket in the calling thread's network namespace, with the two
// exchanges rtnetlink has — a request answered by an ack (or an error carrying -errno), and a
// dump answered by many messages up to NLMSG_DONE. Used by rtnl.cc and tc.cc.
#pragma once

#include <linux/netlink.h>

#include <functional>
#include <string>
#include <vector>

#include "common/unique_fd.h"
#include "netlink/message.h"

namespace kata::netlink {

class NetlinkSocket {
 public:
  NetlinkSocket();  // socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE), bound; throws SysError
  // Sends msg (with NLM_F_ACK added by the caller) and waits for its ack; a negative ack throws
  // SysError(context, errno).
  void request(MessageBuilder& msg, const std::string& context);
  // Sends a dump request (NLM_F_DUMP) and collects every reply message.
  std::vector<Message> dump(MessageBuilder& msg, const std::string& context);
  // Sends a get request (no NLM_F_DUMP) and returns its one reply message.
  Message get(MessageBuilder& msg, const std::string& context);

 private:
  void send(MessageBuilder& msg, uint32_t seq, const std::string& context);
  // Sends msg and hands each reply to it (its sequence number; other messages are skipped) to
  // `reply` with its payload, until `reply` returns true.
  using Reply = std::function<bool(const nlmsghdr& h, const uint8_t* payload, size_t len)>;
  void exchange(MessageBuilder& msg, const std::string& context, const Reply& reply);
  UniqueFd fd_;
  uint32_t seq_ = 0;
  std::vector<uint8_t> buf_;
};

}  // namespace kata::netlink
