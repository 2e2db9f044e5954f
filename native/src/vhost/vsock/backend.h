// VsockBackend: one VM's vhost-user-vsock back-end with its hybrid-vsock muxer, served by its own
// thread. Construction binds both sockets (so a bad path fails at once, on the caller's thread);
// destruction stops the thread and removes the sockets. The N-API binding and tests use this.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>

#include "common/unique_fd.h"
#include "vhost/event_loop.h"
#include "vhost/vhost_user_server.h"
#include "vhost/vsock/device.h"

namespace kata::vhost::vsock {

class VsockBackend {
 public:
  // vhostSocket: where QEMU's chardev connects; udsPath: the hybrid vsock socket for the host.
  VsockBackend(const std::string& vhostSocket, const std::string& udsPath, uint64_t guestCid);
  ~VsockBackend();
  VsockBackend(const VsockBackend&) = delete;
  VsockBackend& operator=(const VsockBackend&) = delete;

  // Stops the thread; idempotent.
  void stop();
  // The error that ended the thread early, or "".
  std::string error() const;
  // Device resets so far (QEMU gone or the guest driver reset): see HybridMuxer::resetCount.
  uint64_t resetCount() const noexcept { return device_.muxerResets(); }

 private:
  void run();

  EventLoop loop_;
  VsockDevice device_;
  VhostUserServer server_;
  UniqueFd stopFd_;
  std::atomic<bool> stopping_{false};
  std::string error_;
  std::thread thread_;
};

}  // namespace kata::vhost::vsock
