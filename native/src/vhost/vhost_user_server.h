// VhostUserServer: the back-end side of QEMU's vhost-user protocol on a unix socket. It listens
// at a path, serves one front-end (QEMU) at a time, maps the guest's memory table, keeps each
// vring's state and eventfds, and drives a VhostUserDevice. Each request has one handler, found
// through a table by request number. When QEMU disconnects, the device is reset and the server
// listens again, so a restarted QEMU can reconnect. Runs on an EventLoop's thread; knows nothing
// about any one device.
#pragma once

#include <string>
#include <vector>

#include "common/unique_fd.h"
#include "vhost/event_loop.h"
#include "vhost/guest_memory.h"
#include "vhost/unix_listener.h"
#include "vhost/vhost_user_device.h"
#include "vhost/vhost_user_protocol.h"
#include "vhost/virtqueue.h"

namespace kata::vhost {

class VhostUserServer : public QueueSet {
 public:
  // Binds and listens at socketPath (an existing socket file there is replaced). Throws SysError
  // naming the path.
  VhostUserServer(EventLoop& loop, std::string socketPath, VhostUserDevice& device);
  ~VhostUserServer() override;
  VhostUserServer(const VhostUserServer&) = delete;
  VhostUserServer& operator=(const VhostUserServer&) = delete;

  SplitQueue* running(uint32_t q) noexcept override;
  void signalUsed(uint32_t q) noexcept override;

  bool connected() const noexcept { return conn_.valid(); }
  // Why the last front-end was dropped ("" if none was), for diagnostics and tests.
  const std::string& lastError() const noexcept { return lastError_; }

 private:
  struct Vring {
    uint32_t num = 0;
    proto::VringAddr addr{};
    bool addrSet = false;
    uint16_t base = 0;
    bool started = false;  // kick fd received
    bool enabled = false;
    SplitQueue queue;
    UniqueFd kick, call, err;
    EventLoop::Token kickToken = 0;
  };
  // One request as read from the socket.
  struct Message {
    proto::Header header;
    std::vector<uint8_t> payload;
    std::vector<UniqueFd> fds;
  };
  // What a handler did with its request.
  enum class Outcome {
    Replied,  // it sent the reply the request calls for itself
    Done,     // success: a REPLY_ACK, if asked for, says 0
    Refused,  // not supported: a REPLY_ACK, if asked for, says 1
    Broken,   // a protocol violation (lastError_ says which): the front-end is dropped
  };
  using Handler = Outcome (VhostUserServer::*)(Message& m);
  // The handler for a request number, or nullptr for requests we do not implement.
  static Handler handlerFor(uint32_t request) noexcept;

  Outcome getFeatures(Message& m);
  Outcome setFeatures(Message& m);
  Outcome getProtocolFeatures(Message& m);
  Outcome setProtocolFeatures(Message& m);
  Outcome setOwner(Message& m);
  Outcome resetOwner(Message& m);
  Outcome setMemTable(Message& m);
  Outcome refuse(Message& m);
  Outcome setVringNum(Message& m);
  Outcome setVringAddr(Message& m);
  Outcome setVringBase(Message& m);
  Outcome getVringBase(Message& m);
  Outcome setVringKick(Message& m);
  Outcome setVringCall(Message& m);
  Outcome setVringErr(Message& m);
  Outcome getQueueNum(Message& m);
  Outcome setVringEnable(Message& m);
  Outcome getConfig(Message& m);

  // Payload readers: false when the payload is too short (or names no vring we have).
  bool readU64(const Message& m, uint64_t& out) const noexcept;
  bool readVringState(const Message& m, proto::VringState& out) const noexcept;
  // The vring and fd a SET_VRING_KICK/CALL/ERR names; nullptr when the message is malformed.
  Vring* vringFd(Message& m, uint32_t& q, UniqueFd& fd) noexcept;
  // SET_VRING_CALL/ERR: keeps the fd in the vring's slot.
  Outcome storeVringFd(Message& m, UniqueFd Vring::*slot);
  Outcome broken(std::string why);

  void onListen();
  void onConnReadable();
  void dropConnection(const std::string& why);
  void resetAll();
  void reply(const proto::Header& h, const void* payload, uint32_t size);
  bool wantsAck(const proto::Header& h) const noexcept;
  // Translates a vring's ring addresses and (re)starts it when it should run.
  void updateVring(uint32_t q);
  // The two halves of updateVring: points the queue at its rings in the current memory table
  // (throws when they are outside it), then tells the device if it started or stopped running.
  void translateVring(uint32_t q, bool wasRunning);
  void notifyVring(uint32_t q, bool wasRunning);
  void stopVring(uint32_t q);
  bool isRunning(const Vring& v) const noexcept;

  EventLoop& loop_;
  VhostUserDevice& device_;
  UnixListener listen_;
  EventLoop::Token listenToken_ = 0;
  UniqueFd conn_;
  EventLoop::Token connToken_ = 0;
  GuestMemory mem_;
  std::vector<Vring> vrings_;
  uint64_t ackedFeatures_ = 0;
  uint64_t protocolFeatures_ = 0;
  std::string lastError_;
};

}  // namespace kata::vhost
