// The virtio-vsock packet header and its constants (virtio v1.2 §5.10.6), plus helpers that copy
// between a header and the scattered guest buffers of a descriptor chain. Used by the vsock
// device (which parses the tx queue and fills the rx queue) and the back-end (which decides what
// the packets say).
#pragma once

#include <sys/uio.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "vhost/virtqueue.h"

namespace kata::vhost::vsock {

// virtio v1.2 §5.10.6 "struct virtio_vsock_hdr", all little-endian.
struct __attribute__((packed)) PacketHeader {
  uint64_t srcCid;
  uint64_t dstCid;
  uint32_t srcPort;
  uint32_t dstPort;
  uint32_t len;
  uint16_t type;
  uint16_t op;
  uint32_t flags;
  uint32_t bufAlloc;
  uint32_t fwdCnt;
};
static_assert(sizeof(PacketHeader) == 44, "virtio v1.2 §5.10.6: the header is 44 bytes");

// virtio v1.2 §5.10.4: well-known CIDs; the host is 2.
constexpr uint64_t kHostCid = 2;
// virtio v1.2 §5.10.6: socket types.
constexpr uint16_t kTypeStream = 1;
// virtio v1.2 §5.10.6: operations.
enum Op : uint16_t {
  OP_INVALID = 0,
  OP_REQUEST = 1,
  OP_RESPONSE = 2,
  OP_RST = 3,
  OP_SHUTDOWN = 4,
  OP_RW = 5,
  OP_CREDIT_UPDATE = 6,
  OP_CREDIT_REQUEST = 7,
};
// virtio v1.2 §5.10.6.5: SHUTDOWN flags.
constexpr uint32_t kShutdownRcv = 1;
constexpr uint32_t kShutdownSend = 2;
// virtio v1.2 §5.10.2: queue indices.
constexpr uint32_t kRxQueue = 0;
constexpr uint32_t kTxQueue = 1;
constexpr uint32_t kEventQueue = 2;

// A stream packet from the host (CID 2, srcPort) to the guest (dstPort), with only the op set;
// connections add their credit fields, a RST for a stray packet goes out as it is.
PacketHeader hostToGuest(uint64_t guestCid, uint32_t srcPort, uint32_t dstPort, uint16_t op) noexcept;

// Copies len bytes starting at byte offset `from` of segs into dst; false if segs are too short.
bool gather(const std::vector<Segment>& segs, size_t from, void* dst, size_t len);
// Copies len bytes from src into segs at byte offset `to`; false if segs are too short.
bool scatter(const std::vector<Segment>& segs, size_t to, const void* src, size_t len);
// The iovecs covering at most len bytes of segs from byte offset `from`.
std::vector<iovec> slice(const std::vector<Segment>& segs, size_t from, size_t len);

}  // namespace kata::vhost::vsock
