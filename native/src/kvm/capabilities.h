// The KVM capabilities kata-ts asks a host about, and why each matters. The list is what Debian's
// QEMU needs for the guests kata-ts starts (its x86 KVM start-up refuses a host without the
// required ones) plus what a small VMM like the built-in one needs (in-kernel interrupt controller,
// eventfd doorbells and interrupts for virtio devices). `kata-runtime check` prints one line per
// entry; `accel = "auto"` treats a missing required one as "KVM not usable".
#pragma once

#include <vector>

namespace kata::kvm {

struct CapabilitySpec {
  const char* name;       // the <linux/kvm.h> macro name, "KVM_CAP_IRQCHIP"
  unsigned number;        // its value, from the same header
  bool required;          // a VM kata-ts starts cannot run without it
  const char* neededFor;  // one phrase, for check's line
};

// In the order check prints them.
const std::vector<CapabilitySpec>& runtimeCapabilities();

}  // namespace kata::kvm
