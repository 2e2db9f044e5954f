// Connection: one vsock stream between a guest port and a host unix socket, and the state machine
// that runs it (Firecracker's csm/connection): a packet from the guest comes in (onGuestPacket),
// the next packet owed to the guest goes out (fillRx), the unix socket became readable or
// writable (onUnixEvent), a deadline passed (onDeadline). It keeps the credit accounting of
// virtio v1.2 §5.10.6.3 in both directions and the guest's bytes not yet written to the socket.
// The muxer owns it and asks it what to watch (interest), whether it has something for the
// guest (wantsRx), when it expires (deadline) and whether it is done (closed); the connection
// never touches the event loop or a queue, so tests drive it with a socketpair and a clock value.
#pragma once

#include <sys/uio.h>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "common/unique_fd.h"
#include "vhost/vsock/packet.h"

namespace kata::vhost::vsock {

// (local port, peer port): a stream's identity for the muxer and its queues.
using ConnKey = std::pair<uint32_t, uint32_t>;

// How long a host client may take to send its CONNECT line, and the guest to answer a REQUEST.
constexpr int64_t kHandshakeMs = 5000;
// How long a closing stream may wait for the other side before it is reset.
constexpr int64_t kCloseMs = 10000;

class Connection {
 public:
  enum class State {
    Connecting,   // host-initiated: REQUEST owed or sent, waiting for RESPONSE/RST
    Established,
    Closed,       // RST sent or received, or the handshake timed out: the muxer drops it
  };

  // Our receive buffer as advertised to the guest (buf_alloc). The guest may have this many
  // bytes in flight towards us; we buffer what the unix peer has not read yet.
  static constexpr uint32_t kBufAlloc = 256 * 1024;
  // Largest RW payload we put in one packet (Linux's VIRTIO_VSOCK_MAX_PKT_BUF_SIZE, 64 KiB).
  static constexpr uint32_t kMaxPayload = 64 * 1024;

  // A host client's stream (it sent "CONNECT <peerPort>"): a REQUEST is owed to the guest, which
  // must answer within kHandshakeMs of now.
  static std::unique_ptr<Connection> fromHost(uint64_t guestCid, uint32_t localPort, uint32_t peerPort, UniqueFd fd, int64_t now);
  // A guest's REQUEST that a host listener took (fd is connected to it): a RESPONSE is owed.
  static std::unique_ptr<Connection> fromGuest(uint64_t guestCid, const PacketHeader& request, UniqueFd fd);

  // A packet from the guest for this stream; payload holds hdr.len bytes.
  void onGuestPacket(const PacketHeader& hdr, const iovec* payload, int iovcnt, int64_t now);
  // Writes the next packet owed to the guest into hdr (and up to room payload bytes into space);
  // false when it had nothing to say after all.
  bool fillRx(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room, int64_t now);
  // epoll reported events (EPOLLIN/OUT/HUP/ERR) on the unix socket.
  void onUnixEvent(uint32_t events);
  // deadline() has passed: an unsent REQUEST is dropped, anything else is reset.
  void onDeadline();

  State state() const noexcept { return state_; }
  bool closed() const noexcept { return state_ == State::Closed; }
  ConnKey key() const noexcept { return {localPort_, peerPort_}; }
  int fd() const noexcept { return fd_.get(); }
  // Whether the unix socket is watched at all: not before the guest accepted a host client's stream.
  bool watched() const noexcept { return state_ == State::Established; }
  // The epoll events to watch on fd() now.
  uint32_t interest() const noexcept;
  // Whether a packet is owed to the guest.
  bool wantsRx() const noexcept;
  // When the handshake or the close must be over (monotonic ms), 0 for none.
  int64_t deadline() const noexcept { return deadlineMs_; }

  // What the guest may still send us before it must wait (its view of our buf_alloc - in flight).
  uint32_t peerCredit() const noexcept;
  // Guest bytes written to the unix socket so far (our fwd_cnt).
  uint32_t fwdCnt() const noexcept { return fwdCnt_; }
  // Guest bytes not yet written to the unix socket.
  size_t pendingToUnix() const noexcept { return toUnix_.size() - toUnixOff_; }

 private:
  Connection(uint64_t guestCid, uint32_t localPort, uint32_t peerPort, UniqueFd fd, State s);
  PacketHeader header(uint16_t op) const noexcept;
  void onRw(const PacketHeader& hdr, const iovec* payload, int iovcnt);
  void onShutdown(uint32_t flags, int64_t now);
  // Reads host data into an RW packet, or notices the host is done; false when nothing was read.
  bool readUnix(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room, int64_t now);
  void flushToUnix();
  void reset() noexcept { needRst_ = true; }
  bool canSendData() const noexcept;

  const uint64_t guestCid_;
  const uint32_t localPort_;  // host side (src_port of what we send)
  const uint32_t peerPort_;   // guest side
  UniqueFd fd_;
  State state_;
  int64_t deadlineMs_ = 0;

  // Peer (guest) credit: what it told us last, and what we have sent.
  uint32_t peerBufAlloc_ = 0;
  uint32_t peerFwdCnt_ = 0;
  uint32_t txCnt_ = 0;
  // Our side: bytes from the guest written to the unix socket, and the value last told.
  uint32_t fwdCnt_ = 0;
  uint32_t lastFwdCntSent_ = 0;

  // Owed to the guest.
  bool needRequest_ = false;
  bool needResponse_ = false;
  bool needCreditUpdate_ = false;
  bool needRst_ = false;  // sent last; the connection is closed once it is out

  bool unixReadable_ = false;  // epoll said readable and we have not drained it
  bool unixEof_ = false;       // the unix peer will send no more
  bool guestShutSend_ = false;  // the guest will send no more
  bool guestShutRcv_ = false;   // the guest will receive no more

  // Guest → unix bytes not yet written.
  std::vector<uint8_t> toUnix_;
  size_t toUnixOff_ = 0;
  size_t uncounted_ = 0;  // leading bytes of toUnix_ that are not guest data (the OK line)
};

}  // namespace kata::vhost::vsock
