#include "container/spawner.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>

#include "container/child.h"
#include "container/sync.h"

namespace kata::container {

namespace {

void killAndReap(pid_t pid) {
  if (pid <= 0) return;
  ::kill(pid, SIGKILL);
  // Someone else (an orphan reaper) may have reaped it already: ECHILD is fine.
  while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
  }
}

void reap(pid_t pid) {
  while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
  }
}

// One message from the child, waiting at most timeoutMs. Returns 0 on EOF.
int recvWithin(int sock, SyncMsg* msg, int* passed, int timeoutMs, const char* waitingFor) {
  pollfd p{sock, POLLIN, 0};
  int rc;
  do rc = ::poll(&p, 1, timeoutMs);
  while (rc < 0 && errno == EINTR);
  if (rc < 0) throw SpawnError("poll", waitingFor, errno);
  if (rc == 0) throw SpawnError("wait for container process", waitingFor, ETIMEDOUT);
  int r = recvSync(sock, msg, passed);
  if (r < 0) throw SpawnError("read sync socket", waitingFor, errno);
  return r;
}

[[noreturn]] void throwChildError(const SyncMsg& m) { throw SpawnError(m.step, m.detail, m.err); }

void writeFile(const std::string& path, const std::string& content, const char* step) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) throw SpawnError(step, path, errno);
  UniqueFd f(fd);
  ssize_t n = ::write(fd, content.data(), content.size());
  if (n < 0) throw SpawnError(step, path, errno);
  if (static_cast<size_t>(n) != content.size()) throw SpawnError(step, path, EIO);
}

std::string idMap(const std::vector<IdMapping>& maps) {
  std::string s;
  for (const auto& m : maps)
    s += std::to_string(m.containerId) + " " + std::to_string(m.hostId) + " " + std::to_string(m.size) + "\n";
  return s;
}

bool newUserNs(const ContainerPlan& plan) {
  for (const auto& ns : plan.namespaces)
    if (ns.flag == CLONE_NEWUSER && ns.path.empty()) return true;
  return false;
}

// The part after the container process exists: cgroup, id maps, Go, then its setup.
void finishCreate(const ContainerPlan& plan, Created& c, int timeoutMs) {
  for (const auto& procs : plan.cgroupProcs) writeFile(procs, std::to_string(c.pid), "join cgroup");
  if (newUserNs(plan)) {
    std::string base = "/proc/" + std::to_string(c.pid);
    if (!plan.uidMappings.empty()) writeFile(base + "/uid_map", idMap(plan.uidMappings), "write uid_map");
    if (!plan.gidMappings.empty()) writeFile(base + "/gid_map", idMap(plan.gidMappings), "write gid_map");
  }
  if (!sendSync(c.sync.get(), syncMsg(SyncKind::Go))) throw SpawnError("write sync socket", "go", errno);
  for (;;) {
    SyncMsg m;
    int passed = -1;
    int r = recvWithin(c.sync.get(), &m, &passed, timeoutMs, "setup");
    UniqueFd passedFd(passed);
    if (r == 0) throw SpawnError("container process", "exited during setup", ECHILD);
    switch (m.kind) {
      case SyncKind::Pty:
        c.ptyMaster = std::move(passedFd);
        break;
      case SyncKind::Ready:
        return;
      case SyncKind::Error:
        throwChildError(m);
      default:
        throw SpawnError("read sync socket", "unexpected message in setup", EPROTO);
    }
  }
}

}  // namespace

Created Spawner::create(const ContainerPlan& plan, int timeoutMs) {
  if (plan.process.args.empty()) throw SpawnError("exec", "(no args)", EINVAL);
  std::vector<sock_filter> seccomp;
  if (plan.seccomp) seccomp = buildSeccompFilter(*plan.seccomp);

  int sv[2];
  checkSys(::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv), "socketpair");
  Created c;
  c.sync.reset(sv[0]);
  UniqueFd childSync(sv[1]);
  UniqueFd childStdio[3];
  if (!plan.process.terminal) {
    for (int i = 0; i < 3; i++) {
      int p[2];
      checkSys(::pipe2(p, O_CLOEXEC), "pipe2");
      // stdin: the child reads p[0]; stdout/stderr: the child writes p[1].
      c.stdio[i].reset(i == 0 ? p[1] : p[0]);
      childStdio[i].reset(i == 0 ? p[0] : p[1]);
    }
  }
  ChildFds fds;
  fds.sync = childSync.get();
  for (int i = 0; i < 3; i++) fds.stdio[i] = childStdio[i].get();

  pid_t mid = ::fork();
  if (mid < 0) throw SpawnError("fork", "", errno);
  if (mid == 0) runIntermediate(plan, seccomp, fds);
  childSync.reset();
  for (auto& f : childStdio) f.reset();

  SyncMsg m;
  int passed = -1;
  int r;
  try {
    r = recvWithin(c.sync.get(), &m, &passed, timeoutMs, "container pid");
  } catch (...) {
    killAndReap(mid);
    throw;
  }
  UniqueFd ignored(passed);
  reap(mid);
  if (r == 0) throw SpawnError("intermediate process", "exited without the container pid", ECHILD);
  if (m.kind == SyncKind::Error) throwChildError(m);
  if (m.kind != SyncKind::Pid || m.pid <= 0) throw SpawnError("read sync socket", "expected the container pid", EPROTO);
  c.pid = m.pid;
  try {
    finishCreate(plan, c, timeoutMs);
  } catch (...) {
    killAndReap(c.pid);
    throw;
  }
  return c;
}

void Spawner::start(int syncFd, int timeoutMs) {
  UniqueFd sync(syncFd);
  if (!sendSync(sync.get(), syncMsg(SyncKind::Start))) throw SpawnError("write sync socket", "start", errno);
  SyncMsg m;
  int passed = -1;
  int r = recvWithin(sync.get(), &m, &passed, timeoutMs, "exec");
  UniqueFd ignored(passed);
  if (r == 0) return;  // close-on-exec closed the child's end: execve succeeded
  if (m.kind == SyncKind::Error) throwChildError(m);
  throw SpawnError("read sync socket", "unexpected message at start", EPROTO);
}

void resizePty(int masterFd, unsigned rows, unsigned cols) {
  winsize ws{static_cast<unsigned short>(rows), static_cast<unsigned short>(cols), 0, 0};
  checkSys(::ioctl(masterFd, TIOCSWINSZ, &ws), "ioctl TIOCSWINSZ");
}

}  // namespace kata::container
