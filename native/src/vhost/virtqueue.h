// SplitQueue: the device side of one split virtqueue (virtio v1.2 §2.7): pops descriptor chains
// the driver made available (direct and indirect), and returns them through the used ring. Every
// index, length and address comes from the guest, so each is checked before use: a malformed
// chain is handed back as unusable, an impossible ring index marks the queue broken, and nothing
// the guest writes can make us touch memory outside its RAM. Transport-neutral: the vhost-user
// server gives it QEMU's ring addresses, a built-in VMM could give its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "vhost/guest_memory.h"

namespace kata::vhost {

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "virtio rings are little-endian; this code reads them natively");

// virtio v1.2 §2.7.5: descriptor flags.
constexpr uint16_t kDescFNext = 1;
constexpr uint16_t kDescFWrite = 2;
constexpr uint16_t kDescFIndirect = 4;
// virtio v1.2 §2.7.6: the driver asks not to be interrupted.
constexpr uint16_t kAvailFNoInterrupt = 1;
// virtio v1.2 §2.7: "Queue Size ... maximum is 32768".
constexpr uint32_t kMaxQueueSize = 32768;

// One guest buffer piece, already translated to a host pointer.
struct Segment {
  uint8_t* ptr;
  uint32_t len;
};

struct DescChain {
  uint16_t head = 0;
  // False when the chain broke a rule (bad address, loop, order); the device returns it unused.
  bool ok = true;
  std::vector<Segment> readable;  // driver → device, in order
  std::vector<Segment> writable;  // device → driver, in order
  uint64_t readableLen = 0;
  uint64_t writableLen = 0;
};

class SplitQueue {
 public:
  SplitQueue() = default;

  // Checks size (power of two, ≤ 32768), alignment (§2.7: 16/2/4) and that the three ring areas
  // are inside guest memory; returns an error message, or "" when the queue is ready. Ring areas
  // are host pointers; descriptor buffers are translated through mem, which must outlive us.
  std::string setup(const GuestMemory* mem, uint32_t size, uint8_t* desc, uint8_t* avail, uint8_t* used);
  static uint64_t descBytes(uint32_t size) { return 16ull * size; }
  static uint64_t availBytes(uint32_t size) { return 6ull + 2ull * size; }
  static uint64_t usedBytes(uint32_t size) { return 6ull + 8ull * size; }

  bool ready() const noexcept { return desc_ != nullptr && !broken_; }
  bool broken() const noexcept { return broken_; }
  const std::string& brokenReason() const noexcept { return brokenReason_; }
  void reset() noexcept;

  uint16_t lastAvail() const noexcept { return lastAvail_; }
  void setLastAvail(uint16_t v) noexcept { lastAvail_ = v; }
  // Reads the used index back from the ring (the driver's copy is authoritative after a restart).
  void syncUsedFromRing() noexcept;

  // True when the driver has made a chain available that we have not popped.
  bool hasAvailable() noexcept;
  // Next available chain, or nullopt when none (or the queue is broken).
  std::optional<DescChain> pop();
  // Returns chain head to the driver with len bytes written.
  void push(uint16_t head, uint32_t len) noexcept;
  // Whether the driver wants an interrupt now (no EVENT_IDX: only the avail NO_INTERRUPT flag).
  bool needsNotify() const noexcept;

 private:
  struct Desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
  };
  void markBroken(const std::string& why) noexcept;
  bool addBuffer(DescChain& c, uint64_t gpa, uint32_t len, bool writable);
  uint16_t availIdx() const noexcept;

  const GuestMemory* mem_ = nullptr;
  uint32_t size_ = 0;
  uint8_t* desc_ = nullptr;
  uint8_t* avail_ = nullptr;
  uint8_t* used_ = nullptr;
  uint16_t lastAvail_ = 0;
  uint16_t usedIdx_ = 0;
  bool broken_ = false;
  std::string brokenReason_;
};

}  // namespace kata::vhost
