#include "vhost/vsock/hybrid_muxer.h"

#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "common/sys_error.h"

namespace kata::vhost::vsock {

namespace {

// How long a host client may take to send its CONNECT line, and the guest to answer a REQUEST.
constexpr int64_t kHandshakeMs = 5000;
// How long a closing stream may wait for the other side before it is reset.
constexpr int64_t kCloseMs = 10000;
// "CONNECT " + a u32 + "\n" fits easily; longer lines are garbage.
constexpr size_t kMaxConnectLine = 64;
// Largest RW payload we put in one packet (Linux uses 64 KiB, VIRTIO_VSOCK_MAX_PKT_BUF_SIZE).
constexpr uint32_t kMaxPayload = 64 * 1024;

// KATA_VSOCK_TRACE=1 prints every packet to stderr (debugging only; off on the hot path otherwise).
const bool kTrace = std::getenv("KATA_VSOCK_TRACE") != nullptr;
void trace(const char* dir, const PacketHeader& h) {
  if (kTrace)
    std::fprintf(stderr, "vsock %s op=%u %llu:%u -> %llu:%u len=%u flags=%u buf_alloc=%u fwd_cnt=%u\n", dir, h.op,
                 (unsigned long long)h.srcCid, h.srcPort, (unsigned long long)h.dstCid, h.dstPort, h.len, h.flags, h.bufAlloc, h.fwdCnt);
}

int64_t nowMs() {
  timespec ts;
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool fillAddr(sockaddr_un& sa, const std::string& path) {
  if (path.empty() || path.size() >= sizeof sa.sun_path) return false;
  sa.sun_family = AF_UNIX;
  std::memcpy(sa.sun_path, path.c_str(), path.size());
  return true;
}

// Parses "CONNECT <port>\n" exactly; false for anything else.
bool parseConnect(const char* line, size_t n, uint32_t& port) {
  static const char kPrefix[] = "CONNECT ";
  size_t pre = sizeof kPrefix - 1;
  if (n < pre + 2 || std::memcmp(line, kPrefix, pre) != 0 || line[n - 1] != '\n') return false;
  uint64_t v = 0;
  for (size_t i = pre; i < n - 1; ++i) {
    if (line[i] < '0' || line[i] > '9' || i - pre >= 10) return false;
    v = v * 10 + uint64_t(line[i] - '0');
  }
  if (v > UINT32_MAX) return false;
  port = uint32_t(v);
  return true;
}

}  // namespace

HybridMuxer::HybridMuxer(EventLoop& loop, std::string udsPath, uint64_t guestCid, std::function<void()> rxReady)
    : loop_(loop), uds_(std::move(udsPath)), guestCid_(guestCid), rxReady_(std::move(rxReady)) {
  sockaddr_un sa{};
  if (!fillAddr(sa, uds_)) throw SysError("hybrid vsock socket path '" + uds_ + "' is empty or too long", ENAMETOOLONG);
  listen_.reset(static_cast<int>(checkSys(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0), "socket for " + uds_)));
  struct stat st;
  if (::lstat(uds_.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) ::unlink(uds_.c_str());
  checkSys(::bind(listen_.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa), "bind " + uds_);
  checkSys(::listen(listen_.get(), 128), "listen " + uds_);
  timer_.reset(static_cast<int>(checkSys(::timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK), "timerfd_create")));
  itimerspec its{{1, 0}, {1, 0}};
  checkSys(::timerfd_settime(timer_.get(), 0, &its, nullptr), "timerfd_settime");
  listenToken_ = loop_.add(listen_.get(), EPOLLIN, [this](uint32_t) { onListen(); });
  timerToken_ = loop_.add(timer_.get(), EPOLLIN, [this](uint32_t) { onTick(); });
}

HybridMuxer::~HybridMuxer() {
  reset();
  loop_.remove(listenToken_);
  loop_.remove(timerToken_);
  ::unlink(uds_.c_str());
}

void HybridMuxer::reset() {
  resets_++;  // before the sockets close, so whoever sees their end also sees the count
  while (!conns_.empty()) destroy(conns_.begin()->first);
  for (auto& [fd, p] : pending_) loop_.remove(p.token);
  pending_.clear();
  ctrl_.clear();
  rxQueue_.clear();
}

void HybridMuxer::onListen() {
  for (;;) {
    UniqueFd c(::accept4(listen_.get(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
    if (!c) return;
    int fd = c.get();
    // Keyed by fd: the number stays ours until the entry (and its watch) is gone.
    EventLoop::Token t = loop_.add(fd, EPOLLIN, [this, fd](uint32_t) { onPendingReadable(fd); });
    pending_.emplace(fd, PendingClient{std::move(c), t, nowMs() + kHandshakeMs});
  }
}

void HybridMuxer::onPendingReadable(int pfd) {
  auto it = pending_.find(pfd);
  if (it == pending_.end()) return;
  char buf[kMaxConnectLine];
  ssize_t n = ::recv(it->second.fd.get(), buf, sizeof buf, MSG_PEEK);
  if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
  const void* nl = n > 0 ? std::memchr(buf, '\n', size_t(n)) : nullptr;
  uint32_t port = 0;
  bool ok = false;
  if (nl != nullptr) {
    size_t lineLen = size_t(static_cast<const char*>(nl) - buf) + 1;
    ssize_t r = ::recv(it->second.fd.get(), buf, lineLen, 0);  // consume only the line: the rest is stream data
    ok = r == ssize_t(lineLen) && parseConnect(buf, lineLen, port);
  } else if (n > 0 && size_t(n) < sizeof buf) {
    return;  // a partial line: wait for the rest
  }
  UniqueFd fd = std::move(it->second.fd);
  loop_.remove(it->second.token);
  pending_.erase(it);
  if (!ok) return;  // garbage, EOF or a line too long: closed
  uint32_t local = allocLocalPort();
  Key k{local, port};
  auto c = std::make_unique<Connection>(local, port, std::move(fd), Connection::State::Connecting);
  c->needRequest = true;
  c->deadlineMs = nowMs() + kHandshakeMs;
  Connection& ref = *c;
  conns_.emplace(k, std::move(c));
  hostPorts_.insert(local);
  schedule(ref);
}

uint32_t HybridMuxer::allocLocalPort() {
  for (;;) {
    uint32_t p = nextLocalPort_++;
    if (nextLocalPort_ == 0) nextLocalPort_ = kFirstLocalPort;
    if (p >= kFirstLocalPort && !hostPorts_.count(p)) return p;
  }
}

void HybridMuxer::onTick() {
  uint64_t n;
  ssize_t r = ::read(timer_.get(), &n, sizeof n);
  (void)r;
  int64_t now = nowMs();
  for (auto it = pending_.begin(); it != pending_.end();) {
    if (it->second.deadlineMs <= now) {
      loop_.remove(it->second.token);
      it = pending_.erase(it);
    } else {
      ++it;
    }
  }
  std::vector<Key> expired;
  for (auto& [k, c] : conns_)
    if (c->deadlineMs != 0 && c->deadlineMs <= now) expired.push_back(k);
  for (const Key& k : expired) {
    Connection& c = *conns_[k];
    if (c.state == Connection::State::Connecting && c.needRequest) {
      destroy(k);  // the REQUEST never got an rx buffer
      continue;
    }
    c.needRst = true;
    c.deadlineMs = 0;
    schedule(c);
  }
}

PacketHeader HybridMuxer::toGuest(uint32_t localPort, uint32_t peerPort, uint16_t op) const {
  PacketHeader h{};
  h.srcCid = kHostCid;
  h.dstCid = guestCid_;
  h.srcPort = localPort;
  h.dstPort = peerPort;
  h.type = kTypeStream;
  h.op = op;
  return h;
}

PacketHeader HybridMuxer::header(const Connection& c, uint16_t op) const {
  PacketHeader h = toGuest(c.localPort, c.peerPort, op);
  h.bufAlloc = Connection::kBufAlloc;
  h.fwdCnt = c.fwdCnt;
  return h;
}

void HybridMuxer::schedule(Connection& c) {
  if (c.inRxQueue || !c.wantsRx()) return;
  c.inRxQueue = true;
  rxQueue_.emplace_back(c.localPort, c.peerPort);
  rxReady_();
}

void HybridMuxer::queueRst(const PacketHeader& to) {
  if (ctrl_.size() >= kMaxCtrl) return;
  ctrl_.push_back(toGuest(to.dstPort, to.srcPort, OP_RST));
  rxReady_();
}

void HybridMuxer::destroy(Key k) {
  auto it = conns_.find(k);
  if (it == conns_.end()) return;
  Connection& c = *it->second;
  if (c.token) loop_.remove(c.token);
  if (c.localPort >= kFirstLocalPort) hostPorts_.erase(c.localPort);
  conns_.erase(it);  // closes the unix socket
}

void HybridMuxer::updateInterest(Connection& c) {
  if (!c.token) return;
  uint32_t ev = 0;
  if (c.state == Connection::State::Established && !c.unixReadable && !c.unixEof) ev |= EPOLLIN;
  if (c.pendingToUnix() > 0) ev |= EPOLLOUT;
  loop_.modify(c.token, ev);
}

void HybridMuxer::flushToUnix(Connection& c) {
  while (c.pendingToUnix() > 0) {
    ssize_t r = ::send(c.fd.get(), c.toUnix.data() + c.toUnixOff, c.pendingToUnix(), MSG_NOSIGNAL);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0 && errno == EAGAIN) break;
    if (r < 0) {  // the unix peer is gone: reset the stream
      c.toUnix.clear();
      c.toUnixOff = 0;
      c.needRst = true;
      schedule(c);
      return;
    }
    c.toUnixOff += size_t(r);
    // The "OK <port>" line is ours, not the guest's: it uses no credit.
    size_t ours = std::min<size_t>(c.uncounted, size_t(r));
    c.uncounted -= ours;
    c.fwdCnt += uint32_t(size_t(r) - ours);
  }
  if (c.toUnixOff == c.toUnix.size()) {
    c.toUnix.clear();
    c.toUnixOff = 0;
    if (c.guestShutSend) {
      if (c.unixEof || c.guestShutRcv) {
        c.needRst = true;  // both directions are done
      } else {
        ::shutdown(c.fd.get(), SHUT_WR);
      }
    }
  } else if (c.toUnixOff > 1024 * 1024) {
    c.toUnix.erase(c.toUnix.begin(), c.toUnix.begin() + long(c.toUnixOff));
    c.toUnixOff = 0;
  }
  // Tell the guest about freed space before it runs out (half the buffer is the threshold).
  if (c.fwdCnt - c.lastFwdCntSent >= Connection::kBufAlloc / 2) c.needCreditUpdate = true;
  updateInterest(c);
  schedule(c);
}

void HybridMuxer::onUnixEvent(Key k, uint32_t events) {
  auto it = conns_.find(k);
  if (it == conns_.end()) return;
  Connection& c = *it->second;
  if (events & EPOLLOUT) flushToUnix(c);
  if (conns_.find(k) == conns_.end()) return;
  if (events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
    if (c.state == Connection::State::Established && !c.unixEof) {
      c.unixReadable = true;
      if (c.guestShutRcv) {
        // The guest takes no more data: drain and drop what the host sends.
        char sink[4096];
        ssize_t r = ::recv(c.fd.get(), sink, sizeof sink, 0);
        if (r == 0 || (r < 0 && errno != EAGAIN)) c.unixEof = true;
        c.unixReadable = false;
      }
      updateInterest(c);
      schedule(c);
    } else if ((events & (EPOLLHUP | EPOLLERR)) && c.pendingToUnix() > 0) {
      c.needRst = true;
      schedule(c);
    }
  }
}

void HybridMuxer::guestConnect(const PacketHeader& hdr) {
  sockaddr_un sa{};
  std::string path = uds_ + "_" + std::to_string(hdr.dstPort);
  UniqueFd fd;
  if (fillAddr(sa, path)) {
    fd.reset(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (fd && ::connect(fd.get(), reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) fd.reset();
  }
  if (!fd) return queueRst(hdr);  // nobody listens there (or the backlog is full)
  Key k{hdr.dstPort, hdr.srcPort};
  auto c = std::make_unique<Connection>(hdr.dstPort, hdr.srcPort, std::move(fd), Connection::State::Established);
  c->peerBufAlloc = hdr.bufAlloc;
  c->peerFwdCnt = hdr.fwdCnt;
  c->needResponse = true;
  Connection& ref = *c;
  conns_.emplace(k, std::move(c));
  ref.token = loop_.add(ref.fd.get(), EPOLLIN, [this, k](uint32_t ev) { onUnixEvent(k, ev); });
  schedule(ref);
}

void HybridMuxer::onGuestPacket(const PacketHeader& hdr, const iovec* payload, int iovcnt) {
  trace("guest->host", hdr);
  if (hdr.srcCid != guestCid_ || hdr.dstCid != kHostCid) return;  // not from our guest to us: dropped
  if (hdr.type != kTypeStream) {
    if (hdr.op != OP_RST) queueRst(hdr);
    return;
  }
  Key k{hdr.dstPort, hdr.srcPort};
  auto it = conns_.find(k);
  if (it == conns_.end()) {
    if (hdr.op == OP_REQUEST) return guestConnect(hdr);
    if (hdr.op != OP_RST) queueRst(hdr);
    return;
  }
  Connection& c = *it->second;
  c.peerBufAlloc = hdr.bufAlloc;
  c.peerFwdCnt = hdr.fwdCnt;
  if (c.state == Connection::State::Connecting) {
    if (hdr.op == OP_RESPONSE && !c.needRequest) {
      c.state = Connection::State::Established;
      c.deadlineMs = 0;
      std::string ok = "OK " + std::to_string(c.localPort) + "\n";
      c.toUnix.assign(ok.begin(), ok.end());
      c.toUnixOff = 0;
      c.uncounted = ok.size();
      c.token = loop_.add(c.fd.get(), EPOLLIN, [this, k](uint32_t ev) { onUnixEvent(k, ev); });
      flushToUnix(c);
    } else if (hdr.op == OP_RST) {
      destroy(k);  // nobody listens on that guest port: the client sees a close
    } else {
      c.needRst = true;
      schedule(c);
    }
    return;
  }
  switch (hdr.op) {
    case OP_RW: {
      if (c.guestShutSend || hdr.len > Connection::kBufAlloc - std::min<size_t>(c.pendingToUnix(), Connection::kBufAlloc)) {
        c.needRst = true;  // data after SHUTDOWN, or more than the credit we gave
        schedule(c);
        return;
      }
      size_t off = c.toUnix.size();
      c.toUnix.resize(off + hdr.len);
      size_t at = off;
      for (int i = 0; i < iovcnt; ++i) {
        std::memcpy(c.toUnix.data() + at, payload[i].iov_base, payload[i].iov_len);
        at += payload[i].iov_len;
      }
      flushToUnix(c);
      return;
    }
    case OP_CREDIT_UPDATE:
      schedule(c);
      return;
    case OP_CREDIT_REQUEST:
      c.needCreditUpdate = true;
      schedule(c);
      return;
    case OP_SHUTDOWN:
      if (hdr.flags & kShutdownRcv) c.guestShutRcv = true;
      if (hdr.flags & kShutdownSend) c.guestShutSend = true;
      if (c.deadlineMs == 0) c.deadlineMs = nowMs() + kCloseMs;
      flushToUnix(c);
      return;
    case OP_RST:
      destroy(k);
      return;
    default:  // REQUEST on a live stream, RESPONSE unasked, unknown ops
      c.needRst = true;
      schedule(c);
      return;
  }
}

bool HybridMuxer::fillRx(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room) {
  bool ok = fillRxPacket(hdr, space, iovcnt, room);
  if (ok) trace("host->guest", hdr);
  return ok;
}

bool HybridMuxer::fillRxPacket(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room) {
  if (!ctrl_.empty()) {
    hdr = ctrl_.front();
    ctrl_.pop_front();
    return true;
  }
  while (!rxQueue_.empty()) {
    Key k = rxQueue_.front();
    rxQueue_.pop_front();
    auto it = conns_.find(k);
    if (it == conns_.end()) continue;
    Connection& c = *it->second;
    c.inRxQueue = false;
    bool produced = true;
    if (c.needRst) {
      hdr = header(c, OP_RST);
      destroy(k);
      return true;
    } else if (c.needRequest) {
      hdr = header(c, OP_REQUEST);
      c.needRequest = false;
    } else if (c.needResponse) {
      hdr = header(c, OP_RESPONSE);
      c.needResponse = false;
    } else if (c.needShutdownFlags) {
      hdr = header(c, OP_SHUTDOWN);
      hdr.flags = c.needShutdownFlags;
      c.needShutdownFlags = 0;
    } else if (c.canSendData() && room > 0) {
      uint32_t want = std::min({room, c.peerCredit(), kMaxPayload});
      // Trim the iovecs to `want` bytes.
      iovec v[64];
      int n = 0;
      uint32_t left = want;
      for (int i = 0; i < iovcnt && n < 64 && left > 0; ++i) {
        size_t l = std::min<size_t>(space[i].iov_len, left);
        v[n++] = {space[i].iov_base, l};
        left -= uint32_t(l);
      }
      ssize_t r = ::readv(c.fd.get(), v, n);
      if (r > 0) {
        hdr = header(c, OP_RW);
        hdr.len = uint32_t(r);
        c.txCnt += uint32_t(r);
      } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
        // The host side finished sending: tell the guest it gets no more data.
        c.unixEof = true;
        c.unixReadable = false;
        hdr = header(c, OP_SHUTDOWN);
        hdr.flags = kShutdownSend;
        if (c.guestShutSend && c.pendingToUnix() == 0) c.needRst = true;
        if (c.deadlineMs == 0 && c.guestShutSend) c.deadlineMs = nowMs() + kCloseMs;
      } else {
        c.unixReadable = false;
        updateInterest(c);
        produced = false;
      }
    } else if (c.needCreditUpdate) {
      hdr = header(c, OP_CREDIT_UPDATE);
    } else {
      produced = false;
    }
    if (produced) {
      // Every packet carries our counters, so any of them is a credit update.
      c.needCreditUpdate = false;
      c.lastFwdCntSent = c.fwdCnt;
    }
    if (c.wantsRx()) {
      c.inRxQueue = true;
      rxQueue_.push_back(k);
    }
    if (produced) return true;
  }
  return false;
}

}  // namespace kata::vhost::vsock
