// VhostUserServer: the back-end side of QEMU's vhost-user protocol on a unix socket. It listens
// at a path, serves one front-end (QEMU) at a time, maps the guest's memory table, keeps each
// vring's state and eventfds, and drives a VhostUserDevice. When QEMU disconnects, the device is
// reset and the server listens again, so a restarted QEMU can reconnect. Runs on an EventLoop's
// thread; knows nothing about vsock.
#pragma once

#include <string>
#include <vector>

#include "common/unique_fd.h"
#include "vhost/event_loop.h"
#include "vhost/guest_memory.h"
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

  void onListen();
  void onConnReadable();
  void dropConnection(const std::string& why);
  void resetAll();
  // Returns false to drop the connection (a protocol violation).
  bool dispatch(const proto::Header& h, std::vector<uint8_t>& payload, std::vector<UniqueFd>& fds);
  void reply(const proto::Header& h, const void* payload, uint32_t size);
  bool setMemTable(const std::vector<uint8_t>& p, std::vector<UniqueFd>& fds, std::string& why);
  // Translates a vring's ring addresses and (re)starts it when it should run.
  void updateVring(uint32_t q);
  void stopVring(uint32_t q);
  bool isRunning(const Vring& v) const noexcept;

  EventLoop& loop_;
  std::string path_;
  VhostUserDevice& device_;
  UniqueFd listen_;
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
