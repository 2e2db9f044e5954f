// Names of KVM_RUN exit reasons, so a failure says "KVM_EXIT_SHUTDOWN" rather than "8".
#pragma once

#include <cstdint>
#include <string>

namespace kata::kvm {

// "KVM_EXIT_HLT" for KVM_EXIT_HLT; "exit reason 99" for a value this build's header does not know.
std::string exitReasonName(uint32_t reason);

}  // namespace kata::kvm
