#include "container/child.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/close_range.h>
#include <linux/openat2.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <pty.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/vfs.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>

#include "container/options.h"
#include "container/sync.h"

namespace kata::container {

namespace {

int gSync = -1;

[[noreturn]] void fail(const char* step, const std::string& detail, int err) {
  sendSync(gSync, syncError(step, detail, err));
  _exit(1);
}

void check(long rc, const char* step, const std::string& detail) {
  if (rc < 0) fail(step, detail, errno);
}

void resetSignals() {
  // Node ignores SIGPIPE and has handlers of its own; the workload starts from the defaults.
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int s = 1; s < NSIG; s++) ::sigaction(s, &dfl, nullptr);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

std::string joinPath(const std::string& root, const std::string& p) {
  std::string out = root;
  while (!out.empty() && out.back() == '/') out.pop_back();
  if (p.empty() || p[0] != '/') out += '/';
  out += p;
  return out;
}

std::string dirName(const std::string& p) {
  auto i = p.find_last_of('/');
  if (i == std::string::npos) return ".";
  if (i == 0) return "/";
  return p.substr(0, i);
}

// Paths inside the rootfs are resolved with openat2(RESOLVE_IN_ROOT): a symlink in the image
// ("/etc/x -> /etc" or "../../..") resolves as if the rootfs were "/", so no mount, device node
// or mkdir can land on the host. Mounts then target the resolved fd through /proc/self/fd
// (the host's /proc, still ours before pivot_root), as runc does.
int gRoot = -1;

constexpr long kRamfsMagic = 0x858458f6;  // linux/magic.h RAMFS_MAGIC
constexpr long kTmpfsMagic = 0x01021994;  // linux/magic.h TMPFS_MAGIC

std::string relative(const std::string& p) {
  size_t i = p.find_first_not_of('/');
  return i == std::string::npos ? "." : p.substr(i);
}

int openInRoot(const std::string& path, int flags) {
  open_how how{};
  how.flags = static_cast<uint64_t>(flags | O_CLOEXEC);
  how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
  return static_cast<int>(::syscall(SYS_openat2, gRoot, relative(path).c_str(), &how, sizeof how));
}

std::string baseName(const std::string& p) {
  auto i = p.find_last_of('/');
  return i == std::string::npos ? p : p.substr(i + 1);
}

std::string fdPath(int fd) { return "/proc/self/fd/" + std::to_string(fd); }

// mkdir -p of a path inside the rootfs; returns an O_PATH fd of the directory.
int mkdirAllInRoot(const std::string& path, const std::string& shown) {
  std::string rel = relative(path);
  int fd = ::fcntl(gRoot, F_DUPFD_CLOEXEC, 3);
  if (fd < 0) fail("mkdir", shown, errno);
  if (rel == ".") return fd;
  size_t i = 0;
  while (i < rel.size()) {
    size_t j = rel.find('/', i);
    if (j == std::string::npos) j = rel.size();
    std::string prefix = rel.substr(0, j), name = rel.substr(i, j - i);
    i = j + 1;
    if (name.empty() || name == ".") continue;
    int next = openInRoot(prefix, O_PATH | O_DIRECTORY);
    if (next < 0 && errno == ENOENT) {
      if (::mkdirat(fd, name.c_str(), 0755) < 0 && errno != EEXIST) fail("mkdir", shown, errno);
      next = openInRoot(prefix, O_PATH | O_DIRECTORY);
    }
    if (next < 0) fail("mkdir", shown, errno);
    ::close(fd);
    fd = next;
  }
  return fd;
}

bool isBind(const MountPlan& m) { return (m.flags & MS_BIND) != 0 || m.type == "bind"; }

// Flags a bind remount must keep (statvfs reports them; dropping one is refused in a user ns).
unsigned long lockedFlags(const std::string& path) {
  struct statvfs sv;
  if (::statvfs(path.c_str(), &sv) < 0) return 0;
  unsigned long f = 0;
  if (sv.f_flag & ST_NOSUID) f |= MS_NOSUID;
  if (sv.f_flag & ST_NODEV) f |= MS_NODEV;
  if (sv.f_flag & ST_NOEXEC) f |= MS_NOEXEC;
  return f;
}

// The mount now on top of dest, freshly resolved (an fd opened before the mount sees what is under it).
int reopen(const std::string& dest, const std::string& shown) {
  int fd = openInRoot(dest, O_PATH);
  if (fd < 0) fail("open mount point", shown, errno);
  return fd;
}

void doMount(const std::string& rootfs, const MountPlan& m) {
  std::string shown = joinPath(rootfs, m.destination);
  int target;
  if (isBind(m)) {
    struct stat st;
    check(::stat(m.source.c_str(), &st), "mount", "source " + m.source);
    if (S_ISDIR(st.st_mode)) {
      target = mkdirAllInRoot(m.destination, shown);
    } else {
      int dir = mkdirAllInRoot(dirName(m.destination), shown);
      int fd = ::openat(dir, baseName(m.destination).c_str(), O_CREAT | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0644);
      if (fd < 0 && errno != EISDIR) fail("create mount point", shown, errno);
      if (fd >= 0) ::close(fd);
      ::close(dir);
      target = reopen(m.destination, shown);
    }
    unsigned long bindFlags = MS_BIND | (m.flags & MS_REC);
    check(::mount(m.source.c_str(), fdPath(target).c_str(), nullptr, bindFlags, nullptr), "mount", m.source + " on " + shown);
    ::close(target);
    unsigned long rest = m.flags & ~(MS_BIND | MS_REC | MS_REMOUNT);
    if (rest != 0) {
      target = reopen(m.destination, shown);
      std::string t = fdPath(target);
      check(::mount(m.source.c_str(), t.c_str(), nullptr, MS_BIND | MS_REMOUNT | rest | lockedFlags(t), nullptr), "remount",
            shown);
      ::close(target);
    }
  } else {
    target = mkdirAllInRoot(m.destination, shown);
    check(::mount(m.source.c_str(), fdPath(target).c_str(), m.type.c_str(), m.flags,
                  m.data.empty() ? nullptr : m.data.c_str()),
          "mount", m.type + " on " + shown);
    ::close(target);
  }
  if (m.propagation.empty()) return;
  target = reopen(m.destination, shown);
  for (unsigned long p : m.propagation)
    check(::mount(nullptr, fdPath(target).c_str(), nullptr, p, nullptr), "mount propagation", shown);
  ::close(target);
}

struct DefaultDevice {
  const char* path;
  unsigned major, minor;
};
// The devices every container gets (runtime-spec config-linux.md "Default Devices").
constexpr DefaultDevice kDefaultDevices[] = {
    {"/dev/null", 1, 3}, {"/dev/zero", 1, 5}, {"/dev/full", 1, 7},
    {"/dev/random", 1, 8}, {"/dev/urandom", 1, 9}, {"/dev/tty", 5, 0},
};

void makeDevice(const std::string& rootfs, const DevicePlan& d, bool inUserNs) {
  std::string shown = joinPath(rootfs, d.path);
  int dir = mkdirAllInRoot(dirName(d.path), shown);
  std::string name = baseName(d.path);
  if (inUserNs) {
    // mknod is refused in a user namespace: bind the host's node instead, as runc does.
    int fd = ::openat(dir, name.c_str(), O_CREAT | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) fail("create device", shown, errno);
    ::close(fd);
    int target = reopen(d.path, shown);
    check(::mount(d.path.c_str(), fdPath(target).c_str(), nullptr, MS_BIND, nullptr), "bind device", d.path + " on " + shown);
    ::close(target);
    ::close(dir);
    return;
  }
  mode_t kind = d.type == 'b' ? S_IFBLK : d.type == 'p' ? S_IFIFO : S_IFCHR;
  ::unlinkat(dir, name.c_str(), 0);  // the spec's node replaces whatever the image had there
  check(::mknodat(dir, name.c_str(), kind | (d.mode & 07777), makedev(d.major, d.minor)), "mknod", shown);
  check(::fchownat(dir, name.c_str(), d.uid, d.gid, AT_SYMLINK_NOFOLLOW), "chown", shown);
  ::close(dir);
}

bool devMountedByBind(const ContainerPlan& plan) {
  for (const auto& m : plan.mounts)
    if (m.destination == "/dev" && isBind(m)) return true;
  return false;
}

void setupDev(const ContainerPlan& plan, bool inUserNs) {
  for (const auto& d : kDefaultDevices) {
    bool inSpec = false;
    for (const auto& s : plan.devices) inSpec = inSpec || s.path == d.path;
    if (inSpec) continue;
    DevicePlan dp;
    dp.path = d.path;
    dp.major = d.major;
    dp.minor = d.minor;
    dp.mode = 0666;
    makeDevice(plan.rootfs, dp, inUserNs);
  }
  for (const auto& d : plan.devices) makeDevice(plan.rootfs, d, inUserNs);
  std::string shown = joinPath(plan.rootfs, "/dev");
  int dev = mkdirAllInRoot("/dev", shown);
  const std::pair<const char*, const char*> links[] = {
      {"/proc/self/fd", "fd"}, {"/proc/self/fd/0", "stdin"}, {"/proc/self/fd/1", "stdout"}, {"/proc/self/fd/2", "stderr"}};
  for (const auto& [target, name] : links)
    if (::symlinkat(target, dev, name) < 0 && errno != EEXIST) fail("symlink", shown + "/" + name, errno);
  // The terminal must come from the container's own devpts instance.
  if (::unlinkat(dev, "ptmx", 0) < 0 && errno != ENOENT) fail("unlink", shown + "/ptmx", errno);
  if (::symlinkat("pts/ptmx", dev, "ptmx") < 0) fail("symlink", shown + "/ptmx", errno);
  ::close(dev);
}

void pivotRoot(const std::string& rootfs) {
  int oldRoot = ::open("/", O_DIRECTORY | O_RDONLY | O_CLOEXEC);
  if (oldRoot < 0) fail("open", "/", errno);
  int newRoot = ::open(rootfs.c_str(), O_DIRECTORY | O_RDONLY | O_CLOEXEC);
  if (newRoot < 0) fail("open", rootfs, errno);
  check(::fchdir(newRoot), "chdir", rootfs);
  // pivot_root(".", ".") stacks the old root on top of the new one; unmounting "." then
  // detaches it, with no directory needed inside the rootfs for it (runc's way).
  if (::syscall(SYS_pivot_root, ".", ".") < 0) {
    int err = errno;
    struct statfs fs {};
    bool initramfs = ::fstatfs(oldRoot, &fs) == 0 && (fs.f_type == kRamfsMagic || fs.f_type == kTmpfsMagic);
    if (err != EINVAL || !initramfs) fail("pivot_root", rootfs, err);
    // The agent as an initrd's init runs on the initramfs, which pivot_root cannot leave (EINVAL).
    // Move the rootfs over / and chroot into it, as runc --no-pivot does on ramdisks; in the VM
    // the VM itself is the isolation boundary.
    check(::mount(".", "/", nullptr, MS_MOVE, nullptr), "move rootfs over /", rootfs);
    check(::chroot("."), "chroot", rootfs);
    check(::chdir("/"), "chdir", "/");
    ::close(oldRoot);
    ::close(newRoot);
    return;
  }
  check(::fchdir(oldRoot), "chdir", "old root");
  check(::mount(nullptr, ".", nullptr, MS_SLAVE | MS_REC, nullptr), "mount propagation", "old root");
  check(::umount2(".", MNT_DETACH), "umount", "old root");
  check(::chdir("/"), "chdir", "/");
  ::close(oldRoot);
  ::close(newRoot);
}

void writeProcFile(const std::string& path, const std::string& value, const char* step, const std::string& shown) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) fail(step, shown, errno);
  ssize_t n = ::write(fd, value.data(), value.size());
  int err = errno;
  ::close(fd);
  if (n < 0) fail(step, shown, err);
}

