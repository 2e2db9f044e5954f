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

// What one exchange makes of the kernel's reply bytes, apart from the socket (so a fuzz target and
// tests can feed them bytes): handed one message (its header, and the payload after nlmsghdr),
// each returns true when the exchange is over.
using Reply = std::function<bool(const nlmsghdr& h, const uint8_t* payload, size_t len)>;
// Hands each whole message of sequence seq in one datagram [p, p+n) to reply, until it returns
// true (then true); a message whose length runs past the datagram ends the walk.
bool walkReplies(const uint8_t* p, size_t n, uint32_t seq, const Reply& reply);
// The errno an NLMSG_ERROR payload of len bytes carries: 0 for an ack, else positive; EPROTO when
// the payload is too short to hold one or holds a value outside -4095 … 0.
int errnoOfError(const uint8_t* payload, size_t len) noexcept;
// request(): the ack (NLMSG_ERROR with 0) ends it; a negative ack throws SysError(context, errno).
bool ackReply(const nlmsghdr& h, const uint8_t* payload, size_t len, const std::string& context);
// get(): the first message is the answer (into out); an NLMSG_ERROR throws.
bool getReply(const nlmsghdr& h, const uint8_t* payload, size_t len, const std::string& context, Message& out);
// dump(): messages are collected into out up to NLMSG_DONE; a negative NLMSG_ERROR throws.
bool dumpReply(const nlmsghdr& h, const uint8_t* payload, size_t len, const std::string& context, std::vector<Message>& out);

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
  void exchange(MessageBuilder& msg, const std::string& context, const Reply& reply);
  UniqueFd fd_;
  uint32_t seq_ = 0;
  std::vector<uint8_t> buf_;
};

}  // namespace kata::netlink
