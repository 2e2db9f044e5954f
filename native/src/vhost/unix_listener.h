// UnixListener: a listening unix stream socket at a path, the way every vhost-user back-end here
// exposes itself (the vhost-user socket QEMU connects to, a device's host-facing sockets such as
// hybrid vsock's). A stale socket file at the path is replaced at bind and removed on
// destruction. The owner watches fd() on its EventLoop and calls accept().
#pragma once

#include <string>

#include "common/unique_fd.h"

namespace kata::vhost {

class UnixListener {
 public:
  // `what` names the socket in errors ("vhost-user socket"); throws SysError naming the path.
  UnixListener(std::string path, int backlog, const std::string& what);
  ~UnixListener();
  UnixListener(const UnixListener&) = delete;
  UnixListener& operator=(const UnixListener&) = delete;

  int fd() const noexcept { return fd_.get(); }
  const std::string& path() const noexcept { return path_; }
  // The next waiting client (close-on-exec, plus SOCK_NONBLOCK when asked), or an invalid fd.
  UniqueFd accept(bool nonBlocking) const noexcept;

 private:
  std::string path_;
  UniqueFd fd_;
};

// A non-blocking stream socket connected to the listener at path, or an invalid fd when nobody
// listens there, its backlog is full or the path does not fit a sockaddr_un.
UniqueFd connectUnix(const std::string& path) noexcept;

}  // namespace kata::vhost
