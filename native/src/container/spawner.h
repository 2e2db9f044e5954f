// Starts a container's process from a ContainerPlan, runc-style in two steps: create() forks,
// sets everything up and leaves the process waiting before execve; start() lets it exec. The same
// machinery runs an extra process in an existing container (a plan with no rootfs whose
// namespaces are all joined by path). Used by native/binding/container.cc for
// guest/agent/container/container.ts.
//
// Any failure before exec throws SpawnError naming the step and errno ("pivot_root /x: EINVAL",
// "exec /bin/nope: ENOENT") and leaves no process behind; mounts die with the process's own mount
// namespace, and the cgroup belongs to the caller.
#pragma once

#include <sys/types.h>

#include <string>

#include "common/sys_error.h"
#include "common/unique_fd.h"
#include "container/plan.h"

namespace kata::container {

// SysError whose context is "<step> <detail>".
struct SpawnError : SysError {
  SpawnError(const std::string& step, const std::string& detail, int err)
      : SysError(detail.empty() ? step : step + " " + detail, err), step(step) {}
  std::string step;
};

// A created process, waiting for start(). The fds are the parent's ends.
struct Created {
  pid_t pid = 0;
  UniqueFd sync;
  UniqueFd stdio[3];  // stdin (write end), stdout, stderr (read ends); invalid with a terminal
  UniqueFd ptyMaster;  // valid with a terminal
};

class Spawner {
 public:
  // Blocks until the process waits for start() (a few ms), or throws SpawnError.
  // timeoutMs bounds each wait for the child.
  static Created create(const ContainerPlan& plan, int timeoutMs = 30000);
  // Lets the process exec; returns once execve succeeded, or throws SpawnError (the process
  // then exits on its own with status 1; the caller reaps it like any other exit).
  static void start(int syncFd, int timeoutMs = 30000);
};

// ioctl(TIOCSWINSZ) on a terminal's master.
void resizePty(int masterFd, unsigned rows, unsigned cols);

}  // namespace kata::container
