// kata_kvm_probe [device] [timeout-ms]: the KVM probe (native/src/kvm/probe.h) without Node, for
// hosts where the addon is not at hand (the nested test host runs it first). Prints the result as
// one line of JSON; exits 0 when a VM could be created and the real-mode vCPU run worked, 1
// otherwise, 2 on bad usage.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "kvm/kvm.h"
#include "kvm/probe.h"
#include "kvm/probe_json.h"

int main(int argc, char** argv) {
  if (argc > 3) {
    std::fprintf(stderr, "Usage: kata_kvm_probe [device (default %s)] [timeout-ms (default %lld)]\n", kata::kvm::kDefaultDevice,
                 static_cast<long long>(kata::kvm::kDefaultRunTimeout.count()));
    return 2;
  }
  std::string path = argc > 1 ? argv[1] : kata::kvm::kDefaultDevice;
  auto timeout = kata::kvm::kDefaultRunTimeout;
  if (argc > 2) {
    char* end = nullptr;
    long ms = std::strtol(argv[2], &end, 10);
    if (end == argv[2] || *end != '\0' || ms <= 0) {
      std::fprintf(stderr, "kata_kvm_probe: timeout-ms must be a positive whole number, got \"%s\"\n", argv[2]);
      return 2;
    }
    timeout = std::chrono::milliseconds(ms);
  }
  auto r = kata::kvm::probe(path, timeout);
  std::printf("%s\n", kata::kvm::toJson(r).c_str());
  return r.usable() ? 0 : 1;
}
