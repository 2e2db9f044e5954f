#include "common/unique_fd.h"

#include <fcntl.h>

#include "test.h"

static bool isOpen(int fd) { return ::fcntl(fd, F_GETFD) != -1; }

TEST(unique_fd_closes_on_scope_exit) {
  int raw = -1;
  {
    kata::UniqueFd fd(::open("/dev/null", O_RDONLY | O_CLOEXEC));
    raw = fd.get();
    EXPECT(isOpen(raw));
  }
  EXPECT(!isOpen(raw));
}

TEST(unique_fd_move_transfers_ownership) {
  kata::UniqueFd a(::open("/dev/null", O_RDONLY | O_CLOEXEC));
  int raw = a.get();
  kata::UniqueFd b(std::move(a));
  EXPECT(!a.valid());
  EXPECT_EQ(b.get(), raw);
  int released = b.release();
  EXPECT(isOpen(released));
  ::close(released);
}
