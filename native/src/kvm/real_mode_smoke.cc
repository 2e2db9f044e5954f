#include "kvm/real_mode_smoke.h"

#include <linux/kvm.h>

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "common/sys_error.h"
#include "kvm/exit_reason.h"
#include "kvm/mapping.h"
#include "kvm/run_deadline.h"

namespace kata::kvm {

namespace {

constexpr uint64_t kCodeAddr = 0x1000;
constexpr uint64_t kPageSize = 0x1000;
constexpr uint16_t kPort = 0x3f8;
constexpr uint8_t kByte = 'K';
// Three pages KVM may use for its real-mode TSS (Intel without unrestricted guest), far from the
// one page of RAM; the address QEMU uses, below the 4 GiB BIOS area.
constexpr uint64_t kTssAddr = 0xfffbd000;

// 16-bit code (the vCPU starts in real mode, so operands default to 16 bits):
const uint8_t kCode[] = {
    0xba, 0xf8, 0x03,  // mov $0x3f8, %dx   (B8+r with r=DX (2): imm16, little-endian)
    0xb0, kByte,       // mov $'K', %al     (B0+r with r=AL (0): imm8)
    0xee,              // out %al, (%dx)
    0xf4,              // hlt
};

std::string describeIo(const Vcpu& cpu) {
  const auto& io = cpu.state().io;
  char buf[96];
  std::snprintf(buf, sizeof buf, "KVM_EXIT_IO %s port 0x%x size %u count %u", io.direction == KVM_EXIT_IO_OUT ? "out" : "in", io.port,
                unsigned{io.size}, io.count);
  const uint8_t* data = cpu.bytesAt(io.data_offset, uint64_t{io.size} * io.count);
  if (data == nullptr) return std::string(buf) + " data outside struct kvm_run's mapping";
  char byte[24];
  std::snprintf(byte, sizeof byte, " byte 0x%02x", data[0]);
  return std::string(buf) + byte + (data[0] == kByte ? " 'K'" : "");
}

bool isExpectedOut(const Vcpu& cpu) {
  const auto& io = cpu.state().io;
  if (io.direction != KVM_EXIT_IO_OUT || io.port != kPort || io.size != 1 || io.count != 1) return false;
  const uint8_t* data = cpu.bytesAt(io.data_offset, 1);
  return data != nullptr && data[0] == kByte;
}

// Extra words for exits that carry a reason of their own.
std::string detailOf(uint32_t reason, const Vcpu& cpu) {
  const auto& run = cpu.state();
  if (reason == KVM_EXIT_INTERNAL_ERROR) return " (suberror " + std::to_string(run.internal.suberror) + ")";
  if (reason == KVM_EXIT_FAIL_ENTRY) return " (hardware entry failure reason " + std::to_string(run.fail_entry.hardware_entry_failure_reason) + ")";
  return "";
}

// Slot 0 is the smoke run's page; it is removed (size 0) before that page is unmapped, so the VM
// never holds a slot over memory that is gone.
struct SlotGuard {
  Vm& vm;
  SlotGuard(Vm& v, Mapping& ram) : vm(v) { vm.setUserMemoryRegion(0, kCodeAddr, ram.size(), ram.data()); }
  ~SlotGuard() {
    try {
      vm.setUserMemoryRegion(0, kCodeAddr, 0, nullptr);
    } catch (const SysError&) {
      // Closing the VM releases the slot anyway.
    }
  }
  SlotGuard(const SlotGuard&) = delete;
  SlotGuard& operator=(const SlotGuard&) = delete;
};

void setUp(Vcpu& cpu) {
  kvm_sregs s = cpu.sregs();
  s.cs.base = 0;
  s.cs.selector = 0;
  cpu.setSregs(s);
  kvm_regs r{};
  r.rip = kCodeAddr;
  r.rflags = 0x2;  // bit 1 is reserved and must be set (Intel SDM vol. 1, 3.4.3 EFLAGS)
  cpu.setRegs(r);
}

}  // namespace

SmokeResult runRealModeSmoke(Vm& vm, std::chrono::milliseconds timeout) {
  SmokeResult out;
  auto start = std::chrono::steady_clock::now();
  try {
    Mapping ram = Mapping::anonymous(kPageSize, "guest memory of the real-mode smoke run");
    std::memcpy(ram.data(), kCode, sizeof kCode);
    if (vm.checkExtension(KVM_CAP_SET_TSS_ADDR) > 0) vm.setTssAddr(kTssAddr);
    SlotGuard slot(vm, ram);
    Vcpu cpu = vm.createVcpu(0);
    setUp(cpu);
    RunDeadline deadline(timeout);
    const uint32_t expected[] = {KVM_EXIT_IO, KVM_EXIT_HLT};
    for (uint32_t want : expected) {
      uint32_t got;
      // An interruption before the bound is some other signal: run on.
      while ((got = cpu.run()) == KVM_EXIT_INTR && !deadline.expired()) {
      }
      if (got == KVM_EXIT_INTR) {
        out.failure = "the vCPU did not exit within " + std::to_string(timeout.count()) + " ms (expected " + exitReasonName(want) + ")";
        break;
      }
      out.exits.push_back(got == KVM_EXIT_IO ? describeIo(cpu) : exitReasonName(got) + detailOf(got, cpu));
      if (got != want) {
        out.failure = "the vCPU exited with " + out.exits.back() + ", expected " + exitReasonName(want);
        break;
      }
      if (got == KVM_EXIT_IO && !isExpectedOut(cpu)) {
        out.failure = "the vCPU's I/O exit was " + out.exits.back() + ", expected an OUT of 'K' to port 0x3f8";
        break;
      }
    }
    out.ok = out.failure.empty();
  } catch (const SysError& e) {
    out.failure = e.what();
  }
  out.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return out;
}

}  // namespace kata::kvm
