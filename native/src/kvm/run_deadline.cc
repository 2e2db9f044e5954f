#include "kvm/run_deadline.h"

#include <pthread.h>
#include <unistd.h>

#include <cerrno>

#include "common/sys_error.h"

namespace kata::kvm {

namespace {
// Only its arrival matters (it interrupts the blocking call); it must not be SIG_DFL, which
// terminates the process for a real-time signal.
void onTick(int) {}

constexpr std::chrono::milliseconds kTick{5};

timespec toTimespec(std::chrono::nanoseconds d) {
  auto s = std::chrono::duration_cast<std::chrono::seconds>(d);
  return timespec{static_cast<time_t>(s.count()), static_cast<long>((d - s).count())};
}
}  // namespace

int RunDeadline::signal() noexcept { return SIGRTMIN + 6; }

RunDeadline::RunDeadline(std::chrono::milliseconds after) : deadline_(std::chrono::steady_clock::now() + after) {
  const int sig = signal();
  struct sigaction sa {};
  sa.sa_handler = onTick;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: the interrupted call must return EINTR
  checkSys(::sigaction(sig, &sa, &oldAction_), "sigaction for the vCPU run deadline");
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, sig);
  pthread_sigmask(SIG_UNBLOCK, &unblock, &oldMask_);

  sigevent sev{};
  sev.sigev_notify = SIGEV_THREAD_ID;
  sev.sigev_signo = sig;
  sev._sigev_un._tid = ::gettid();  // glibc 2.36 has no sigev_notify_thread_id name for it
  if (::timer_create(CLOCK_MONOTONIC, &sev, &timer_) < 0) {
    int err = errno;
    pthread_sigmask(SIG_SETMASK, &oldMask_, nullptr);
    ::sigaction(sig, &oldAction_, nullptr);
    throw SysError("timer_create for the vCPU run deadline", err);
  }
  itimerspec its{};
  // A zero it_value would disarm the timer: an already-passed bound still fires, at once.
  its.it_value = toTimespec(std::max<std::chrono::nanoseconds>(after, std::chrono::nanoseconds(1)));
  its.it_interval = toTimespec(kTick);
  if (::timer_settime(timer_, 0, &its, nullptr) < 0) {
    int err = errno;
    disarm();
    throw SysError("timer_settime for the vCPU run deadline", err);
  }
}

RunDeadline::~RunDeadline() { disarm(); }

void RunDeadline::disarm() noexcept {
  const int sig = signal();
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, sig);
  // Block, stop the timer, then take any tick already queued, so none is delivered once the old
  // handler (perhaps SIG_DFL) is back.
  pthread_sigmask(SIG_BLOCK, &only, nullptr);
  ::timer_delete(timer_);
  const timespec zero{0, 0};
  while (::sigtimedwait(&only, nullptr, &zero) == sig) {
  }
  pthread_sigmask(SIG_SETMASK, &oldMask_, nullptr);
  ::sigaction(sig, &oldAction_, nullptr);
}

}  // namespace kata::kvm
