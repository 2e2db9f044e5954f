// HybridMuxer: the VsockBackend of "hybrid vsock" (Firecracker's unix muxer): guest vsock streams
// exposed to the host as unix sockets. A host client dials the guest through the CONNECT
// listener at <uds> (connect_listener.h); a guest connection to CID 2 port P goes to the unix
// socket "<uds>_<P>". The muxer routes each guest packet to its stream's Connection (or answers
// a stray one with RST), watches the streams' sockets on the event loop, queues streams that owe
// the guest a packet (rx_queue.h) and resets those whose deadline passed (kill_queue.h). It never
// sees a descriptor; the vsock device moves the packets through the queues.
#pragma once

#include <sys/uio.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "common/unique_fd.h"
#include "vhost/event_loop.h"
#include "vhost/vsock/backend.h"
#include "vhost/vsock/hybrid/connect_listener.h"
#include "vhost/vsock/hybrid/connection.h"
#include "vhost/vsock/hybrid/kill_queue.h"
#include "vhost/vsock/hybrid/rx_queue.h"

namespace kata::vhost::vsock {

class HybridMuxer : public VsockBackend {
 public:
  // Binds the CONNECT listener at udsPath; throws SysError naming it.
  HybridMuxer(EventLoop& loop, std::string udsPath, uint64_t guestCid);
  ~HybridMuxer() override;
  HybridMuxer(const HybridMuxer&) = delete;
  HybridMuxer& operator=(const HybridMuxer&) = delete;

  void setRxReady(std::function<void()> rxReady) override { rxReady_ = std::move(rxReady); }
  void onGuestPacket(const PacketHeader& hdr, const iovec* payload, int iovcnt) override;
  bool hasRx() const noexcept override { return !rxq_.empty(); }
  bool fillRx(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room) override;
  bool rxBacklogFull() const noexcept override { return rxq_.controlFull(); }
  void reset() override;

  // How many resets so far. Read from other threads: a host stream that ends after the count moved
  // was cut by the device going away, not closed by its guest peer.
  uint64_t resetCount() const noexcept { return resets_.load(); }
  size_t connectionCount() const noexcept { return conns_.size(); }
  size_t pendingClientCount() const noexcept { return listener_.pendingCount(); }

 private:
  // A stream and what the event loop and the kill queue know of it.
  struct Stream {
    std::unique_ptr<Connection> conn;
    EventLoop::Token token = 0;  // 0 until the socket is watched
    uint32_t interest = 0;       // the events last given to the loop
    int64_t armedDeadline = 0;   // the deadline last pushed to the kill queue
  };
  static constexpr uint32_t kFirstLocalPort = 1u << 30;  // Firecracker's choice, above common guest ports

  bool fillRxPacket(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room);
  void onHostClient(UniqueFd fd, uint32_t guestPort);
  void guestConnect(const PacketHeader& hdr);
  void add(std::unique_ptr<Connection> c);
  void onTick();
  void onUnixEvent(ConnKey k, uint32_t events);
  // After a stream changed: drops it once closed, else brings its watch, its deadline in the kill
  // queue and its place in the rx queue up to date (telling the device when notify is set).
  void sync(ConnKey k, bool notify);
  void destroy(ConnKey k);
  void queueRst(const PacketHeader& to);
  uint32_t allocLocalPort();

  std::atomic<uint64_t> resets_{0};
  EventLoop& loop_;
  uint64_t guestCid_;
  std::function<void()> rxReady_;
  ConnectListener listener_;
  UniqueFd timer_;
  EventLoop::Token timerToken_ = 0;
  std::map<ConnKey, Stream> conns_;
  std::set<uint32_t> hostPorts_;
  uint32_t nextLocalPort_ = kFirstLocalPort;
  RxQueue rxq_;
  KillQueue killq_;
};

}  // namespace kata::vhost::vsock
