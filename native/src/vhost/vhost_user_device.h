// The interface between the vhost-user server and a device back-end (the shape of rust-vmm's
// VhostUserBackend): a device says which features and queues it has and reacts to its queues
// starting, being kicked and stopping; optional parts default to "not supported". The server
// gives the device a QueueSet to reach running queues and interrupt the driver.
#pragma once

#include <cstdint>
#include <vector>

#include "vhost/virtqueue.h"

namespace kata::vhost {

class QueueSet {
 public:
  virtual ~QueueSet() = default;
  // The queue if it is started and enabled, else nullptr.
  virtual SplitQueue* running(uint32_t q) noexcept = 0;
  // Interrupts the driver for queue q if it asked for interrupts.
  virtual void signalUsed(uint32_t q) noexcept = 0;
};

class VhostUserDevice {
 public:
  virtual ~VhostUserDevice() = default;
  virtual uint32_t numQueues() const noexcept = 0;
  // Virtio feature bits offered (device and transport, e.g. VERSION_1).
  virtual uint64_t features() const noexcept = 0;
  virtual void setFeatures(uint64_t acked) noexcept { (void)acked; }
  // Config space bytes [offset, offset+size), or empty when the device has no such bytes.
  virtual std::vector<uint8_t> config(uint32_t offset, uint32_t size) const { return {}; }

  virtual void attach(QueueSet* queues) noexcept = 0;
  virtual void queueStarted(uint32_t q) = 0;
  virtual void queueKicked(uint32_t q) = 0;
  virtual void queueStopped(uint32_t q) = 0;
  // The front-end went away or reset the owner: drop all device state.
  virtual void reset() = 0;
};

}  // namespace kata::vhost
