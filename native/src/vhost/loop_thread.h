// LoopThread: runs an EventLoop on a thread of its own until stopped; how each vhost-user
// back-end (one per VM) gets its thread. stop() wakes the loop through an eventfd and joins.
//
// The owner builds the loop first and everything that registers on it next (device parts, the
// VhostUserServer), and declares the LoopThread LAST: members are destroyed in reverse, so the
// thread has stopped before any part it runs goes away. See vsock/service.h for the shape.
#pragma once

#include <atomic>
#include <string>
#include <thread>

#include "common/unique_fd.h"
#include "vhost/event_loop.h"

namespace kata::vhost {

class LoopThread {
 public:
  // Starts the thread at once. Throws SysError if the stop eventfd cannot be made.
  explicit LoopThread(EventLoop& loop);
  ~LoopThread();
  LoopThread(const LoopThread&) = delete;
  LoopThread& operator=(const LoopThread&) = delete;

  // Stops and joins the thread; idempotent.
  void stop();
  // The error that ended the thread early, once stop() has joined it; "" otherwise.
  std::string error() const;

 private:
  void run();

  EventLoop& loop_;
  UniqueFd stopFd_;
  EventLoop::Token stopToken_ = 0;
  std::atomic<bool> stopping_{false};
  std::string error_;
  std::thread thread_;
};

}  // namespace kata::vhost
