#include "vhost/vsock/hybrid/connect_listener.h"

#include <sys/epoll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

#include "vhost/vsock/hybrid/connection.h"
#include "vhost/vsock/hybrid/kill_queue.h"

namespace kata::vhost::vsock {

namespace {

// "CONNECT " + a u32 + "\n" fits easily; longer lines are garbage.
constexpr size_t kMaxConnectLine = 64;
// Host clients may arrive in bursts (every exec and stdio stream dials): a deep backlog.
constexpr int kBacklog = 128;

}  // namespace

bool parseConnectLine(const char* line, size_t n, uint32_t& port) noexcept {
  static const char kPrefix[] = "CONNECT ";
  size_t pre = sizeof kPrefix - 1;
  if (n < pre + 2 || std::memcmp(line, kPrefix, pre) != 0 || line[n - 1] != '\n') return false;
  uint64_t v = 0;
  for (size_t i = pre; i < n - 1; ++i) {
    if (line[i] < '0' || line[i] > '9' || i - pre >= 10) return false;
    v = v * 10 + uint64_t(line[i] - '0');
  }
  if (v > UINT32_MAX) return false;
  port = uint32_t(v);
  return true;
}

std::string okLine(uint32_t hostPort) { return "OK " + std::to_string(hostPort) + "\n"; }

ConnectListener::ConnectListener(EventLoop& loop, std::string path, OnConnect onConnect)
    : loop_(loop), listen_(std::move(path), kBacklog, "hybrid vsock socket"), onConnect_(std::move(onConnect)) {
  listenToken_ = loop_.add(listen_.fd(), EPOLLIN, [this](uint32_t) { onListen(); });
}

ConnectListener::~ConnectListener() {
  clear();
  loop_.remove(listenToken_);
}

void ConnectListener::clear() noexcept {
  for (auto& [fd, p] : pending_) loop_.remove(p.token);
  pending_.clear();
}

void ConnectListener::expire(int64_t now) {
  for (auto it = pending_.begin(); it != pending_.end();) {
    if (it->second.deadlineMs <= now) {
      loop_.remove(it->second.token);
      it = pending_.erase(it);
    } else {
      ++it;
    }
  }
}

void ConnectListener::onListen() {
  for (;;) {
    UniqueFd c = listen_.accept(true);
    if (!c) return;
    int fd = c.get();
    EventLoop::Token t = loop_.add(fd, EPOLLIN, [this, fd](uint32_t) { onReadable(fd); });
    pending_.emplace(fd, Pending{std::move(c), t, monotonicMs() + kHandshakeMs});
  }
}

void ConnectListener::onReadable(int pfd) {
  auto it = pending_.find(pfd);
  if (it == pending_.end()) return;
  char buf[kMaxConnectLine];
  ssize_t n = ::recv(it->second.fd.get(), buf, sizeof buf, MSG_PEEK);
  if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
  const void* nl = n > 0 ? std::memchr(buf, '\n', size_t(n)) : nullptr;
  uint32_t port = 0;
  bool ok = false;
  if (nl != nullptr) {
    size_t lineLen = size_t(static_cast<const char*>(nl) - buf) + 1;
    ssize_t r = ::recv(it->second.fd.get(), buf, lineLen, 0);  // consume only the line: the rest is stream data
    ok = r == ssize_t(lineLen) && parseConnectLine(buf, lineLen, port);
  } else if (n > 0 && size_t(n) < sizeof buf) {
    return;  // a partial line: wait for the rest
  }
  UniqueFd fd = std::move(it->second.fd);
  loop_.remove(it->second.token);
  pending_.erase(it);
  if (ok) onConnect_(std::move(fd), port);  // else garbage, EOF or a line too long: closed
}

}  // namespace kata::vhost::vsock
