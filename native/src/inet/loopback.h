// TCP on a network namespace's loopback, for port-forward (lib/runtime/port-forward.ts): a
// listening socket made inside the pod's network namespace on the host (the socket stays in the
// namespace it was made in, whichever thread uses it later), and the destination a connection
// had before the namespace's nat table redirected it to that listener (SO_ORIGINAL_DST).
#pragma once

#include <cstdint>
#include <string>

namespace kata::inet {

struct Listener {
  int fd;         // non-blocking, close-on-exec; the caller owns it
  uint16_t port;  // the bound port (the kernel's choice when 0 was asked)
};

// Listens on 127.0.0.1:port inside the network namespace at netnsPath ("" = this process's).
Listener listenLoopback(const std::string& netnsPath, uint16_t port, int backlog);

struct Endpoint {
  std::string address;  // dotted IPv4
  uint16_t port;
};

// Where a connection accepted on a redirected listener was going (IPv4 only).
Endpoint originalDestination(int fd);

}  // namespace kata::inet
