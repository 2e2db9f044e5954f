#include "kvm/mapping.h"

#include <sys/mman.h>

#include <cerrno>
#include <utility>

#include "common/sys_error.h"

namespace kata::kvm {

namespace {
uint8_t* mapOrThrow(size_t len, int flags, int fd, const std::string& what) {
  void* p = ::mmap(nullptr, len, PROT_READ | PROT_WRITE, flags, fd, 0);
  if (p == MAP_FAILED) throw SysError("mmap " + what + " (" + std::to_string(len) + " bytes)", errno);
  return static_cast<uint8_t*>(p);
}
}  // namespace

Mapping Mapping::anonymous(size_t len, const std::string& what) {
  return Mapping(mapOrThrow(len, MAP_PRIVATE | MAP_ANONYMOUS, -1, what), len);
}

Mapping Mapping::shared(int fd, size_t len, const std::string& what) {
  return Mapping(mapOrThrow(len, MAP_SHARED, fd, what), len);
}

Mapping::~Mapping() { reset(); }

Mapping::Mapping(Mapping&& o) noexcept
    : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)) {}

Mapping& Mapping::operator=(Mapping&& o) noexcept {
  if (this != &o) {
    reset();
    data_ = std::exchange(o.data_, nullptr);
    size_ = std::exchange(o.size_, 0);
  }
  return *this;
}

void Mapping::reset() noexcept {
  if (data_ != nullptr) ::munmap(data_, size_);
  data_ = nullptr;
  size_ = 0;
}

}  // namespace kata::kvm
