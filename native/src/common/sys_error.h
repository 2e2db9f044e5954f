// SysError: the one exception type the C++ cores throw for a failed system call. It keeps the
// errno and says what was being done, so messages read like "mount /x on /y: EPERM (Operation
// not permitted)". The binding layer turns it into a JS Error with .code and .errno.
#pragma once

#include <stdexcept>
#include <string>

namespace kata {

class SysError : public std::runtime_error {
 public:
  // context: what was attempted, e.g. "pivot_root /run/rootfs"
  SysError(const std::string& context, int err);

  int err() const noexcept { return err_; }
  // Symbolic name of the errno ("ENOENT"), or "E<number>" when unknown.
  const char* code() const noexcept;
  const std::string& context() const noexcept { return context_; }

 private:
  std::string context_;
  int err_;
};

// Symbolic errno name, e.g. errnoName(ENOENT) == "ENOENT".
const char* errnoName(int err) noexcept;

// Throws SysError(context, errno) when rc < 0; returns rc otherwise. For the common
// "call, check, throw with context" pattern.
long checkSys(long rc, const std::string& context);

}  // namespace kata