void readonlyPath(const std::string& p) {
  struct stat st;
  if (::stat(p.c_str(), &st) < 0) {
    if (errno == ENOENT) return;
    fail("readonly path", p, errno);
  }
  check(::mount(p.c_str(), p.c_str(), nullptr, MS_BIND | MS_REC, nullptr), "readonly path", p);
  check(::mount(p.c_str(), p.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | lockedFlags(p), nullptr),
        "readonly path", p);
}

void maskPath(const std::string& p) {
  struct stat st;
  if (::stat(p.c_str(), &st) < 0) {
    if (errno == ENOENT) return;
    fail("masked path", p, errno);
  }
  if (S_ISDIR(st.st_mode))
    check(::mount("tmpfs", p.c_str(), "tmpfs", MS_RDONLY, nullptr), "masked path", p);
  else
    check(::mount("/dev/null", p.c_str(), nullptr, MS_BIND, nullptr), "masked path", p);
}

// Where execve will find args[0]: itself when it has a '/', else the first PATH entry that has it.
std::string lookPath(const ProcessPlan& p) {
  const std::string& name = p.args[0];
  if (name.find('/') != std::string::npos) {
    if (::access(name.c_str(), F_OK) < 0) fail("exec", name, errno);
    return name;
  }
  std::string path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  for (const auto& e : p.env)
    if (e.compare(0, 5, "PATH=") == 0) path = e.substr(5);
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find(':', i);
    if (j == std::string::npos) j = path.size();
    std::string dir = path.substr(i, j - i);
    std::string cand = joinPath(dir.empty() ? "." : dir, name);
    struct stat st;
    if (::stat(cand.c_str(), &st) == 0 && S_ISREG(st.st_mode)) return cand;
    i = j + 1;
  }
  fail("exec", name, ENOENT);
}

