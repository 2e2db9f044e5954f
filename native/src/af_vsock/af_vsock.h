// AF_VSOCK stream sockets (the kernel's vsock address family; not the vhost-user vsock device in
// vhost/vsock/): listen, accept, connect. The agent listens on a port for the host's
// ttrpc connection; tests connect over the loopback CID. Every fd is non-blocking: readiness
// comes from the Poller and the data path is a libuv pipe handle in lib/common/vsock/socket.ts.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "common/unique_fd.h"

namespace kata {

// linux/vm_sockets.h
constexpr uint32_t kVmaddrCidAny = 0xFFFFFFFFu;
constexpr uint32_t kVmaddrCidLocal = 1;
constexpr uint32_t kVmaddrCidHost = 2;
constexpr uint32_t kVmaddrPortAny = 0xFFFFFFFFu;

struct VsockAddr {
  uint32_t cid;
  uint32_t port;
};

UniqueFd vsockListen(uint32_t cid, uint32_t port, int backlog);
// One pending connection, or nullopt when none is queued (EAGAIN).
struct Accepted {
  UniqueFd fd;
  VsockAddr peer;
};
std::optional<Accepted> vsockAccept(int listenFd);
// Starts a non-blocking connect. connected=false: wait for writability, then vsockConnectResult.
struct Connecting {
  UniqueFd fd;
  bool connected;
};
Connecting vsockConnect(uint32_t cid, uint32_t port);
// Throws the connect error (SO_ERROR) if the connect failed.
void vsockConnectResult(int fd, uint32_t cid, uint32_t port);
VsockAddr vsockLocalAddr(int fd);

// A connected non-blocking AF_UNIX stream pair: the same stream wrapper as a vsock connection,
// for in-process stdio and for testing that wrapper where no vsock peer exists.
std::pair<UniqueFd, UniqueFd> streamSocketPair();

}  // namespace kata
