// The hybrid vsock Connection driven alone: the test plays the guest (packets in, rx buffers out)
// and the host peer (the other end of a socketpair), and passes clock values, so credit, shutdown,
// RST and timeout rules are checked without a device, a loop or QEMU.
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

#include "common/unique_fd.h"
#include "test.h"
#include "vhost/vsock/hybrid/connect_listener.h"
#include "vhost/vsock/hybrid/connection.h"

using namespace kata::vhost::vsock;
using kata::UniqueFd;

namespace {

constexpr uint64_t kCid = 7;
constexpr uint32_t kGuestPort = 1234;
constexpr uint32_t kHostPort = 5555;

struct Pair {
  UniqueFd mine, host;  // mine goes to the Connection; host is the unix peer
  Pair() {
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv) != 0) throw std::runtime_error("socketpair");
    mine.reset(sv[0]);
    host.reset(sv[1]);
  }
};

// A packet from the guest on the stream kGuestPort -> kHostPort.
PacketHeader fromGuest(uint16_t op, uint32_t bufAlloc = Connection::kBufAlloc, uint32_t fwdCnt = 0) {
  PacketHeader h{};
  h.srcCid = kCid;
  h.dstCid = kHostCid;
  h.srcPort = kGuestPort;
  h.dstPort = kHostPort;
  h.type = kTypeStream;
  h.op = op;
  h.bufAlloc = bufAlloc;
  h.fwdCnt = fwdCnt;
  return h;
}

// What the guest gets from one rx buffer of `room` payload bytes; op OP_INVALID when nothing.
struct Rx {
  PacketHeader hdr{};
  std::string data;
};
Rx rx(Connection& c, uint32_t room = 4096, int64_t now = 0) {
  Rx out;
  std::vector<char> buf(room);
  iovec v{buf.data(), buf.size()};
  if (!c.fillRx(out.hdr, &v, 1, room, now)) return out;
  if (out.hdr.op == OP_RW) out.data.assign(buf.data(), out.hdr.len);
  return out;
}

void guestSends(Connection& c, const std::string& bytes, uint32_t fwdCnt = 0) {
  PacketHeader h = fromGuest(OP_RW, Connection::kBufAlloc, fwdCnt);
  h.len = uint32_t(bytes.size());
  iovec v{const_cast<char*>(bytes.data()), bytes.size()};
  c.onGuestPacket(h, &v, 1, 0);
}

void guestShutdown(Connection& c, uint32_t flags, int64_t now) {
  PacketHeader h = fromGuest(OP_SHUTDOWN);
  h.flags = flags;
  c.onGuestPacket(h, nullptr, 0, now);
}

std::string drain(int fd) {
  std::string out;
  char buf[65536];
  for (;;) {
    ssize_t r = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
    if (r <= 0) return out;
    out.append(buf, size_t(r));
  }
}

// Lets the host peer read until the connection has written all the guest's bytes.
std::string flushAll(Connection& c, Pair& p) {
  std::string got = drain(p.host.get());
  for (int i = 0; i < 10000 && c.pendingToUnix() > 0; ++i) {
    c.onUnixEvent(EPOLLOUT);
    got += drain(p.host.get());
  }
  return got;
}

// An established stream the guest opened, its RESPONSE already taken.
std::unique_ptr<Connection> established(Pair& p, uint32_t guestBufAlloc = Connection::kBufAlloc) {
  auto c = Connection::fromGuest(kCid, fromGuest(OP_REQUEST, guestBufAlloc), std::move(p.mine));
  Rx r = rx(*c);
  if (r.hdr.op != OP_RESPONSE) throw std::runtime_error("no RESPONSE");
  return c;
}

}  // namespace

TEST(connection_answers_a_guest_request_with_its_credit) {
  Pair p;
  auto c = Connection::fromGuest(kCid, fromGuest(OP_REQUEST), std::move(p.mine));
  EXPECT(c->wantsRx());
  EXPECT(c->watched());
  EXPECT_EQ(c->interest(), uint32_t(EPOLLIN));
  Rx r = rx(*c);
  EXPECT_EQ(r.hdr.op, uint16_t(OP_RESPONSE));
  EXPECT_EQ(r.hdr.srcCid, kHostCid);
  EXPECT_EQ(r.hdr.dstCid, kCid);
  EXPECT_EQ(r.hdr.srcPort, kHostPort);
  EXPECT_EQ(r.hdr.dstPort, kGuestPort);
  EXPECT_EQ(r.hdr.bufAlloc, Connection::kBufAlloc);
  EXPECT_EQ(r.hdr.fwdCnt, 0u);
  EXPECT(!c->wantsRx());
}