void applySeccomp(const std::vector<sock_filter>& prog) {
  sock_fprog fprog{static_cast<unsigned short>(prog.size()), const_cast<sock_filter*>(prog.data())};
  check(::prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &fprog, 0, 0), "seccomp", "load filter");
}

void applyUser(const ProcessPlan& p) {
  bool keep = p.capabilities.has_value();
  if (keep) check(::prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0), "prctl", "PR_SET_KEEPCAPS");
  std::vector<gid_t> groups(p.additionalGids.begin(), p.additionalGids.end());
  // setgroups is refused in a user namespace whose gid map was written with setgroups denied.
  if (::setgroups(groups.size(), groups.data()) < 0 && !(groups.empty() && errno == EPERM))
    fail("setgroups", std::to_string(groups.size()) + " groups", errno);
  check(::setresgid(p.gid, p.gid, p.gid), "setgid", std::to_string(p.gid));
  check(::setresuid(p.uid, p.uid, p.uid), "setuid", std::to_string(p.uid));
  if (keep) check(::prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0), "prctl", "PR_SET_KEEPCAPS");
}

void dropBounding(const CapabilitySets& c, int lastCap) {
  for (int cap = 0; cap <= lastCap && cap < 64; cap++) {
    if (c.bounding & (1ULL << cap)) continue;
    if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 && errno != EINVAL)
      fail("drop bounding capability", std::to_string(cap), errno);
  }
}

