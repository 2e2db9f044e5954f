#include "kvm/vcpu.h"

#include <sys/ioctl.h>

#include <cerrno>
#include <string>

#include "common/sys_error.h"

namespace kata::kvm {

namespace {
Mapping mapRun(int fd, unsigned id, size_t mmapSize) {
  // state() reads struct kvm_run through this mapping: a shorter one would be read past its end.
  if (mmapSize < sizeof(kvm_run)) throw SysError("KVM_GET_VCPU_MMAP_SIZE " + std::to_string(mmapSize) + " is smaller than struct kvm_run", EPROTO);
  return Mapping::shared(fd, mmapSize, "struct kvm_run of vCPU " + std::to_string(id));
}
}  // namespace

Vcpu::Vcpu(UniqueFd fd, unsigned id, size_t mmapSize) : fd_(std::move(fd)), id_(id), run_(mapRun(fd_.get(), id, mmapSize)) {}

std::string Vcpu::context(const char* ioctlName) const { return std::string(ioctlName) + " (vCPU " + std::to_string(id_) + ")"; }

kvm_regs Vcpu::regs() const {
  kvm_regs r{};
  checkSys(::ioctl(fd_.get(), KVM_GET_REGS, &r), context("KVM_GET_REGS"));
  return r;
}

void Vcpu::setRegs(const kvm_regs& r) { checkSys(::ioctl(fd_.get(), KVM_SET_REGS, &r), context("KVM_SET_REGS")); }

kvm_sregs Vcpu::sregs() const {
  kvm_sregs s{};
  checkSys(::ioctl(fd_.get(), KVM_GET_SREGS, &s), context("KVM_GET_SREGS"));
  return s;
}

void Vcpu::setSregs(const kvm_sregs& s) { checkSys(::ioctl(fd_.get(), KVM_SET_SREGS, &s), context("KVM_SET_SREGS")); }

uint32_t Vcpu::run() {
  if (::ioctl(fd_.get(), KVM_RUN, 0) < 0) {
    if (errno == EINTR) return KVM_EXIT_INTR;
    throw SysError(context("KVM_RUN"), errno);
  }
  return state().exit_reason;
}

const uint8_t* Vcpu::bytesAt(uint64_t offset, uint64_t len) const noexcept {
  if (offset > run_.size() || len > run_.size() - offset) return nullptr;
  return run_.data() + offset;
}

}  // namespace kata::kvm
