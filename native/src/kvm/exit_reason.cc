#include "kvm/exit_reason.h"

#include <linux/kvm.h>

namespace kata::kvm {

std::string exitReasonName(uint32_t reason) {
  // The numbers come from <linux/kvm.h>; only the ones an x86 VMM can meet are named.
#define KATA_EXIT(n) \
  case n:            \
    return #n;
  switch (reason) {
    KATA_EXIT(KVM_EXIT_UNKNOWN)
    KATA_EXIT(KVM_EXIT_EXCEPTION)
    KATA_EXIT(KVM_EXIT_IO)
    KATA_EXIT(KVM_EXIT_HYPERCALL)
    KATA_EXIT(KVM_EXIT_DEBUG)
    KATA_EXIT(KVM_EXIT_HLT)
    KATA_EXIT(KVM_EXIT_MMIO)
    KATA_EXIT(KVM_EXIT_IRQ_WINDOW_OPEN)
    KATA_EXIT(KVM_EXIT_SHUTDOWN)
    KATA_EXIT(KVM_EXIT_FAIL_ENTRY)
    KATA_EXIT(KVM_EXIT_INTR)
    KATA_EXIT(KVM_EXIT_SET_TPR)
    KATA_EXIT(KVM_EXIT_TPR_ACCESS)
    KATA_EXIT(KVM_EXIT_NMI)
    KATA_EXIT(KVM_EXIT_INTERNAL_ERROR)
    KATA_EXIT(KVM_EXIT_SYSTEM_EVENT)
    KATA_EXIT(KVM_EXIT_IOAPIC_EOI)
    KATA_EXIT(KVM_EXIT_HYPERV)
    KATA_EXIT(KVM_EXIT_X86_RDMSR)
    KATA_EXIT(KVM_EXIT_X86_WRMSR)
    KATA_EXIT(KVM_EXIT_DIRTY_RING_FULL)
    KATA_EXIT(KVM_EXIT_X86_BUS_LOCK)
    KATA_EXIT(KVM_EXIT_NOTIFY)
    default:
      return "exit reason " + std::to_string(reason);
  }
#undef KATA_EXIT
}

}  // namespace kata::kvm
