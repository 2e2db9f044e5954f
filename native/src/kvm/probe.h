// The KVM probe: what a host's KVM offers kata-ts, asked once and reported as data, never thrown.
// API version, vCPU mmap size, the runtime's capabilities (capabilities.h) with their values, a
// VM create, and the real-mode smoke run. Used by `kata-runtime check` and `accel = "auto"`
// through the addon (native/binding/kvm.cc), and by the standalone kata_kvm_probe.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "common/sys_error.h"
#include "kvm/capabilities.h"
#include "kvm/real_mode_smoke.h"

namespace kata::kvm {

// A SysError as data: "open /dev/kvm: ENOENT (No such file or directory)", "ENOENT", 2.
struct ProbeError {
  std::string message;
  std::string code;
  int err = 0;
  static ProbeError from(const SysError& e) { return {e.what(), e.code(), e.err()}; }
};

struct CapabilityResult {
  const CapabilitySpec* spec = nullptr;
  int value = 0;  // KVM_CHECK_EXTENSION's answer: 0 absent, > 0 present (a count for some)
  std::optional<ProbeError> error;  // the ioctl itself failed
  bool present() const noexcept { return !error && value > 0; }
};

struct ProbeResult {
  std::string path;
  // Set when the device could not be opened or is not KVM (open, KVM_GET_API_VERSION,
  // KVM_GET_VCPU_MMAP_SIZE): then nothing else was probed.
  std::optional<ProbeError> deviceError;
  int apiVersion = -1;
  long vcpuMmapSize = -1;
  // Capabilities were asked on the VM fd (KVM_CAP_CHECK_EXTENSION_VM), not on /dev/kvm.
  bool checkedOnVm = false;
  std::vector<CapabilityResult> capabilities;
  bool vmCreated = false;
  std::optional<ProbeError> vmError;  // KVM_CREATE_VM failed
  std::optional<SmokeResult> realMode;  // run only once a VM exists

  // A VM can be created and runs guest code: what `accel = "auto"` requires of KVM itself.
  bool usable() const noexcept { return !deviceError && vmCreated && realMode && realMode->ok; }
};

inline constexpr std::chrono::milliseconds kDefaultRunTimeout{2000};

ProbeResult probe(const std::string& path, std::chrono::milliseconds runTimeout = kDefaultRunTimeout);

}  // namespace kata::kvm