void applyCaps(const CapabilitySets& c, int lastCap) {
  __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[2] = {};
  for (int i = 0; i < 2; i++) {
    data[i].effective = static_cast<uint32_t>(c.effective >> (32 * i));
    data[i].permitted = static_cast<uint32_t>(c.permitted >> (32 * i));
    data[i].inheritable = static_cast<uint32_t>(c.inheritable >> (32 * i));
  }
  check(::syscall(SYS_capset, &hdr, data), "capset", "");
  check(::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0), "prctl", "PR_CAP_AMBIENT_CLEAR_ALL");
  for (int cap = 0; cap <= lastCap && cap < 64; cap++)
    if (c.ambient & (1ULL << cap))
      check(::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, cap, 0, 0), "raise ambient capability", std::to_string(cap));
}

void setupStdio(const ProcessPlan& p, const ChildFds& fds, int ptySlave) {
  check(::setsid(), "setsid", "");
  if (ptySlave >= 0) {
    check(::ioctl(ptySlave, TIOCSCTTY, 0), "ioctl", "TIOCSCTTY");
    for (int i = 0; i < 3; i++) check(::dup2(ptySlave, i), "dup2", "terminal to fd " + std::to_string(i));
    if (ptySlave > 2) ::close(ptySlave);
    return;
  }
  for (int i = 0; i < 3; i++) {
    if (fds.stdio[i] < 0) continue;
    check(::dup2(fds.stdio[i], i), "dup2", "stdio pipe to fd " + std::to_string(i));
  }
}

