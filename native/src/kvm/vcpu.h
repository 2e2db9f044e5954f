// Vcpu: one KVM vCPU fd and its mapped `struct kvm_run` (<linux/kvm.h>), through which KVM_RUN
// reports why the vCPU stopped. Registers in and out, run() until the next exit. vCPU ioctls are
// meant to come from one thread (the kernel's KVM API doc); the caller keeps to that.
#pragma once

#include <linux/kvm.h>

#include <cstddef>
#include <cstdint>

#include "common/unique_fd.h"
#include "kvm/mapping.h"

namespace kata::kvm {

class Vcpu {
 public:
  // Maps mmapSize bytes (KVM_GET_VCPU_MMAP_SIZE) of fd: struct kvm_run, then the I/O data pages.
  Vcpu(UniqueFd fd, unsigned id, size_t mmapSize);
  Vcpu(Vcpu&&) noexcept = default;
  Vcpu& operator=(Vcpu&&) noexcept = default;

  // kvm_regs and kvm_sregs are x86's layouts (<asm/kvm.h>, included by <linux/kvm.h>).
  kvm_regs regs() const;
  void setRegs(const kvm_regs& r);
  kvm_sregs sregs() const;
  void setSregs(const kvm_sregs& s);

  // KVM_RUN until the vCPU exits to user space; returns run.exit_reason (KVM_EXIT_*). A signal
  // that interrupts it is an exit too: KVM_EXIT_INTR (the kernel sets it and fails with EINTR).
  uint32_t run();

  const kvm_run& state() const noexcept { return *reinterpret_cast<const kvm_run*>(run_.data()); }
  kvm_run& state() noexcept { return *reinterpret_cast<kvm_run*>(run_.data()); }
  // [offset, offset + len) of the mapping, e.g. KVM_EXIT_IO's data at io.data_offset; nullptr
  // when it does not lie inside it (never trust an offset to stay in bounds).
  const uint8_t* bytesAt(uint64_t offset, uint64_t len) const noexcept;

  unsigned id() const noexcept { return id_; }

 private:
  std::string context(const char* ioctlName) const;

  UniqueFd fd_;
  unsigned id_;
  Mapping run_;
};

}  // namespace kata::kvm
