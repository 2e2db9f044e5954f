// kvm::Mapping and kvm::RunDeadline: the parts of the KVM core that need no /dev/kvm.
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>

#include "common/sys_error.h"
#include "kvm/mapping.h"
#include "kvm/run_deadline.h"
#include "test.h"

using namespace std::chrono_literals;

namespace {
// msync on memory that is not mapped fails with ENOMEM: a way to see that munmap happened.
bool mapped(void* p, size_t len) { return ::msync(p, len, MS_ASYNC) == 0; }
}  // namespace

TEST(kvm_mapping_is_zeroed_writable_and_unmapped_when_destroyed) {
  void* where;
  {
    auto m = kata::kvm::Mapping::anonymous(8192, "test memory");
    EXPECT_EQ(m.size(), size_t{8192});
    EXPECT_EQ(int{m.data()[4000]}, 0);
    m.data()[4000] = 7;
    where = m.data();
    EXPECT(mapped(where, 8192));
    auto moved = std::move(m);
    EXPECT(!m.valid());
    EXPECT_EQ(int{moved.data()[4000]}, 7);
  }
  EXPECT(!mapped(where, 8192));
  EXPECT_EQ(errno, ENOMEM);
}

TEST(kvm_mapping_failure_names_what_and_the_errno) {
  try {
    kata::kvm::Mapping::shared(-1, 4096, "nothing");
    EXPECT(false);
  } catch (const kata::SysError& e) {
    EXPECT_EQ(e.err(), EBADF);
    EXPECT(std::string(e.what()).find("mmap nothing (4096 bytes): EBADF") == 0);
  }
}

TEST(kvm_run_deadline_interrupts_a_blocking_call_and_leaves_no_trace) {
  int p[2];
  EXPECT_EQ(::pipe(p), 0);
  auto start = std::chrono::steady_clock::now();
  ssize_t n;
  int err;
  {
    kata::kvm::RunDeadline d(50ms);
    EXPECT(!d.expired());
    char c;
    n = ::read(p[0], &c, 1);  // nothing will ever be written: only the deadline ends this
    err = errno;
    EXPECT(d.expired());
  }
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  ::close(p[0]);
  ::close(p[1]);
  EXPECT_EQ(n, ssize_t{-1});
  EXPECT_EQ(err, EINTR);
  EXPECT(ms >= 50 && ms < 2000);
  // The handler is back to what it was (the default) and no tick is left pending.
  struct sigaction now {};
  ::sigaction(kata::kvm::RunDeadline::signal(), nullptr, &now);
  EXPECT(now.sa_handler == SIG_DFL);
  sigset_t pending;
  sigpending(&pending);
  EXPECT(!sigismember(&pending, kata::kvm::RunDeadline::signal()));
}

TEST(kvm_run_deadline_already_past_still_fires) {
  int p[2];
  EXPECT_EQ(::pipe(p), 0);
  kata::kvm::RunDeadline d(0ms);
  char c;
  EXPECT_EQ(::read(p[0], &c, 1), ssize_t{-1});
  EXPECT_EQ(errno, EINTR);
  ::close(p[0]);
  ::close(p[1]);
}
