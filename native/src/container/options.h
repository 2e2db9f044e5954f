// Pure translations from OCI runtime-spec strings to kernel numbers: mount options, namespace
// types, capability and rlimit names. Used by native/binding/container.cc (and through it by
// guest/agent/container/plan.ts to validate a spec); unit-tested in native/test/container_options_test.cc.
#pragma once

#include <string>
#include <vector>

namespace kata::container {

struct MountOptions {
  unsigned long flags = 0;                 // MS_* (MS_BIND, MS_REC, MS_RDONLY, …)
  std::vector<unsigned long> propagation;  // each MS_SHARED/MS_SLAVE/MS_PRIVATE/MS_UNBINDABLE, maybe | MS_REC
  std::string data;                        // the options that are not flags, comma-joined
};

// Splits fstab-style options ("ro", "nosuid", "rbind", "rprivate", "mode=755") into flags,
// propagation changes and filesystem data, the way runc reads an OCI mount's options. Unknown
// words are filesystem data, as mount(8) would pass them.
MountOptions parseMountOptions(const std::vector<std::string>& options);

// CLONE_NEW* for an OCI namespace type ("mount", "pid", "network", "uts", "ipc", "user",
// "cgroup"); 0 when unknown.
int namespaceFlag(const std::string& type);
// The /proc/<pid>/ns/<name> entry for a CLONE_NEW* flag ("mnt", "pid", …); nullptr when unknown.
const char* namespaceProcName(int flag);

// "CAP_CHOWN" (or "chown", any case) → 0; -1 when the name is unknown. Through libcap.
int capabilityFromName(const std::string& name);
// The highest capability number the running kernel knows (/proc/sys/kernel/cap_last_cap).
int lastCapability();

// "RLIMIT_NOFILE" → RLIMIT_NOFILE; -1 when unknown.
int rlimitFromName(const std::string& name);

}  // namespace kata::container
