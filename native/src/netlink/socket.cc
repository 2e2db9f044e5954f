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

void NetlinkSocket::request(MessageBuilder& msg, const std::string& context) {
  uint32_t seq = ++seq_;
  send(msg, seq, context);
  for (;;) {
    size_t n = receive(fd_.get(), buf_, context);
    for (size_t off = 0; off + NLMSG_HDRLEN <= n;) {
      nlmsghdr h{};
      std::memcpy(&h, buf_.data() + off, sizeof h);
      if (h.nlmsg_len < NLMSG_HDRLEN || off + h.nlmsg_len > n) break;
      if (h.nlmsg_seq == seq && h.nlmsg_type == NLMSG_ERROR) {
        nlmsgerr e{};
        std::memcpy(&e, buf_.data() + off + NLMSG_HDRLEN, sizeof e.error);
        if (e.error != 0) throw SysError(context, -e.error);
        return;
      }
      off += align4(h.nlmsg_len);
    }
  }
}

Message NetlinkSocket::get(MessageBuilder& msg, const std::string& context) {
  uint32_t seq = ++seq_;
  send(msg, seq, context);
  for (;;) {
    size_t n = receive(fd_.get(), buf_, context);
    for (size_t off = 0; off + NLMSG_HDRLEN <= n;) {
      nlmsghdr h{};
      std::memcpy(&h, buf_.data() + off, sizeof h);
      if (h.nlmsg_len < NLMSG_HDRLEN || off + h.nlmsg_len > n) break;
      if (h.nlmsg_seq == seq) {
        if (h.nlmsg_type == NLMSG_ERROR) {
          nlmsgerr e{};
          std::memcpy(&e, buf_.data() + off + NLMSG_HDRLEN, sizeof e.error);
          throw SysError(context, e.error != 0 ? -e.error : EPROTO);
        }
        const uint8_t* b = buf_.data() + off + NLMSG_HDRLEN;
        return Message{h.nlmsg_type, std::vector<uint8_t>(b, b + (h.nlmsg_len - NLMSG_HDRLEN))};
      }
      off += align4(h.nlmsg_len);
    }
  }
}

std::vector<Message> NetlinkSocket::dump(MessageBuilder& msg, const std::string& context) {
  uint32_t seq = ++seq_;
  send(msg, seq, context);
  std::vector<Message> out;
  for (;;) {
    size_t n = receive(fd_.get(), buf_, context);
    for (size_t off = 0; off + NLMSG_HDRLEN <= n;) {
      nlmsghdr h{};
      std::memcpy(&h, buf_.data() + off, sizeof h);
      if (h.nlmsg_len < NLMSG_HDRLEN || off + h.nlmsg_len > n) break;
      if (h.nlmsg_seq == seq) {
        if (h.nlmsg_type == NLMSG_DONE) return out;
        if (h.nlmsg_type == NLMSG_ERROR) {
          nlmsgerr e{};
          std::memcpy(&e, buf_.data() + off + NLMSG_HDRLEN, sizeof e.error);
          if (e.error != 0) throw SysError(context, -e.error);
        } else {
          const uint8_t* b = buf_.data() + off + NLMSG_HDRLEN;
          out.push_back(Message{h.nlmsg_type, std::vector<uint8_t>(b, b + (h.nlmsg_len - NLMSG_HDRLEN))});
        }
      }
      off += align4(h.nlmsg_len);
    }
  }
}

}  // namespace kata::netlink
