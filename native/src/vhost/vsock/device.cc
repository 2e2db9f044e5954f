#include "vhost/vsock/device.h"

#include <cstring>

namespace kata::vhost::vsock {

VsockDevice::VsockDevice(VsockBackend& backend, uint64_t guestCid) : guestCid_(guestCid), backend_(backend) {
  backend_.setRxReady([this] { processRx(); });
}

VsockDevice::~VsockDevice() { backend_.setRxReady(nullptr); }

std::vector<uint8_t> VsockDevice::config(uint32_t offset, uint32_t size) const {
  // virtio v1.2 §5.10.4: struct virtio_vsock_config { le64 guest_cid; }.
  uint8_t cfg[8];
  std::memcpy(cfg, &guestCid_, 8);
  if (offset > sizeof cfg || size > sizeof cfg - offset) return {};
  return std::vector<uint8_t>(cfg + offset, cfg + offset + size);
}

void VsockDevice::queueStarted(uint32_t q) { queueKicked(q); }

void VsockDevice::queueKicked(uint32_t q) {
  if (q == kTxQueue) processTx();
  if (q == kRxQueue) processRx();
  // The event queue only carries transport resets, which we never send.
}

void VsockDevice::queueStopped(uint32_t q) {
  // The driver reset the device: its sockets are gone, so ours end too.
  if (q == kTxQueue || q == kRxQueue) backend_.reset();
}

void VsockDevice::reset() { backend_.reset(); }

void VsockDevice::processTx() {
  SplitQueue* tx = queues_ ? queues_->running(kTxQueue) : nullptr;
  if (tx == nullptr || inTx_) return;
  inTx_ = true;
  bool used = false;
  while (!backend_.rxBacklogFull()) {
    auto chain = tx->pop();
    if (!chain) break;
    used = true;
    PacketHeader hdr;
    if (chain->ok && gather(chain->readable, 0, &hdr, sizeof hdr) && hdr.len <= chain->readableLen - sizeof hdr) {
      std::vector<iovec> payload = slice(chain->readable, sizeof hdr, hdr.len);
      backend_.onGuestPacket(hdr, payload.data(), int(payload.size()));
    }
    // Malformed packets are returned unread; the back-end never sees them.
    tx->push(chain->head, 0);
  }
  if (used) queues_->signalUsed(kTxQueue);
  inTx_ = false;
  processRx();
}

void VsockDevice::processRx() {
  if (inRx_) return;  // the back-end asks again while we fill: the running loop picks it up
  inRx_ = true;
  SplitQueue* rx = queues_ ? queues_->running(kRxQueue) : nullptr;
  bool used = false;
  while (rx != nullptr && backend_.hasRx()) {
    auto chain = rx->pop();
    if (!chain) break;
    used = true;
    if (!chain->ok || chain->writableLen < sizeof(PacketHeader)) {
      rx->push(chain->head, 0);
      continue;
    }
    uint64_t room64 = chain->writableLen - sizeof(PacketHeader);
    uint32_t room = room64 > UINT32_MAX ? UINT32_MAX : uint32_t(room64);
    std::vector<iovec> space = slice(chain->writable, sizeof(PacketHeader), room);
    PacketHeader hdr;
    if (!backend_.fillRx(hdr, space.data(), int(space.size()), room)) {
      rx->setLastAvail(uint16_t(rx->lastAvail() - 1));  // nothing to say after all: give the buffer back
      break;
    }
    scatter(chain->writable, 0, &hdr, sizeof hdr);
    rx->push(chain->head, uint32_t(sizeof hdr) + hdr.len);
  }
  if (used) queues_->signalUsed(kRxQueue);
  inRx_ = false;
  // Tx may have paused on a full rx backlog.
  SplitQueue* tx = queues_ ? queues_->running(kTxQueue) : nullptr;
  if (!inTx_ && !backend_.rxBacklogFull() && tx != nullptr && tx->hasAvailable()) processTx();
}

}  // namespace kata::vhost::vsock
