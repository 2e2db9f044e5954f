// VsockService: one VM's vsock device served over vhost-user on a thread of its own, with hybrid
// vsock as its back-end. Construction binds all sockets (so a bad path fails at once, on the
// caller's thread) and starts the thread; destruction stops it and removes the sockets. The
// N-API binding (native/binding/vhost_vsock.cc) and tests use this.
//
// The shape every vhost-user device here follows: the loop, the device's back-end, the device,
// the VhostUserServer, and the LoopThread last (so it stops before the others go).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "vhost/event_loop.h"
#include "vhost/loop_thread.h"
#include "vhost/vhost_user_server.h"
#include "vhost/vsock/device.h"
#include "vhost/vsock/hybrid/muxer.h"

namespace kata::vhost::vsock {

class VsockService {
 public:
  // vhostSocket: where QEMU's chardev connects; udsPath: the hybrid vsock socket for the host.
  VsockService(const std::string& vhostSocket, const std::string& udsPath, uint64_t guestCid);
  VsockService(const VsockService&) = delete;
  VsockService& operator=(const VsockService&) = delete;

  // Stops the thread; idempotent.
  void stop() { thread_.stop(); }
  // Stops the thread, waiting at most `limit`: false when it did not end (a hung back-end); the
  // service must then stay alive, since the thread still runs on its parts.
  bool stop(std::chrono::milliseconds limit) { return thread_.stop(limit); }
  // The error that ended the thread early, as soon as it has ended; "" otherwise.
  std::string error() const { return thread_.error(); }
  // Device resets so far (QEMU gone or the guest driver reset): see HybridMuxer::resetCount.
  uint64_t resetCount() const noexcept { return muxer_.resetCount(); }

 private:
  EventLoop loop_;
  HybridMuxer muxer_;
  VsockDevice device_;
  VhostUserServer server_;
  LoopThread thread_;
};

}  // namespace kata::vhost::vsock
