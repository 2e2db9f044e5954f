#include "vhost/virtqueue.h"

#include <cstring>

namespace kata::vhost {

namespace {
// A chain never needs more pieces than this; more means a hostile or broken driver.
constexpr size_t kMaxSegments = 4096;

uint16_t load16(const uint8_t* p) noexcept {
  return __atomic_load_n(reinterpret_cast<const uint16_t*>(p), __ATOMIC_ACQUIRE);
}
}  // namespace

std::string SplitQueue::setup(const GuestMemory* mem, uint32_t size, uint8_t* desc, uint8_t* avail, uint8_t* used) {
  reset();
  if (size == 0 || size > kMaxQueueSize || (size & (size - 1)) != 0)
    return "queue size " + std::to_string(size) + " is not a power of two up to 32768";
  if (desc == nullptr || avail == nullptr || used == nullptr) return "a ring address is outside guest memory";
  auto addr = [](uint8_t* p) { return reinterpret_cast<uintptr_t>(p); };
  if (addr(desc) % 16 != 0 || addr(avail) % 2 != 0 || addr(used) % 4 != 0) return "a ring address is misaligned";
  mem_ = mem;
  size_ = size;
  desc_ = desc;
  avail_ = avail;
  used_ = used;
  return "";
}

void SplitQueue::reset() noexcept {
  mem_ = nullptr;
  size_ = 0;
  desc_ = avail_ = used_ = nullptr;
  lastAvail_ = usedIdx_ = 0;
  broken_ = false;
  brokenReason_.clear();
}

void SplitQueue::markBroken(const std::string& why) noexcept {
  broken_ = true;
  brokenReason_ = why;
}

void SplitQueue::syncUsedFromRing() noexcept {
  if (used_ != nullptr) usedIdx_ = load16(used_ + 2);
}

uint16_t SplitQueue::availIdx() const noexcept { return load16(avail_ + 2); }

bool SplitQueue::hasAvailable() noexcept {
  if (!ready()) return false;
  uint16_t idx = availIdx();
  uint16_t pending = static_cast<uint16_t>(idx - lastAvail_);
  if (pending > size_) {
    markBroken("avail index " + std::to_string(idx) + " is more than the queue size ahead of " + std::to_string(lastAvail_));
    return false;
  }
  return pending != 0;
}

bool SplitQueue::addBuffer(DescChain& c, uint64_t gpa, uint32_t len, bool writable) {
  if (writable) {
    c.writableLen += len;
  } else {
    // §2.7.4.2: readable descriptors come before writable ones.
    if (!c.writable.empty()) return false;
    c.readableLen += len;
  }
  auto& out = writable ? c.writable : c.readable;
  while (len > 0) {
    uint64_t run = mem_->contiguousFrom(gpa);
    if (run == 0) return false;
    uint32_t piece = run < len ? static_cast<uint32_t>(run) : len;
    uint8_t* p = mem_->gpaToHost(gpa, piece);
    if (p == nullptr || out.size() >= kMaxSegments) return false;
    out.push_back({p, piece});
    gpa += piece;
    len -= piece;
  }
  return true;
}

std::optional<DescChain> SplitQueue::pop() {
  if (!hasAvailable()) return std::nullopt;
  uint16_t slot = lastAvail_ % size_;
  uint16_t head = load16(avail_ + 4 + 2 * slot);
  ++lastAvail_;
  if (head >= size_) {
    markBroken("available head " + std::to_string(head) + " is outside the queue of " + std::to_string(size_));
    return std::nullopt;
  }
  DescChain c;
  c.head = head;
  const uint8_t* table = desc_;
  uint32_t tableLen = size_;
  uint32_t idx = head;
  uint32_t seen = 0;
  bool indirect = false;
  for (;;) {
    if (idx >= tableLen || ++seen > tableLen) {
      c.ok = false;  // index out of the table, or a loop
      break;
    }
    Desc d;
    std::memcpy(&d, table + 16 * idx, sizeof d);  // a snapshot: the guest may rewrite it meanwhile
    if (d.flags & kDescFIndirect) {
      // §2.7.5.3.1: not with NEXT, not nested, a whole number of descriptors.
      if (indirect || (d.flags & kDescFNext) || d.len == 0 || d.len % 16 != 0 || d.len / 16 > kMaxQueueSize) {
        c.ok = false;
        break;
      }
      const uint8_t* t = mem_->gpaToHost(d.addr, d.len);
      if (t == nullptr) {
        c.ok = false;
        break;
      }
      table = t;
      tableLen = d.len / 16;
      idx = 0;
      seen = 0;
      indirect = true;
      continue;
    }
    if (!addBuffer(c, d.addr, d.len, (d.flags & kDescFWrite) != 0)) {
      c.ok = false;
      break;
    }
    if (!(d.flags & kDescFNext)) break;
    idx = d.next;
  }
  if (c.readableLen > UINT32_MAX || c.writableLen > UINT32_MAX) c.ok = false;
  if (!c.ok) {
    c.readable.clear();
    c.writable.clear();
    c.readableLen = c.writableLen = 0;
  }
  return c;
}

void SplitQueue::push(uint16_t head, uint32_t len) noexcept {
  if (used_ == nullptr) return;
  uint8_t* elem = used_ + 4 + 8 * (usedIdx_ % size_);
  uint32_t id = head;
  std::memcpy(elem, &id, 4);
  std::memcpy(elem + 4, &len, 4);
  ++usedIdx_;
  // The element must be visible before the index that publishes it.
  __atomic_store_n(reinterpret_cast<uint16_t*>(used_ + 2), usedIdx_, __ATOMIC_RELEASE);
}

bool SplitQueue::needsNotify() const noexcept {
  if (avail_ == nullptr) return false;
  // Order our used-index store before reading the driver's flag (it may have just changed it).
  __atomic_thread_fence(__ATOMIC_SEQ_CST);
  return (load16(avail_) & kAvailFNoInterrupt) == 0;
}

}  // namespace kata::vhost
