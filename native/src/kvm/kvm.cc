#include "kvm/kvm.h"

#include <fcntl.h>
#include <linux/kvm.h>
#include <sys/ioctl.h>

#include <cerrno>

#include "common/sys_error.h"

namespace kata::kvm {

Kvm Kvm::open(const std::string& path) {
  UniqueFd fd(::open(path.c_str(), O_RDWR | O_CLOEXEC));
  if (!fd) throw SysError("open " + path, errno);
  int version = static_cast<int>(checkSys(::ioctl(fd.get(), KVM_GET_API_VERSION, 0), "KVM_GET_API_VERSION on " + path));
  if (version != KVM_API_VERSION) {
    // Not a system call failure, but the same kind of answer for the caller: this device speaks
    // another protocol. EPROTO keeps it in the one error type the cores throw.
    throw SysError("KVM_GET_API_VERSION on " + path + " is " + std::to_string(version) + ", expected " +
                       std::to_string(KVM_API_VERSION),
                   EPROTO);
  }
  return Kvm(std::move(fd), path, version);
}

int Kvm::checkExtension(unsigned cap) const {
  return static_cast<int>(checkSys(::ioctl(fd_.get(), KVM_CHECK_EXTENSION, cap),
                                   "KVM_CHECK_EXTENSION " + std::to_string(cap) + " on " + path_));
}

size_t Kvm::vcpuMmapSize() const {
  return static_cast<size_t>(checkSys(::ioctl(fd_.get(), KVM_GET_VCPU_MMAP_SIZE, 0), "KVM_GET_VCPU_MMAP_SIZE on " + path_));
}

Vm Kvm::createVm() const {
  size_t mmapSize = vcpuMmapSize();
  // KVM_CHECK_EXTENSION on a VM fd is only defined where the system says so; without it the VM
  // keeps its own duplicate of the system fd to ask there instead.
  bool vmChecks = checkExtension(KVM_CAP_CHECK_EXTENSION_VM) > 0;
  int vmFd;
  // The kernel can fail KVM_CREATE_VM with EINTR while it sets up the VM's MMU; it is safe to retry.
  do {
    vmFd = ::ioctl(fd_.get(), KVM_CREATE_VM, 0);
  } while (vmFd < 0 && errno == EINTR);
  UniqueFd vm(static_cast<int>(checkSys(vmFd, "KVM_CREATE_VM on " + path_)));
  UniqueFd sysDup;
  if (!vmChecks) sysDup.reset(static_cast<int>(checkSys(::fcntl(fd_.get(), F_DUPFD_CLOEXEC, 0), "dup " + path_)));
  return Vm(std::move(vm), std::move(sysDup), mmapSize);
}

}  // namespace kata::kvm
