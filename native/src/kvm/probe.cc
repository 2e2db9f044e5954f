#include "kvm/probe.h"

#include <linux/kvm.h>

#include "kvm/kvm.h"

namespace kata::kvm {

namespace {
template <typename Handle>
void checkAll(const Handle& h, std::vector<CapabilityResult>& out) {
  for (const auto& spec : runtimeCapabilities()) {
    CapabilityResult c;
    c.spec = &spec;
    try {
      c.value = h.checkExtension(spec.number);
    } catch (const SysError& e) {
      c.error = ProbeError::from(e);
    }
    out.push_back(std::move(c));
  }
}
}  // namespace

ProbeResult probe(const std::string& path, std::chrono::milliseconds runTimeout) {
  ProbeResult r;
  r.path = path;
  std::optional<Kvm> kvm;
  try {
    kvm.emplace(Kvm::open(path));
    r.apiVersion = kvm->apiVersion();
    r.vcpuMmapSize = static_cast<long>(kvm->vcpuMmapSize());
  } catch (const SysError& e) {
    r.deviceError = ProbeError::from(e);
    return r;
  }
  std::optional<Vm> vm;
  try {
    vm.emplace(kvm->createVm());
    r.vmCreated = true;
  } catch (const SysError& e) {
    r.vmError = ProbeError::from(e);
  }
  // A VM's answers are the ones that hold for the guests kata-ts starts; without a VM, /dev/kvm's.
  if (vm) {
    r.checkedOnVm = vm->checksOnVmFd();
    checkAll(*vm, r.capabilities);
    r.realMode = runRealModeSmoke(*vm, runTimeout);
  } else {
    checkAll(*kvm, r.capabilities);
  }
  return r;
}

}  // namespace kata::kvm
