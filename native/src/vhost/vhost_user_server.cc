#include "vhost/vhost_user_server.h"

#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "common/sys_error.h"

namespace kata::vhost {

using namespace proto;

namespace {

constexpr uint64_t kOurProtocolFeatures = kProtocolFReplyAck | kProtocolFConfig;

UniqueFd listenUnix(const std::string& path) {
  sockaddr_un sa{};
  if (path.empty() || path.size() >= sizeof sa.sun_path)
    throw SysError("vhost-user socket path '" + path + "' is empty or too long", ENAMETOOLONG);
  UniqueFd fd(static_cast<int>(checkSys(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0), "socket for " + path)));
  sa.sun_family = AF_UNIX;
  std::memcpy(sa.sun_path, path.c_str(), path.size());
  struct stat st;
  if (::lstat(path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) ::unlink(path.c_str());
  checkSys(::bind(fd.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa), "bind " + path);
  checkSys(::listen(fd.get(), 4), "listen " + path);
  return fd;
}

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
    : loop_(loop), path_(std::move(socketPath)), device_(device), listen_(listenUnix(path_)), vrings_(device.numQueues()) {
  device_.attach(this);
  listenToken_ = loop_.add(listen_.get(), EPOLLIN, [this](uint32_t) { onListen(); });
}

VhostUserServer::~VhostUserServer() {
  resetAll();
  if (connToken_) loop_.remove(connToken_);
  loop_.remove(listenToken_);
  device_.attach(nullptr);
  ::unlink(path_.c_str());
}

void VhostUserServer::onListen() {
  UniqueFd c(::accept4(listen_.get(), nullptr, nullptr, SOCK_CLOEXEC));
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
  Header h{};
  int fdbuf[kMaxMemRegions];
  char cbuf[CMSG_SPACE(sizeof fdbuf)];
  iovec iov{&h, sizeof h};
  msghdr mh{};
  mh.msg_iov = &iov;
  mh.msg_iovlen = 1;
  mh.msg_control = cbuf;
  mh.msg_controllen = sizeof cbuf;
  ssize_t r;
  do r = ::recvmsg(conn_.get(), &mh, MSG_CMSG_CLOEXEC | MSG_WAITALL);
  while (r < 0 && errno == EINTR);
  std::vector<UniqueFd> fds;
  for (cmsghdr* c = CMSG_FIRSTHDR(&mh); c != nullptr; c = CMSG_NXTHDR(&mh, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    size_t n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    std::memcpy(fdbuf, CMSG_DATA(c), n * sizeof(int));
    for (size_t i = 0; i < n; ++i) fds.emplace_back(fdbuf[i]);
  }
  if (r == 0) return dropConnection("front-end closed the connection");
  if (r < 0) return dropConnection(std::string("recvmsg: ") + errnoName(errno));
  if (r != sizeof h || (mh.msg_flags & MSG_CTRUNC)) return dropConnection("short message header or too many fds");
  if ((h.flags & kVersionMask) != kVersion) return dropConnection("unsupported protocol version " + std::to_string(h.flags & kVersionMask));
  if (h.size > kMaxPayload) return dropConnection("payload of " + std::to_string(h.size) + " bytes is too big");
  std::vector<uint8_t> payload(h.size);
  if (h.size > 0 && !readFull(conn_.get(), payload.data(), h.size)) return dropConnection("short message payload");
  bool ok;
  try {
    ok = dispatch(h, payload, fds);
  } catch (const std::exception& e) {
    lastError_ = e.what();
    ok = false;
  }
  if (!ok) dropConnection(lastError_.empty() ? "bad request " + std::to_string(h.request) : lastError_);
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
  Vring& v = vrings_[q];
  bool wasRunning = isRunning(v);
  if (v.addrSet && mem_.regionCount() > 0) {
    uint16_t lastAvail = wasRunning ? v.queue.lastAvail() : v.base;
    uint8_t* desc = mem_.uvaToHost(v.addr.desc, SplitQueue::descBytes(v.num));
    uint8_t* avail = mem_.uvaToHost(v.addr.avail, SplitQueue::availBytes(v.num));
    uint8_t* used = mem_.uvaToHost(v.addr.used, SplitQueue::usedBytes(v.num));
    std::string err = v.queue.setup(&mem_, v.num, desc, avail, used);
    if (!err.empty()) throw std::runtime_error("vring " + std::to_string(q) + ": " + err);
    v.queue.setLastAvail(lastAvail);
    v.queue.syncUsedFromRing();
  }
  bool nowRunning = isRunning(v);
  if (nowRunning && !wasRunning) device_.queueStarted(q);
  if (!nowRunning && wasRunning) device_.queueStopped(q);
}

bool VhostUserServer::setMemTable(const std::vector<uint8_t>& p, std::vector<UniqueFd>& fds, std::string& why) {
  uint32_t n;
  if (p.size() < 8) return why = "SET_MEM_TABLE payload too short", false;
  std::memcpy(&n, p.data(), 4);
  if (n == 0 || n > kMaxMemRegions || p.size() < 8 + n * sizeof(MemRegion) || fds.size() != n)
    return why = "SET_MEM_TABLE with " + std::to_string(n) + " regions and " + std::to_string(fds.size()) + " fds", false;
  GuestMemory mem;
  for (uint32_t i = 0; i < n; ++i) {
    MemRegion r;
    std::memcpy(&r, p.data() + 8 + i * sizeof r, sizeof r);
    mem.addRegion(fds[i].get(), {r.guestPhysAddr, r.memorySize, r.userAddr, r.mmapOffset});
  }
  // Queues point into the old mapping: move them to the new one, keeping their indices.
  mem_ = std::move(mem);
  for (uint32_t q = 0; q < vrings_.size(); ++q) updateVring(q);
  return true;
}

bool VhostUserServer::dispatch(const Header& h, std::vector<uint8_t>& p, std::vector<UniqueFd>& fds) {
  auto u64 = [&](uint64_t& out) {
    if (p.size() < 8) return false;
    std::memcpy(&out, p.data(), 8);
    return true;
  };
  auto state = [&](VringState& s) {
    if (p.size() < sizeof s) return false;
    std::memcpy(&s, p.data(), sizeof s);
    return s.index < vrings_.size();
  };
  bool needAck = (protocolFeatures_ & kProtocolFReplyAck) && (h.flags & kFlagNeedReply);
  uint64_t status = 0;  // REPLY_ACK payload: 0 = success
  std::string why;

  switch (h.request) {
    case GET_FEATURES: {
      uint64_t f = device_.features() | kFProtocolFeatures;
      reply(h, &f, 8);
      return true;
    }
    case SET_FEATURES: {
      uint64_t f;
      if (!u64(f)) return false;
      ackedFeatures_ = f;
      device_.setFeatures(f & ~kFProtocolFeatures);
      // Without protocol features a ring is enabled as soon as it starts.
      if (!(f & kFProtocolFeatures))
        for (uint32_t q = 0; q < vrings_.size(); ++q) {
          vrings_[q].enabled = true;
          updateVring(q);
        }
      break;
    }
    case GET_PROTOCOL_FEATURES: {
      uint64_t f = kOurProtocolFeatures;
      reply(h, &f, 8);
      return true;
    }
    case SET_PROTOCOL_FEATURES: {
      uint64_t f;
      if (!u64(f)) return false;
      protocolFeatures_ = f & kOurProtocolFeatures;
      needAck = (protocolFeatures_ & kProtocolFReplyAck) && (h.flags & kFlagNeedReply);
      break;
    }
    case SET_OWNER:
      break;
    case RESET_OWNER:
      resetAll();
      break;
    case SET_MEM_TABLE:
      if (!setMemTable(p, fds, why)) {
        lastError_ = why;
        return false;
      }
      break;
    case SET_LOG_BASE:
    case SET_LOG_FD:
      status = 1;  // no dirty logging (LOG_SHMFD not offered)
      break;
    case SET_VRING_NUM: {
      VringState s;
      if (!state(s)) return false;
      if (s.num == 0 || s.num > kMaxQueueSize || (s.num & (s.num - 1)) != 0) {
        lastError_ = "vring size " + std::to_string(s.num) + " is not a power of two up to 32768";
        return false;
      }
      vrings_[s.index].num = s.num;
      break;
    }
    case SET_VRING_ADDR: {
      VringAddr a;
      if (p.size() < sizeof a) return false;
      std::memcpy(&a, p.data(), sizeof a);
      if (a.index >= vrings_.size()) return false;
      vrings_[a.index].addr = a;
      vrings_[a.index].addrSet = true;
      updateVring(a.index);
      break;
    }
    case SET_VRING_BASE: {
      VringState s;
      if (!state(s)) return false;
      vrings_[s.index].base = static_cast<uint16_t>(s.num);
      vrings_[s.index].queue.setLastAvail(static_cast<uint16_t>(s.num));
      break;
    }
    case GET_VRING_BASE: {
      VringState s;
      if (!state(s)) return false;
      Vring& v = vrings_[s.index];
      uint16_t last = v.queue.ready() || v.queue.broken() ? v.queue.lastAvail() : v.base;
      stopVring(s.index);
      v.base = last;
      v.call.reset();
      VringState out{s.index, last};
      reply(h, &out, sizeof out);
      return true;
    }
    case SET_VRING_KICK:
    case SET_VRING_CALL:
    case SET_VRING_ERR: {
      uint64_t v64;
      if (!u64(v64)) return false;
      uint32_t q = static_cast<uint32_t>(v64 & kVringIndexMask);
      if (q >= vrings_.size()) return false;
      bool noFd = (v64 & kVringNoFd) != 0;
      if (!noFd && fds.size() != 1) return false;
      UniqueFd fd = noFd ? UniqueFd() : std::move(fds[0]);
      Vring& v = vrings_[q];
      if (h.request == SET_VRING_CALL) {
        v.call = std::move(fd);
      } else if (h.request == SET_VRING_ERR) {
        v.err = std::move(fd);
      } else {
        if (v.kickToken) loop_.remove(v.kickToken);
        v.kickToken = 0;
        v.kick = std::move(fd);
        if (v.kick) {
          v.kickToken = loop_.add(v.kick.get(), EPOLLIN, [this, q](uint32_t) {
            uint64_t n;
            ssize_t r = ::read(vrings_[q].kick.get(), &n, sizeof n);
            (void)r;
            if (running(q)) device_.queueKicked(q);
          });
        }
        v.started = true;  // "the ring starts when the kick fd is received"
        updateVring(q);
      }
      break;
    }
    case GET_QUEUE_NUM: {
      uint64_t n = vrings_.size();
      reply(h, &n, 8);
      return true;
    }
    case SET_VRING_ENABLE: {
      VringState s;
      if (!state(s)) return false;
      vrings_[s.index].enabled = s.num != 0;
      updateVring(s.index);
      break;
    }
    case GET_CONFIG: {
      uint32_t off, size;
      if (p.size() < kConfigHeaderSize) return false;
      std::memcpy(&off, p.data(), 4);
      std::memcpy(&size, p.data() + 4, 4);
      if (size > kMaxConfigSize || p.size() < kConfigHeaderSize + size) return false;
      std::vector<uint8_t> bytes = device_.config(off, size);
      // An empty reply payload tells QEMU the read failed.
      if (bytes.size() != size) {
        reply(h, nullptr, 0);
        return true;
      }
      std::memcpy(p.data() + kConfigHeaderSize, bytes.data(), size);
      reply(h, p.data(), kConfigHeaderSize + size);
      return true;
    }
    case SET_CONFIG:
      status = 1;  // config space is read-only here
      break;
    default:
      status = 1;  // unknown requests are refused, not fatal
      break;
  }
  if (needAck) reply(h, &status, 8);
  return true;
}

}  // namespace kata::vhost
