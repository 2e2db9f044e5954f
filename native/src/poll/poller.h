// Poller: one epoll thread that reports fd readiness to a callback. The N-API binding
// (native/binding/poll.cc) forwards each report to the JS thread; the TS side uses it for pidfds,
// cgroup v1 OOM eventfds and vsock listen/connect sockets, so none of them block the event loop.
// Every watch is one-shot (EPOLLONESHOT): a report disarms the fd until watch() is called again,
// so a level-triggered fd cannot flood the JS thread while JS has not yet handled it.
#pragma once

#include <sys/epoll.h>

#include <cstdint>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

#include "common/unique_fd.h"

namespace kata {

class Poller {
 public:
  // cb(tag, epollEvents) runs on the poller thread.
  using Callback = std::function<void(uint64_t tag, uint32_t events)>;

  explicit Poller(Callback cb);
  ~Poller();
  Poller(const Poller&) = delete;
  Poller& operator=(const Poller&) = delete;

  // Arms fd for one report of `events` (EPOLLIN/EPOLLOUT), carrying tag. Re-arming an fd that
  // already fired (or is armed) replaces its events and tag.
  void watch(int fd, uint32_t events, uint64_t tag);
  // Stops watching fd. Call before closing it. Unknown fds are ignored.
  void unwatch(int fd);

 private:
  void run();

  Callback cb_;
  UniqueFd epoll_;
  UniqueFd wake_;  // eventfd: written once to stop the thread
  std::mutex mu_;
  std::set<int> registered_;
  std::thread thread_;
};

}  // namespace kata
