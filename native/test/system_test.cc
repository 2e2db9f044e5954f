// system.cc against the real kernel, as root: a tmpfs mount appears and goes, errors name the
// call, and hostname changes stay inside a private UTS namespace (a forked child).
#include "system/system.h"

#include <sched.h>
#include <sys/mount.h>
#include <sys/time.h>
#include <sys/vfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>

#include "common/sys_error.h"
#include "test.h"

static constexpr long kTmpfsMagic = 0x01021994;  // linux/magic.h TMPFS_MAGIC

TEST(mount_tmpfs_and_unmount) {
  char tmpl[] = "/tmp/kata-sys-XXXXXX";
  EXPECT(::mkdtemp(tmpl) != nullptr);
  std::string dir = tmpl;
  kata::sys::mountFs("kata-test", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=700");
  struct statfs st {};
  EXPECT_EQ(::statfs(dir.c_str(), &st), 0);
  EXPECT_EQ(static_cast<long>(st.f_type), kTmpfsMagic);
  kata::sys::unmount(dir, 0);
  EXPECT_EQ(::statfs(dir.c_str(), &st), 0);
  EXPECT(static_cast<long>(st.f_type) != kTmpfsMagic);
  ::rmdir(dir.c_str());
}

TEST(mount_errors_name_the_fs_and_target) {
  try {
    kata::sys::mountFs("none", "/definitely/not/here", "tmpfs", 0, "");
    EXPECT(false);
  } catch (const kata::SysError& e) {
    EXPECT_EQ(e.err(), ENOENT);
    EXPECT(std::string(e.what()).rfind("mount tmpfs none on /definitely/not/here: ENOENT", 0) == 0);
  }
}

TEST(set_clock_rejects_bad_microseconds_and_accepts_now) {
  try {
    kata::sys::setClock(1, 1000000);
    EXPECT(false);
  } catch (const kata::SysError& e) {
    EXPECT_EQ(e.err(), EINVAL);
  }
  timeval now{};
  ::gettimeofday(&now, nullptr);
  kata::sys::setClock(now.tv_sec, now.tv_usec);  // the same time: harmless on the host
}

TEST(set_hostname_in_a_private_uts_namespace) {
  pid_t pid = ::fork();
  if (pid == 0) {
    if (::unshare(CLONE_NEWUTS) != 0) ::_exit(2);
    kata::sys::setHostname("kata-sys-test");
    char buf[64] = {};
    ::gethostname(buf, sizeof buf);
    ::_exit(std::string(buf) == "kata-sys-test" ? 0 : 1);
  }
  int status = 0;
  EXPECT_EQ(::waitpid(pid, &status, 0), pid);
  EXPECT(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}
