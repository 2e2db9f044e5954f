// EdgeWatch: an epoll set holding one fd edge-triggered, so that a caller can wait for the next
// *change* of an fd whose level never stops being "ready". Its own fd is readable while a change
// is pending; watch it with the Poller, drain() it, then look at the fd's state with pollNow().
// Used by guest/agent/serial-port.ts: a virtio-serial port reports POLLHUP (and POLLIN) for as
// long as the host end is not connected, so a level watch would fire in a loop, and the port must
// stay open meanwhile (closing it discards what the host has sent). The guest kernel wakes the
// port's wait queue when the host connects or hangs up and when data arrives, and each wake-up is
// one edge here.
#pragma once

#include <cstdint>
#include <utility>

#include "common/unique_fd.h"

namespace kata {

class EdgeWatch {
 public:
  // Registers fd for `events` (EPOLLIN/EPOLLOUT; hang-up and error are always included). The
  // first edge is pending at once when fd is already ready.
  EdgeWatch(int fd, uint32_t events);

  int fd() const noexcept { return epoll_.get(); }
  // Gives up the epoll fd (the binding hands it to JS); drain(fd) still works on it.
  UniqueFd release() noexcept { return std::move(epoll_); }

  // Consumes the pending edges of the watch whose epoll fd is epollFd; returns how many there
  // were. Afterwards that fd is not readable until the watched fd's state changes again.
  static int drain(int epollFd);
  int drain() const { return drain(epoll_.get()); }

 private:
  UniqueFd epoll_;
};

// The fd's poll(2) revents for `events` right now (POLLHUP and POLLERR always), without waiting.
uint32_t pollNow(int fd, uint32_t events);

// A close-on-exec duplicate of fd: one more descriptor for the same open file, so closing it
// does not release the file while the original stays open.
UniqueFd dupFd(int fd);

}  // namespace kata
