// The hybrid vsock back-end's parts: the CONNECT line, the rx queue's order, the kill queue's
// deadlines, and the muxer as a VsockBackend on a real event loop and real unix sockets (the test
// plays the guest through onGuestPacket/fillRx, so no device or QEMU is needed).
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <string>

#include "common/sys_error.h"
#include "common/unique_fd.h"
#include "test.h"
#include "unix_socket.h"
#include "vhost/event_loop.h"
#include "vhost/unix_listener.h"
#include "vhost/vsock/hybrid/connect_listener.h"
#include "vhost/vsock/hybrid/kill_queue.h"
#include "vhost/vsock/hybrid/muxer.h"
#include "vhost/vsock/hybrid/rx_queue.h"

using namespace kata::vhost;
using namespace kata::vhost::vsock;
using kata::UniqueFd;
using kata::test::dialUnix;
using kata::test::tempSocketPath;

namespace {

bool parses(const std::string& line, uint32_t want) {
  uint32_t port = 0;
  return parseConnectLine(line.data(), line.size(), port) && port == want;
}
bool refused(const std::string& line) {
  uint32_t port = 0;
  return !parseConnectLine(line.data(), line.size(), port);
}

PacketHeader rstTo(uint32_t port) {
  PacketHeader h{};
  h.dstPort = port;
  h.op = OP_RST;
  return h;
}

}  // namespace

TEST(hybrid_connect_line_is_parsed_exactly) {
  EXPECT(parses("CONNECT 1024\n", 1024));
  EXPECT(parses("CONNECT 4294967295\n", 4294967295u));
  EXPECT(refused("CONNECT 4294967296\n"));
  EXPECT(refused("CONNECT 12345678901\n"));
  EXPECT(refused("CONNECT \n"));
  EXPECT(refused("CONNECT 12"));
  EXPECT(refused("CONNECT -1\n"));
  EXPECT(refused("connect 1\n"));
  EXPECT(refused("CONNECT 1 \n"));
  EXPECT_EQ(okLine(1073741824), std::string("OK 1073741824\n"));
}

TEST(hybrid_rx_queue_sends_rsts_first_and_each_stream_once_in_turn) {
  RxQueue q;
  EXPECT(q.empty());
  EXPECT(q.pushStream({1, 10}));
  EXPECT(q.pushStream({2, 20}));
  EXPECT(!q.pushStream({1, 10}));  // queued already
  EXPECT(q.pushControl(rstTo(99)));
  PacketHeader h;
  EXPECT(q.popControl(h));
  EXPECT_EQ(h.dstPort, 99u);
  EXPECT(!q.popControl(h));
  ConnKey k;
  EXPECT(q.popStream(k));
  EXPECT(k == ConnKey(1, 10));
  EXPECT(q.pushStream({1, 10}));  // popped: may queue again, behind the other
  EXPECT(q.popStream(k));
  EXPECT(k == ConnKey(2, 20));
  EXPECT(q.popStream(k));
  EXPECT(k == ConnKey(1, 10));
  EXPECT(q.empty());
  for (size_t i = 0; i < RxQueue::kMaxControl; ++i) EXPECT(q.pushControl(rstTo(uint32_t(i))));
  EXPECT(q.controlFull());
  EXPECT(!q.pushControl(rstTo(0)));
  q.clear();
  EXPECT(q.empty());
  EXPECT(!q.controlFull());
}

TEST(hybrid_kill_queue_pops_what_has_expired_earliest_first) {
  KillQueue q;
  q.push(300, {3, 3});
  q.push(100, {1, 1});
  q.push(200, {2, 2});
  EXPECT(q.popExpired(50).empty());
  auto due = q.popExpired(200);
  EXPECT_EQ(due.size(), size_t(2));
  EXPECT(due[0] == ConnKey(1, 1));
  EXPECT(due[1] == ConnKey(2, 2));
  EXPECT(!q.empty());
  EXPECT_EQ(q.popExpired(1000).size(), size_t(1));
  EXPECT(q.empty());
  EXPECT(monotonicMs() > 0);
}

namespace {

bool fill(HybridMuxer& m, PacketHeader& h) {
  char buf[4096];
  iovec v{buf, sizeof buf};
  return m.fillRx(h, &v, 1, sizeof buf);
}

}  // namespace

