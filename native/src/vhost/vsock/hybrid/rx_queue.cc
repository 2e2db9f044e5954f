#include "vhost/vsock/hybrid/rx_queue.h"

namespace kata::vhost::vsock {

bool RxQueue::pushControl(const PacketHeader& h) {
  if (controlFull()) return false;
  control_.push_back(h);
  return true;
}

bool RxQueue::pushStream(ConnKey k) {
  if (!queued_.insert(k).second) return false;
  streams_.push_back(k);
  return true;
}

bool RxQueue::popControl(PacketHeader& out) {
  if (control_.empty()) return false;
  out = control_.front();
  control_.pop_front();
  return true;
}

bool RxQueue::popStream(ConnKey& out) {
  if (streams_.empty()) return false;
  out = streams_.front();
  streams_.pop_front();
  queued_.erase(out);
  return true;
}

void RxQueue::clear() noexcept {
  control_.clear();
  streams_.clear();
  queued_.clear();
}

}  // namespace kata::vhost::vsock
