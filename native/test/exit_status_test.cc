#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "common/sys_error.h"
#include "process/exit_status.h"
#include "test.h"

TEST(parse_proc_stat_handles_spaces_and_parens_in_comm) {
  auto st = kata::parseProcStat("1234 (a (b) c) Z 1 1234 1234 0 -1");
  EXPECT(st.has_value());
  EXPECT_EQ(st->pid, 1234);
  EXPECT_EQ(st->state, 'Z');
  EXPECT_EQ(st->ppid, 1);
  EXPECT(!kata::parseProcStat("garbage").has_value());
  EXPECT(!kata::parseProcStat("12 (x)").has_value());
}

TEST(exit_status_from_siginfo_distinguishes_code_and_signal) {
  auto e = kata::exitStatusFromSiginfo(5, CLD_EXITED, 3);
  EXPECT(!e.signaled);
  EXPECT_EQ(e.code, 3);
  auto k = kata::exitStatusFromSiginfo(5, CLD_KILLED, SIGKILL);
  EXPECT(k.signaled);
  EXPECT_EQ(k.signal, SIGKILL);
  EXPECT(kata::exitStatusFromSiginfo(5, CLD_DUMPED, SIGSEGV).coreDumped);
}

TEST(signal_names_round_trip) {
  EXPECT_EQ(kata::signalName(SIGTERM), std::string("SIGTERM"));
  EXPECT_EQ(kata::signalNumber("SIGKILL"), SIGKILL);
  EXPECT_EQ(kata::signalNumber("HUP"), SIGHUP);
  EXPECT_EQ(kata::signalNumber("SIGNOPE"), -1);
}

TEST(pidfd_wait_peeks_then_reaps_a_child) {
  pid_t pid = ::fork();
  if (pid == 0) ::_exit(42);
  kata::UniqueFd fd = kata::pidfdOpen(pid);
  std::optional<kata::ExitStatus> s;
  for (int i = 0; i < 200 && !s; i++) {
    s = kata::pidfdWait(fd.get(), pid, /*reap=*/false);
    if (!s) ::usleep(10000);
  }
  EXPECT(s.has_value());
  EXPECT_EQ(s->code, 42);
  // Peeking left the zombie: the child shows in the /proc scan and can still be reaped.
  auto z = kata::zombieChildren(::getpid());
  bool found = false;
  for (int p : z) found = found || p == pid;
  EXPECT(found);
  auto r = kata::pidfdWait(fd.get(), pid, /*reap=*/true);
  EXPECT(r.has_value());
  EXPECT_EQ(r->pid, static_cast<int>(pid));
  EXPECT_EQ(::waitpid(pid, nullptr, WNOHANG), -1);  // gone
}

TEST(reap_pid_reports_a_signal_and_rejects_non_children) {
  pid_t pid = ::fork();
  if (pid == 0) {
    ::pause();
    ::_exit(0);
  }
  EXPECT(!kata::reapPid(pid).has_value());
  ::kill(pid, SIGTERM);
  std::optional<kata::ExitStatus> s;
  for (int i = 0; i < 200 && !s; i++) {
    s = kata::reapPid(pid);
    if (!s) ::usleep(10000);
  }
  EXPECT(s.has_value());
  EXPECT(s->signaled);
  EXPECT_EQ(s->signal, SIGTERM);
  try {
    kata::reapPid(1);
    EXPECT(false);
  } catch (const kata::SysError& e) {
    EXPECT_EQ(e.err(), ECHILD);
  }
}
