// GuestMemory: the guest's RAM as QEMU hands it to a vhost-user back-end (SET_MEM_TABLE): each
// region's fd is mapped MAP_SHARED into this process, and guest-physical addresses (descriptor
// buffers) or QEMU virtual addresses (vring addresses) are translated with bounds checks, so a
// guest-supplied address can never reach outside a mapping. Used by the virtqueue and the
// vhost-user server; knows nothing about either.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kata::vhost {

// One region of the vhost-user memory table (QEMU docs/interop/vhost-user.rst, "Memory region
// description"): guest_phys_addr, memory_size, userspace_addr, mmap_offset.
struct MemoryRegionDesc {
  uint64_t guestPhysAddr;
  uint64_t size;
  uint64_t userAddr;
  uint64_t mmapOffset;
};

class GuestMemory {
 public:
  GuestMemory() = default;
  ~GuestMemory();
  GuestMemory(const GuestMemory&) = delete;
  GuestMemory& operator=(const GuestMemory&) = delete;
  GuestMemory(GuestMemory&& o) noexcept;
  GuestMemory& operator=(GuestMemory&& o) noexcept;

  // Maps fd (not taken over; the caller closes it) for region r. Throws SysError on mmap failure
  // and std::invalid_argument on a zero-sized or overflowing region, or one that runs past the end
  // of a regular file (memfd, tmpfs, hugetlbfs).
  void addRegion(int fd, const MemoryRegionDesc& r);

  // Host pointer for [gpa, gpa+len) if it lies wholly inside one region, else nullptr.
  uint8_t* gpaToHost(uint64_t gpa, uint64_t len) const noexcept;
  // The same for a QEMU user virtual address (SET_VRING_ADDR speaks these).
  uint8_t* uvaToHost(uint64_t uva, uint64_t len) const noexcept;
  // How many bytes from gpa stay inside the region holding gpa (0 when unmapped); lets a buffer
  // that spans two adjacent regions be walked piece by piece.
  uint64_t contiguousFrom(uint64_t gpa) const noexcept;

  size_t regionCount() const noexcept { return regions_.size(); }
  void clear() noexcept;

 private:
  // The host pointer for [addr, addr + len) in one address space of the regions (guest physical or
  // QEMU virtual, chosen by `space`), or nullptr when no single region holds it all.
  uint8_t* toHost(uint64_t MemoryRegionDesc::*space, uint64_t addr, uint64_t len) const noexcept;

  struct Region {
    MemoryRegionDesc desc;
    uint8_t* map;       // start of the mmap (file offset 0)
    size_t mapLen;      // mmapOffset + size
  };
  std::vector<Region> regions_;
};

}  // namespace kata::vhost
