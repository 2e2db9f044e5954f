#include "inet/loopback.h"

#include <arpa/inet.h>
#include <linux/netfilter_ipv4.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "common/sys_error.h"
#include "common/unique_fd.h"
#include "netlink/netns.h"

namespace kata::inet {

Listener listenLoopback(const std::string& netnsPath, uint16_t port, int backlog) {
  Listener out{-1, 0};
  netlink::inNetns(netnsPath, [&] {
    UniqueFd fd(static_cast<int>(checkSys(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0), "socket(AF_INET) in " + netnsPath)));
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const std::string where = "127.0.0.1:" + std::to_string(port) + (netnsPath.empty() ? "" : " in " + netnsPath);
    checkSys(::bind(fd.get(), reinterpret_cast<sockaddr*>(&a), sizeof a), "bind " + where);
    checkSys(::listen(fd.get(), backlog), "listen on " + where);
    socklen_t len = sizeof a;
    checkSys(::getsockname(fd.get(), reinterpret_cast<sockaddr*>(&a), &len), "getsockname of " + where);
    out.port = ntohs(a.sin_port);
    out.fd = fd.release();
  });
  return out;
}

Endpoint originalDestination(int fd) {
  sockaddr_in a{};
  socklen_t len = sizeof a;
  checkSys(::getsockopt(fd, SOL_IP, SO_ORIGINAL_DST, &a, &len), "getsockopt(SO_ORIGINAL_DST) on fd " + std::to_string(fd));
  char buf[INET_ADDRSTRLEN] = {};
  if (!::inet_ntop(AF_INET, &a.sin_addr, buf, sizeof buf)) throw SysError("inet_ntop of the original destination", errno);
  return {buf, ntohs(a.sin_port)};
}

}  // namespace kata::inet
