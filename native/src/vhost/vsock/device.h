// VsockDevice: the virtio-vsock device (virtio v1.2 §5.10) as a vhost-user back-end: it offers
// the device's features and config (the guest CID), pops packets from the tx queue and hands
// them to its VsockBackend, and fills rx buffers with what the back-end owes the guest. It parses
// headers and walks descriptor chains; it never touches a host socket.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "vhost/vhost_user_device.h"
#include "vhost/vsock/backend.h"

namespace kata::vhost::vsock {

// virtio v1.2 §6: VIRTIO_F_VERSION_1; §2.7.5.3: VIRTIO_RING_F_INDIRECT_DESC.
constexpr uint64_t kFVersion1 = 1ull << 32;
constexpr uint64_t kFIndirectDesc = 1ull << 28;

class VsockDevice : public VhostUserDevice {
 public:
  // backend must outlive the device.
  VsockDevice(VsockBackend& backend, uint64_t guestCid);
  ~VsockDevice() override;
  VsockDevice(const VsockDevice&) = delete;
  VsockDevice& operator=(const VsockDevice&) = delete;

  uint32_t numQueues() const noexcept override { return 3; }  // rx, tx, event (§5.10.2)
  uint64_t features() const noexcept override { return kFVersion1 | kFIndirectDesc; }
  std::vector<uint8_t> config(uint32_t offset, uint32_t size) const override;
  void attach(QueueSet* queues) noexcept override { queues_ = queues; }
  void queueStarted(uint32_t q) override;
  void queueKicked(uint32_t q) override;
  void queueStopped(uint32_t q) override;
  void reset() override;

 private:
  void processTx();
  void processRx();

  uint64_t guestCid_;
  VsockBackend& backend_;
  QueueSet* queues_ = nullptr;
  bool inRx_ = false;  // re-entry guards: the back-end calls back while we work
  bool inTx_ = false;
};

}  // namespace kata::vhost::vsock
