// Connection: the state of one vsock stream between a guest port and a host unix socket — the
// credit accounting of virtio v1.2 §5.10.6.3 in both directions, what control packets are owed
// to the guest, and the bytes from the guest not yet written to the unix socket. Owned by the
// muxer; holds no queue or descriptor knowledge.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/unique_fd.h"
#include "vhost/event_loop.h"

namespace kata::vhost::vsock {

class Connection {
 public:
  enum class State {
    Connecting,   // host-initiated: REQUEST owed or sent, waiting for RESPONSE/RST
    Established,
  };

  // Our receive buffer as advertised to the guest (buf_alloc). The guest may have this many
  // bytes in flight towards us; we buffer what the unix peer has not read yet.
  static constexpr uint32_t kBufAlloc = 256 * 1024;

  Connection(uint32_t localPort, uint32_t peerPort, UniqueFd fd, State s)
      : localPort(localPort), peerPort(peerPort), fd(std::move(fd)), state(s) {}

  const uint32_t localPort;  // host side (src_port of what we send)
  const uint32_t peerPort;   // guest side
  UniqueFd fd;
  EventLoop::Token token = 0;
  State state;
  int64_t deadlineMs = 0;  // for Connecting and for closing handshakes; 0 = none

  // Peer (guest) credit: what it told us last, and what we have sent.
  uint32_t peerBufAlloc = 0;
  uint32_t peerFwdCnt = 0;
  uint32_t txCnt = 0;
  // Our side: bytes from the guest written to the unix socket, and the value last told.
  uint32_t fwdCnt = 0;
  uint32_t lastFwdCntSent = 0;

  // Owed to the guest.
  bool needRequest = false;
  bool needResponse = false;
  bool needCreditUpdate = false;
  uint32_t needShutdownFlags = 0;
  bool needRst = false;  // sent last; the connection is dropped once it is out

  bool unixReadable = false;  // epoll said readable and we have not drained it
  bool unixEof = false;       // the unix peer will send no more
  bool guestShutSend = false;  // the guest will send no more
  bool guestShutRcv = false;   // the guest will receive no more
  bool inRxQueue = false;

  // Guest → unix bytes not yet written.
  std::vector<uint8_t> toUnix;
  size_t toUnixOff = 0;
  size_t uncounted = 0;  // leading bytes of toUnix that are not guest data (the OK line)

  uint32_t peerCredit() const noexcept {
    uint32_t inFlight = txCnt - peerFwdCnt;  // wraps like the spec's u32 counters
    return inFlight >= peerBufAlloc ? 0 : peerBufAlloc - inFlight;
  }
  size_t pendingToUnix() const noexcept { return toUnix.size() - toUnixOff; }
  bool canSendData() const noexcept {
    return state == State::Established && unixReadable && !unixEof && !guestShutRcv && peerCredit() > 0;
  }
  bool wantsRx() const noexcept {
    return needRst || needRequest || needResponse || needShutdownFlags != 0 || needCreditUpdate || canSendData();
  }
};

}  // namespace kata::vhost::vsock
