// A tap device for a VM's NIC: /dev/net/tun with TUNSETIFF (linux/if_tun.h), IFF_TAP without
// packet info and with the virtio-net header QEMU's tap backend expects. The device lives in the
// calling thread's network namespace and, not being persistent, exactly as long as an fd to it
// is open — so it vanishes with QEMU even when nobody cleans up.
#pragma once

#include <string>

#include "common/unique_fd.h"

namespace kata::netlink {

// Creates (or attaches to) tap `name`; returns the open queue fd.
UniqueFd openTap(const std::string& name);

}  // namespace kata::netlink
