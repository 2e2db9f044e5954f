#include "kvm/vm.h"

#include <linux/kvm.h>
#include <sys/ioctl.h>

#include <string>

#include "common/sys_error.h"

namespace kata::kvm {

int Vm::checkExtension(unsigned cap) const {
  int fd = systemFd_.valid() ? systemFd_.get() : fd_.get();
  const char* where = systemFd_.valid() ? " on /dev/kvm" : " on the VM";
  return static_cast<int>(checkSys(::ioctl(fd, KVM_CHECK_EXTENSION, cap), "KVM_CHECK_EXTENSION " + std::to_string(cap) + where));
}

void Vm::setUserMemoryRegion(uint32_t slot, uint64_t guestPhys, uint64_t size, void* host, uint32_t flags) {
  kvm_userspace_memory_region r{};  // <linux/kvm.h>
  r.slot = slot;
  r.flags = flags;
  r.guest_phys_addr = guestPhys;
  r.memory_size = size;
  r.userspace_addr = reinterpret_cast<uint64_t>(host);
  checkSys(::ioctl(fd_.get(), KVM_SET_USER_MEMORY_REGION, &r),
           "KVM_SET_USER_MEMORY_REGION slot " + std::to_string(slot) + " at guest-physical " + std::to_string(guestPhys));
}

void Vm::setTssAddr(uint64_t guestPhys) {
  checkSys(::ioctl(fd_.get(), KVM_SET_TSS_ADDR, static_cast<unsigned long>(guestPhys)), "KVM_SET_TSS_ADDR");
}

Vcpu Vm::createVcpu(unsigned id) {
  UniqueFd fd(static_cast<int>(checkSys(::ioctl(fd_.get(), KVM_CREATE_VCPU, static_cast<unsigned long>(id)),
                                        "KVM_CREATE_VCPU " + std::to_string(id))));
  return Vcpu(std::move(fd), id, vcpuMmapSize_);
}

}  // namespace kata::kvm
