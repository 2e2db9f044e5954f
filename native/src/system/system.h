// System calls the guest agent makes as the VM's init and sandbox owner: mounting the early file
// systems, setting the clock and hostname, syncing and powering off. Plain functions that throw
// SysError naming the call and its arguments; native/binding/system.cc exposes them to the agent.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace kata::sys {

// mount(2). flags are MS_* bits (linux/mount.h); data is the fs-specific option string.
void mountFs(const std::string& source, const std::string& target, const std::string& fstype, unsigned long flags,
             const std::string& data);
// umount2(2) with MNT_* flags.
void unmount(const std::string& target, int flags);
// settimeofday(2): the guest clock, from the host's (SetGuestDateTime).
void setClock(int64_t sec, int64_t usec);
// Mixes `data` into the kernel's input pool (a write to `device`, /dev/random in the guest) and
// forces a reseed of its crng (ioctl RNDRESEEDCRNG), so a VM cloned from a template stops sharing
// the template's random stream (ReseedRandomDev). Needs CAP_SYS_ADMIN for the ioctl.
void reseedRandom(const std::string& device, const uint8_t* data, size_t len);
// sethostname(2) in the caller's UTS namespace.
void setHostname(const std::string& name);
// sync(2) then reboot(RB_POWER_OFF). Returns only on failure (throws).
[[noreturn]] void powerOff();

}  // namespace kata::sys
