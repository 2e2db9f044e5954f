// Wire facts of the vhost-user protocol (QEMU docs/interop/vhost-user.rst): message header,
// request numbers, flags and payload layouts. Values match the spec exactly.
#pragma once

#include <cstdint>

namespace kata::vhost::proto {

// "Header": u32 request, u32 flags, u32 size, then size bytes of payload.
struct Header {
  uint32_t request;
  uint32_t flags;
  uint32_t size;
};
static_assert(sizeof(Header) == 12);

constexpr uint32_t kVersion = 0x1;          // flags bits 0-1
constexpr uint32_t kVersionMask = 0x3;
constexpr uint32_t kFlagReply = 1u << 2;
constexpr uint32_t kFlagNeedReply = 1u << 3;

// "Front-end message types".
enum Request : uint32_t {
  GET_FEATURES = 1,
  SET_FEATURES = 2,
  SET_OWNER = 3,
  RESET_OWNER = 4,
  SET_MEM_TABLE = 5,
  SET_LOG_BASE = 6,
  SET_LOG_FD = 7,
  SET_VRING_NUM = 8,
  SET_VRING_ADDR = 9,
  SET_VRING_BASE = 10,
  GET_VRING_BASE = 11,
  SET_VRING_KICK = 12,
  SET_VRING_CALL = 13,
  SET_VRING_ERR = 14,
  GET_PROTOCOL_FEATURES = 15,
  SET_PROTOCOL_FEATURES = 16,
  GET_QUEUE_NUM = 17,
  SET_VRING_ENABLE = 18,
  GET_CONFIG = 24,
  SET_CONFIG = 25,
};

// "Virtio feature bits": VHOST_USER_F_PROTOCOL_FEATURES.
constexpr uint64_t kFProtocolFeatures = 1ull << 30;
// "Protocol features".
constexpr uint64_t kProtocolFReplyAck = 1ull << 3;
constexpr uint64_t kProtocolFConfig = 1ull << 9;

// "Memory regions description": at most 8 regions with fds (VHOST_MEMORY_BASELINE_NREGIONS).
constexpr uint32_t kMaxMemRegions = 8;
struct MemRegion {
  uint64_t guestPhysAddr;
  uint64_t memorySize;
  uint64_t userAddr;
  uint64_t mmapOffset;
};
static_assert(sizeof(MemRegion) == 32);

struct VringState {
  uint32_t index;
  uint32_t num;
};

struct VringAddr {
  uint32_t index;
  uint32_t flags;
  uint64_t desc;
  uint64_t used;
  uint64_t avail;
  uint64_t log;
};
static_assert(sizeof(VringAddr) == 40);

// "Vring descriptor index for kick/call/err": bits 0-7 index, bit 8 set when no fd is passed.
constexpr uint64_t kVringIndexMask = 0xff;
constexpr uint64_t kVringNoFd = 1ull << 8;

// "Device config space": u32 offset, u32 size, u32 flags, then the bytes.
constexpr uint32_t kConfigHeaderSize = 12;
constexpr uint32_t kMaxConfigSize = 256;  // VHOST_USER_MAX_CONFIG_SIZE

// Bigger payloads than any message we handle are refused (the mem table is 8 + 8*32 bytes).
constexpr uint32_t kMaxPayload = 4096;

}  // namespace kata::vhost::proto
