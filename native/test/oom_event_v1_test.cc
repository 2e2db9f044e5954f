#include <sys/eventfd.h>

#include <cerrno>

#include "cgroup/oom_event_v1.h"
#include "common/sys_error.h"
#include "test.h"

TEST(event_control_line_is_two_fds) { EXPECT_EQ(kata::eventControlLine(7, 12), std::string("7 12")); }

TEST(read_event_fd_returns_the_count_then_zero) {
  kata::UniqueFd efd(::eventfd(3, EFD_NONBLOCK | EFD_CLOEXEC));
  EXPECT_EQ(kata::readEventFd(efd.get()), uint64_t{3});
  EXPECT_EQ(kata::readEventFd(efd.get()), uint64_t{0});
}

TEST(open_v1_oom_event_fd_names_a_missing_cgroup) {
  try {
    kata::openV1OomEventFd("/nonexistent/kata-ts-cgroup");
    EXPECT(false);
  } catch (const kata::SysError& e) {
    EXPECT_EQ(e.err(), ENOENT);
    EXPECT(e.context().find("/nonexistent/kata-ts-cgroup/memory.oom_control") != std::string::npos);
  }
}
