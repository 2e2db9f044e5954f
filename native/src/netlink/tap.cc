#include "netlink/tap.h"

#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <sys/ioctl.h>

#include <cstring>
#include <stdexcept>

#include "common/sys_error.h"

namespace kata::netlink {

UniqueFd openTap(const std::string& name) {
  if (name.empty() || name.size() >= IFNAMSIZ) throw std::invalid_argument("tap name must be 1-15 characters: \"" + name + "\"");
  UniqueFd fd(static_cast<int>(checkSys(::open("/dev/net/tun", O_RDWR | O_CLOEXEC), "open /dev/net/tun for tap " + name)));
  ifreq ifr{};
  std::strncpy(ifr.ifr_name, name.c_str(), IFNAMSIZ - 1);
  ifr.ifr_flags = IFF_TAP | IFF_NO_PI | IFF_VNET_HDR;
  checkSys(::ioctl(fd.get(), TUNSETIFF, &ifr), "create tap " + name + " (TUNSETIFF)");
  return fd;
}

}  // namespace kata::netlink
