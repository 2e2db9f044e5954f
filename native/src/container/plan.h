// What the container process setup needs, already resolved to numbers and flags: the binding
// (native/binding/container.cc) fills it from the plan guest/agent/container/plan.ts derives from an OCI
// runtime spec, and Spawner (spawner.h) carries it out. Plain data, no behaviour.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "container/seccomp_filter.h"

namespace kata::container {

struct MountPlan {
  std::string source;
  std::string destination;  // absolute, inside the rootfs
  std::string type;         // "bind" for bind mounts (or flags carry MS_BIND)
  unsigned long flags = 0;  // MS_* from the options, propagation excluded
  std::vector<unsigned long> propagation;  // MS_SHARED / MS_SLAVE / MS_PRIVATE / MS_UNBINDABLE (| MS_REC)
  std::string data;         // options that are not flags, comma-joined
};

struct DevicePlan {
  std::string path;  // absolute, inside the container
  char type = 'c';   // 'c', 'b', 'p' (fifo)
  int64_t major = 0;
  int64_t minor = 0;
  uint32_t mode = 0666;
  uint32_t uid = 0;
  uint32_t gid = 0;
};

struct NamespacePlan {
  int flag = 0;      // CLONE_NEW*
  std::string path;  // empty: create a new one; else join this one (setns)
};

struct IdMapping {
  uint32_t containerId = 0;
  uint32_t hostId = 0;
  uint32_t size = 0;
};

struct RlimitPlan {
  int resource = 0;  // RLIMIT_*
  uint64_t soft = 0;
  uint64_t hard = 0;
};

struct CapabilitySets {
  // Each a bit mask over capability numbers (0..63).
  uint64_t bounding = 0, effective = 0, permitted = 0, inheritable = 0, ambient = 0;
};

struct WindowSize {
  uint16_t rows = 0;
  uint16_t cols = 0;
};

struct ProcessPlan {
  std::vector<std::string> args;
  std::vector<std::string> env;
  std::string cwd = "/";
  uint32_t uid = 0;
  uint32_t gid = 0;
  std::vector<uint32_t> additionalGids;
  std::optional<uint32_t> umask;
  bool noNewPrivileges = false;
  std::optional<CapabilitySets> capabilities;  // absent: capabilities are left as they are
  std::vector<RlimitPlan> rlimits;
  bool terminal = false;
  WindowSize consoleSize;
  std::optional<int> oomScoreAdj;
};

struct ContainerPlan {
  // Empty for an exec into an existing container: then no mount, device or root step runs and
  // the namespaces are all joined by path.
  std::string rootfs;
  bool readonlyRoot = false;
  unsigned long rootPropagation = 0;  // linux.rootfsPropagation, applied to / after pivot_root
  std::string hostname;
  std::vector<NamespacePlan> namespaces;
  std::vector<IdMapping> uidMappings, gidMappings;
  std::vector<MountPlan> mounts;
  std::vector<DevicePlan> devices;  // in addition to (or overriding) the default set
  std::vector<std::string> maskedPaths, readonlyPaths;
  // linux.sysctl, keys with dots ("net.ipv4.ip_forward"); written after pivot_root.
  std::vector<std::pair<std::string, std::string>> sysctl;
  // cgroup.procs files the process is written into before it does anything else.
  std::vector<std::string> cgroupProcs;
  std::optional<SeccompProfile> seccomp;
  ProcessPlan process;
};

}  // namespace kata::container