[[noreturn]] void runInit(const ContainerPlan& plan, const std::vector<sock_filter>& seccomp, const ChildFds& fds,
                          bool newUserNs, int lastCap) {
  const ProcessPlan& proc = plan.process;
  SyncMsg msg;
  int passed = -1;
  // Wait until the parent has put us in the cgroup and written the id maps.
  int r = recvSync(gSync, &msg, &passed);
  if (r != 1 || msg.kind != SyncKind::Go) _exit(1);
  if (newUserNs) {
    check(::setresgid(0, 0, 0), "setgid", "0 in the user namespace");
    check(::setresuid(0, 0, 0), "setuid", "0 in the user namespace");
  }
  for (const auto& ns : plan.namespaces)
    if (ns.flag == CLONE_NEWCGROUP && ns.path.empty())
      // Only now, inside the container's cgroup, so that it becomes the namespace's root.
      check(::unshare(CLONE_NEWCGROUP), "unshare", "cgroup namespace");
  ::umask(0);
  // While we are still root with every capability: lowering it needs CAP_SYS_RESOURCE.
  if (proc.oomScoreAdj)
    writeProcFile("/proc/self/oom_score_adj", std::to_string(*proc.oomScoreAdj), "oom_score_adj",
                  std::to_string(*proc.oomScoreAdj));
  if (!plan.rootfs.empty()) {
    struct stat st;
    check(::stat(plan.rootfs.c_str(), &st), "rootfs", plan.rootfs);
    if (!S_ISDIR(st.st_mode)) fail("rootfs", plan.rootfs, ENOTDIR);
    // Nothing we mount may reach the host's mount namespace. A shared root (rootfsPropagation)
    // is applied only after pivot_root: before, it would publish the setup mounts to the host
    // and pivot_root refuses a shared parent mount (EINVAL).
    check(::mount(nullptr, "/", nullptr, MS_SLAVE | MS_REC, nullptr), "mount propagation", "/");
    check(::mount(plan.rootfs.c_str(), plan.rootfs.c_str(), nullptr, MS_BIND | MS_REC, nullptr), "bind rootfs",
          plan.rootfs);
    gRoot = ::open(plan.rootfs.c_str(), O_DIRECTORY | O_PATH | O_CLOEXEC);
    if (gRoot < 0) fail("open", plan.rootfs, errno);
    for (const auto& m : plan.mounts) doMount(plan.rootfs, m);
    if (!devMountedByBind(plan)) setupDev(plan, newUserNs);
    ::close(gRoot);
    pivotRoot(plan.rootfs);
    if (plan.rootPropagation) check(::mount(nullptr, "/", nullptr, plan.rootPropagation, nullptr), "mount propagation", "/");
    // Before readonlyPaths, which usually include /proc/sys.
    for (const auto& [key, value] : plan.sysctl) {
      std::string path = "/proc/sys/" + key;
      for (size_t i = 10; i < path.size(); i++)
        if (path[i] == '.') path[i] = '/';
      writeProcFile(path, value, "sysctl", key + "=" + value);
    }
    for (const auto& p : plan.readonlyPaths) readonlyPath(p);
    for (const auto& p : plan.maskedPaths) maskPath(p);
    if (plan.readonlyRoot)
      check(::mount("/", "/", nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | lockedFlags("/"), nullptr), "remount",
            "/ read-only");
  }
  if (!plan.hostname.empty()) check(::sethostname(plan.hostname.c_str(), plan.hostname.size()), "sethostname", plan.hostname);

  int ptySlave = -1;
  if (proc.terminal) {
    int master = -1;
    winsize ws{proc.consoleSize.rows, proc.consoleSize.cols, 0, 0};
    check(::openpty(&master, &ptySlave, nullptr, nullptr, (ws.ws_row || ws.ws_col) ? &ws : nullptr), "openpty",
          "/dev/ptmx");
    check(::fchown(ptySlave, proc.uid, proc.gid), "chown", "terminal");
    if (!sendSync(gSync, syncMsg(SyncKind::Pty), master)) _exit(1);
    ::close(master);
  }
  setupStdio(proc, fds, ptySlave);
  check(::chdir(proc.cwd.c_str()), "chdir", proc.cwd);
  for (const auto& rl : proc.rlimits) {
    rlimit lim{static_cast<rlim_t>(rl.soft), static_cast<rlim_t>(rl.hard)};
    check(::setrlimit(rl.resource, &lim), "setrlimit", std::to_string(rl.resource));
  }
  std::string exe = lookPath(proc);
  if (proc.noNewPrivileges) check(::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl", "PR_SET_NO_NEW_PRIVS");
  // Without no_new_privs, loading a filter needs CAP_SYS_ADMIN: load it before dropping caps.
  if (!seccomp.empty() && !proc.noNewPrivileges) applySeccomp(seccomp);
  if (proc.capabilities) dropBounding(*proc.capabilities, lastCap);
  applyUser(proc);
  if (proc.capabilities) applyCaps(*proc.capabilities, lastCap);
  if (proc.umask) ::umask(*proc.umask);
  else ::umask(022);

  std::vector<char*> argv, envp;
  for (const auto& a : proc.args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  for (const auto& e : proc.env) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);
  // Every fd but 0-2 and the sync socket is gone at exec (Node's own fds are close-on-exec, but
  // that is not ours to trust).
  ::syscall(SYS_close_range, 3U, ~0U, CLOSE_RANGE_CLOEXEC);

  if (!sendSync(gSync, syncMsg(SyncKind::Ready))) _exit(1);
  r = recvSync(gSync, &msg, &passed);
  if (r != 1 || msg.kind != SyncKind::Start) _exit(1);  // the parent gave up on us
  // As late as possible with no_new_privs: the filter then governs only the workload.
  if (!seccomp.empty() && proc.noNewPrivileges) applySeccomp(seccomp);
  ::execve(exe.c_str(), argv.data(), envp.data());
  fail("exec", proc.args[0], errno);
}


// Closes every fd above 2 except the ones in keep. Another create running at the same time may
// have forked with our pipe ends open; closing what is not ours here means a waiting container
// never holds another container's stdio or sync socket open.
void closeAllBut(std::vector<int> keep) {
  std::sort(keep.begin(), keep.end());
  unsigned from = 3;
  for (int fd : keep) {
    if (fd < 3) continue;
    if (static_cast<unsigned>(fd) > from) ::syscall(SYS_close_range, from, static_cast<unsigned>(fd) - 1, 0U);
    from = static_cast<unsigned>(fd) + 1;
  }
  ::syscall(SYS_close_range, from, ~0U, 0U);
}

}  // namespace

