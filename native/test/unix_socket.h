// Blocking unix stream sockets for tests that play a peer of a back-end (QEMU's front-end, a
// host client, a host listener); each throws naming the path when it cannot.
#pragma once

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>
#include <string>

#include "common/unique_fd.h"

namespace kata::test {

// A socket path under /tmp for this test process: /tmp/kata-test-<pid>-<name>.
inline std::string tempSocketPath(const std::string& name) { return "/tmp/kata-test-" + std::to_string(::getpid()) + "-" + name; }

inline sockaddr_un unixAddr(const std::string& path) {
  sockaddr_un sa{};
  sa.sun_family = AF_UNIX;
  std::strncpy(sa.sun_path, path.c_str(), sizeof sa.sun_path - 1);
  return sa;
}

inline UniqueFd dialUnix(const std::string& path) {
  UniqueFd fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  sockaddr_un sa = unixAddr(path);
  if (::connect(fd.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) throw std::runtime_error("connect " + path);
  return fd;
}

inline UniqueFd listenUnix(const std::string& path) {
  ::unlink(path.c_str());
  UniqueFd fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
  sockaddr_un sa = unixAddr(path);
  if (::bind(fd.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0 || ::listen(fd.get(), 4) != 0) throw std::runtime_error("listen " + path);
  return fd;
}

}  // namespace kata::test
