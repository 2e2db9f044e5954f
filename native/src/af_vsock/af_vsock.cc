#include "af_vsock/af_vsock.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/vm_sockets.h>

#include <string>

#include "common/sys_error.h"

namespace kata {

static_assert(VMADDR_CID_ANY == kVmaddrCidAny, "linux/vm_sockets.h VMADDR_CID_ANY");
static_assert(VMADDR_PORT_ANY == kVmaddrPortAny, "linux/vm_sockets.h VMADDR_PORT_ANY");

namespace {

sockaddr_vm makeAddr(uint32_t cid, uint32_t port) {
  sockaddr_vm a;
  memset(&a, 0, sizeof a);
  a.svm_family = AF_VSOCK;
  a.svm_cid = cid;
  a.svm_port = port;
  return a;
}

std::string addrText(uint32_t cid, uint32_t port) {
  return "vsock " + std::to_string(cid) + ":" + std::to_string(port);
}

UniqueFd newSocket() {
  int fd = ::socket(AF_VSOCK, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) throw SysError("socket AF_VSOCK", errno);
  return UniqueFd(fd);
}

}  // namespace

UniqueFd vsockListen(uint32_t cid, uint32_t port, int backlog) {
  UniqueFd fd = newSocket();
  sockaddr_vm a = makeAddr(cid, port);
  if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) < 0)
    throw SysError("bind " + addrText(cid, port), errno);
  if (::listen(fd.get(), backlog) < 0) throw SysError("listen " + addrText(cid, port), errno);
  return fd;
}

std::optional<Accepted> vsockAccept(int listenFd) {
  sockaddr_vm a;
  socklen_t len = sizeof a;
  int fd = ::accept4(listenFd, reinterpret_cast<sockaddr*>(&a), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
  if (fd < 0) {
    if (errno == EAGAIN || errno == EINTR || errno == ECONNABORTED) return std::nullopt;
    throw SysError("accept vsock", errno);
  }
  return Accepted{UniqueFd(fd), VsockAddr{a.svm_cid, a.svm_port}};
}

Connecting vsockConnect(uint32_t cid, uint32_t port) {
  UniqueFd fd = newSocket();
  sockaddr_vm a = makeAddr(cid, port);
  if (::connect(fd.get(), reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) return {std::move(fd), true};
  if (errno == EINPROGRESS) return {std::move(fd), false};
  throw SysError("connect " + addrText(cid, port), errno);
}

void vsockConnectResult(int fd, uint32_t cid, uint32_t port) {
  int err = 0;
  socklen_t len = sizeof err;
  if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) throw SysError("getsockopt SO_ERROR", errno);
  if (err != 0) throw SysError("connect " + addrText(cid, port), err);
}

VsockAddr vsockLocalAddr(int fd) {
  sockaddr_vm a;
  socklen_t len = sizeof a;
  if (::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) < 0) throw SysError("getsockname vsock", errno);
  return {a.svm_cid, a.svm_port};
}

std::pair<UniqueFd, UniqueFd> streamSocketPair() {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) < 0) throw SysError("socketpair AF_UNIX", errno);
  return {UniqueFd(fds[0]), UniqueFd(fds[1])};
}

}  // namespace kata
