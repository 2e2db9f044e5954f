#include "poll/edge_watch.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/epoll.h>

#include <string>

#include "common/sys_error.h"

namespace kata {

EdgeWatch::EdgeWatch(int fd, uint32_t events) {
  epoll_.reset(static_cast<int>(checkSys(::epoll_create1(EPOLL_CLOEXEC), "epoll_create1")));
  epoll_event ev{};
  ev.events = events | EPOLLET;
  ev.data.fd = fd;
  checkSys(::epoll_ctl(epoll_.get(), EPOLL_CTL_ADD, fd, &ev), "epoll_ctl add fd " + std::to_string(fd) + " edge-triggered");
}

int EdgeWatch::drain(int epollFd) {
  int total = 0;
  epoll_event evs[8];
  for (;;) {
    int n = ::epoll_wait(epollFd, evs, 8, 0);
    if (n < 0 && errno == EINTR) continue;
    checkSys(n, "epoll_wait edge watch fd " + std::to_string(epollFd));
    total += n;
    if (n < 8) return total;
  }
}

uint32_t pollNow(int fd, uint32_t events) {
  pollfd p{fd, static_cast<short>(events), 0};
  for (;;) {
    int n = ::poll(&p, 1, 0);
    if (n < 0 && errno == EINTR) continue;
    checkSys(n, "poll fd " + std::to_string(fd));
    return n == 0 ? 0 : static_cast<uint16_t>(p.revents);
  }
}

UniqueFd dupFd(int fd) {
  return UniqueFd(static_cast<int>(checkSys(::fcntl(fd, F_DUPFD_CLOEXEC, 0), "dup fd " + std::to_string(fd))));
}

}  // namespace kata
