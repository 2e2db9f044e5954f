#include "netlink/socket.h"

#include <linux/netlink.h>
#include <sys/socket.h>

#include <cerrno>
#include <ctime>

#include "common/sys_error.h"

namespace kata::netlink {

NetlinkSocket::NetlinkSocket() : buf_(1 << 16) {
  fd_.reset(static_cast<int>(checkSys(::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE), "socket(AF_NETLINK, NETLINK_ROUTE)")));
  sockaddr_nl sa{};
  sa.nl_family = AF_NETLINK;
  checkSys(::bind(fd_.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa), "bind netlink socket");
  int on = 1;
  // linux/netlink.h: extended acks carry the kernel's message; we only need the errno, but
  // strict checking makes dumps honour the filters we set in the family header.
  ::setsockopt(fd_.get(), SOL_NETLINK, NETLINK_GET_STRICT_CHK, &on, sizeof on);
  seq_ = static_cast<uint32_t>(::time(nullptr));
}

void NetlinkSocket::send(MessageBuilder& msg, uint32_t seq, const std::string& context) {
  const auto& b = msg.finish(seq);
  sockaddr_nl to{};
  to.nl_family = AF_NETLINK;
  for (;;) {
    ssize_t n = ::sendto(fd_.get(), b.data(), b.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to);
    if (n >= 0) return;
    if (errno != EINTR) throw SysError(context + ": netlink send", errno);
  }
}

namespace {
// Reads one datagram; returns its length.
size_t receive(int fd, std::vector<uint8_t>& buf, const std::string& context) {
  for (;;) {
    ssize_t n = ::recv(fd, buf.data(), buf.size(), 0);
    if (n >= 0) return static_cast<size_t>(n);
    if (errno != EINTR) throw SysError(context + ": netlink receive", errno);
  }
}
}  // namespace

bool walkReplies(const uint8_t* p, size_t n, uint32_t seq, const Reply& reply) {
  for (size_t off = 0; off + NLMSG_HDRLEN <= n;) {
    nlmsghdr h{};
    std::memcpy(&h, p + off, sizeof h);
    if (h.nlmsg_len < NLMSG_HDRLEN || off + h.nlmsg_len > n) break;
    if (h.nlmsg_seq == seq && reply(h, p + off + NLMSG_HDRLEN, h.nlmsg_len - NLMSG_HDRLEN)) return true;
    off += align4(h.nlmsg_len);
  }
  return false;
}

void NetlinkSocket::exchange(MessageBuilder& msg, const std::string& context, const Reply& reply) {
  uint32_t seq = ++seq_;
  send(msg, seq, context);
  for (;;) {
    size_t n = receive(fd_.get(), buf_, context);
    if (walkReplies(buf_.data(), n, seq, reply)) return;
  }
}

namespace {
// Linux's MAX_ERRNO: an NLMSG_ERROR carries 0 (an ack) or -1 … -4095.
constexpr int32_t kMaxErrno = 4095;
}  // namespace

int errnoOfError(const uint8_t* payload, size_t len) noexcept {
  // A payload too short for the error field, or a value no errno has, is a malformed reply: it is
  // read as EPROTO, never past the payload nor negated as it comes (-INT_MIN overflows). Both
  // found fuzzing.
  int32_t e;
  if (len < sizeof e) return EPROTO;
  std::memcpy(&e, payload, sizeof e);
  if (e == 0) return 0;
  return e < 0 && e >= -kMaxErrno ? -e : EPROTO;
}

bool ackReply(const nlmsghdr& h, const uint8_t* payload, size_t len, const std::string& context) {
  if (h.nlmsg_type != NLMSG_ERROR) return false;
  if (int err = errnoOfError(payload, len); err != 0) throw SysError(context, err);
  return true;
}

bool getReply(const nlmsghdr& h, const uint8_t* payload, size_t len, const std::string& context, Message& out) {
  if (h.nlmsg_type == NLMSG_ERROR) {
    int err = errnoOfError(payload, len);
    throw SysError(context, err != 0 ? err : EPROTO);
  }
  out = Message{h.nlmsg_type, std::vector<uint8_t>(payload, payload + len)};
  return true;
}

bool dumpReply(const nlmsghdr& h, const uint8_t* payload, size_t len, const std::string& context, std::vector<Message>& out) {
  if (h.nlmsg_type == NLMSG_DONE) return true;
  if (h.nlmsg_type == NLMSG_ERROR) {
    if (int err = errnoOfError(payload, len); err != 0) throw SysError(context, err);
  } else {
    out.push_back(Message{h.nlmsg_type, std::vector<uint8_t>(payload, payload + len)});
  }
  return false;
}

void NetlinkSocket::request(MessageBuilder& msg, const std::string& context) {
  exchange(msg, context, [&](const nlmsghdr& h, const uint8_t* payload, size_t len) { return ackReply(h, payload, len, context); });
}

Message NetlinkSocket::get(MessageBuilder& msg, const std::string& context) {
  Message out;
  exchange(msg, context, [&](const nlmsghdr& h, const uint8_t* payload, size_t len) { return getReply(h, payload, len, context, out); });
  return out;
}

std::vector<Message> NetlinkSocket::dump(MessageBuilder& msg, const std::string& context) {
  std::vector<Message> out;
  exchange(msg, context, [&](const nlmsghdr& h, const uint8_t* payload, size_t len) { return dumpReply(h, payload, len, context, out); });
  return out;
}

}  // namespace kata::netlink
