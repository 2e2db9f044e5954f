// The KVM core (native/src/kvm). The error paths run everywhere; the rest needs a real /dev/kvm
// and is reported as not run where there is none (the nested test host runs it).
#include <dirent.h>
#include <fcntl.h>
#include <linux/kvm.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "common/sys_error.h"
#include "kvm/capabilities.h"
#include "kvm/exit_reason.h"
#include "kvm/kvm.h"
#include "kvm/mapping.h"
#include "kvm/probe.h"
#include "kvm/probe_json.h"
#include "kvm/real_mode_smoke.h"
#include "kvm/run_deadline.h"
#include "test.h"

using namespace std::chrono_literals;

namespace {

int openFds() {
  int n = 0;
  DIR* d = ::opendir("/proc/self/fd");
  if (d == nullptr) throw kata::test::Failure("opendir /proc/self/fd");
  while (::readdir(d) != nullptr) ++n;
  ::closedir(d);
  return n;
}

std::string slurp(const char* path) {
  std::ifstream f(path);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// The KVM tests run wherever /dev/kvm exists, and fail loudly there if it does not work; only
// its absence makes them "not run".
void requireDevKvm() {
  if (::access(kata::kvm::kDefaultDevice, F_OK) != 0) {
    throw kata::test::Skip("no /dev/kvm on this machine; they run where it exists, e.g. the nested test host");
  }
}

// A PVM-style /dev/kvm (no vmx/svm flag) creates VMs but may not run a real-mode guest; that is
// the host's limit, not this code's, so such a failure is reported as not run.
bool hasHardwareVirt() {
  std::string cpuinfo = slurp("/proc/cpuinfo");
  return contains(cpuinfo, " vmx") || contains(cpuinfo, " svm");
}

void requireSmokeOk(const kata::kvm::SmokeResult& r) {
  if (!r.ok && !hasHardwareVirt()) throw kata::test::Skip("/dev/kvm without a vmx/svm CPU flag (PVM-style) did not run the real-mode guest: " + r.failure);
  if (!r.ok) throw kata::test::Failure("real-mode smoke run failed: " + r.failure);
}

}  // namespace

// --- error paths: everywhere -------------------------------------------------------------------

// Kvm::open(path) must throw a SysError with this errno whose message holds `text`, and leave
// no fd open behind it.
static void expectOpenFails(const char* path, int err, const std::string& text) {
  int before = openFds();
  try {
    kata::kvm::Kvm::open(path);
    throw kata::test::Failure(std::string("Kvm::open(") + path + ") did not throw");
  } catch (const kata::SysError& e) {
    EXPECT_EQ(std::string(e.code()), std::string(kata::errnoName(err)));
    EXPECT(contains(e.what(), text));
  }
  EXPECT_EQ(openFds(), before);
}

TEST(kvm_open_of_a_missing_path_names_the_path_and_ENOENT) {
  expectOpenFails("/nonexistent/kvm", ENOENT, "open /nonexistent/kvm: ENOENT (No such file or directory)");
}

TEST(kvm_open_of_a_device_that_is_not_kvm_names_the_failing_ioctl_and_closes_it) {
  expectOpenFails("/dev/null", ENOTTY, "KVM_GET_API_VERSION on /dev/null: ENOTTY");
}

TEST(kvm_probe_reports_a_missing_device_as_data_and_probes_nothing_else) {
  auto r = kata::kvm::probe("/nonexistent/kvm");
  EXPECT(r.deviceError.has_value());
  EXPECT_EQ(r.deviceError->code, std::string("ENOENT"));
  EXPECT_EQ(r.deviceError->err, ENOENT);
  EXPECT(contains(r.deviceError->message, "/nonexistent/kvm"));
  EXPECT(!r.vmCreated);
  EXPECT(r.capabilities.empty());
  EXPECT(!r.realMode.has_value());
  EXPECT(!r.usable());
  std::string json = kata::kvm::toJson(r);
  EXPECT(contains(json, "\"usable\":false"));
  EXPECT(contains(json, "\"deviceError\":{\"message\":\"open /nonexistent/kvm: ENOENT (No such file or directory)\",\"code\":\"ENOENT\",\"errno\":2}"));
  EXPECT(!contains(json, "capabilities"));
}

TEST(kvm_probe_of_dev_null_names_KVM_GET_API_VERSION_and_ENOTTY) {
  auto r = kata::kvm::probe("/dev/null");
  EXPECT(r.deviceError.has_value());
  EXPECT_EQ(r.deviceError->code, std::string("ENOTTY"));
  EXPECT(contains(r.deviceError->message, "KVM_GET_API_VERSION on /dev/null"));
  EXPECT(!r.usable());
}

TEST(kvm_probe_json_escapes_what_it_quotes) {
  kata::kvm::ProbeResult r;
  r.path = "/odd\"path\\\n";
  r.deviceError = kata::kvm::ProbeError{"bad \"thing\"", "EIO", EIO};
  std::string json = kata::kvm::toJson(r);
  EXPECT(contains(json, "\"path\":\"/odd\\\"path\\\\\\u000a\""));
  EXPECT(contains(json, "\"message\":\"bad \\\"thing\\\"\""));
}

TEST(kvm_capability_list_takes_names_and_numbers_from_the_header) {
  std::set<std::string> names;
  std::set<unsigned> numbers;
  bool sawIrqchip = false;
  for (const auto& c : kata::kvm::runtimeCapabilities()) {
    EXPECT(std::strncmp(c.name, "KVM_CAP_", 8) == 0);
    EXPECT(std::strlen(c.neededFor) > 0);
    names.insert(c.name);
    numbers.insert(c.number);
    if (std::string(c.name) == "KVM_CAP_IRQCHIP") {
      sawIrqchip = true;
      EXPECT_EQ(c.number, unsigned{KVM_CAP_IRQCHIP});
      EXPECT(c.required);
    }
  }
  EXPECT(sawIrqchip);
  EXPECT_EQ(names.size(), kata::kvm::runtimeCapabilities().size());
  EXPECT_EQ(numbers.size(), kata::kvm::runtimeCapabilities().size());
}

TEST(kvm_exit_reasons_have_their_header_names) {
  EXPECT_EQ(kata::kvm::exitReasonName(KVM_EXIT_HLT), std::string("KVM_EXIT_HLT"));
  EXPECT_EQ(kata::kvm::exitReasonName(KVM_EXIT_IO), std::string("KVM_EXIT_IO"));
  EXPECT_EQ(kata::kvm::exitReasonName(KVM_EXIT_SHUTDOWN), std::string("KVM_EXIT_SHUTDOWN"));
  EXPECT_EQ(kata::kvm::exitReasonName(9999), std::string("exit reason 9999"));
}

// --- with /dev/kvm -----------------------------------------------------------------------------

TEST(kvm_api_version_is_12_and_the_vcpu_mapping_holds_struct_kvm_run) {
  requireDevKvm();
  auto kvm = kata::kvm::Kvm::open();
  EXPECT_EQ(kvm.apiVersion(), KVM_API_VERSION);
  EXPECT(kvm.vcpuMmapSize() >= sizeof(kvm_run));
}

TEST(kvm_has_every_required_capability_on_a_vm) {
  requireDevKvm();
  auto kvm = kata::kvm::Kvm::open();
  auto vm = kvm.createVm();
  for (const auto& c : kata::kvm::runtimeCapabilities()) {
    int v = vm.checkExtension(c.number);
    if (c.required && v <= 0) throw kata::test::Failure(std::string("required capability missing: ") + c.name);
  }
  EXPECT(vm.checkExtension(KVM_CAP_MAX_VCPUS) >= vm.checkExtension(KVM_CAP_NR_VCPUS));
}

TEST(kvm_creates_a_vm_and_a_vcpu_whose_registers_round_trip) {
  requireDevKvm();
  auto kvm = kata::kvm::Kvm::open();
  auto vm = kvm.createVm();
  auto cpu = vm.createVcpu(0);
  kvm_regs r{};
  r.rip = 0x1234;
  r.rflags = 0x2;
  r.rax = 0xdeadbeef;
  cpu.setRegs(r);
  auto back = cpu.regs();
  EXPECT_EQ(back.rip, uint64_t{0x1234});
  EXPECT_EQ(back.rax, uint64_t{0xdeadbeef});
  auto s = cpu.sregs();
  s.cs.base = 0;
  s.cs.selector = 0;
  cpu.setSregs(s);
  EXPECT_EQ(cpu.sregs().cs.selector, 0);
}

TEST(kvm_real_mode_guest_outs_K_to_0x3f8_then_halts) {
  requireDevKvm();
  auto kvm = kata::kvm::Kvm::open();
  auto vm = kvm.createVm();
  auto r = kata::kvm::runRealModeSmoke(vm, 5000ms);
  requireSmokeOk(r);
  EXPECT_EQ(r.exits.size(), size_t{2});
  EXPECT(contains(r.exits[0], "KVM_EXIT_IO out port 0x3f8 size 1 count 1 byte 0x4b 'K'"));
  EXPECT_EQ(r.exits[1], std::string("KVM_EXIT_HLT"));
}

TEST(kvm_run_deadline_stops_a_guest_that_never_exits) {
  requireDevKvm();
  auto kvm = kata::kvm::Kvm::open();
  auto vm = kvm.createVm();
  auto ram = kata::kvm::Mapping::anonymous(0x1000, "spin page");
  ram.data()[0] = 0xeb;  // jmp . (EB rel8 = -2: back to itself)
  ram.data()[1] = 0xfe;
  vm.setUserMemoryRegion(0, 0x1000, ram.size(), ram.data());
  auto cpu = vm.createVcpu(0);
  auto s = cpu.sregs();
  s.cs.base = 0;
  s.cs.selector = 0;
  cpu.setSregs(s);
  kvm_regs r{};
  r.rip = 0x1000;
  r.rflags = 0x2;
  cpu.setRegs(r);
  auto start = std::chrono::steady_clock::now();
  uint32_t exit;
  {
    kata::kvm::RunDeadline deadline(100ms);
    while ((exit = cpu.run()) == KVM_EXIT_INTR && !deadline.expired()) {
    }
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(kata::kvm::exitReasonName(exit), std::string("KVM_EXIT_INTR"));
  EXPECT(ms >= 100 && ms < 5000);
}

TEST(kvm_probe_of_dev_kvm_is_usable_and_releases_every_fd_and_mapping) {
  requireDevKvm();
  int before = openFds();
  auto r = kata::kvm::probe(kata::kvm::kDefaultDevice);
  EXPECT_EQ(openFds(), before);
  EXPECT(!contains(slurp("/proc/self/maps"), "kvm-vcpu"));  // the vCPU's kvm_run mapping is gone
  EXPECT(!r.deviceError.has_value());
  EXPECT_EQ(r.apiVersion, KVM_API_VERSION);
  EXPECT(r.vcpuMmapSize >= static_cast<long>(sizeof(kvm_run)));
  EXPECT(r.vmCreated);
  EXPECT_EQ(r.capabilities.size(), kata::kvm::runtimeCapabilities().size());
  EXPECT(r.realMode.has_value());
  requireSmokeOk(*r.realMode);
  EXPECT(r.usable());
  EXPECT(contains(kata::kvm::toJson(r), "\"usable\":true"));
}
