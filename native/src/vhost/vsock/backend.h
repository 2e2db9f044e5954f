// VsockBackend: what the vsock device needs from whatever carries its streams on the host (the
// shape of Firecracker's VsockChannel + VsockBackend): packets in from the guest, packets out to
// the guest, and a word when there are some. The device moves packets between the virtqueues and
// this interface and never touches a host socket; hybrid/muxer.h is the one implementation
// (hybrid vsock over unix sockets), tests can drive the device with another.
#pragma once

#include <sys/uio.h>

#include <cstdint>
#include <functional>

#include "vhost/vsock/packet.h"

namespace kata::vhost::vsock {

class VsockBackend {
 public:
  virtual ~VsockBackend() = default;

  // Called (on the loop thread) when packets for the guest became available; nullptr to unset.
  virtual void setRxReady(std::function<void()> rxReady) = 0;
  // A packet from the guest (tx queue); payload holds hdr.len bytes.
  virtual void onGuestPacket(const PacketHeader& hdr, const iovec* payload, int iovcnt) = 0;
  // Whether packets for the guest wait for rx buffers.
  virtual bool hasRx() const noexcept = 0;
  // Fills hdr and up to `room` payload bytes into space with the next packet for the guest;
  // false when nothing was owed after all.
  virtual bool fillRx(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room) = 0;
  // Too many packets wait for rx buffers: the device stops taking tx packets until the guest reads.
  virtual bool rxBacklogFull() const noexcept = 0;
  // The guest's vsock device was reset or went away: every stream ends.
  virtual void reset() = 0;
};

}  // namespace kata::vhost::vsock
