// Kvm: the KVM system handle, one open of /dev/kvm. It answers the system ioctls (API version,
// capabilities, the vCPU mmap size) and creates VMs. The device path is a parameter so tests can
// point it at a path that is missing or is not a KVM device. x86-64 only, like the rest of
// native/src/kvm.
#pragma once

#include <cstddef>
#include <string>

#include "common/unique_fd.h"
#include "kvm/vm.h"

namespace kata::kvm {

inline constexpr const char* kDefaultDevice = "/dev/kvm";

class Kvm {
 public:
  // Opens path and checks KVM_GET_API_VERSION == KVM_API_VERSION (12, <linux/kvm.h>): any other
  // answer means an ABI this code was not written for. Throws SysError: "open /dev/kvm: ENOENT
  // (...)", "KVM_GET_API_VERSION on /dev/null: ENOTTY (...)", or EPROTO for a wrong version.
  static Kvm open(const std::string& path = kDefaultDevice);

  Kvm(Kvm&&) noexcept = default;
  Kvm& operator=(Kvm&&) noexcept = default;

  const std::string& path() const noexcept { return path_; }
  int apiVersion() const noexcept { return apiVersion_; }

  // KVM_CHECK_EXTENSION on the system fd: 0 when absent, else the capability's value (1 for a
  // plain yes; a count for KVM_CAP_NR_VCPUS and the like).
  int checkExtension(unsigned cap) const;
  // KVM_GET_VCPU_MMAP_SIZE: how many bytes of a vCPU fd to map (struct kvm_run and what follows).
  size_t vcpuMmapSize() const;
  // KVM_CREATE_VM with the default machine type.
  Vm createVm() const;

 private:
  Kvm(UniqueFd fd, std::string path, int apiVersion) noexcept
      : fd_(std::move(fd)), path_(std::move(path)), apiVersion_(apiVersion) {}

  UniqueFd fd_;
  std::string path_;
  int apiVersion_;
};

}  // namespace kata::kvm
