// EdgeWatch over a pipe's read end: like a virtio-serial port whose host is away, a pipe whose
// writer has closed reports POLLHUP for good; the watch must report that once, not forever.
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <string>

#include "common/sys_error.h"
#include "poll/edge_watch.h"
#include "test.h"

namespace {

bool readable(int fd) { return kata::pollNow(fd, POLLIN) & POLLIN; }

}  // namespace

TEST(edge_watch_reports_each_change_once_while_the_level_stays_ready) {
  int p[2];
  EXPECT_EQ(::pipe2(p, O_CLOEXEC | O_NONBLOCK), 0);
  kata::UniqueFd r(p[0]), w(p[1]);
  kata::EdgeWatch watch(r.get(), EPOLLIN | EPOLLOUT);
  EXPECT(!readable(watch.fd()));
  EXPECT_EQ(watch.drain(), 0);

  EXPECT_EQ(::write(w.get(), "a", 1), 1);
  EXPECT(readable(watch.fd()));
  EXPECT_EQ(watch.drain(), 1);
  // The byte is still unread (level: ready), yet no edge is pending until the next change.
  EXPECT(readable(r.get()));
  EXPECT(!readable(watch.fd()));
  EXPECT_EQ(watch.drain(), 0);

  EXPECT_EQ(::write(w.get(), "b", 1), 1);
  EXPECT_EQ(watch.drain(), 1);

  w.reset();  // the writer hangs up: POLLHUP from now on
  EXPECT(kata::pollNow(r.get(), POLLIN) & POLLHUP);
  EXPECT_EQ(watch.drain(), 1);
  EXPECT(!readable(watch.fd()));
  EXPECT(kata::pollNow(r.get(), POLLIN) & POLLHUP);
}

TEST(edge_watch_reports_a_fd_that_is_ready_from_the_start) {
  int p[2];
  EXPECT_EQ(::pipe2(p, O_CLOEXEC | O_NONBLOCK), 0);
  kata::UniqueFd r(p[0]), w(p[1]);
  EXPECT_EQ(::write(w.get(), "x", 1), 1);
  kata::EdgeWatch watch(r.get(), EPOLLIN);
  EXPECT_EQ(watch.drain(), 1);
  EXPECT_EQ(watch.drain(), 0);
  kata::UniqueFd released = watch.release();
  EXPECT(released.valid());
  EXPECT_EQ(kata::EdgeWatch::drain(released.get()), 0);
}

TEST(edge_watch_names_a_bad_fd) {
  bool threw = false;
  try {
    kata::EdgeWatch watch(-1, EPOLLIN);
  } catch (const kata::SysError& e) {
    threw = true;
    EXPECT_EQ(e.err(), EBADF);
    EXPECT(std::string(e.what()).find("fd -1") != std::string::npos);
  }
  EXPECT(threw);
}

TEST(dup_fd_keeps_the_file_open_after_the_duplicate_closes) {
  int p[2];
  EXPECT_EQ(::pipe2(p, O_CLOEXEC | O_NONBLOCK), 0);
  kata::UniqueFd r(p[0]), w(p[1]);
  {
    kata::UniqueFd d = kata::dupFd(w.get());
    EXPECT(d.get() != w.get());
    EXPECT_EQ(::write(d.get(), "y", 1), 1);
  }
  // The reader sees no hang-up: the original write end still holds the pipe open.
  EXPECT(!(kata::pollNow(r.get(), POLLIN) & POLLHUP));
  EXPECT(readable(r.get()));
}
