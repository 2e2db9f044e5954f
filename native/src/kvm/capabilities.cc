#include "kvm/capabilities.h"

#include <linux/kvm.h>

namespace kata::kvm {

const std::vector<CapabilitySpec>& runtimeCapabilities() {
  // The name is stringified from the macro, so name and number cannot disagree.
#define KATA_CAP(cap, required, why) CapabilitySpec{#cap, cap, required, why}
  static const std::vector<CapabilitySpec> caps = {
      // Memory: every VMM maps guest RAM from its own address space; QEMU requires all three.
      KATA_CAP(KVM_CAP_USER_MEMORY, true, "guest RAM mapped from user space (every VMM)"),
      KATA_CAP(KVM_CAP_DESTROY_MEMORY_REGION_WORKS, true, "removing memory slots (QEMU requires it)"),
      KATA_CAP(KVM_CAP_JOIN_MEMORY_REGIONS_WORKS, true, "merging adjacent memory slots (QEMU requires it)"),
      KATA_CAP(KVM_CAP_NR_MEMSLOTS, true, "memory slots per VM: boot RAM, the nvdimm image and hot-plugged DIMMs each take one"),
      // x86 vCPU set-up QEMU's KVM start-up insists on.
      KATA_CAP(KVM_CAP_SET_TSS_ADDR, true, "real-mode boot code on Intel CPUs without unrestricted guest (QEMU requires it)"),
      KATA_CAP(KVM_CAP_EXT_CPUID, true, "KVM_SET_CPUID2: the guest's CPUID (QEMU requires it)"),
      KATA_CAP(KVM_CAP_MP_STATE, true, "vCPU run states for SMP start-up (QEMU requires it)"),
      KATA_CAP(KVM_CAP_INTERNAL_ERROR_DATA, true, "details of a KVM internal error (newer QEMU requires it)"),
      // Sizing: default_vcpus/default_maxvcpus are bounded by these.
      KATA_CAP(KVM_CAP_NR_VCPUS, true, "recommended vCPUs per VM"),
      KATA_CAP(KVM_CAP_MAX_VCPUS, true, "most vCPUs per VM (vCPU hot-plug's ceiling)"),
      // Interrupts and doorbells: the in-kernel LAPIC/IOAPIC, GSI routes for MSI, and the eventfd
      // paths that let vhost-user back-ends and the built-in VMM's virtio devices skip a VMM exit.
      KATA_CAP(KVM_CAP_IRQCHIP, true, "in-kernel interrupt controllers (QEMU kernel-irqchip, the built-in VMM)"),
      KATA_CAP(KVM_CAP_IRQ_ROUTING, true, "GSI routing for IOAPIC pins and MSI"),
      KATA_CAP(KVM_CAP_IRQFD, true, "eventfd to guest interrupt (vhost-user back-ends, virtio-mmio)"),
      KATA_CAP(KVM_CAP_IOEVENTFD, true, "guest doorbell to eventfd (virtqueue kicks without a VMM exit)"),
      // Useful, not needed: QEMU falls back without them.
      KATA_CAP(KVM_CAP_SIGNAL_MSI, false, "direct MSI injection (else through IRQ routes)"),
      KATA_CAP(KVM_CAP_PIT2, false, "in-kernel i8254 timer for pc/q35 (microvm runs without it)"),
      KATA_CAP(KVM_CAP_IMMEDIATE_EXIT, false, "race-free vCPU kicks (else a signal mask)"),
  };
#undef KATA_CAP
  return caps;
}

}  // namespace kata::kvm
