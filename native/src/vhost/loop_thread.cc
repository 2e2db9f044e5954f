#include "vhost/loop_thread.h"

#include <pthread.h>
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
  // Named, so an operator (top -H) or a test can find a VM's back-end among the shim's threads.
  ::pthread_setname_np(::pthread_self(), kThreadName);
  std::string error;
  try {
    while (!stopping_) loop_.runOnce(-1);
  } catch (const std::exception& e) {
    error = e.what();
  }
  std::lock_guard<std::mutex> lock(mu_);
  error_ = std::move(error);
  finished_ = true;
  ended_.notify_all();
}

void LoopThread::stop() {
  if (!thread_.joinable()) return;
  uint64_t one = 1;
  ssize_t r = ::write(stopFd_.get(), &one, sizeof one);
  (void)r;
  thread_.join();
}

bool LoopThread::stop(std::chrono::milliseconds limit) {
  if (!thread_.joinable()) return true;
  uint64_t one = 1;
  ssize_t r = ::write(stopFd_.get(), &one, sizeof one);
  (void)r;
  {
    std::unique_lock<std::mutex> lock(mu_);
    if (!ended_.wait_for(lock, limit, [this] { return finished_; })) return false;
  }
  thread_.join();
  return true;
}

std::string LoopThread::error() const {
  std::lock_guard<std::mutex> lock(mu_);
  return error_;
}

}  // namespace kata::vhost
