// system.cc against the real kernel, as root: a tmpfs mount appears and goes, errors name the
// call, and hostname changes stay inside a private UTS namespace (a forked child).
#include "system/system.h"

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
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

TEST(reseed_random_names_what_failed) {
  const uint8_t seed[16] = {1, 2, 3};
  try {
    kata::sys::reseedRandom("/dev/urandom", seed, 0);
    EXPECT(false);
  } catch (const kata::SysError& e) {
    EXPECT_EQ(e.err(), EINVAL);
  }
  try {
    kata::sys::reseedRandom("/definitely/not/random", seed, sizeof seed);
    EXPECT(false);
  } catch (const kata::SysError& e) {
    EXPECT_EQ(e.err(), ENOENT);
    EXPECT(std::string(e.what()).rfind("open /definitely/not/random: ENOENT", 0) == 0);
  }
  // A regular file takes the bytes but not the ioctl: the error names the ioctl and the file.
  char tmpl[] = "/tmp/kata-seed-XXXXXX";
  int fd = ::mkstemp(tmpl);
  EXPECT(fd >= 0);
  ::close(fd);
  try {
    kata::sys::reseedRandom(tmpl, seed, sizeof seed);
    EXPECT(false);
  } catch (const kata::SysError& e) {
    EXPECT_EQ(e.err(), ENOTTY);
    EXPECT(std::string(e.what()).find("ioctl RNDRESEEDCRNG on /tmp/kata-seed-") == 0);
  }
  struct stat st {};
  EXPECT_EQ(::stat(tmpl, &st), 0);
  EXPECT_EQ(st.st_size, static_cast<off_t>(sizeof seed));
  ::unlink(tmpl);
}

TEST(reseed_random_on_the_real_device) {
  // As root: the bytes are mixed into the host's input pool and its crng reseeds (harmless).
  const uint8_t seed[32] = {7, 7, 7};
  kata::sys::reseedRandom("/dev/urandom", seed, sizeof seed);
}
