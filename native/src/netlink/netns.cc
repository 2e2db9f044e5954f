#include "netlink/netns.h"

#include <fcntl.h>
#include <sched.h>

#include <exception>
#include <thread>

#include "common/sys_error.h"
#include "common/unique_fd.h"

namespace kata::netlink {

void inNetns(const std::string& path, const std::function<void()>& work) {
  if (path.empty()) {
    work();
    return;
  }
  // Opened here so a missing path fails before a thread exists.
  UniqueFd ns(static_cast<int>(checkSys(::open(path.c_str(), O_RDONLY | O_CLOEXEC), "open network namespace " + path)));
  std::exception_ptr failure;
  std::thread t([&] {
    try {
      checkSys(::setns(ns.get(), CLONE_NEWNET), "enter network namespace " + path);
      work();
    } catch (...) {
      failure = std::current_exception();
    }
  });
  t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace kata::netlink
