// EventLoop: one epoll set and the handlers for its fds, run on the thread that calls run().
// The vhost-user server, the vsock device and the hybrid-vsock muxer all register here so one
// backend thread serves a VM without locks. Each registration gets a fresh token, so a handler
// removed (and its fd number reused) during a batch of events is never called by mistake.
#pragma once

#include <cstdint>
#include <functional>
#include <unordered_map>

#include "common/unique_fd.h"

namespace kata::vhost {

class EventLoop {
 public:
  using Handler = std::function<void(uint32_t events)>;
  using Token = uint64_t;

  EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  // Level-triggered watch of fd for events (EPOLLIN/EPOLLOUT); throws SysError.
  Token add(int fd, uint32_t events, Handler h);
  void modify(Token t, uint32_t events);
  // Stops watching; call before closing the fd. Unknown tokens are ignored.
  void remove(Token t) noexcept;

  // Waits up to timeoutMs (-1: forever) and runs the handlers of ready fds.
  void runOnce(int timeoutMs);
  size_t size() const noexcept { return entries_.size(); }

 private:
  struct Entry {
    int fd;
    Handler handler;
  };
  UniqueFd epoll_;
  Token next_ = 1;
  std::unordered_map<Token, Entry> entries_;
};

}  // namespace kata::vhost
