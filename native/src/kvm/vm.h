// Vm: one KVM VM fd. Guest memory slots, vCPUs, and capability checks that may differ per VM.
// Created by Kvm::createVm(); closing it (the destructor) tears the VM down once its vCPUs and
// memory are gone too.
#pragma once

#include <cstddef>
#include <cstdint>

#include "common/unique_fd.h"
#include "kvm/vcpu.h"

namespace kata::kvm {

class Vm {
 public:
  // vmFd: from KVM_CREATE_VM. systemFd: a duplicate of the /dev/kvm fd when this kernel has no
  // KVM_CAP_CHECK_EXTENSION_VM (capabilities are then asked there), else empty.
  Vm(UniqueFd vmFd, UniqueFd systemFd, size_t vcpuMmapSize) noexcept
      : fd_(std::move(vmFd)), systemFd_(std::move(systemFd)), vcpuMmapSize_(vcpuMmapSize) {}
  Vm(Vm&&) noexcept = default;
  Vm& operator=(Vm&&) noexcept = default;

  // KVM_CHECK_EXTENSION on the VM fd where KVM_CAP_CHECK_EXTENSION_VM allows it (the answer
  // for this VM), else on /dev/kvm.
  int checkExtension(unsigned cap) const;
  bool checksOnVmFd() const noexcept { return !systemFd_.valid(); }

  // KVM_SET_USER_MEMORY_REGION: guest-physical [guestPhys, guestPhys + size) is host memory at
  // host. The memory must outlive the slot (or the VM).
  void setUserMemoryRegion(uint32_t slot, uint64_t guestPhys, uint64_t size, void* host, uint32_t flags = 0);
  // KVM_SET_TSS_ADDR: three pages of guest-physical space KVM may use for real-mode emulation on
  // Intel CPUs without unrestricted guest; must not overlap guest RAM.
  void setTssAddr(uint64_t guestPhys);
  // KVM_CREATE_VCPU with this id, its struct kvm_run mapped.
  Vcpu createVcpu(unsigned id);

  int fd() const noexcept { return fd_.get(); }

 private:
  UniqueFd fd_;
  UniqueFd systemFd_;
  size_t vcpuMmapSize_;
};

}  // namespace kata::kvm
