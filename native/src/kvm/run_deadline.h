// RunDeadline: a time bound for a blocking call on this thread, made for KVM_RUN. Nothing but a
// signal makes a vCPU that is inside the guest return to user space, so from `after` on a timer
// signal is sent to this thread (SIGEV_THREAD_ID) every few milliseconds until the RunDeadline is
// destroyed. The call then fails with EINTR (KVM_RUN: KVM_EXIT_INTR) and the caller asks expired().
//
// Why a repeating timer signal and not KVM_CAP_IMMEDIATE_EXIT: immediate_exit only makes the
// *next* KVM_RUN return at once; it cannot stop one already running, so a signal is needed either
// way. What immediate_exit would add is closing the race of a signal landing just before KVM_RUN
// starts; the repeat closes it as well (the next tick lands inside), and needs no capability and
// no kvm_run pointer shared with a signal handler.
//
// The signal's handler and this thread's mask are restored, and a tick still pending is consumed,
// in the destructor: nothing outlives the bound. One RunDeadline per thread at a time.
#pragma once

#include <signal.h>
#include <time.h>

#include <chrono>

namespace kata::kvm {

class RunDeadline {
 public:
  explicit RunDeadline(std::chrono::milliseconds after);
  ~RunDeadline();
  RunDeadline(const RunDeadline&) = delete;
  RunDeadline& operator=(const RunDeadline&) = delete;

  bool expired() const noexcept { return std::chrono::steady_clock::now() >= deadline_; }
  // The signal used: a real-time one, which Node, libuv and V8 leave alone (SIGRTMIN + 6).
  static int signal() noexcept;

 private:
  // Stops the timer, drops a pending tick, restores the handler and mask.
  void disarm() noexcept;

  std::chrono::steady_clock::time_point deadline_;
  struct sigaction oldAction_ {};
  sigset_t oldMask_{};
  timer_t timer_{};
};

}  // namespace kata::kvm
