#include "process/exit_status.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "common/sys_error.h"

#ifndef P_PIDFD
#define P_PIDFD 3  // linux/wait.h
#endif
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434  // asm-generic/unistd.h (same number on x86_64 and arm64)
#endif

namespace kata {

ExitStatus exitStatusFromSiginfo(int pid, int siCode, int siStatus) {
  ExitStatus s;
  s.pid = pid;
  if (siCode == CLD_EXITED) {
    s.code = siStatus;
  } else {
    s.signaled = true;
    s.signal = siStatus;
    s.coreDumped = siCode == CLD_DUMPED;
  }
  return s;
}

std::string signalName(int sig) {
  const char* abbrev = ::sigabbrev_np(sig);
  if (abbrev) return std::string("SIG") + abbrev;
  return "SIG" + std::to_string(sig);
}

int signalNumber(const std::string& name) {
  std::string n = name.rfind("SIG", 0) == 0 ? name.substr(3) : name;
  for (int s = 1; s < NSIG; s++) {
    const char* abbrev = ::sigabbrev_np(s);
    if (abbrev && n == abbrev) return s;
  }
  return -1;
}

UniqueFd pidfdOpen(int pid) {
  long fd = ::syscall(SYS_pidfd_open, pid, 0);
  checkSys(fd, "pidfd_open " + std::to_string(pid));
  // pidfd_open sets O_CLOEXEC itself (pidfd_open(2)).
  return UniqueFd(static_cast<int>(fd));
}

std::optional<ExitStatus> pidfdWait(int pidfd, int pid, bool reap) {
  siginfo_t si;
  memset(&si, 0, sizeof si);
  int flags = WEXITED | WNOHANG | (reap ? 0 : WNOWAIT);
  checkSys(::waitid(static_cast<idtype_t>(P_PIDFD), static_cast<id_t>(pidfd), &si, flags),
           "waitid pidfd of pid " + std::to_string(pid));
  if (si.si_pid == 0) return std::nullopt;  // WNOHANG and still running
  return exitStatusFromSiginfo(si.si_pid, si.si_code, si.si_status);
}

std::optional<ExitStatus> reapPid(int pid) {
  siginfo_t si;
  memset(&si, 0, sizeof si);
  checkSys(::waitid(P_PID, static_cast<id_t>(pid), &si, WEXITED | WNOHANG), "waitid pid " + std::to_string(pid));
  if (si.si_pid == 0) return std::nullopt;
  return exitStatusFromSiginfo(si.si_pid, si.si_code, si.si_status);
}

std::optional<ProcStat> parseProcStat(const std::string& line) {
  size_t open = line.find('(');
  size_t close = line.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open) return std::nullopt;
  ProcStat st{};
  char* end = nullptr;
  st.pid = static_cast<int>(std::strtol(line.c_str(), &end, 10));
  if (end == line.c_str() || st.pid <= 0) return std::nullopt;
  std::istringstream rest(line.substr(close + 1));
  std::string state;
  if (!(rest >> state >> st.ppid) || state.size() != 1) return std::nullopt;
  st.state = state[0];
  return st;
}

std::vector<int> zombieChildren(int parent) {
  std::vector<int> out;
  DIR* d = ::opendir("/proc");
  if (!d) throw SysError("opendir /proc", errno);
  while (dirent* e = ::readdir(d)) {
    if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
    std::ifstream f(std::string("/proc/") + e->d_name + "/stat");
    std::string line;
    if (!std::getline(f, line)) continue;  // exited and reaped meanwhile
    auto st = parseProcStat(line);
    if (st && st->state == 'Z' && st->ppid == parent) out.push_back(st->pid);
  }
  ::closedir(d);
  return out;
}

void setChildSubreaper(bool on) {
  checkSys(::prctl(PR_SET_CHILD_SUBREAPER, on ? 1 : 0, 0, 0, 0), "prctl PR_SET_CHILD_SUBREAPER");
}

bool isChildSubreaper() {
  int v = 0;
  checkSys(::prctl(PR_GET_CHILD_SUBREAPER, &v, 0, 0, 0), "prctl PR_GET_CHILD_SUBREAPER");
  return v != 0;
}

}  // namespace kata
