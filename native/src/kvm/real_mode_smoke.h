// The real-mode smoke run: the smallest proof that a VM really executes guest code, not only that
// /dev/kvm answers ioctls. One page of guest RAM at guest-physical 0x1000 holds
//     mov $0x3f8, %dx ; mov $'K', %al ; out %al, (%dx) ; hlt
// and one vCPU starts there in real mode. A working KVM exits to user space twice: KVM_EXIT_IO
// (an OUT of 'K' to port 0x3f8, the first serial port) and then KVM_EXIT_HLT.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "kvm/vm.h"

namespace kata::kvm {

struct SmokeResult {
  bool ok = false;
  // What the vCPU did, in order: "KVM_EXIT_IO out port 0x3f8 'K'", "KVM_EXIT_HLT".
  std::vector<std::string> exits;
  // Empty when ok; else why not: an ioctl's error, an exit other than the expected one, the time bound.
  std::string failure;
  double elapsedMs = 0;
};

// Runs the guest on vcpu 0 of vm (memory slot 0 and vCPU id 0 must be free). Never throws for
// KVM's answers: every failure is in the result. `timeout` bounds the whole run (RunDeadline).
SmokeResult runRealModeSmoke(Vm& vm, std::chrono::milliseconds timeout);

}  // namespace kata::kvm
