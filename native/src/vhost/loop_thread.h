// LoopThread: runs an EventLoop on a thread of its own until stopped; how each vhost-user
// back-end (one per VM) gets its thread. stop() wakes the loop through an eventfd and joins —
// within a bound when asked, so a hung back-end (a handler that never returns, a thread stopped
// under a debugger) cannot hang the process that owns it.
//
// The owner builds the loop first and everything that registers on it next (device parts, the
// VhostUserServer), and declares the LoopThread LAST: members are destroyed in reverse, so the
// thread has stopped before any part it runs goes away. See vsock/service.h for the shape.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "common/unique_fd.h"
#include "vhost/event_loop.h"

namespace kata::vhost {

class LoopThread {
 public:
  // The thread's name (comm; at most 15 characters).
  static constexpr const char* kThreadName = "kata-vhost-loop";

  // Starts the thread at once. Throws SysError if the stop eventfd cannot be made.
  explicit LoopThread(EventLoop& loop);
  ~LoopThread();
  LoopThread(const LoopThread&) = delete;
  LoopThread& operator=(const LoopThread&) = delete;

  // Stops and joins the thread; idempotent.
  void stop();
  // The same, waiting at most `limit` for the thread to end: false when it did not (it is still
  // running its loop and still uses everything the loop reaches, so the owner must keep all of
  // it alive; a later stop() may still join it).
  bool stop(std::chrono::milliseconds limit);
  // The error that ended the thread early, as soon as it has ended; "" while it runs or after a
  // clean stop.
  std::string error() const;

 private:
  void run();

  EventLoop& loop_;
  UniqueFd stopFd_;
  EventLoop::Token stopToken_ = 0;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mu_;
  std::condition_variable ended_;
  bool finished_ = false;  // guarded by mu_
  std::string error_;      // guarded by mu_
  std::thread thread_;
};

}  // namespace kata::vhost
