// Fuzz target: the split virtqueue walk (vhost/virtqueue.cc over vhost/guest_memory.cc). The input
// lays out a guest: its memory regions (one to four, adjacent, with a hole, or far away), the avail
// ring, the descriptor table and the data behind them (indirect tables, buffers); the harness maps
// it with the real GuestMemory (memfd + mmap, as SET_MEM_TABLE does), sets the queue up the way
// the vhost-user server does and pops every chain, as a device would. It then checks what the
// queue promises: each segment lies inside one region's mapping, the lengths add up, a refused
// chain is empty, the head is in the queue. Writable segments are filled (a device writes there),
// so a chain whose buffer overlaps the rings rewrites them under the walk, as a hostile guest may.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <stdexcept>
#include <vector>

#include "common/unique_fd.h"
#include "formats.h"
#include "fuzz_input.h"
#include "vhost/guest_memory.h"
#include "vhost/virtqueue.h"

using namespace kata::vhost;
using namespace kata::fuzz;
using namespace kata::fuzz::virtqueue_fmt;

namespace {

// Pops per input: enough for the ring's interesting cases, few enough that a 32768-entry queue of
// 32768-descriptor chains stays fast (each chain's walk is bounded by the queue's own checks).
constexpr int kMaxPops = 64;

struct HostRange {
  const uint8_t* start;
  uint64_t len;
};

int memfd() {
  static kata::UniqueFd fd(::memfd_create("fuzz-virtqueue-ram", MFD_CLOEXEC));
  return fd.get();
}

void writeFile(uint64_t off, const std::vector<uint8_t>& b) {
  if (b.empty() || off >= kRam) return;
  size_t n = b.size() < kRam - off ? b.size() : size_t(kRam - off);
  if (::pwrite(memfd(), b.data(), n, off_t(off)) != ssize_t(n)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Input in(data, size);
  Header h = in.get<Header>();
  uint32_t qsize = 1u << (h.qlog % 16);
  Rings rings = ringsFor(qsize);

  // Fresh zeroed RAM, then the parts the input gives.
  if (::ftruncate(memfd(), 0) != 0 || ::ftruncate(memfd(), off_t(kRam)) != 0) std::abort();
  writeFile(rings.avail, in.bytes(4 + 2ull * qsize));
  writeFile(rings.desc, in.bytes(16ull * qsize));
  writeFile(rings.data, in.rest());

  // The memory table.
  uint64_t s1 = h.split1 % kRam, s2 = s1 + h.split2 % (kRam - s1);
  std::vector<MemoryRegionDesc> table;
  const uint64_t uva = 0x7f0000000000;
  switch (h.layout & 3) {
    case kLayoutOne:
      table.push_back({h.base, kRam, uva, 0});
      break;
    case kLayoutTwo:
      table.push_back({h.base, s1, uva, 0});
      table.push_back({h.base + s1, kRam - s1, uva + s1, s1});
      break;
    case kLayoutHole:
      table.push_back({h.base, s1, uva, 0});
      table.push_back({h.base + s1 + h.gap, kRam - s1, uva + s1 + (1ull << 32), s1});
      break;
    case kLayoutThree:
      table.push_back({h.base, s1, uva, 0});
      table.push_back({h.base + s1, s2 - s1, uva + s1, s1});
      table.push_back({h.base + s2, kRam - s2, uva + s2, s2});
      break;
  }
  if (h.layout & kLayoutFar) table.push_back({h.far, 4096, uva + (2ull << 32), 0});
  GuestMemory mem;
  std::vector<MemoryRegionDesc> mapped;
  for (const auto& r : table) {
    try {
      mem.addRegion(memfd(), r);
      mapped.push_back(r);
    } catch (const std::invalid_argument&) {
      // zero-sized or overflowing: the server refuses such a table too
    }
  }
  if (mem.regionCount() == 0) return 0;
  // Each region's host range, to check segments against.
  std::vector<HostRange> ranges;
  for (const auto& r : mapped) {
    uint8_t* p = mem.gpaToHost(r.guestPhysAddr, r.size);
    FUZZ_CHECK(p != nullptr);
    ranges.push_back({p, r.size});
  }
  auto inside = [&](const uint8_t* p, uint64_t len) {
    for (const auto& r : ranges)
      if (p >= r.start && uint64_t(p - r.start) <= r.len && len <= r.len - uint64_t(p - r.start)) return true;
    return false;
  };

  // The rings, translated as the server translates SET_VRING_ADDR (here by GPA: same checks).
  SplitQueue q;
  uint8_t* desc = mem.gpaToHost(h.base + rings.desc, SplitQueue::descBytes(qsize));
  uint8_t* avail = mem.gpaToHost(h.base + rings.avail, SplitQueue::availBytes(qsize));
  uint8_t* used = mem.gpaToHost(h.base + rings.used, SplitQueue::usedBytes(qsize));
  if (!q.setup(&mem, qsize, desc, avail, used).empty()) return 0;
  q.setLastAvail(h.lastAvail);
  q.syncUsedFromRing();
  FUZZ_CHECK(q.ready());

  for (int i = 0; i < kMaxPops; ++i) {
    auto c = q.pop();
    if (!c) break;
    FUZZ_CHECK(c->head < qsize);
    uint64_t r = 0, w = 0;
    for (const auto& s : c->readable) {
      FUZZ_CHECK(s.len > 0 && inside(s.ptr, s.len));
      r += s.len;
    }
    for (const auto& s : c->writable) {
      FUZZ_CHECK(s.len > 0 && inside(s.ptr, s.len));
      w += s.len;
    }
    FUZZ_CHECK(r == c->readableLen && w == c->writableLen);
    FUZZ_CHECK(c->readableLen <= UINT32_MAX && c->writableLen <= UINT32_MAX);
    if (!c->ok) FUZZ_CHECK(c->readable.empty() && c->writable.empty() && r == 0 && w == 0);
    // Read what the driver gave, write what a device would answer.
    volatile uint8_t sink = 0;
    for (const auto& s : c->readable) sink = sink ^ s.ptr[0] ^ s.ptr[s.len - 1];
    (void)sink;
    for (const auto& s : c->writable) std::memset(s.ptr, 0xa5, s.len);
    q.push(c->head, uint32_t(c->writableLen));
    (void)q.needsNotify();
  }
  (void)q.hasAvailable();
  return 0;
}
