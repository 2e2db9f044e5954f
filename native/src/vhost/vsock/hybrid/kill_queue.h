// KillQueue: the streams that must be over by some time (Firecracker's muxer_killq): a host
// client's handshake, a closing stream's wait for the other side. The muxer pushes a stream when
// it gets a deadline and, on each tick, pops those whose time has come; an entry whose stream
// has gone or changed its deadline since is stale, and the muxer skips it after asking the
// stream. Times are monotonic milliseconds (monotonicMs).
#pragma once

#include <cstdint>
#include <queue>
#include <utility>
#include <vector>

#include "vhost/vsock/hybrid/connection.h"

namespace kata::vhost::vsock {

// CLOCK_MONOTONIC in milliseconds: the clock of every deadline here.
int64_t monotonicMs() noexcept;

class KillQueue {
 public:
  void push(int64_t deadlineMs, ConnKey k);
  // The streams whose deadline is at or before now, earliest first; they leave the queue.
  std::vector<ConnKey> popExpired(int64_t now);
  bool empty() const noexcept { return heap_.empty(); }
  void clear() noexcept { heap_ = {}; }

 private:
  using Entry = std::pair<int64_t, ConnKey>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap_;
};

}  // namespace kata::vhost::vsock
