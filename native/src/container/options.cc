#include "container/options.h"

#include <sched.h>
#include <sys/capability.h>
#include <sys/mount.h>
#include <sys/resource.h>

#include <cstring>
#include <fstream>

namespace kata::container {

namespace {

struct FlagWord {
  const char* word;
  bool clear;  // the word removes the flag ("rw", "suid", …)
  unsigned long flag;
};

// mount(8) option words; MS_* values from linux/mount.h.
constexpr FlagWord kFlags[] = {
    {"async", true, MS_SYNCHRONOUS},  {"atime", true, MS_NOATIME},
    {"bind", false, MS_BIND},         {"defaults", false, 0},
    {"dev", true, MS_NODEV},          {"diratime", true, MS_NODIRATIME},
    {"dirsync", false, MS_DIRSYNC},   {"exec", true, MS_NOEXEC},
    {"iversion", false, MS_I_VERSION}, {"lazytime", false, MS_LAZYTIME},
    {"loud", true, MS_SILENT},        {"mand", false, MS_MANDLOCK},
    {"noatime", false, MS_NOATIME},   {"nodev", false, MS_NODEV},
    {"nodiratime", false, MS_NODIRATIME}, {"noexec", false, MS_NOEXEC},
    {"noiversion", true, MS_I_VERSION}, {"nolazytime", true, MS_LAZYTIME},
    {"nomand", true, MS_MANDLOCK},    {"norelatime", true, MS_RELATIME},
    {"nostrictatime", true, MS_STRICTATIME}, {"nosuid", false, MS_NOSUID},
    {"rbind", false, MS_BIND | MS_REC}, {"relatime", false, MS_RELATIME},
    {"remount", false, MS_REMOUNT},   {"ro", false, MS_RDONLY},
    {"rw", true, MS_RDONLY},          {"silent", false, MS_SILENT},
    {"strictatime", false, MS_STRICTATIME}, {"suid", true, MS_NOSUID},
    {"sync", false, MS_SYNCHRONOUS},
};

struct PropagationWord {
  const char* word;
  unsigned long flag;
};

constexpr PropagationWord kPropagation[] = {
    {"private", MS_PRIVATE},          {"rprivate", MS_PRIVATE | MS_REC},
    {"shared", MS_SHARED},            {"rshared", MS_SHARED | MS_REC},
    {"slave", MS_SLAVE},              {"rslave", MS_SLAVE | MS_REC},
    {"unbindable", MS_UNBINDABLE},    {"runbindable", MS_UNBINDABLE | MS_REC},
};

struct NsName {
  const char* oci;
  const char* proc;
  int flag;
};

// runtime-spec config-linux.md "Namespaces"; /proc/<pid>/ns entry names from proc(5).
constexpr NsName kNamespaces[] = {
    {"mount", "mnt", CLONE_NEWNS},   {"pid", "pid", CLONE_NEWPID},   {"network", "net", CLONE_NEWNET},
    {"uts", "uts", CLONE_NEWUTS},    {"ipc", "ipc", CLONE_NEWIPC},   {"user", "user", CLONE_NEWUSER},
    {"cgroup", "cgroup", CLONE_NEWCGROUP},
};

struct RlimitName {
  const char* name;
  int resource;
};

// runtime-spec config.md "POSIX process rlimits": the RLIMIT_* names of getrlimit(2).
constexpr RlimitName kRlimits[] = {
    {"RLIMIT_AS", RLIMIT_AS},           {"RLIMIT_CORE", RLIMIT_CORE},
    {"RLIMIT_CPU", RLIMIT_CPU},         {"RLIMIT_DATA", RLIMIT_DATA},
    {"RLIMIT_FSIZE", RLIMIT_FSIZE},     {"RLIMIT_LOCKS", RLIMIT_LOCKS},
    {"RLIMIT_MEMLOCK", RLIMIT_MEMLOCK}, {"RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE},
    {"RLIMIT_NICE", RLIMIT_NICE},       {"RLIMIT_NOFILE", RLIMIT_NOFILE},
    {"RLIMIT_NPROC", RLIMIT_NPROC},     {"RLIMIT_RSS", RLIMIT_RSS},
    {"RLIMIT_RTPRIO", RLIMIT_RTPRIO},   {"RLIMIT_RTTIME", RLIMIT_RTTIME},
    {"RLIMIT_SIGPENDING", RLIMIT_SIGPENDING}, {"RLIMIT_STACK", RLIMIT_STACK},
};

}  // namespace

MountOptions parseMountOptions(const std::vector<std::string>& options) {
  MountOptions out;
  for (const auto& o : options) {
    bool known = false;
    for (const auto& f : kFlags) {
      if (o == f.word) {
        if (f.clear)
          out.flags &= ~f.flag;
        else
          out.flags |= f.flag;
        known = true;
        break;
      }
    }
    if (known) continue;
    for (const auto& p : kPropagation) {
      if (o == p.word) {
        out.propagation.push_back(p.flag);
        known = true;
        break;
      }
    }
    if (known) continue;
    if (!out.data.empty()) out.data += ',';
    out.data += o;
  }
  return out;
}

int namespaceFlag(const std::string& type) {
  for (const auto& n : kNamespaces)
    if (type == n.oci) return n.flag;
  return 0;
}

const char* namespaceProcName(int flag) {
  for (const auto& n : kNamespaces)
    if (flag == n.flag) return n.proc;
  return nullptr;
}

int capabilityFromName(const std::string& name) {
  cap_value_t v;
  if (cap_from_name(name.c_str(), &v) != 0) return -1;
  return static_cast<int>(v);
}

int lastCapability() {
  std::ifstream f("/proc/sys/kernel/cap_last_cap");
  int last = -1;
  if (f >> last) return last;
  return CAP_LAST_CAP;
}

int rlimitFromName(const std::string& name) {
  for (const auto& r : kRlimits)
    if (name == r.name) return r.resource;
  return -1;
}

}  // namespace kata::container
