// VsockDevice: the virtio-vsock device (virtio v1.2 §5.10) as a vhost-user back-end: it offers
// the device's features and config (the guest CID), pops packets from the tx queue and hands
// them to the muxer, and fills rx buffers with what the muxer owes the guest. It parses headers
// and walks descriptor chains; it never touches a host socket.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "vhost/event_loop.h"
#include "vhost/vhost_user_device.h"
#include "vhost/vsock/hybrid_muxer.h"

namespace kata::vhost::vsock {

// virtio v1.2 §6: VIRTIO_F_VERSION_1; §2.7.5.3: VIRTIO_RING_F_INDIRECT_DESC.
constexpr uint64_t kFVersion1 = 1ull << 32;
constexpr uint64_t kFIndirectDesc = 1ull << 28;

class VsockDevice : public VhostUserDevice {
 public:
  VsockDevice(EventLoop& loop, std::string udsPath, uint64_t guestCid);

  uint32_t numQueues() const noexcept override { return 3; }  // rx, tx, event (§5.10.2)
  uint64_t features() const noexcept override { return kFVersion1 | kFIndirectDesc; }
  std::vector<uint8_t> config(uint32_t offset, uint32_t size) const override;
  void attach(QueueSet* queues) noexcept override { queues_ = queues; }
  void queueStarted(uint32_t q) override;
  void queueKicked(uint32_t q) override;
  void queueStopped(uint32_t q) override;
  void reset() override;

  HybridMuxer& muxer() noexcept { return muxer_; }
  uint64_t muxerResets() const noexcept { return muxer_.resetCount(); }

 private:
  void processTx();
  void processRx();

  uint64_t guestCid_;
  QueueSet* queues_ = nullptr;
  HybridMuxer muxer_;
  bool inRx_ = false;  // re-entry guards: the muxer calls back while we work
  bool inTx_ = false;
};

}  // namespace kata::vhost::vsock
