#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>

#include "container/options.h"
#include "test.h"

using namespace kata::container;

TEST(mount_options_split_flags_propagation_and_data) {
  auto o = parseMountOptions({"nosuid", "noexec", "nodev", "mode=755", "size=65536k", "rprivate"});
  EXPECT_EQ(o.flags, static_cast<unsigned long>(MS_NOSUID | MS_NOEXEC | MS_NODEV));
  EXPECT_EQ(o.data, std::string("mode=755,size=65536k"));
  EXPECT_EQ(o.propagation.size(), 1u);
  EXPECT_EQ(o.propagation[0], static_cast<unsigned long>(MS_PRIVATE | MS_REC));
}

TEST(mount_options_rbind_ro_and_clearing_words) {
  auto o = parseMountOptions({"rbind", "ro"});
  EXPECT_EQ(o.flags, static_cast<unsigned long>(MS_BIND | MS_REC | MS_RDONLY));
  auto rw = parseMountOptions({"ro", "rw", "nosuid", "suid"});
  EXPECT_EQ(rw.flags, 0ul);
  EXPECT(rw.data.empty());
}

TEST(namespace_types_map_to_clone_flags) {
  EXPECT_EQ(namespaceFlag("mount"), CLONE_NEWNS);
  EXPECT_EQ(namespaceFlag("network"), CLONE_NEWNET);
  EXPECT_EQ(namespaceFlag("cgroup"), CLONE_NEWCGROUP);
  EXPECT_EQ(namespaceFlag("net"), 0);  // the spec's word is "network"
  EXPECT_EQ(std::string(namespaceProcName(CLONE_NEWNS)), std::string("mnt"));
}

TEST(capability_names_resolve_through_libcap) {
  EXPECT_EQ(capabilityFromName("CAP_CHOWN"), 0);
  EXPECT_EQ(capabilityFromName("CAP_SYS_ADMIN"), 21);  // linux/capability.h
  EXPECT_EQ(capabilityFromName("CAP_FOO"), -1);
  EXPECT(lastCapability() >= 37);
}

TEST(rlimit_names) {
  EXPECT_EQ(rlimitFromName("RLIMIT_NOFILE"), static_cast<int>(RLIMIT_NOFILE));
  EXPECT_EQ(rlimitFromName("RLIMIT_BOGUS"), -1);
}