TEST(connection_sends_the_guest_no_more_than_its_credit) {
  Pair p;
  auto c = established(p, 100);
  EXPECT_EQ(c->peerCredit(), 100u);
  std::string big(300, 'x');
  EXPECT_EQ(::send(p.host.get(), big.data(), big.size(), 0), 300);
  c->onUnixEvent(EPOLLIN);
  EXPECT(c->wantsRx());
  EXPECT_EQ(c->interest(), 0u);  // readable: no need to watch until drained
  Rx r = rx(*c);
  EXPECT_EQ(r.hdr.op, uint16_t(OP_RW));
  EXPECT_EQ(r.hdr.len, 100u);
  EXPECT_EQ(c->peerCredit(), 0u);
  EXPECT(!c->wantsRx());  // out of credit: waits for the guest
  // The guest's CREDIT_UPDATE says it consumed the 100 bytes.
  c->onGuestPacket(fromGuest(OP_CREDIT_UPDATE, 100, 100), nullptr, 0, 0);
  EXPECT_EQ(c->peerCredit(), 100u);
  EXPECT(c->wantsRx());
  EXPECT_EQ(rx(*c).hdr.len, 100u);
  // A smaller rx buffer bounds the packet too.
  c->onGuestPacket(fromGuest(OP_CREDIT_UPDATE, 100, 200), nullptr, 0, 0);
  Rx small = rx(*c, 30);
  EXPECT_EQ(small.hdr.len, 30u);
  EXPECT_EQ(small.data, std::string(30, 'x'));
}

TEST(connection_counts_guest_bytes_once_written_and_tells_the_guest) {
  Pair p;
  auto c = established(p);
  guestSends(*c, "hello");
  EXPECT_EQ(drain(p.host.get()), "hello");
  EXPECT_EQ(c->fwdCnt(), 5u);
  EXPECT(!c->wantsRx());  // 5 bytes are not worth a packet of their own
  // A CREDIT_REQUEST is answered with our counters.
  c->onGuestPacket(fromGuest(OP_CREDIT_REQUEST), nullptr, 0, 0);
  Rx r = rx(*c);
  EXPECT_EQ(r.hdr.op, uint16_t(OP_CREDIT_UPDATE));
  EXPECT_EQ(r.hdr.fwdCnt, 5u);
  // Half the buffer written since the last word: an update is owed unasked.
  std::string chunk(Connection::kBufAlloc / 4, 'y');
  guestSends(*c, chunk);
  flushAll(*c, p);
  EXPECT(!c->wantsRx());
  guestSends(*c, chunk);
  flushAll(*c, p);
  EXPECT(c->wantsRx());
  r = rx(*c);
  EXPECT_EQ(r.hdr.op, uint16_t(OP_CREDIT_UPDATE));
  EXPECT_EQ(r.hdr.fwdCnt, 5u + Connection::kBufAlloc / 2);
}

