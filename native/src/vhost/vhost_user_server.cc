#include "vhost/vhost_user_server.h"

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "common/sys_error.h"

namespace kata::vhost {

using namespace proto;

namespace {

constexpr uint64_t kOurProtocolFeatures = kProtocolFReplyAck | kProtocolFConfig;
// One front-end at a time; a few may queue while the last one is being dropped.
constexpr int kBacklog = 4;
// REPLY_ACK payloads (vhost-user.rst, "REPLY_ACK"): zero for success, non-zero for failure.
constexpr uint64_t kAckOk = 0;
constexpr uint64_t kAckFailed = 1;

// Reads exactly n bytes from a blocking socket with a receive timeout; false on EOF/error.
bool readFull(int fd, void* buf, size_t n) {
  auto* p = static_cast<uint8_t*>(buf);
  while (n > 0) {
    ssize_t r = ::recv(fd, p, n, 0);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<size_t>(r);
  }
  return true;
}

}  // namespace

VhostUserServer::VhostUserServer(EventLoop& loop, std::string socketPath, VhostUserDevice& device)
    : loop_(loop), device_(device), listen_(std::move(socketPath), kBacklog, "vhost-user socket"), vrings_(device.numQueues()) {
  device_.attach(this);
  listenToken_ = loop_.add(listen_.fd(), EPOLLIN, [this](uint32_t) { onListen(); });
}

VhostUserServer::~VhostUserServer() {
  resetAll();
  if (connToken_) loop_.remove(connToken_);
  loop_.remove(listenToken_);
  device_.attach(nullptr);
}

void VhostUserServer::onListen() {
  UniqueFd c = listen_.accept(false);
  if (!c) return;
  if (conn_) return;  // one front-end at a time: a second one is closed at once
  // Messages arrive whole (QEMU writes each with one sendmsg), so blocking reads with a timeout
  // keep the code simple without letting a stalled peer hang the loop forever.
  timeval tv{2, 0};
  ::setsockopt(c.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  ::setsockopt(c.get(), SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  conn_ = std::move(c);
  lastError_.clear();
  connToken_ = loop_.add(conn_.get(), EPOLLIN, [this](uint32_t) { onConnReadable(); });
}

void VhostUserServer::dropConnection(const std::string& why) {
  lastError_ = why;
  resetAll();
  loop_.remove(connToken_);
  connToken_ = 0;
  conn_.reset();
}

void VhostUserServer::resetAll() {
  for (uint32_t q = 0; q < vrings_.size(); ++q) stopVring(q);
  device_.reset();
  for (auto& v : vrings_) {
    v.queue.reset();
    v = Vring{};
  }
  mem_.clear();
  ackedFeatures_ = 0;
  protocolFeatures_ = 0;
}

void VhostUserServer::onConnReadable() {
  Message m{};
  int fdbuf[kMaxMemRegions];
  char cbuf[CMSG_SPACE(sizeof fdbuf)];
  iovec iov{&m.header, sizeof m.header};
  msghdr mh{};
  mh.msg_iov = &iov;
  mh.msg_iovlen = 1;
  mh.msg_control = cbuf;
  mh.msg_controllen = sizeof cbuf;
  ssize_t r;
  do r = ::recvmsg(conn_.get(), &mh, MSG_CMSG_CLOEXEC | MSG_WAITALL);
  while (r < 0 && errno == EINTR);
  for (cmsghdr* c = CMSG_FIRSTHDR(&mh); c != nullptr; c = CMSG_NXTHDR(&mh, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    size_t n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    std::memcpy(fdbuf, CMSG_DATA(c), n * sizeof(int));
    for (size_t i = 0; i < n; ++i) m.fds.emplace_back(fdbuf[i]);
  }
  const Header& h = m.header;
  if (r == 0) return dropConnection("front-end closed the connection");
  if (r < 0) return dropConnection(std::string("recvmsg: ") + errnoName(errno));
  if (r != sizeof h || (mh.msg_flags & MSG_CTRUNC)) return dropConnection("short message header or too many fds");
  if ((h.flags & kVersionMask) != kVersion) return dropConnection("unsupported protocol version " + std::to_string(h.flags & kVersionMask));
  if (h.size > kMaxPayload) return dropConnection("payload of " + std::to_string(h.size) + " bytes is too big");
  m.payload.resize(h.size);
  if (h.size > 0 && !readFull(conn_.get(), m.payload.data(), h.size)) return dropConnection("short message payload");

  // Whether the front-end wants a REPLY_ACK is decided by the features before this request.
  bool needAck = wantsAck(h);
  Handler handler = handlerFor(h.request);
  Outcome done;
  try {
    done = handler ? (this->*handler)(m) : Outcome::Refused;  // unknown requests are refused, not fatal
  } catch (const std::exception& e) {
    lastError_ = e.what();
    done = Outcome::Broken;
  }
  if (done == Outcome::Broken) return dropConnection(lastError_.empty() ? "bad request " + std::to_string(h.request) : lastError_);
  if (needAck && done != Outcome::Replied) {
    uint64_t status = done == Outcome::Done ? kAckOk : kAckFailed;
    reply(h, &status, sizeof status);
  }
}

VhostUserServer::Handler VhostUserServer::handlerFor(uint32_t request) noexcept {
  struct Entry {
    uint32_t request;
    Handler handler;
  };
  static const Entry kTable[] = {
      {GET_FEATURES, &VhostUserServer::getFeatures},
      {SET_FEATURES, &VhostUserServer::setFeatures},
      {SET_OWNER, &VhostUserServer::setOwner},
      {RESET_OWNER, &VhostUserServer::resetOwner},
      {SET_MEM_TABLE, &VhostUserServer::setMemTable},
      {SET_LOG_BASE, &VhostUserServer::refuse},  // no dirty logging (LOG_SHMFD not offered)
      {SET_LOG_FD, &VhostUserServer::refuse},
      {SET_VRING_NUM, &VhostUserServer::setVringNum},
      {SET_VRING_ADDR, &VhostUserServer::setVringAddr},
      {SET_VRING_BASE, &VhostUserServer::setVringBase},
      {GET_VRING_BASE, &VhostUserServer::getVringBase},
      {SET_VRING_KICK, &VhostUserServer::setVringKick},
      {SET_VRING_CALL, &VhostUserServer::setVringCall},
      {SET_VRING_ERR, &VhostUserServer::setVringErr},
      {GET_PROTOCOL_FEATURES, &VhostUserServer::getProtocolFeatures},
      {SET_PROTOCOL_FEATURES, &VhostUserServer::setProtocolFeatures},
      {GET_QUEUE_NUM, &VhostUserServer::getQueueNum},
      {SET_VRING_ENABLE, &VhostUserServer::setVringEnable},
      {GET_CONFIG, &VhostUserServer::getConfig},
      {SET_CONFIG, &VhostUserServer::refuse},  // config space is read-only here
  };
  for (const Entry& e : kTable)
    if (e.request == request) return e.handler;
  return nullptr;
}

bool VhostUserServer::wantsAck(const Header& h) const noexcept {
  return (protocolFeatures_ & kProtocolFReplyAck) && (h.flags & kFlagNeedReply);
}

void VhostUserServer::reply(const Header& req, const void* payload, uint32_t size) {
  Header h{req.request, kVersion | kFlagReply, size};
  uint8_t buf[sizeof h + kMaxConfigSize + kConfigHeaderSize];
  std::memcpy(buf, &h, sizeof h);
  if (size > 0) std::memcpy(buf + sizeof h, payload, size);
  ssize_t r;
  do r = ::send(conn_.get(), buf, sizeof h + size, MSG_NOSIGNAL);
  while (r < 0 && errno == EINTR);
}

bool VhostUserServer::isRunning(const Vring& v) const noexcept { return v.started && v.enabled && v.queue.ready(); }

SplitQueue* VhostUserServer::running(uint32_t q) noexcept {
  if (q >= vrings_.size()) return nullptr;
  Vring& v = vrings_[q];
  return isRunning(v) ? &v.queue : nullptr;
}

void VhostUserServer::signalUsed(uint32_t q) noexcept {
  if (q >= vrings_.size()) return;
  Vring& v = vrings_[q];
  if (!v.call || !v.queue.needsNotify()) return;
  uint64_t one = 1;
  ssize_t r = ::write(v.call.get(), &one, sizeof one);
  (void)r;
}

void VhostUserServer::stopVring(uint32_t q) {
  Vring& v = vrings_[q];
  bool wasRunning = isRunning(v);
  if (v.kickToken) loop_.remove(v.kickToken);
  v.kickToken = 0;
  v.kick.reset();
  v.started = false;
  if (wasRunning) device_.queueStopped(q);
}

void VhostUserServer::updateVring(uint32_t q) {
  bool wasRunning = isRunning(vrings_[q]);
  translateVring(q, wasRunning);
  notifyVring(q, wasRunning);
}

void VhostUserServer::translateVring(uint32_t q, bool wasRunning) {
  Vring& v = vrings_[q];
  if (!v.addrSet || mem_.regionCount() == 0) return;
  uint16_t lastAvail = wasRunning ? v.queue.lastAvail() : v.base;
  uint8_t* desc = mem_.uvaToHost(v.addr.desc, SplitQueue::descBytes(v.num));
  uint8_t* avail = mem_.uvaToHost(v.addr.avail, SplitQueue::availBytes(v.num));
  uint8_t* used = mem_.uvaToHost(v.addr.used, SplitQueue::usedBytes(v.num));
  std::string err = v.queue.setup(&mem_, v.num, desc, avail, used);
  if (!err.empty()) throw std::runtime_error("vring " + std::to_string(q) + ": " + err);
  v.queue.setLastAvail(lastAvail);
  v.queue.syncUsedFromRing();
}

void VhostUserServer::notifyVring(uint32_t q, bool wasRunning) {
  bool nowRunning = isRunning(vrings_[q]);
  if (nowRunning && !wasRunning) device_.queueStarted(q);
  if (!nowRunning && wasRunning) device_.queueStopped(q);
}

// --- payload readers ---

VhostUserServer::Outcome VhostUserServer::broken(std::string why) {
  lastError_ = std::move(why);
  return Outcome::Broken;
}

bool VhostUserServer::readU64(const Message& m, uint64_t& out) const noexcept {
  if (m.payload.size() < sizeof out) return false;
  std::memcpy(&out, m.payload.data(), sizeof out);
  return true;
}

bool VhostUserServer::readVringState(const Message& m, VringState& out) const noexcept {
  if (m.payload.size() < sizeof out) return false;
  std::memcpy(&out, m.payload.data(), sizeof out);
  return out.index < vrings_.size();
}

VhostUserServer::Vring* VhostUserServer::vringFd(Message& m, uint32_t& q, UniqueFd& fd) noexcept {
  uint64_t v64;
  if (!readU64(m, v64)) return nullptr;
  q = static_cast<uint32_t>(v64 & kVringIndexMask);
  if (q >= vrings_.size()) return nullptr;
  bool noFd = (v64 & kVringNoFd) != 0;
  if (!noFd && m.fds.size() != 1) return nullptr;
  fd = noFd ? UniqueFd() : std::move(m.fds[0]);
  return &vrings_[q];
}

VhostUserServer::Outcome VhostUserServer::storeVringFd(Message& m, UniqueFd Vring::*slot) {
  uint32_t q;
  UniqueFd fd;
  Vring* v = vringFd(m, q, fd);
  if (v == nullptr) return Outcome::Broken;
  v->*slot = std::move(fd);
  return Outcome::Done;
}

// --- one handler per request (vhost-user.rst, "Front-end message types") ---

VhostUserServer::Outcome VhostUserServer::getFeatures(Message& m) {
  uint64_t f = device_.features() | kFProtocolFeatures;
  reply(m.header, &f, sizeof f);
  return Outcome::Replied;
}

VhostUserServer::Outcome VhostUserServer::setFeatures(Message& m) {
  uint64_t f;
  if (!readU64(m, f)) return Outcome::Broken;
  ackedFeatures_ = f;
  device_.setFeatures(f & ~kFProtocolFeatures);
  // Without protocol features a ring is enabled as soon as it starts.
  if (!(f & kFProtocolFeatures))
    for (uint32_t q = 0; q < vrings_.size(); ++q) {
      vrings_[q].enabled = true;
      updateVring(q);
    }
  return Outcome::Done;
}

VhostUserServer::Outcome VhostUserServer::getProtocolFeatures(Message& m) {
  uint64_t f = kOurProtocolFeatures;
  reply(m.header, &f, sizeof f);
  return Outcome::Replied;
}

VhostUserServer::Outcome VhostUserServer::setProtocolFeatures(Message& m) {
  uint64_t f;
  if (!readU64(m, f)) return Outcome::Broken;
  protocolFeatures_ = f & kOurProtocolFeatures;
  // The one request whose REPLY_ACK follows the features it sets, not those before it.
  if (wantsAck(m.header)) {
    uint64_t status = kAckOk;
    reply(m.header, &status, sizeof status);
  }
  return Outcome::Replied;
}

VhostUserServer::Outcome VhostUserServer::setOwner(Message&) { return Outcome::Done; }

VhostUserServer::Outcome VhostUserServer::resetOwner(Message&) {
  resetAll();
  return Outcome::Done;
}

VhostUserServer::Outcome VhostUserServer::setMemTable(Message& m) {
  const std::vector<uint8_t>& p = m.payload;
  uint32_t n;
  if (p.size() < 8) return broken("SET_MEM_TABLE payload too short");
  std::memcpy(&n, p.data(), 4);  // u32 nregions, u32 padding, then the regions
  if (n == 0 || n > kMaxMemRegions || p.size() < 8 + n * sizeof(MemRegion) || m.fds.size() != n)
    return broken("SET_MEM_TABLE with " + std::to_string(n) + " regions and " + std::to_string(m.fds.size()) + " fds");
  GuestMemory mem;
  for (uint32_t i = 0; i < n; ++i) {
    MemRegion r;
    std::memcpy(&r, p.data() + 8 + i * sizeof r, sizeof r);
    mem.addRegion(m.fds[i].get(), {r.guestPhysAddr, r.memorySize, r.userAddr, r.mmapOffset});
  }
  // Queues point into the old mapping, which goes now: every one moves to the new mapping,
  // keeping its indices, before the device hears of any change. A queue the device is told has
  // started may make it walk the others too (the vsock device's rx work looks at tx), and one
  // not moved yet would still point at unmapped memory (found by fuzzing: a SEGV).
  std::vector<bool> wasRunning(vrings_.size());
  for (uint32_t q = 0; q < vrings_.size(); ++q) wasRunning[q] = isRunning(vrings_[q]);
  mem_ = std::move(mem);
  try {
    for (uint32_t q = 0; q < vrings_.size(); ++q) translateVring(q, wasRunning[q]);
  } catch (...) {
    // The front-end is dropped for this; no queue may keep a pointer into the old mapping.
    for (auto& v : vrings_) v.queue.reset();
    throw;
  }
  for (uint32_t q = 0; q < vrings_.size(); ++q) notifyVring(q, wasRunning[q]);
  return Outcome::Done;
}

VhostUserServer::Outcome VhostUserServer::refuse(Message&) { return Outcome::Refused; }

VhostUserServer::Outcome VhostUserServer::setVringNum(Message& m) {
  VringState s;
  if (!readVringState(m, s)) return Outcome::Broken;
  if (s.num == 0 || s.num > kMaxQueueSize || (s.num & (s.num - 1)) != 0)
    return broken("vring size " + std::to_string(s.num) + " is not a power of two up to 32768");
  vrings_[s.index].num = s.num;
  return Outcome::Done;
}

VhostUserServer::Outcome VhostUserServer::setVringAddr(Message& m) {
  VringAddr a;
  if (m.payload.size() < sizeof a) return Outcome::Broken;
  std::memcpy(&a, m.payload.data(), sizeof a);
  if (a.index >= vrings_.size()) return Outcome::Broken;
  vrings_[a.index].addr = a;
  vrings_[a.index].addrSet = true;
  updateVring(a.index);
  return Outcome::Done;
}

VhostUserServer::Outcome VhostUserServer::setVringBase(Message& m) {
  VringState s;
  if (!readVringState(m, s)) return Outcome::Broken;
  vrings_[s.index].base = static_cast<uint16_t>(s.num);
  vrings_[s.index].queue.setLastAvail(static_cast<uint16_t>(s.num));
  return Outcome::Done;
}

VhostUserServer::Outcome VhostUserServer::getVringBase(Message& m) {
  VringState s;
  if (!readVringState(m, s)) return Outcome::Broken;
  Vring& v = vrings_[s.index];
  uint16_t last = v.queue.ready() || v.queue.broken() ? v.queue.lastAvail() : v.base;
  stopVring(s.index);
  v.base = last;
  v.call.reset();
  VringState out{s.index, last};
  reply(m.header, &out, sizeof out);
  return Outcome::Replied;
}

VhostUserServer::Outcome VhostUserServer::setVringKick(Message& m) {
  uint32_t q;
  UniqueFd fd;
  Vring* v = vringFd(m, q, fd);
  if (v == nullptr) return Outcome::Broken;
  if (v->kickToken) loop_.remove(v->kickToken);
  v->kickToken = 0;
  v->kick = std::move(fd);
  if (v->kick) {
    v->kickToken = loop_.add(v->kick.get(), EPOLLIN, [this, q](uint32_t) {
      uint64_t n;
      ssize_t r = ::read(vrings_[q].kick.get(), &n, sizeof n);
      (void)r;
      if (running(q)) device_.queueKicked(q);
    });
  }
  v->started = true;  // "the ring starts when the kick fd is received"
  updateVring(q);
  return Outcome::Done;
}

VhostUserServer::Outcome VhostUserServer::setVringCall(Message& m) { return storeVringFd(m, &Vring::call); }

VhostUserServer::Outcome VhostUserServer::setVringErr(Message& m) { return storeVringFd(m, &Vring::err); }

VhostUserServer::Outcome VhostUserServer::getQueueNum(Message& m) {
  uint64_t n = vrings_.size();
  reply(m.header, &n, sizeof n);
  return Outcome::Replied;
}

VhostUserServer::Outcome VhostUserServer::setVringEnable(Message& m) {
  VringState s;
  if (!readVringState(m, s)) return Outcome::Broken;
  vrings_[s.index].enabled = s.num != 0;
  updateVring(s.index);
  return Outcome::Done;
}

VhostUserServer::Outcome VhostUserServer::getConfig(Message& m) {
  std::vector<uint8_t>& p = m.payload;
  uint32_t off, size;
  if (p.size() < kConfigHeaderSize) return Outcome::Broken;
  std::memcpy(&off, p.data(), 4);
  std::memcpy(&size, p.data() + 4, 4);
  if (size > kMaxConfigSize || p.size() < kConfigHeaderSize + size) return Outcome::Broken;
  std::vector<uint8_t> bytes = device_.config(off, size);
  // An empty reply payload tells QEMU the read failed.
  if (bytes.size() != size) {
    reply(m.header, nullptr, 0);
    return Outcome::Replied;
  }
  // A read of 0 bytes is answered with the header alone: an empty vector's data() may be null,
  // which memcpy must not get even for 0 bytes (UBSan found it fuzzing).
  if (size > 0) std::memcpy(p.data() + kConfigHeaderSize, bytes.data(), size);
  reply(m.header, p.data(), kConfigHeaderSize + size);
  return Outcome::Replied;
}

}  // namespace kata::vhost
