// The code that runs in the forked children, never in the parent: the intermediate process
// (joins namespaces by path, clones the container process into new ones with CLONE_PARENT so the
// caller stays its parent) and the container process itself (mounts, /dev, pivot_root, masks,
// hostname, terminal, rlimits, user, capabilities, seccomp, then waits for Start and execs).
// Only Spawner (spawner.cc) calls it. Failures go to the parent as a sync Error message and end
// the process with _exit: nothing here returns to the caller or unwinds.
#pragma once

#include <linux/filter.h>

#include <vector>

#include "container/plan.h"

namespace kata::container {

struct ChildFds {
  int sync = -1;
  int stdio[3] = {-1, -1, -1};  // pipe ends for fds 0, 1, 2 (unused with a terminal)
};

[[noreturn]] void runIntermediate(const ContainerPlan& plan, const std::vector<sock_filter>& seccomp, const ChildFds& fds);

}  // namespace kata::container
