#include "vhost/vsock/hybrid/connection.h"

#include <sys/epoll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>

#include "vhost/vsock/hybrid/connect_listener.h"

namespace kata::vhost::vsock {

namespace {

// Compacts the guest → unix buffer once this much of it has been written.
constexpr size_t kCompactAt = 1024 * 1024;
// The most iovecs one RW read fills.
constexpr int kMaxIov = 64;

}  // namespace

Connection::Connection(uint64_t guestCid, uint32_t localPort, uint32_t peerPort, UniqueFd fd, State s)
    : guestCid_(guestCid), localPort_(localPort), peerPort_(peerPort), fd_(std::move(fd)), state_(s) {}

std::unique_ptr<Connection> Connection::fromHost(uint64_t guestCid, uint32_t localPort, uint32_t peerPort, UniqueFd fd, int64_t now) {
  std::unique_ptr<Connection> c(new Connection(guestCid, localPort, peerPort, std::move(fd), State::Connecting));
  c->needRequest_ = true;
  c->deadlineMs_ = now + kHandshakeMs;
  return c;
}

std::unique_ptr<Connection> Connection::fromGuest(uint64_t guestCid, const PacketHeader& request, UniqueFd fd) {
  std::unique_ptr<Connection> c(new Connection(guestCid, request.dstPort, request.srcPort, std::move(fd), State::Established));
  c->peerBufAlloc_ = request.bufAlloc;
  c->peerFwdCnt_ = request.fwdCnt;
  c->needResponse_ = true;
  return c;
}

uint32_t Connection::peerCredit() const noexcept {
  uint32_t inFlight = txCnt_ - peerFwdCnt_;  // wraps like the spec's u32 counters
  return inFlight >= peerBufAlloc_ ? 0 : peerBufAlloc_ - inFlight;
}

bool Connection::canSendData() const noexcept {
  return state_ == State::Established && unixReadable_ && !unixEof_ && !guestShutRcv_ && peerCredit() > 0;
}

bool Connection::wantsRx() const noexcept {
  if (state_ == State::Closed) return false;
  return needRst_ || needRequest_ || needResponse_ || needCreditUpdate_ || canSendData();
}

uint32_t Connection::interest() const noexcept {
  uint32_t ev = 0;
  if (state_ == State::Established && !unixReadable_ && !unixEof_) ev |= EPOLLIN;
  if (pendingToUnix() > 0) ev |= EPOLLOUT;
  return ev;
}

PacketHeader Connection::header(uint16_t op) const noexcept {
  // Every packet carries our credit (§5.10.6.3), so any of them is a credit update.
  PacketHeader h = hostToGuest(guestCid_, localPort_, peerPort_, op);
  h.bufAlloc = kBufAlloc;
  h.fwdCnt = fwdCnt_;
  return h;
}

void Connection::onDeadline() {
  if (state_ == State::Connecting && needRequest_) {
    state_ = State::Closed;  // the REQUEST never got an rx buffer: nothing to reset
    return;
  }
  reset();
  deadlineMs_ = 0;
}

void Connection::onGuestPacket(const PacketHeader& hdr, const iovec* payload, int iovcnt, int64_t now) {
  if (state_ == State::Closed) return;
  peerBufAlloc_ = hdr.bufAlloc;
  peerFwdCnt_ = hdr.fwdCnt;
  if (state_ == State::Connecting) {
    if (hdr.op == OP_RESPONSE && !needRequest_) {
      state_ = State::Established;
      deadlineMs_ = 0;
      std::string ok = okLine(localPort_);
      toUnix_.assign(ok.begin(), ok.end());
      toUnixOff_ = 0;
      uncounted_ = ok.size();
      flushToUnix();
    } else if (hdr.op == OP_RST) {
      state_ = State::Closed;  // nobody listens on that guest port: the client sees a close
    } else {
      reset();
    }
    return;
  }
  switch (hdr.op) {
    case OP_RW:
      return onRw(hdr, payload, iovcnt);
    case OP_CREDIT_UPDATE:
      return;  // the new credit is read above; the muxer sends data it may now send
    case OP_CREDIT_REQUEST:
      needCreditUpdate_ = true;
      return;
    case OP_SHUTDOWN:
      return onShutdown(hdr.flags, now);
    case OP_RST:
      state_ = State::Closed;
      return;
    default:  // REQUEST on a live stream, RESPONSE unasked, unknown ops
      reset();
      return;
  }
}

void Connection::onRw(const PacketHeader& hdr, const iovec* payload, int iovcnt) {
  if (guestShutSend_ || hdr.len > kBufAlloc - std::min<size_t>(pendingToUnix(), kBufAlloc)) {
    reset();  // data after SHUTDOWN, or more than the credit we gave
    return;
  }
  size_t at = toUnix_.size();
  toUnix_.resize(at + hdr.len);
  for (int i = 0; i < iovcnt; ++i) {
    std::memcpy(toUnix_.data() + at, payload[i].iov_base, payload[i].iov_len);
    at += payload[i].iov_len;
  }
  flushToUnix();
}

void Connection::onShutdown(uint32_t flags, int64_t now) {
  if (flags & kShutdownRcv) guestShutRcv_ = true;
  if (flags & kShutdownSend) guestShutSend_ = true;
  if (deadlineMs_ == 0) deadlineMs_ = now + kCloseMs;
  flushToUnix();
}

void Connection::flushToUnix() {
  while (pendingToUnix() > 0) {
    ssize_t r = ::send(fd_.get(), toUnix_.data() + toUnixOff_, pendingToUnix(), MSG_NOSIGNAL);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0 && errno == EAGAIN) break;
    if (r < 0) {  // the unix peer is gone: reset the stream
      toUnix_.clear();
      toUnixOff_ = 0;
      reset();
      return;
    }
    toUnixOff_ += size_t(r);
    // The "OK <port>" line is ours, not the guest's: it uses no credit.
    size_t ours = std::min<size_t>(uncounted_, size_t(r));
    uncounted_ -= ours;
    fwdCnt_ += uint32_t(size_t(r) - ours);
  }
  if (toUnixOff_ == toUnix_.size()) {
    toUnix_.clear();
    toUnixOff_ = 0;
    if (guestShutSend_) {
      if (unixEof_ || guestShutRcv_) {
        reset();  // both directions are done
      } else {
        ::shutdown(fd_.get(), SHUT_WR);
      }
    }
  } else if (toUnixOff_ > kCompactAt) {
    toUnix_.erase(toUnix_.begin(), toUnix_.begin() + long(toUnixOff_));
    toUnixOff_ = 0;
  }
  // Tell the guest about freed space before it runs out (half the buffer is the threshold).
  if (fwdCnt_ - lastFwdCntSent_ >= kBufAlloc / 2) needCreditUpdate_ = true;
}

