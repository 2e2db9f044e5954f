// LoopThread: a clean stop joins at once; an error ends the thread and is visible before any
// stop; a handler that hangs makes a bounded stop give up (false) instead of hanging its caller,
// and once the handler returns the thread can still be joined.
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "common/unique_fd.h"
#include "test.h"
#include "vhost/event_loop.h"
#include "vhost/loop_thread.h"

using namespace std::chrono_literals;

TEST(loop_thread_stops_within_its_bound_when_idle) {
  kata::vhost::EventLoop loop;
  kata::vhost::LoopThread t(loop);
  EXPECT(t.stop(2000ms));
  EXPECT_EQ(t.error(), std::string());
  EXPECT(t.stop(0ms));  // idempotent
}

TEST(loop_thread_error_is_visible_as_soon_as_the_thread_ends) {
  kata::vhost::EventLoop loop;
  kata::UniqueFd efd(::eventfd(1, EFD_NONBLOCK | EFD_CLOEXEC));
  loop.add(efd.get(), EPOLLIN, [](uint32_t) { throw std::runtime_error("device broke"); });
  kata::vhost::LoopThread t(loop);
  std::string e;
  for (int i = 0; i < 200 && e.empty(); ++i) {
    std::this_thread::sleep_for(10ms);
    e = t.error();
  }
  EXPECT_EQ(e, std::string("device broke"));
  EXPECT(t.stop(1000ms));
}

TEST(loop_thread_bounded_stop_gives_up_on_a_hung_handler) {
  kata::vhost::EventLoop loop;
  std::mutex mu;
  std::condition_variable cv;
  bool entered = false, release = false;
  kata::UniqueFd efd(::eventfd(1, EFD_NONBLOCK | EFD_CLOEXEC));
  auto token = loop.add(efd.get(), EPOLLIN, [&](uint32_t) {
    std::unique_lock<std::mutex> lock(mu);
    entered = true;
    cv.notify_all();
    cv.wait(lock, [&] { return release; });
    uint64_t v;
    ssize_t r = ::read(efd.get(), &v, sizeof v);
    (void)r;
  });
  kata::vhost::LoopThread t(loop);
  {
    std::unique_lock<std::mutex> lock(mu);
    EXPECT(cv.wait_for(lock, 2s, [&] { return entered; }));
  }
  auto start = std::chrono::steady_clock::now();
  EXPECT(!t.stop(100ms));
  EXPECT(std::chrono::steady_clock::now() - start < 1s);
  {
    std::lock_guard<std::mutex> lock(mu);
    release = true;
    cv.notify_all();
  }
  EXPECT(t.stop(2000ms));
  loop.remove(token);
}
