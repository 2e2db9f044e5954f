// cgroup v1 OOM notification: an eventfd registered on memory.oom_control through
// cgroup.event_control (Documentation/admin-guide/cgroup-v1/memory.rst §9). The eventfd is
// signalled on each OOM in the cgroup and also when the cgroup is removed, so the caller
// (lib/common/cgroup/oom.ts) treats it only as "look now" and reads the oom_kill counter for the truth.
// cgroup v2 needs none of this: memory.events is watched with inotify from TypeScript.
#pragma once

#include <cstdint>
#include <string>

#include "common/unique_fd.h"

namespace kata {

// The line written to cgroup.event_control: "<event_fd> <control_fd>".
std::string eventControlLine(int eventFd, int controlFd);

// Registers and returns a non-blocking eventfd for OOM events of the v1 memory cgroup at dir
// (e.g. /sys/fs/cgroup/memory/kata/abc).
UniqueFd openV1OomEventFd(const std::string& memoryCgroupDir);

// Reads the eventfd counter (number of events since the last read); 0 if none is pending.
uint64_t readEventFd(int fd);

}  // namespace kata
