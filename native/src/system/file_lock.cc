#include "system/file_lock.h"

#include <sys/file.h>

#include <cerrno>
#include <string>

#include "common/sys_error.h"

namespace kata::sys {

bool tryLockExclusive(int fd) {
  for (;;) {
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return true;
    if (errno == EINTR) continue;
    if (errno == EWOULDBLOCK) return false;
    throw SysError("flock fd " + std::to_string(fd), errno);
  }
}

}  // namespace kata::sys
