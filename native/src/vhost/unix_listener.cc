#include "vhost/unix_listener.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/sys_error.h"

namespace kata::vhost {

namespace {

bool fillAddr(sockaddr_un& sa, const std::string& path) noexcept {
  if (path.empty() || path.size() >= sizeof sa.sun_path) return false;
  sa.sun_family = AF_UNIX;
  std::memcpy(sa.sun_path, path.c_str(), path.size());
  return true;
}

}  // namespace

UnixListener::UnixListener(std::string path, int backlog, const std::string& what) : path_(std::move(path)) {
  sockaddr_un sa{};
  if (!fillAddr(sa, path_)) throw SysError(what + " path '" + path_ + "' is empty or too long", ENAMETOOLONG);
  fd_.reset(static_cast<int>(checkSys(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0), "socket for " + path_)));
  // A socket file left by an earlier run would make bind fail; anything else at the path is kept.
  struct stat st;
  if (::lstat(path_.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) ::unlink(path_.c_str());
  checkSys(::bind(fd_.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa), "bind " + path_);
  checkSys(::listen(fd_.get(), backlog), "listen " + path_);
}

UnixListener::~UnixListener() { ::unlink(path_.c_str()); }

UniqueFd UnixListener::accept(bool nonBlocking) const noexcept {
  return UniqueFd(::accept4(fd_.get(), nullptr, nullptr, SOCK_CLOEXEC | (nonBlocking ? SOCK_NONBLOCK : 0)));
}

UniqueFd connectUnix(const std::string& path) noexcept {
  sockaddr_un sa{};
  if (!fillAddr(sa, path)) return UniqueFd();
  UniqueFd fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
  if (fd && ::connect(fd.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) fd.reset();
  return fd;
}

}  // namespace kata::vhost
