// RxQueue: what the muxer owes the guest, in the order it goes out (Firecracker's muxer_rxq):
// first RSTs for guest packets that match no stream (bounded: when full, the device stops
// reading tx until the guest takes some), then streams with something to send, each queued at
// most once and served round robin. Holds keys, not streams: a stream gone by the time its turn
// comes is skipped by the muxer.
#pragma once

#include <deque>
#include <set>

#include "vhost/vsock/hybrid/connection.h"
#include "vhost/vsock/packet.h"

namespace kata::vhost::vsock {

class RxQueue {
 public:
  // How many stray-packet RSTs may wait; more are dropped (the guest times those streams out).
  static constexpr size_t kMaxControl = 1024;

  bool empty() const noexcept { return control_.empty() && streams_.empty(); }
  bool controlFull() const noexcept { return control_.size() >= kMaxControl; }
  // How many streams are queued.
  size_t streamCount() const noexcept { return streams_.size(); }
  // Queues a packet that belongs to no stream; false (dropped) when the queue is full.
  bool pushControl(const PacketHeader& h);
  // Queues a stream; false when it is queued already.
  bool pushStream(ConnKey k);
  bool popControl(PacketHeader& out);
  bool popStream(ConnKey& out);
  void clear() noexcept;

 private:
  std::deque<PacketHeader> control_;
  std::deque<ConnKey> streams_;
  std::set<ConnKey> queued_;
};

}  // namespace kata::vhost::vsock
