#include "vhost/vsock/hybrid/muxer.h"

#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "common/sys_error.h"
#include "vhost/unix_listener.h"

namespace kata::vhost::vsock {

namespace {

// KATA_VSOCK_TRACE=1 prints every packet to stderr (debugging only; off on the hot path otherwise).
const bool kTrace = std::getenv("KATA_VSOCK_TRACE") != nullptr;
void trace(const char* dir, const PacketHeader& h) {
  if (kTrace)
    std::fprintf(stderr, "vsock %s op=%u %llu:%u -> %llu:%u len=%u flags=%u buf_alloc=%u fwd_cnt=%u\n", dir, h.op,
                 (unsigned long long)h.srcCid, h.srcPort, (unsigned long long)h.dstCid, h.dstPort, h.len, h.flags, h.bufAlloc, h.fwdCnt);
}

}  // namespace

HybridMuxer::HybridMuxer(EventLoop& loop, std::string udsPath, uint64_t guestCid)
    : loop_(loop),
      guestCid_(guestCid),
      listener_(loop, std::move(udsPath), [this](UniqueFd fd, uint32_t port) { onHostClient(std::move(fd), port); }) {
  // Deadlines are seconds long: a one-second tick checks them.
  timer_.reset(static_cast<int>(checkSys(::timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK), "timerfd_create")));
  itimerspec its{{1, 0}, {1, 0}};
  checkSys(::timerfd_settime(timer_.get(), 0, &its, nullptr), "timerfd_settime");
  timerToken_ = loop_.add(timer_.get(), EPOLLIN, [this](uint32_t) { onTick(); });
}

HybridMuxer::~HybridMuxer() {
  reset();
  loop_.remove(timerToken_);
}

void HybridMuxer::reset() {
  resets_++;  // before the sockets close, so whoever sees their end also sees the count
  while (!conns_.empty()) destroy(conns_.begin()->first);
  listener_.clear();
  rxq_.clear();
  killq_.clear();
}

uint32_t HybridMuxer::allocLocalPort() {
  for (;;) {
    uint32_t p = nextLocalPort_++;
    if (nextLocalPort_ == 0) nextLocalPort_ = kFirstLocalPort;
    if (p >= kFirstLocalPort && !hostPorts_.count(p)) return p;
  }
}

void HybridMuxer::add(std::unique_ptr<Connection> c) {
  ConnKey k = c->key();
  conns_[k].conn = std::move(c);
  sync(k, true);
}

void HybridMuxer::onHostClient(UniqueFd fd, uint32_t guestPort) {
  uint32_t local = allocLocalPort();
  hostPorts_.insert(local);
  add(Connection::fromHost(guestCid_, local, guestPort, std::move(fd), monotonicMs()));
}

void HybridMuxer::guestConnect(const PacketHeader& hdr) {
  UniqueFd fd = connectUnix(listener_.path() + "_" + std::to_string(hdr.dstPort));
  if (!fd) return queueRst(hdr);  // nobody listens there (or the backlog is full)
  add(Connection::fromGuest(guestCid_, hdr, std::move(fd)));
}

void HybridMuxer::destroy(ConnKey k) {
  auto it = conns_.find(k);
  if (it == conns_.end()) return;
  if (it->second.token) loop_.remove(it->second.token);
  if (k.first >= kFirstLocalPort) hostPorts_.erase(k.first);
  conns_.erase(it);  // closes the unix socket
}

void HybridMuxer::sync(ConnKey k, bool notify) {
  auto it = conns_.find(k);
  if (it == conns_.end()) return;
  Stream& s = it->second;
  Connection& c = *s.conn;
  if (c.closed()) return destroy(k);
  if (c.watched()) {
    uint32_t want = c.interest();
    if (!s.token) {
      s.token = loop_.add(c.fd(), want, [this, k](uint32_t ev) { onUnixEvent(k, ev); });
    } else if (want != s.interest) {
      loop_.modify(s.token, want);
    }
    s.interest = want;
  }
  if (c.deadline() != 0 && c.deadline() != s.armedDeadline) killq_.push(c.deadline(), k);
  s.armedDeadline = c.deadline();
  if (c.wantsRx() && rxq_.pushStream(k) && notify && rxReady_) rxReady_();
}

void HybridMuxer::queueRst(const PacketHeader& to) {
  if (rxq_.pushControl(hostToGuest(guestCid_, to.dstPort, to.srcPort, OP_RST)) && rxReady_) rxReady_();
}

void HybridMuxer::onTick() {
  uint64_t n;
  ssize_t r = ::read(timer_.get(), &n, sizeof n);
  (void)r;
  int64_t now = monotonicMs();
  listener_.expire(now);
  for (const ConnKey& k : killq_.popExpired(now)) {
    auto it = conns_.find(k);
    if (it == conns_.end()) continue;  // gone already
    Connection& c = *it->second.conn;
    if (c.deadline() == 0 || c.deadline() > now) continue;  // cleared or moved since it was queued
    c.onDeadline();
    sync(k, true);
  }
}

void HybridMuxer::onUnixEvent(ConnKey k, uint32_t events) {
  auto it = conns_.find(k);
  if (it == conns_.end()) return;
  it->second.conn->onUnixEvent(events);
  sync(k, true);
}

void HybridMuxer::onGuestPacket(const PacketHeader& hdr, const iovec* payload, int iovcnt) {
  trace("guest->host", hdr);
  if (hdr.srcCid != guestCid_ || hdr.dstCid != kHostCid) return;  // not from our guest to us: dropped
  if (hdr.type != kTypeStream) {
    if (hdr.op != OP_RST) queueRst(hdr);
    return;
  }
  ConnKey k{hdr.dstPort, hdr.srcPort};
  auto it = conns_.find(k);
  if (it == conns_.end()) {
    if (hdr.op == OP_REQUEST) return guestConnect(hdr);
    if (hdr.op != OP_RST) queueRst(hdr);
    return;
  }
  it->second.conn->onGuestPacket(hdr, payload, iovcnt, monotonicMs());
  sync(k, true);
}

bool HybridMuxer::fillRx(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room) {
  bool ok = fillRxPacket(hdr, space, iovcnt, room);
  if (ok) trace("host->guest", hdr);
  return ok;
}

bool HybridMuxer::fillRxPacket(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room) {
  if (rxq_.popControl(hdr)) return true;
  // Each stream queued now gets one turn at this buffer. A stream may have nothing to put in it
  // yet still want rx (data owed, but the guest offered a bare 44-byte header buffer: no room):
  // sync() queues it again, and without the bound it would be popped again at once, for ever
  // (found by fuzzing: a guest could hang the back-end's thread).
  size_t turns = rxq_.streamCount();
  ConnKey k;
  while (turns-- > 0 && rxq_.popStream(k)) {
    auto it = conns_.find(k);
    if (it == conns_.end()) continue;
    bool produced = it->second.conn->fillRx(hdr, space, iovcnt, room, monotonicMs());
    // Still owing more goes to the back of the queue; the device is filling already.
    sync(k, false);
    if (produced) return true;
  }
  return false;
}

}  // namespace kata::vhost::vsock
