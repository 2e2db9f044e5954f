// Mapping: one mmap owned by RAII (munmap exactly once, in the destructor). The KVM core maps two
// kinds of memory: a vCPU's `struct kvm_run` (MAP_SHARED over the vCPU fd) and guest RAM
// (anonymous). Both are a Mapping, so no error path can leave either mapped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace kata::kvm {

class Mapping {
 public:
  Mapping() noexcept = default;
  ~Mapping();
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  Mapping(Mapping&& o) noexcept;
  Mapping& operator=(Mapping&& o) noexcept;

  // Private, zero-filled, read-write memory (guest RAM). `what` names it in the error.
  static Mapping anonymous(size_t len, const std::string& what);
  // MAP_SHARED, read-write, offset 0 of fd (the fd is not taken over).
  static Mapping shared(int fd, size_t len, const std::string& what);

  uint8_t* data() const noexcept { return data_; }
  size_t size() const noexcept { return size_; }
  bool valid() const noexcept { return data_ != nullptr; }

 private:
  Mapping(uint8_t* data, size_t size) noexcept : data_(data), size_(size) {}
  void reset() noexcept;

  uint8_t* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace kata::kvm
