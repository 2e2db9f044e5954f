// ConnectListener: the host side of the hybrid vsock handshake (Firecracker's and Cloud
// Hypervisor's, which Kata's runtime speaks). A host client connects to the unix socket at
// <uds>, writes "CONNECT <guest port>\n", and is handed to the muxer with that port; once the
// guest accepts, the stream starts with "OK <host port>\n" (okLine). Garbage, a line too long,
// EOF, or no line within kHandshakeMs closes the client. Only the line is read: bytes after it
// are stream data and stay in the socket.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include "common/unique_fd.h"
#include "vhost/event_loop.h"
#include "vhost/unix_listener.h"

namespace kata::vhost::vsock {

// Parses exactly "CONNECT <port>\n" (decimal, at most 10 digits, a u32); false for anything else.
bool parseConnectLine(const char* line, size_t n, uint32_t& port) noexcept;
// The line a host client reads once the guest accepted: "OK <hostPort>\n".
std::string okLine(uint32_t hostPort);

class ConnectListener {
 public:
  // A client that asked for guestPort; fd is non-blocking.
  using OnConnect = std::function<void(UniqueFd fd, uint32_t guestPort)>;

  // Binds and listens at path; throws SysError naming it.
  ConnectListener(EventLoop& loop, std::string path, OnConnect onConnect);
  ~ConnectListener();
  ConnectListener(const ConnectListener&) = delete;
  ConnectListener& operator=(const ConnectListener&) = delete;

  const std::string& path() const noexcept { return listen_.path(); }
  // Closes the clients whose handshake time is over.
  void expire(int64_t now);
  // Closes every client still in its handshake (the device went away).
  void clear() noexcept;
  size_t pendingCount() const noexcept { return pending_.size(); }

 private:
  struct Pending {
    UniqueFd fd;
    EventLoop::Token token;
    int64_t deadlineMs;
  };
  void onListen();
  void onReadable(int fd);

  EventLoop& loop_;
  UnixListener listen_;
  OnConnect onConnect_;
  EventLoop::Token listenToken_ = 0;
  std::map<int, Pending> pending_;  // by fd: the number stays ours until the entry (and its watch) is gone
};

}  // namespace kata::vhost::vsock