TEST(connection_keeps_what_the_host_peer_cannot_take_yet) {
  Pair p;
  int small = 4096;
  ::setsockopt(p.mine.get(), SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
  auto c = established(p);
  std::string lots(200000, 'z');
  guestSends(*c, lots);
  EXPECT(c->pendingToUnix() > 0);
  EXPECT(c->interest() & EPOLLOUT);
  EXPECT(c->fwdCnt() < lots.size());  // only what was written counts
  std::string got = flushAll(*c, p);
  EXPECT_EQ(got.size(), lots.size());
  EXPECT_EQ(c->fwdCnt(), uint32_t(lots.size()));
  EXPECT(!(c->interest() & EPOLLOUT));
}

TEST(connection_resets_a_guest_that_overruns_its_credit) {
  Pair p;
  auto c = established(p);
  PacketHeader h = fromGuest(OP_RW);
  h.len = Connection::kBufAlloc + 1;  // checked before any byte is read
  c->onGuestPacket(h, nullptr, 0, 0);
  EXPECT(c->wantsRx());
  EXPECT_EQ(rx(*c).hdr.op, uint16_t(OP_RST));
  EXPECT(c->closed());
  EXPECT(!c->wantsRx());
}

TEST(connection_guest_shutdown_half_closes_the_socket_then_resets_when_both_are_done) {
  Pair p;
  auto c = established(p);
  guestShutdown(*c, kShutdownSend, 1000);
  EXPECT_EQ(c->deadline(), 1000 + kCloseMs);
  char b;
  EXPECT_EQ(::recv(p.host.get(), &b, 1, 0), 0);  // the host peer sees EOF
  // The host may still send: it reaches the guest.
  EXPECT_EQ(::send(p.host.get(), "last", 4, 0), 4);
  c->onUnixEvent(EPOLLIN);
  Rx r = rx(*c);
  EXPECT_EQ(r.data, "last");
  // The host peer closes: the guest hears SHUTDOWN(SEND), then RST, and the stream is over.
  p.host.reset();
  c->onUnixEvent(EPOLLIN | EPOLLHUP);
  r = rx(*c);
  EXPECT_EQ(r.hdr.op, uint16_t(OP_SHUTDOWN));
  EXPECT_EQ(r.hdr.flags, kShutdownSend);
  EXPECT_EQ(rx(*c).hdr.op, uint16_t(OP_RST));
  EXPECT(c->closed());
}

TEST(connection_host_eof_first_then_guest_shutdown_resets) {
  Pair p;
  auto c = established(p);
  ::shutdown(p.host.get(), SHUT_WR);
  c->onUnixEvent(EPOLLIN);
  Rx r = rx(*c, 4096, 2000);
  EXPECT_EQ(r.hdr.op, uint16_t(OP_SHUTDOWN));
  EXPECT_EQ(r.hdr.flags, kShutdownSend);
  EXPECT_EQ(c->deadline(), 0);  // the guest may still send
  EXPECT_EQ(c->interest(), 0u);  // nothing more to read
  guestSends(*c, "bye");
  EXPECT_EQ(drain(p.host.get()), "bye");
  guestShutdown(*c, kShutdownSend | kShutdownRcv, 3000);
  EXPECT_EQ(rx(*c).hdr.op, uint16_t(OP_RST));
  EXPECT(c->closed());
}

TEST(connection_guest_that_receives_no_more_gets_no_data) {
  Pair p;
  auto c = established(p);
  guestShutdown(*c, kShutdownRcv, 0);
  EXPECT_EQ(::send(p.host.get(), "dropped", 7, 0), 7);
  c->onUnixEvent(EPOLLIN);
  EXPECT(!c->wantsRx());  // read and dropped, not sent
  EXPECT_EQ(c->interest(), uint32_t(EPOLLIN));  // and the socket is still drained as the host writes
}

TEST(connection_resets_on_guest_rst_data_after_shutdown_and_bad_ops) {
  {
    Pair p;
    auto c = established(p);
    c->onGuestPacket(fromGuest(OP_RST), nullptr, 0, 0);
    EXPECT(c->closed());
    EXPECT(!c->wantsRx());  // nothing is said back to a RST
    EXPECT_EQ(rx(*c).hdr.op, uint16_t(OP_INVALID));
  }
  {
    Pair p;
    auto c = established(p);
    guestShutdown(*c, kShutdownSend, 0);
    guestSends(*c, "late");
    EXPECT_EQ(rx(*c).hdr.op, uint16_t(OP_RST));
  }
  {
    Pair p;
    auto c = established(p);
    c->onGuestPacket(fromGuest(OP_REQUEST), nullptr, 0, 0);  // REQUEST on a live stream
    EXPECT_EQ(rx(*c).hdr.op, uint16_t(OP_RST));
  }
  {
    Pair p;
    auto c = established(p);
    p.host.reset();  // the unix peer is gone: writing to it fails
    guestSends(*c, "nobody");
    EXPECT_EQ(rx(*c).hdr.op, uint16_t(OP_RST));
    EXPECT(c->closed());
  }
}

TEST(connection_from_a_host_client_requests_then_says_ok_after_the_response) {
  Pair p;
  auto c = Connection::fromHost(kCid, 1u << 30, 52, std::move(p.mine), 1000);
  EXPECT(!c->watched());  // the client waits for OK; its socket is not read yet
  EXPECT_EQ(c->deadline(), 1000 + kHandshakeMs);
  Rx r = rx(*c);
  EXPECT_EQ(r.hdr.op, uint16_t(OP_REQUEST));
  EXPECT_EQ(r.hdr.srcPort, 1u << 30);
  EXPECT_EQ(r.hdr.dstPort, 52u);
  PacketHeader resp = fromGuest(OP_RESPONSE);
  resp.srcPort = 52;
  resp.dstPort = 1u << 30;
  c->onGuestPacket(resp, nullptr, 0, 1500);
  EXPECT(c->state() == Connection::State::Established);
  EXPECT_EQ(c->deadline(), 0);
  EXPECT_EQ(drain(p.host.get()), okLine(1u << 30));
  EXPECT_EQ(c->fwdCnt(), 0u);  // the OK line is ours, not the guest's: no credit used
}

TEST(connection_host_client_refused_by_the_guest_is_closed_quietly) {
  Pair p;
  auto c = Connection::fromHost(kCid, 1u << 30, 52, std::move(p.mine), 0);
  rx(*c);
  c->onGuestPacket(fromGuest(OP_RST), nullptr, 0, 0);
  EXPECT(c->closed());
  EXPECT(!c->wantsRx());
}

TEST(connection_handshake_timeout_drops_an_unsent_request_and_resets_a_sent_one) {
  {
    Pair p;
    auto c = Connection::fromHost(kCid, 1u << 30, 52, std::move(p.mine), 0);
    c->onDeadline();  // the REQUEST never got an rx buffer
    EXPECT(c->closed());
    EXPECT(!c->wantsRx());
  }
  {
    Pair p;
    auto c = Connection::fromHost(kCid, 1u << 30, 52, std::move(p.mine), 0);
    EXPECT_EQ(rx(*c).hdr.op, uint16_t(OP_REQUEST));
    c->onDeadline();
    EXPECT_EQ(c->deadline(), 0);
    EXPECT_EQ(rx(*c).hdr.op, uint16_t(OP_RST));
    EXPECT(c->closed());
  }
}

TEST(connection_close_timeout_resets_a_half_closed_stream) {
  Pair p;
  auto c = established(p);
  guestShutdown(*c, kShutdownSend, 5000);
  EXPECT_EQ(c->deadline(), 5000 + kCloseMs);
  c->onDeadline();  // the host never closed its side
  EXPECT_EQ(rx(*c).hdr.op, uint16_t(OP_RST));
  EXPECT(c->closed());
}
