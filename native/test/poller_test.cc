#include <sys/eventfd.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

#include "poll/poller.h"
#include "test.h"

namespace {

struct Sink {
  std::mutex mu;
  std::condition_variable cv;
  std::vector<uint64_t> tags;
  bool waitFor(size_t n, std::chrono::milliseconds limit = std::chrono::seconds(2)) {
    std::unique_lock<std::mutex> lock(mu);
    return cv.wait_for(lock, limit, [&] { return tags.size() >= n; });
  }
};

}  // namespace

TEST(poller_reports_a_readable_fd_once_until_rearmed) {
  Sink sink;
  kata::Poller p([&](uint64_t tag, uint32_t) {
    std::lock_guard<std::mutex> lock(sink.mu);
    sink.tags.push_back(tag);
    sink.cv.notify_all();
  });
  kata::UniqueFd efd(::eventfd(1, EFD_NONBLOCK | EFD_CLOEXEC));  // readable from the start
  p.watch(efd.get(), EPOLLIN, 7);
  EXPECT(sink.waitFor(1));
  EXPECT_EQ(sink.tags[0], uint64_t{7});
  // Still readable, but one-shot: no second report until watch() again.
  EXPECT(!sink.waitFor(2, std::chrono::milliseconds(100)));
  p.watch(efd.get(), EPOLLIN, 8);
  EXPECT(sink.waitFor(2));
  EXPECT_EQ(sink.tags[1], uint64_t{8});
  p.unwatch(efd.get());
  p.unwatch(efd.get());  // unknown fd: ignored
}

TEST(poller_stops_cleanly_with_fds_armed) {
  kata::UniqueFd efd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
  {
    kata::Poller p([](uint64_t, uint32_t) {});
    p.watch(efd.get(), EPOLLIN, 1);
  }
  EXPECT(efd.valid());
}
