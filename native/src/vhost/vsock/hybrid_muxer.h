// HybridMuxer: the "hybrid vsock" of Firecracker and Cloud Hypervisor, which Kata's runtime
// speaks: guest vsock streams are exposed to the host as unix sockets. A host client connects to
// <uds>, writes "CONNECT <port>\n", and gets "OK <host-port>\n" then the stream to the guest's
// listener on <port> (or a close if nobody listens). A guest connection to CID 2 port P goes to
// the unix socket "<uds>_<P>". The muxer turns packets into socket I/O and back; the vsock
// device moves the packets through the queues, so the muxer never sees a descriptor.
#pragma once

#include <atomic>

#include <sys/uio.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "common/unique_fd.h"
#include "vhost/event_loop.h"
#include "vhost/vsock/connection.h"
#include "vhost/vsock/packet.h"

namespace kata::vhost::vsock {

class HybridMuxer {
 public:
  // rxReady is called (on the loop thread) when the muxer has packets for the guest.
  HybridMuxer(EventLoop& loop, std::string udsPath, uint64_t guestCid, std::function<void()> rxReady);
  ~HybridMuxer();
  HybridMuxer(const HybridMuxer&) = delete;
  HybridMuxer& operator=(const HybridMuxer&) = delete;

  // A packet from the guest (tx queue); payload holds hdr.len bytes.
  void onGuestPacket(const PacketHeader& hdr, const iovec* payload, int iovcnt);
  bool hasRx() const noexcept { return !ctrl_.empty() || !rxQueue_.empty(); }
  // Fills hdr and reads up to `room` payload bytes into space; false when nothing was owed after all.
  bool fillRx(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room);
  // Too many control packets wait for rx buffers: the device should stop reading tx for now.
  bool rxBacklogFull() const noexcept { return ctrl_.size() >= kMaxCtrl; }
  // The guest's vsock device was reset or went away: every stream ends.
  void reset();
  // How many resets so far. Read from other threads: a host stream that ends after the count moved
  // was cut by the device going away, not closed by its guest peer.
  uint64_t resetCount() const noexcept { return resets_.load(); }

  size_t connectionCount() const noexcept { return conns_.size(); }
  size_t pendingClientCount() const noexcept { return pending_.size(); }

 private:
  std::atomic<uint64_t> resets_{0};
  using Key = std::pair<uint32_t, uint32_t>;  // (local port, peer port)
  struct PendingClient {
    UniqueFd fd;
    EventLoop::Token token;
    int64_t deadlineMs;
  };
  static constexpr size_t kMaxCtrl = 1024;
  static constexpr uint32_t kFirstLocalPort = 1u << 30;  // Firecracker's choice, above common guest ports

  bool fillRxPacket(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room);
  void onListen();
  void onPendingReadable(int fd);
  void onTick();
  void onUnixEvent(Key k, uint32_t events);
  void schedule(Connection& c);
  void queueRst(const PacketHeader& to);
  // A stream packet from the host to the guest, ports and op only (a RST for a packet of no connection).
  PacketHeader toGuest(uint32_t localPort, uint32_t peerPort, uint16_t op) const;
  PacketHeader header(const Connection& c, uint16_t op) const;
  void flushToUnix(Connection& c);
  void updateInterest(Connection& c);
  void destroy(Key k);
  void guestConnect(const PacketHeader& hdr);
  uint32_t allocLocalPort();

  EventLoop& loop_;
  std::string uds_;
  uint64_t guestCid_;
  std::function<void()> rxReady_;
  UniqueFd listen_;
  EventLoop::Token listenToken_ = 0;
  UniqueFd timer_;
  EventLoop::Token timerToken_ = 0;
  std::map<int, PendingClient> pending_;  // by fd
  std::map<Key, std::unique_ptr<Connection>> conns_;
  std::set<uint32_t> hostPorts_;
  uint32_t nextLocalPort_ = kFirstLocalPort;
  std::deque<PacketHeader> ctrl_;  // RSTs for packets that match no connection
  std::deque<Key> rxQueue_;
};

}  // namespace kata::vhost::vsock
