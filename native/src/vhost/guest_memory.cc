#include "vhost/guest_memory.h"

#include <sys/mman.h>
#include <sys/stat.h>

#include <cerrno>
#include <stdexcept>
#include <utility>

#include "common/sys_error.h"

namespace kata::vhost {

GuestMemory::~GuestMemory() { clear(); }

GuestMemory::GuestMemory(GuestMemory&& o) noexcept : regions_(std::move(o.regions_)) { o.regions_.clear(); }

GuestMemory& GuestMemory::operator=(GuestMemory&& o) noexcept {
  if (this != &o) {
    clear();
    regions_ = std::move(o.regions_);
    o.regions_.clear();
  }
  return *this;
}

void GuestMemory::clear() noexcept {
  for (auto& r : regions_) ::munmap(r.map, r.mapLen);
  regions_.clear();
}

void GuestMemory::addRegion(int fd, const MemoryRegionDesc& r) {
  if (r.size == 0) throw std::invalid_argument("memory region of size 0");
  uint64_t len = r.mmapOffset + r.size;
  if (len < r.size || r.guestPhysAddr + r.size < r.guestPhysAddr || r.userAddr + r.size < r.userAddr)
    throw std::invalid_argument("memory region overflows the address space");
  // A mapping past the end of its file is no memory: touching it is SIGBUS, which would kill the
  // whole back-end (found by fuzzing a table whose size runs past the memfd). Regular files
  // (memfd, tmpfs, hugetlbfs: what QEMU shares guest RAM as) must hold the region; other fds have
  // no size to check.
  struct stat st;
  if (::fstat(fd, &st) != 0) throw SysError("fstat guest memory fd", errno);
  if (S_ISREG(st.st_mode) && len > static_cast<uint64_t>(st.st_size))
    throw std::invalid_argument("memory region of " + std::to_string(r.size) + " bytes at offset " + std::to_string(r.mmapOffset) +
                                " runs past the end of its file (" + std::to_string(st.st_size) + " bytes)");
  // Map from file offset 0 so mmap_offset needs no page alignment (libvhost-user does the same).
  void* p = ::mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_NORESERVE, fd, 0);
  if (p == MAP_FAILED) throw SysError("mmap guest memory region of " + std::to_string(r.size) + " bytes", errno);
  regions_.push_back({r, static_cast<uint8_t*>(p), len});
}

uint8_t* GuestMemory::toHost(uint64_t MemoryRegionDesc::*space, uint64_t addr, uint64_t len) const noexcept {
  for (const auto& r : regions_) {
    uint64_t start = r.desc.*space;
    if (addr >= start && addr - start < r.desc.size && len <= r.desc.size - (addr - start))
      return r.map + r.desc.mmapOffset + (addr - start);
  }
  return nullptr;
}

uint8_t* GuestMemory::gpaToHost(uint64_t gpa, uint64_t len) const noexcept { return toHost(&MemoryRegionDesc::guestPhysAddr, gpa, len); }

uint8_t* GuestMemory::uvaToHost(uint64_t uva, uint64_t len) const noexcept { return toHost(&MemoryRegionDesc::userAddr, uva, len); }

uint64_t GuestMemory::contiguousFrom(uint64_t gpa) const noexcept {
  for (const auto& r : regions_) {
    uint64_t start = r.desc.guestPhysAddr;
    if (gpa >= start && gpa - start < r.desc.size) return r.desc.size - (gpa - start);
  }
  return 0;
}

}  // namespace kata::vhost
