#include <errno.h>
#include <seccomp.h>

#include "container/seccomp_filter.h"
#include "test.h"

using namespace kata::container;

static bool throwsWith(const SeccompProfile& p, const std::string& what) {
  try {
    buildSeccompFilter(p);
  } catch (const SeccompError& e) {
    return std::string(e.what()).find(what) != std::string::npos;
  }
  return false;
}

TEST(seccomp_profile_compiles_to_bpf) {
  SeccompProfile p;
  p.defaultAction = "SCMP_ACT_ALLOW";
  p.architectures = {"SCMP_ARCH_X86_64", "SCMP_ARCH_X86"};
  SeccompRule r;
  r.names = {"mkdir", "mkdirat", "no_such_syscall"};
  r.action = "SCMP_ACT_ERRNO";
  r.errnoRet = EROFS;
  p.syscalls.push_back(r);
  auto prog = buildSeccompFilter(p);
  EXPECT(prog.size() > 4);
}

TEST(seccomp_errno_action_defaults_to_eperm) {
  EXPECT_EQ(seccompAction("SCMP_ACT_ERRNO", std::nullopt, "x"), static_cast<uint32_t>(SCMP_ACT_ERRNO(EPERM)));
  EXPECT_EQ(seccompAction("SCMP_ACT_ERRNO", 5u, "x"), static_cast<uint32_t>(SCMP_ACT_ERRNO(5)));
}

TEST(seccomp_bad_profiles_name_the_field) {
  SeccompProfile p;
  p.defaultAction = "SCMP_ACT_NOPE";
  EXPECT(throwsWith(p, "defaultAction: unknown action \"SCMP_ACT_NOPE\""));
  p.defaultAction = "SCMP_ACT_ALLOW";
  p.architectures = {"SCMP_ARCH_Z80"};
  EXPECT(throwsWith(p, "architectures[0]: unknown architecture"));
  p.architectures = {};
  SeccompRule r;
  r.names = {"mkdir"};
  r.action = "SCMP_ACT_ERRNO";
  SeccompArg a;
  a.index = 0;
  a.op = "SCMP_CMP_ALMOST";
  r.args.push_back(a);
  p.syscalls.push_back(r);
  EXPECT(throwsWith(p, "syscalls[0].args[0].op: unknown operator"));
}

TEST(seccomp_error_carries_field_and_detail_apart) {
  SeccompProfile p;
  p.defaultAction = "SCMP_ACT_ALLOW";
  SeccompRule r;
  r.names = {"mkdir"};
  r.action = "SCMP_ACT_MAYBE";
  p.syscalls.push_back(r);
  try {
    buildSeccompFilter(p);
    EXPECT(false);
  } catch (const SeccompError& e) {
    EXPECT_EQ(e.field, std::string("syscalls[0].action"));
    EXPECT_EQ(e.detail, std::string("unknown action \"SCMP_ACT_MAYBE\""));
    EXPECT(e.syscall.empty());
    EXPECT_EQ(std::string(e.what()), e.field + ": " + e.detail);
  }
}
