// A seccomp profile from the OCI runtime spec (linux.seccomp) compiled to a BPF program with
// libseccomp. Compiled in the parent, before any fork, so the container's child only hands the
// ready program to prctl(PR_SET_SECCOMP) and calls nothing that allocates. Used by Spawner;
// unit-tested in native/test/container_seccomp_test.cc.
#pragma once

#include <linux/filter.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kata::container {

struct SeccompArg {
  unsigned index = 0;
  uint64_t value = 0;
  uint64_t valueTwo = 0;
  std::string op;  // "SCMP_CMP_EQ", …
};

struct SeccompRule {
  std::vector<std::string> names;
  std::string action;  // "SCMP_ACT_ERRNO", …
  std::optional<uint32_t> errnoRet;
  std::vector<SeccompArg> args;
};

struct SeccompProfile {
  std::string defaultAction;
  std::optional<uint32_t> defaultErrnoRet;
  std::vector<std::string> architectures;  // "SCMP_ARCH_X86_64", …
  std::vector<SeccompRule> syscalls;
};

// A profile the spec does not allow. field is the path inside the profile ("syscalls[1].action"),
// detail says what is wrong, syscall names the syscall whose rule libseccomp refused (else "");
// what() is "<field>: <detail>". The binding hands the fields to JS as they are.
struct SeccompError : std::invalid_argument {
  SeccompError(std::string field, std::string detail, std::string syscall = "")
      : std::invalid_argument(field + ": " + detail), field(std::move(field)), detail(std::move(detail)), syscall(std::move(syscall)) {}
  std::string field;
  std::string detail;
  std::string syscall;
};

// The action value for an OCI action name, errnoRet applied (SCMP_ACT_ERRNO defaults to EPERM);
// throws SeccompError naming `field` for an unknown or unsupported action.
uint32_t seccompAction(const std::string& name, std::optional<uint32_t> errnoRet, const std::string& field);

// Compiles the profile. Syscall names this libseccomp does not know are skipped (as runc does),
// and so are rules whose action is the default one. Throws SeccompError for a bad profile.
std::vector<sock_filter> buildSeccompFilter(const SeccompProfile& profile);

}  // namespace kata::container
