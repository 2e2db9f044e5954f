#include "vhost/vsock/service.h"

#include <cerrno>

#include "common/sys_error.h"

namespace kata::vhost::vsock {

// virtio v1.2 §5.10.4: CIDs 0-2 are reserved, and the config field is 64 bits with the upper
// 32 reserved.
static uint64_t checkCid(uint64_t cid) {
  if (cid < 3 || cid > 0xffffffffull) throw SysError("guest CID " + std::to_string(cid) + " is reserved or out of range", EINVAL);
  return cid;
}

VsockService::VsockService(const std::string& vhostSocket, const std::string& udsPath, uint64_t guestCid)
    : muxer_(loop_, udsPath, checkCid(guestCid)), device_(muxer_, guestCid), server_(loop_, vhostSocket, device_), thread_(loop_) {}

}  // namespace kata::vhost::vsock
