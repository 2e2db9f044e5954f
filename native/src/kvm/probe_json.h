// A ProbeResult as one line of JSON, for the standalone kata_kvm_probe (the nested test host runs
// it without Node). Field names match the addon's kvmProbe() object (lib/hypervisor/kvm-probe.ts).
#pragma once

#include <string>

#include "kvm/probe.h"

namespace kata::kvm {

std::string toJson(const ProbeResult& r);

}  // namespace kata::kvm
