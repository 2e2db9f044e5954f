#include "system/system.h"

#include <fcntl.h>
#include <linux/random.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>

#include "common/sys_error.h"
#include "common/unique_fd.h"

namespace kata::sys {

void mountFs(const std::string& source, const std::string& target, const std::string& fstype, unsigned long flags,
             const std::string& data) {
  checkSys(::mount(source.c_str(), target.c_str(), fstype.empty() ? nullptr : fstype.c_str(), flags,
                   data.empty() ? nullptr : data.c_str()),
           "mount " + (fstype.empty() ? source : fstype + " " + source) + " on " + target);
}

void unmount(const std::string& target, int flags) { checkSys(::umount2(target.c_str(), flags), "umount " + target); }

void setClock(int64_t sec, int64_t usec) {
  if (sec < 0 || usec < 0 || usec >= 1000000) throw SysError("settimeofday " + std::to_string(sec) + "." + std::to_string(usec), EINVAL);
  timeval tv{static_cast<time_t>(sec), static_cast<suseconds_t>(usec)};
  checkSys(::settimeofday(&tv, nullptr), "settimeofday " + std::to_string(sec));
}

void reseedRandom(const std::string& device, const uint8_t* data, size_t len) {
  if (len == 0) throw SysError("reseed " + device + ": no data", EINVAL);
  UniqueFd fd(::open(device.c_str(), O_WRONLY | O_CLOEXEC));
  if (!fd) throw SysError("open " + device, errno);
  for (size_t done = 0; done < len;) {
    ssize_t n = ::write(fd.get(), data + done, len - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw SysError("write " + std::to_string(len) + " bytes to " + device, errno);
    done += static_cast<size_t>(n);
  }
  checkSys(::ioctl(fd.get(), RNDRESEEDCRNG), "ioctl RNDRESEEDCRNG on " + device);
}

void setHostname(const std::string& name) { checkSys(::sethostname(name.data(), name.size()), "sethostname " + name); }

void powerOff() {
  ::sync();
  ::reboot(RB_POWER_OFF);
  throw SysError("reboot(RB_POWER_OFF)", errno);
}

}  // namespace kata::sys
