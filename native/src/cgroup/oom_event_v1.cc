#include "cgroup/oom_event_v1.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "common/sys_error.h"

namespace kata {

std::string eventControlLine(int eventFd, int controlFd) {
  return std::to_string(eventFd) + " " + std::to_string(controlFd);
}

UniqueFd openV1OomEventFd(const std::string& dir) {
  UniqueFd efd(static_cast<int>(checkSys(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK), "eventfd")));
  std::string controlPath = dir + "/memory.oom_control";
  UniqueFd cfd(::open(controlPath.c_str(), O_RDONLY | O_CLOEXEC));
  if (!cfd) throw SysError("open " + controlPath, errno);
  std::string ecPath = dir + "/cgroup.event_control";
  UniqueFd ec(::open(ecPath.c_str(), O_WRONLY | O_CLOEXEC));
  if (!ec) throw SysError("open " + ecPath, errno);
  std::string line = eventControlLine(efd.get(), cfd.get());
  if (::write(ec.get(), line.data(), line.size()) < 0) throw SysError("write " + ecPath, errno);
  // The kernel keeps its own reference to the eventfd; the control fd may be closed now.
  return efd;
}

uint64_t readEventFd(int fd) {
  uint64_t v = 0;
  ssize_t n = ::read(fd, &v, sizeof v);
  if (n < 0) {
    if (errno == EAGAIN) return 0;
    throw SysError("read eventfd", errno);
  }
  return v;
}

}  // namespace kata
