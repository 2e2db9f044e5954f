#include "container/seccomp_filter.h"

#include <seccomp.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <memory>

#include "common/sys_error.h"
#include "common/unique_fd.h"

namespace kata::container {

namespace {

struct CtxFree {
  void operator()(void* c) const { seccomp_release(static_cast<scmp_filter_ctx>(c)); }
};
using Ctx = std::unique_ptr<void, CtxFree>;

scmp_compare compareOp(const std::string& op, const std::string& field) {
  // runtime-spec config-linux.md "Seccomp": the operator names.
  if (op == "SCMP_CMP_NE") return SCMP_CMP_NE;
  if (op == "SCMP_CMP_LT") return SCMP_CMP_LT;
  if (op == "SCMP_CMP_LE") return SCMP_CMP_LE;
  if (op == "SCMP_CMP_EQ") return SCMP_CMP_EQ;
  if (op == "SCMP_CMP_GE") return SCMP_CMP_GE;
  if (op == "SCMP_CMP_GT") return SCMP_CMP_GT;
  if (op == "SCMP_CMP_MASKED_EQ") return SCMP_CMP_MASKED_EQ;
  throw SeccompError(field, "unknown operator \"" + op + "\"");
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

uint32_t seccompAction(const std::string& name, std::optional<uint32_t> errnoRet, const std::string& field) {
  if (name == "SCMP_ACT_KILL" || name == "SCMP_ACT_KILL_THREAD") return SCMP_ACT_KILL_THREAD;
  if (name == "SCMP_ACT_KILL_PROCESS") return SCMP_ACT_KILL_PROCESS;
  if (name == "SCMP_ACT_TRAP") return SCMP_ACT_TRAP;
  if (name == "SCMP_ACT_ERRNO") return SCMP_ACT_ERRNO(errnoRet.value_or(EPERM));
  if (name == "SCMP_ACT_TRACE") return SCMP_ACT_TRACE(errnoRet.value_or(EPERM));
  if (name == "SCMP_ACT_ALLOW") return SCMP_ACT_ALLOW;
  if (name == "SCMP_ACT_LOG") return SCMP_ACT_LOG;
  if (name == "SCMP_ACT_NOTIFY") throw SeccompError(field, "SCMP_ACT_NOTIFY is not supported (no listener)");
  throw SeccompError(field, "unknown action \"" + name + "\"");
}

std::vector<sock_filter> buildSeccompFilter(const SeccompProfile& profile) {
  uint32_t defaultAction = seccompAction(profile.defaultAction, profile.defaultErrnoRet, "defaultAction");
  Ctx ctx(seccomp_init(defaultAction));
  if (!ctx) throw SeccompError("defaultAction", "libseccomp refused \"" + profile.defaultAction + "\"");
  // The child sets no_new_privs itself when the spec asks; the filter must not imply it.
  seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_NNP, 0);
  for (size_t i = 0; i < profile.architectures.size(); i++) {
    const std::string& a = profile.architectures[i];
    const std::string prefix = "SCMP_ARCH_";
    std::string field = "architectures[" + std::to_string(i) + "]";
    if (a.compare(0, prefix.size(), prefix) != 0) throw SeccompError(field, "unknown architecture \"" + a + "\"");
    uint32_t arch = seccomp_arch_resolve_name(lower(a.substr(prefix.size())).c_str());
    if (arch == 0) throw SeccompError(field, "unknown architecture \"" + a + "\"");
    int rc = seccomp_arch_add(ctx.get(), arch);
    if (rc != 0 && rc != -EEXIST) throw SeccompError(field, std::strerror(-rc));
  }
  for (size_t i = 0; i < profile.syscalls.size(); i++) {
    const SeccompRule& r = profile.syscalls[i];
    std::string field = "syscalls[" + std::to_string(i) + "]";
    uint32_t action = seccompAction(r.action, r.errnoRet, field + ".action");
    std::vector<scmp_arg_cmp> cmps;
    for (size_t j = 0; j < r.args.size(); j++) {
      const SeccompArg& a = r.args[j];
      std::string af = field + ".args[" + std::to_string(j) + "]";
      if (a.index > 5) throw SeccompError(af + ".index", std::to_string(a.index) + " is above 5");
      cmps.push_back(scmp_arg_cmp{a.index, compareOp(a.op, af + ".op"), a.value, a.valueTwo});
    }
    if (action == defaultAction) continue;
    for (size_t j = 0; j < r.names.size(); j++) {
      int nr = seccomp_syscall_resolve_name(r.names[j].c_str());
      if (nr == __NR_SCMP_ERROR) continue;  // not a syscall of these architectures
      int rc = seccomp_rule_add_array(ctx.get(), action, nr, static_cast<unsigned>(cmps.size()), cmps.data());
      if (rc != 0)
        throw SeccompError(field + ".names[" + std::to_string(j) + "]", "rule for \"" + r.names[j] + "\": " + std::strerror(-rc), r.names[j]);
    }
  }
  UniqueFd mem(checkSys(::memfd_create("kata-seccomp", MFD_CLOEXEC), "memfd_create"));
  int rc = seccomp_export_bpf(ctx.get(), mem.get());
  if (rc != 0) throw SysError("seccomp_export_bpf", -rc);
  off_t size = checkSys(::lseek(mem.get(), 0, SEEK_END), "lseek seccomp memfd");
  std::vector<sock_filter> prog(static_cast<size_t>(size) / sizeof(sock_filter));
  ssize_t n = checkSys(::pread(mem.get(), prog.data(), prog.size() * sizeof(sock_filter), 0), "read seccomp memfd");
  if (static_cast<size_t>(n) != prog.size() * sizeof(sock_filter)) throw SysError("read seccomp memfd: short read", EIO);
  return prog;
}

}  // namespace kata::container
