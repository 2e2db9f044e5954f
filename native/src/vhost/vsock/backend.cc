#include "vhost/vsock/backend.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "common/sys_error.h"

namespace kata::vhost::vsock {

// virtio v1.2 §5.10.4: CIDs 0-2 are reserved, and the config field is 64 bits with the upper
// 32 reserved.
static uint64_t checkCid(uint64_t cid) {
  if (cid < 3 || cid > 0xffffffffull) throw SysError("guest CID " + std::to_string(cid) + " is reserved or out of range", EINVAL);
  return cid;
}

VsockBackend::VsockBackend(const std::string& vhostSocket, const std::string& udsPath, uint64_t guestCid)
    : device_(loop_, udsPath, checkCid(guestCid)),
      server_(loop_, vhostSocket, device_),
      stopFd_(static_cast<int>(checkSys(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK), "eventfd"))) {
  loop_.add(stopFd_.get(), EPOLLIN, [this](uint32_t) { stopping_ = true; });
  thread_ = std::thread([this] { run(); });
}

VsockBackend::~VsockBackend() { stop(); }

void VsockBackend::run() {
  try {
    while (!stopping_) loop_.runOnce(-1);
  } catch (const std::exception& e) {
    error_ = e.what();
  }
}

void VsockBackend::stop() {
  if (!thread_.joinable()) return;
  uint64_t one = 1;
  ssize_t r = ::write(stopFd_.get(), &one, sizeof one);
  (void)r;
  thread_.join();
}

std::string VsockBackend::error() const { return thread_.joinable() ? std::string() : error_; }

}  // namespace kata::vhost::vsock
