#include "vhost/loop_thread.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "common/sys_error.h"

namespace kata::vhost {

LoopThread::LoopThread(EventLoop& loop)
    : loop_(loop), stopFd_(static_cast<int>(checkSys(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK), "eventfd"))) {
  stopToken_ = loop_.add(stopFd_.get(), EPOLLIN, [this](uint32_t) { stopping_ = true; });
  thread_ = std::thread([this] { run(); });
}

LoopThread::~LoopThread() {
  stop();
  loop_.remove(stopToken_);
}

void LoopThread::run() {
  try {
    while (!stopping_) loop_.runOnce(-1);
  } catch (const std::exception& e) {
    error_ = e.what();
  }
}

void LoopThread::stop() {
  if (!thread_.joinable()) return;
  uint64_t one = 1;
  ssize_t r = ::write(stopFd_.get(), &one, sizeof one);
  (void)r;
  thread_.join();
}

// error_ is written by the thread; reading it only after the join needs no lock.
std::string LoopThread::error() const { return thread_.joinable() ? std::string() : error_; }

}  // namespace kata::vhost