TEST(hybrid_muxer_dials_the_guest_for_a_connect_line_and_answers_ok) {
  EventLoop loop;
  std::string uds = tempSocketPath("m.vsock");
  HybridMuxer mux(loop, uds, 9);
  int rxReady = 0;
  mux.setRxReady([&] { ++rxReady; });

  UniqueFd client = dialUnix(uds);
  loop.runOnce(100);  // accept
  EXPECT_EQ(mux.pendingClientCount(), size_t(1));
  EXPECT_EQ(::send(client.get(), "CONNECT 52\n", 11, 0), 11);
  loop.runOnce(100);  // the line
  EXPECT_EQ(mux.pendingClientCount(), size_t(0));
  EXPECT_EQ(mux.connectionCount(), size_t(1));
  EXPECT(rxReady > 0);
  EXPECT(mux.hasRx());
  PacketHeader req;
  EXPECT(fill(mux, req));
  EXPECT_EQ(req.op, uint16_t(OP_REQUEST));
  EXPECT_EQ(req.dstCid, uint64_t(9));
  EXPECT_EQ(req.dstPort, 52u);
  EXPECT(req.srcPort >= (1u << 30));

  // The guest accepts: the client reads OK with the host port.
  PacketHeader resp{};
  resp.srcCid = 9;
  resp.dstCid = kHostCid;
  resp.srcPort = 52;
  resp.dstPort = req.srcPort;
  resp.type = kTypeStream;
  resp.op = OP_RESPONSE;
  resp.bufAlloc = 65536;
  mux.onGuestPacket(resp, nullptr, 0);
  char line[64] = {};
  EXPECT(::recv(client.get(), line, sizeof line, 0) > 0);
  EXPECT_EQ(std::string(line), okLine(req.srcPort));

  // A packet for no stream is answered with RST; one from another CID is ignored.
  PacketHeader stray = resp;
  stray.dstPort = 7;
  stray.op = OP_RW;
  mux.onGuestPacket(stray, nullptr, 0);
  PacketHeader rst;
  EXPECT(fill(mux, rst));
  EXPECT_EQ(rst.op, uint16_t(OP_RST));
  EXPECT_EQ(rst.srcPort, 7u);
  EXPECT_EQ(rst.dstPort, 52u);
  stray.srcCid = 10;
  mux.onGuestPacket(stray, nullptr, 0);
  EXPECT(!mux.hasRx());

  // A reset ends every stream: the client sees EOF and the count moves.
  uint64_t before = mux.resetCount();
  mux.reset();
  EXPECT_EQ(mux.resetCount(), before + 1);
  EXPECT_EQ(mux.connectionCount(), size_t(0));
  EXPECT_EQ(::recv(client.get(), line, sizeof line, 0), 0);
}

TEST(hybrid_muxer_closes_a_client_that_sends_garbage) {
  EventLoop loop;
  std::string uds = tempSocketPath("g.vsock");
  HybridMuxer mux(loop, uds, 9);
  UniqueFd client = dialUnix(uds);
  loop.runOnce(100);
  EXPECT_EQ(::send(client.get(), "HELLO 52\n", 9, 0), 9);
  loop.runOnce(100);
  EXPECT_EQ(mux.pendingClientCount(), size_t(0));
  EXPECT_EQ(mux.connectionCount(), size_t(0));
  char b;
  EXPECT_EQ(::recv(client.get(), &b, 1, 0), 0);
}

TEST(hybrid_muxer_refuses_a_socket_path_that_cannot_be_bound) {
  EventLoop loop;
  std::string tooLong(200, 'x');
  try {
    HybridMuxer mux(loop, "/tmp/" + tooLong, 9);
    EXPECT(false);
  } catch (const kata::SysError& e) {
    EXPECT(std::string(e.what()).find("hybrid vsock socket path") != std::string::npos);
  }
}

// Found by fuzzing (native/fuzz/corpus/vsock/regress-rx-header-only-buffer): a stream with host
// data waiting and an rx buffer with room for a header only. The stream has nothing to put in it
// but still wants rx; fillRx must say so once and return, not ask the same stream for ever.
TEST(hybrid_muxer_gives_a_header_only_rx_buffer_back_instead_of_spinning) {
  EventLoop loop;
  std::string uds = tempSocketPath("h.vsock");
  UniqueFd hostListener = kata::test::listenUnix(uds + "_7000");
  HybridMuxer mux(loop, uds, 9);
  PacketHeader req{};
  req.srcCid = 9;
  req.dstCid = kHostCid;
  req.srcPort = 1234;
  req.dstPort = 7000;
  req.type = kTypeStream;
  req.op = OP_REQUEST;
  req.bufAlloc = 65536;
  mux.onGuestPacket(req, nullptr, 0);
  PacketHeader resp;
  EXPECT(fill(mux, resp));
  EXPECT_EQ(resp.op, uint16_t(OP_RESPONSE));
  UniqueFd host(::accept4(hostListener.get(), nullptr, nullptr, SOCK_CLOEXEC));
  EXPECT(host.valid());
  EXPECT_EQ(::send(host.get(), "data", 4, 0), 4);
  for (int i = 0; i < 3 && !mux.hasRx(); ++i) loop.runOnce(100);
  EXPECT(mux.hasRx());
  // No room: nothing to say (the device gives the buffer back), and the call returns.
  PacketHeader h;
  EXPECT(!mux.fillRx(h, nullptr, 0, 0));
  EXPECT(mux.hasRx());
  // A buffer with room gets the data.
  EXPECT(fill(mux, h));
  EXPECT_EQ(h.op, uint16_t(OP_RW));
  EXPECT_EQ(h.len, 4u);
}
