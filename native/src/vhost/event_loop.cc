#include "vhost/event_loop.h"

#include <sys/epoll.h>

#include <cerrno>

#include "common/sys_error.h"

namespace kata::vhost {

EventLoop::EventLoop() : epoll_(static_cast<int>(checkSys(::epoll_create1(EPOLL_CLOEXEC), "epoll_create1"))) {}

EventLoop::Token EventLoop::add(int fd, uint32_t events, Handler h) {
  Token t = next_++;
  epoll_event ev{};
  ev.events = events;
  ev.data.u64 = t;
  checkSys(::epoll_ctl(epoll_.get(), EPOLL_CTL_ADD, fd, &ev), "epoll_ctl add fd " + std::to_string(fd));
  entries_.emplace(t, Entry{fd, std::move(h)});
  return t;
}

void EventLoop::modify(Token t, uint32_t events) {
  auto it = entries_.find(t);
  if (it == entries_.end()) return;
  epoll_event ev{};
  ev.events = events;
  ev.data.u64 = t;
  checkSys(::epoll_ctl(epoll_.get(), EPOLL_CTL_MOD, it->second.fd, &ev), "epoll_ctl mod fd " + std::to_string(it->second.fd));
}

void EventLoop::remove(Token t) noexcept {
  auto it = entries_.find(t);
  if (it == entries_.end()) return;
  ::epoll_ctl(epoll_.get(), EPOLL_CTL_DEL, it->second.fd, nullptr);
  entries_.erase(it);
}

void EventLoop::runOnce(int timeoutMs) {
  epoll_event evs[64];
  int n = ::epoll_wait(epoll_.get(), evs, 64, timeoutMs);
  if (n < 0) {
    if (errno == EINTR) return;
    throw SysError("epoll_wait", errno);
  }
  for (int i = 0; i < n; ++i) {
    // struct epoll_event is packed on x86-64 (data sits at offset 4): copy the token out rather
    // than bind find()'s reference to a misaligned u64 (undefined behaviour; UBSan reports it).
    Token t = evs[i].data.u64;
    auto it = entries_.find(t);
    if (it == entries_.end()) continue;  // removed by an earlier handler in this batch
    Handler h = it->second.handler;      // a copy: the handler may remove itself
    h(evs[i].events);
  }
}

}  // namespace kata::vhost