void Connection::onUnixEvent(uint32_t events) {
  if (state_ == State::Closed) return;
  if (events & EPOLLOUT) flushToUnix();
  if (!(events & (EPOLLIN | EPOLLHUP | EPOLLERR))) return;
  if (state_ == State::Established && !unixEof_) {
    unixReadable_ = true;
    if (guestShutRcv_) {
      // The guest takes no more data: drain and drop what the host sends.
      char sink[4096];
      ssize_t r = ::recv(fd_.get(), sink, sizeof sink, 0);
      if (r == 0 || (r < 0 && errno != EAGAIN)) unixEof_ = true;
      unixReadable_ = false;
    }
  } else if ((events & (EPOLLHUP | EPOLLERR)) && pendingToUnix() > 0) {
    reset();
  }
}

bool Connection::fillRx(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room, int64_t now) {
  bool produced = true;
  if (state_ == State::Closed) {
    return false;
  } else if (needRst_) {
    hdr = header(OP_RST);
    state_ = State::Closed;
    return true;
  } else if (needRequest_) {
    hdr = header(OP_REQUEST);
    needRequest_ = false;
  } else if (needResponse_) {
    hdr = header(OP_RESPONSE);
    needResponse_ = false;
  } else if (canSendData() && room > 0) {
    produced = readUnix(hdr, space, iovcnt, room, now);
  } else if (needCreditUpdate_) {
    hdr = header(OP_CREDIT_UPDATE);
  } else {
    produced = false;
  }
  if (produced) {
    needCreditUpdate_ = false;
    lastFwdCntSent_ = fwdCnt_;
  }
  return produced;
}

bool Connection::readUnix(PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room, int64_t now) {
  uint32_t want = std::min({room, peerCredit(), kMaxPayload});
  iovec v[kMaxIov];
  int n = 0;
  uint32_t left = want;
  for (int i = 0; i < iovcnt && n < kMaxIov && left > 0; ++i) {
    size_t l = std::min<size_t>(space[i].iov_len, left);
    v[n++] = {space[i].iov_base, l};
    left -= uint32_t(l);
  }
  ssize_t r = ::readv(fd_.get(), v, n);
  if (r > 0) {
    hdr = header(OP_RW);
    hdr.len = uint32_t(r);
    txCnt_ += uint32_t(r);
    return true;
  }
  if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
    // The host side finished sending: tell the guest it gets no more data.
    unixEof_ = true;
    unixReadable_ = false;
    hdr = header(OP_SHUTDOWN);
    hdr.flags = kShutdownSend;
    if (guestShutSend_ && pendingToUnix() == 0) reset();
    if (deadlineMs_ == 0 && guestShutSend_) deadlineMs_ = now + kCloseMs;
    return true;
  }
  unixReadable_ = false;  // drained: watch for more
  return false;
}

}  // namespace kata::vhost::vsock
