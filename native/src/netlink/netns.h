// Runs a piece of work inside the network namespace a path names (/var/run/netns/X,
// /proc/PID/ns/net): on a thread of its own that setns(2)s there and ends with the work, so no
// other thread — in particular none of Node's — ever changes namespace. The work's exception
// (SysError or other) reaches the caller unchanged.
#pragma once

#include <functional>
#include <string>

namespace kata::netlink {

void inNetns(const std::string& path, const std::function<void()>& work);

}  // namespace kata::netlink