void runIntermediate(const ContainerPlan& plan, const std::vector<sock_filter>& seccomp, const ChildFds& fds) {
  gSync = fds.sync;
  resetSignals();
  closeAllBut({fds.sync, fds.stdio[0], fds.stdio[1], fds.stdio[2]});
  int lastCap = lastCapability();
  // Open every namespace to join before joining any: entering a mount namespace changes what
  // the paths mean. The user namespace goes first, it grants the rights for the others.
  std::vector<std::pair<int, int>> joins;  // (fd, flag)
  int newFlags = 0;
  for (const auto& ns : plan.namespaces) {
    if (ns.path.empty()) {
      if (ns.flag != CLONE_NEWCGROUP) newFlags |= ns.flag;
      continue;
    }
    int fd = ::open(ns.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail("open namespace", ns.path, errno);
    if (ns.flag == CLONE_NEWUSER)
      joins.insert(joins.begin(), {fd, ns.flag});
    else
      joins.emplace_back(fd, ns.flag);
  }
  for (const auto& [fd, flag] : joins) {
    const char* name = namespaceProcName(flag);
    check(::setns(fd, flag), "setns", std::string(name ? name : "?") + " namespace");
    ::close(fd);
  }
  // CLONE_PARENT: the container process is the caller's child (so it can wait for it), and it
  // is created in the new pid namespace directly, as its PID 1.
  clone_args args{};
  args.flags = CLONE_PARENT | static_cast<uint64_t>(newFlags);
  args.exit_signal = 0;  // ignored with CLONE_PARENT: the child inherits our SIGCHLD
  long pid = ::syscall(SYS_clone3, &args, sizeof args);
  if (pid < 0) fail("clone", "container process", errno);
  if (pid == 0) runInit(plan, seccomp, fds, (newFlags & CLONE_NEWUSER) != 0, lastCap);
  SyncMsg m = syncMsg(SyncKind::Pid);
  m.pid = static_cast<int32_t>(pid);
  if (!sendSync(gSync, m)) {
    ::kill(static_cast<pid_t>(pid), SIGKILL);
    _exit(1);
  }
  _exit(0);
}

}  // namespace kata::container
