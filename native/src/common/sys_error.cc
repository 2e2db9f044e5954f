#include "common/sys_error.h"

#include <cerrno>
#include <cstring>

namespace kata {

namespace {
std::string describe(const std::string& context, int err) {
  return context + ": " + errnoName(err) + " (" + std::strerror(err) + ")";
}
}  // namespace

SysError::SysError(const std::string& context, int err)
    : std::runtime_error(describe(context, err)), context_(context), err_(err) {}

const char* SysError::code() const noexcept { return errnoName(err_); }

const char* errnoName(int err) noexcept {
  // glibc >= 2.32 knows the names; keep the result stable for unknown values.
  const char* name = strerrorname_np(err);
  return name != nullptr ? name : "EUNKNOWN";
}

long checkSys(long rc, const std::string& context) {
  if (rc < 0) throw SysError(context, errno);
  return rc;
}

}  // namespace kata
