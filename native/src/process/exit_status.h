// Child exit: pidfds, non-blocking reaping and the /proc scan that finds zombie children.
// Used by native/binding/process.cc for guest/agent/process/reaper.ts (watchExit, orphan reaping as a
// subreaper or PID 1). Nothing here waits on "any child": each call names the pid it reaps, so
// children owned by Node's child_process (which libuv reaps by pid) are never taken from it.
#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

#include "common/unique_fd.h"

namespace kata {

struct ExitStatus {
  int pid = 0;
  bool signaled = false;
  int code = 0;    // exit code when !signaled
  int signal = 0;  // terminating signal when signaled
  bool coreDumped = false;
};

// From waitid's siginfo (si_code CLD_EXITED/CLD_KILLED/CLD_DUMPED, si_status).
ExitStatus exitStatusFromSiginfo(int pid, int siCode, int siStatus);
// "SIGKILL" for 9, "SIG<n>" when unknown.
std::string signalName(int sig);
// Signal number for "SIGTERM" or "TERM"; -1 when unknown.
int signalNumber(const std::string& name);

// pidfd_open(pid): an fd that becomes readable when pid exits. Works for any pid we may see.
UniqueFd pidfdOpen(int pid);
// waitid(P_PIDFD, WEXITED|WNOHANG[|WNOWAIT]): the status if the process has exited, nullopt
// if it still runs. reap=false leaves the zombie for its owner (peeks). Throws SysError ECHILD
// when the pid is not our child.
std::optional<ExitStatus> pidfdWait(int pidfd, int pid, bool reap);
// waitpid(pid, WNOHANG) for one named pid: the status, or nullopt if it has not exited.
std::optional<ExitStatus> reapPid(int pid);

// One line of /proc/<pid>/stat: pid, state letter and parent pid. The comm field may contain
// spaces and parentheses, so the parse splits at the LAST ')'. nullopt on a malformed line.
struct ProcStat {
  int pid;
  char state;
  int ppid;
};
std::optional<ProcStat> parseProcStat(const std::string& line);
// Pids of zombie (state Z) processes whose parent is `parent`, found by scanning /proc.
std::vector<int> zombieChildren(int parent);

// prctl(PR_SET_CHILD_SUBREAPER): orphans of our descendants are re-parented to us.
void setChildSubreaper(bool on);
bool isChildSubreaper();

}  // namespace kata
