#include "vhost/vsock/hybrid/kill_queue.h"

#include <time.h>

namespace kata::vhost::vsock {

int64_t monotonicMs() noexcept {
  timespec ts;
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

void KillQueue::push(int64_t deadlineMs, ConnKey k) { heap_.emplace(deadlineMs, k); }

std::vector<ConnKey> KillQueue::popExpired(int64_t now) {
  std::vector<ConnKey> out;
  while (!heap_.empty() && heap_.top().first <= now) {
    out.push_back(heap_.top().second);
    heap_.pop();
  }
  return out;
}

}  // namespace kata::vhost::vsock
