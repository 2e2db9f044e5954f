// SplitQueue: chains are read as the driver laid them out, and nothing a hostile driver writes
// makes the device read outside guest memory or loop.
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>

#include "common/unique_fd.h"
#include "test.h"
#include "vhost/guest_memory.h"
#include "vhost/virtqueue.h"

using namespace kata::vhost;

namespace {

constexpr uint64_t kMemSize = 1 << 20;
constexpr uint64_t kDesc = 0x0, kAvail = 0x1000, kUsed = 0x2000, kIndirect = 0x3000, kBuf = 0x10000;
constexpr uint32_t kSize = 8;

// A driver's view of one queue in a 1 MiB guest at GPA 0.
struct Driver {
  kata::UniqueFd fd{::memfd_create("vq", MFD_CLOEXEC)};
  GuestMemory mem;
  SplitQueue q;
  uint16_t availIdx = 0;

  Driver() {
    if (::ftruncate(fd.get(), kMemSize) != 0) throw std::runtime_error("ftruncate");
    mem.addRegion(fd.get(), {0, kMemSize, 0x40000000, 0});
    std::string err = q.setup(&mem, kSize, at(kDesc), at(kAvail), at(kUsed));
    if (!err.empty()) throw std::runtime_error(err);
  }
  uint8_t* at(uint64_t gpa) { return mem.gpaToHost(gpa, 1); }
  void desc(uint64_t table, uint16_t i, uint64_t addr, uint32_t len, uint16_t flags, uint16_t next) {
    uint8_t* d = at(table + 16 * i);
    std::memcpy(d, &addr, 8);
    std::memcpy(d + 8, &len, 4);
    std::memcpy(d + 12, &flags, 2);
    std::memcpy(d + 14, &next, 2);
  }
  void offer(uint16_t head) {
    std::memcpy(at(kAvail + 4 + 2 * (availIdx % kSize)), &head, 2);
    ++availIdx;
    std::memcpy(at(kAvail + 2), &availIdx, 2);
  }
  void setAvailIdx(uint16_t v) { std::memcpy(at(kAvail + 2), &v, 2); }
  uint16_t usedIdx() {
    uint16_t v;
    std::memcpy(&v, at(kUsed + 2), 2);
    return v;
  }
};

}  // namespace

TEST(virtqueue_pops_a_direct_chain_and_returns_it_through_the_used_ring) {
  Driver d;
  EXPECT(!d.q.hasAvailable());
  d.desc(kDesc, 0, kBuf, 44, kDescFNext, 1);
  d.desc(kDesc, 1, kBuf + 4096, 100, kDescFWrite, 0);
  d.offer(0);
  auto c = d.q.pop();
  EXPECT(c.has_value() && c->ok);
  EXPECT_EQ(c->head, 0);
  EXPECT_EQ(c->readableLen, uint64_t(44));
  EXPECT_EQ(c->writableLen, uint64_t(100));
  EXPECT(c->readable[0].ptr == d.at(kBuf));
  EXPECT(!d.q.pop().has_value());
  d.q.push(c->head, 77);
  EXPECT_EQ(d.usedIdx(), 1);
  uint32_t id, len;
  std::memcpy(&id, d.at(kUsed + 4), 4);
  std::memcpy(&len, d.at(kUsed + 8), 4);
  EXPECT_EQ(id, 0u);
  EXPECT_EQ(len, 77u);
}

TEST(virtqueue_follows_an_indirect_table) {
  Driver d;
  d.desc(kIndirect, 0, kBuf, 44, kDescFNext, 1);
  d.desc(kIndirect, 1, kBuf + 100, 10, kDescFNext, 2);
  d.desc(kIndirect, 2, kBuf + 200, 4096, kDescFWrite, 0);
  d.desc(kDesc, 3, kIndirect, 3 * 16, kDescFIndirect, 0);
  d.offer(3);
  auto c = d.q.pop();
  EXPECT(c && c->ok);
  EXPECT_EQ(c->head, 3);
  EXPECT_EQ(c->readable.size(), size_t(2));
  EXPECT_EQ(c->readableLen, uint64_t(54));
  EXPECT_EQ(c->writableLen, uint64_t(4096));
}

TEST(virtqueue_refuses_malformed_chains_without_breaking_the_queue) {
  Driver d;
  d.desc(kDesc, 0, kBuf, 10, kDescFNext, 1);  // a loop 0 → 1 → 0
  d.desc(kDesc, 1, kBuf, 10, kDescFNext, 0);
  d.offer(0);
  d.desc(kDesc, 2, kMemSize - 4, 8, 0, 0);  // runs past the end of guest memory
  d.offer(2);
  d.desc(kDesc, 3, kBuf, 10, kDescFWrite | kDescFNext, 4);  // writable before readable
  d.desc(kDesc, 4, kBuf, 10, 0, 0);
  d.offer(3);
  d.desc(kDesc, 5, kBuf, 10, kDescFNext, 9);  // next outside the table
  d.offer(5);
  d.desc(kIndirect, 0, kIndirect, 16, kDescFIndirect, 0);  // nested indirect
  d.desc(kDesc, 6, kIndirect, 16, kDescFIndirect, 0);
  d.offer(6);
  d.desc(kDesc, 7, kIndirect, 17, kDescFIndirect, 0);  // not a whole number of descriptors
  d.offer(7);
  for (uint16_t head : {0, 2, 3, 5, 6, 7}) {
    auto c = d.q.pop();
    EXPECT(c.has_value());
    EXPECT_EQ(c->head, head);
    EXPECT(!c->ok);
    EXPECT(c->readable.empty() && c->writable.empty());
  }
  EXPECT(!d.q.broken());
}

TEST(virtqueue_breaks_on_impossible_ring_indices) {
  Driver d;
  d.offer(8);  // head outside the queue
  EXPECT(!d.q.pop().has_value());
  EXPECT(d.q.broken());
  Driver e;
  e.setAvailIdx(kSize + 1);  // more entries than the queue has
  EXPECT(!e.q.hasAvailable());
  EXPECT(e.q.broken());
  EXPECT(!e.q.pop().has_value());
}

TEST(virtqueue_setup_checks_size_and_alignment) {
  Driver d;
  SplitQueue q;
  EXPECT(!q.setup(&d.mem, 6, d.at(kDesc), d.at(kAvail), d.at(kUsed)).empty());
  EXPECT(!q.setup(&d.mem, 65536, d.at(kDesc), d.at(kAvail), d.at(kUsed)).empty());
  EXPECT(!q.setup(&d.mem, 8, d.at(kDesc + 8), d.at(kAvail), d.at(kUsed)).empty());
  EXPECT(!q.setup(&d.mem, 8, d.at(kDesc), nullptr, d.at(kUsed)).empty());
  EXPECT(q.setup(&d.mem, 8, d.at(kDesc), d.at(kAvail), d.at(kUsed)).empty());
}
