// file_lock.cc against the real kernel: two open files of one path exclude each other, closing
// the holder frees the lock, and a bad descriptor is an error that names it.
#include "system/file_lock.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>

#include "common/sys_error.h"
#include "test.h"

TEST(file_lock_excludes_another_open_file_until_closed) {
  char tmpl[] = "/tmp/kata-lock-XXXXXX";
  int a = ::mkstemp(tmpl);
  EXPECT(a >= 0);
  int b = ::open(tmpl, O_RDWR | O_CLOEXEC);
  EXPECT(b >= 0);
  EXPECT(kata::sys::tryLockExclusive(a));
  EXPECT(kata::sys::tryLockExclusive(a));  // the holder asking again
  EXPECT(!kata::sys::tryLockExclusive(b));
  ::close(a);
  EXPECT(kata::sys::tryLockExclusive(b));
  ::close(b);
  ::unlink(tmpl);
}

TEST(file_lock_on_a_bad_fd_names_it) {
  try {
    kata::sys::tryLockExclusive(-1);
    EXPECT(false);
  } catch (const kata::SysError& e) {
    EXPECT_EQ(e.err(), EBADF);
    EXPECT(std::string(e.what()).find("flock fd -1") != std::string::npos);
  }
}
