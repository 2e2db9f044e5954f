#include "poll/poller.h"

#include <errno.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "common/sys_error.h"

namespace kata {

namespace {
constexpr uint64_t kWakeTag = ~uint64_t{0};
}

Poller::Poller(Callback cb) : cb_(std::move(cb)) {
  epoll_.reset(static_cast<int>(checkSys(::epoll_create1(EPOLL_CLOEXEC), "epoll_create1")));
  wake_.reset(static_cast<int>(checkSys(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK), "eventfd")));
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.u64 = kWakeTag;
  checkSys(::epoll_ctl(epoll_.get(), EPOLL_CTL_ADD, wake_.get(), &ev), "epoll_ctl add wake eventfd");
  thread_ = std::thread([this] { run(); });
}

Poller::~Poller() {
  uint64_t one = 1;
  (void)!::write(wake_.get(), &one, sizeof one);
  if (thread_.joinable()) thread_.join();
}

void Poller::watch(int fd, uint32_t events, uint64_t tag) {
  epoll_event ev{};
  ev.events = events | EPOLLONESHOT;
  ev.data.u64 = tag;
  std::lock_guard<std::mutex> lock(mu_);
  bool known = registered_.count(fd) != 0;
  int rc = ::epoll_ctl(epoll_.get(), known ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev);
  if (rc < 0 && known && errno == ENOENT) {
    // The fd was closed and its number reused without unwatch(): register it afresh.
    rc = ::epoll_ctl(epoll_.get(), EPOLL_CTL_ADD, fd, &ev);
  }
  checkSys(rc, "epoll_ctl watch fd " + std::to_string(fd));
  registered_.insert(fd);
}

void Poller::unwatch(int fd) {
  std::lock_guard<std::mutex> lock(mu_);
  if (registered_.erase(fd) == 0) return;
  // ENOENT/EBADF: the fd was already closed; epoll dropped it by itself.
  ::epoll_ctl(epoll_.get(), EPOLL_CTL_DEL, fd, nullptr);
}

void Poller::run() {
  epoll_event events[32];
  for (;;) {
    int n = ::epoll_wait(epoll_.get(), events, 32, -1);
    if (n < 0) {
      if (errno == EINTR) continue;
      return;
    }
    for (int i = 0; i < n; i++) {
      if (events[i].data.u64 == kWakeTag) return;
      cb_(events[i].data.u64, events[i].events);
    }
  }
}

}  // namespace kata
