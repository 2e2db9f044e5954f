// GuestMemory: regions map MAP_SHARED and translations stay inside them.
#include <sys/mman.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

#include "common/unique_fd.h"
#include "test.h"
#include "vhost/guest_memory.h"

using kata::UniqueFd;
using kata::vhost::GuestMemory;

TEST(guest_memory_translates_gpa_and_uva_within_bounds) {
  UniqueFd fd(::memfd_create("gm", MFD_CLOEXEC));
  EXPECT(fd.valid());
  EXPECT_EQ(::ftruncate(fd.get(), 2 * 65536), 0);
  GuestMemory m;
  // Region at GPA 0x100000, 64 KiB, backed from file offset 64 KiB.
  m.addRegion(fd.get(), {0x100000, 65536, 0x7f0000000000, 65536});
  uint8_t* p = m.gpaToHost(0x100000, 16);
  EXPECT(p != nullptr);
  EXPECT(m.uvaToHost(0x7f0000000000, 16) == p);
  std::memcpy(p, "hello", 5);
  char buf[5];
  EXPECT_EQ(::pread(fd.get(), buf, 5, 65536), 5);  // MAP_SHARED: the file sees our write
  EXPECT(std::memcmp(buf, "hello", 5) == 0);
  EXPECT(m.gpaToHost(0x100000 + 65536 - 1, 1) != nullptr);
  EXPECT(m.gpaToHost(0x100000 + 65536 - 1, 2) == nullptr);  // one byte past the end
  EXPECT(m.gpaToHost(0xfffff, 1) == nullptr);
  EXPECT(m.gpaToHost(0x100000, UINT64_MAX) == nullptr);
  EXPECT(m.gpaToHost(UINT64_MAX, 2) == nullptr);
  EXPECT_EQ(m.contiguousFrom(0x100000 + 100), uint64_t(65536 - 100));
  EXPECT_EQ(m.contiguousFrom(0x100000 + 65536), uint64_t(0));
}

TEST(guest_memory_rejects_empty_and_overflowing_regions) {
  UniqueFd fd(::memfd_create("gm", MFD_CLOEXEC));
  EXPECT_EQ(::ftruncate(fd.get(), 4096), 0);
  GuestMemory m;
  bool threw = false;
  try {
    m.addRegion(fd.get(), {0, 0, 0, 0});
  } catch (const std::invalid_argument&) {
    threw = true;
  }
  EXPECT(threw);
  threw = false;
  try {
    m.addRegion(fd.get(), {UINT64_MAX - 10, 4096, 0, 0});
  } catch (const std::invalid_argument&) {
    threw = true;
  }
  EXPECT(threw);
  EXPECT_EQ(m.regionCount(), size_t(0));
}

// Found by fuzzing (native/fuzz/corpus/vhost_user/regress-mem-table-past-file-end): a region that
// runs past the end of its memfd mapped fine, and the first ring read there was SIGBUS.
TEST(guest_memory_rejects_a_region_past_the_end_of_its_file) {
  UniqueFd fd(::memfd_create("gm", MFD_CLOEXEC));
  EXPECT_EQ(::ftruncate(fd.get(), 8192), 0);
  GuestMemory m;
  auto refused = [&](uint64_t size, uint64_t offset) {
    try {
      m.addRegion(fd.get(), {0, size, 0x7f0000000000, offset});
    } catch (const std::invalid_argument& e) {
      return std::string(e.what()).find("past the end of its file") != std::string::npos;
    }
    return false;
  };
  EXPECT(refused(8193, 0));
  EXPECT(refused(4096, 4097));
  EXPECT(refused(1ull << 36, 0));
  EXPECT_EQ(m.regionCount(), size_t(0));
  m.addRegion(fd.get(), {0, 4096, 0x7f0000000000, 4096});  // exactly to the end: fine
  EXPECT(m.gpaToHost(4095, 1) != nullptr);
}
