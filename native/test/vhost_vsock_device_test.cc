// The vhost-user server and the vsock device driven in-process: the test plays QEMU (messages
// over the unix socket, memfd guest RAM, eventfds) and the guest driver (rings in that RAM), so
// the protocol and the packet flow are checked without a VM.
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

#include "common/unique_fd.h"
#include "test.h"
#include "unix_socket.h"
#include "vhost/event_loop.h"
#include "vhost/vhost_user_protocol.h"
#include "vhost/vhost_user_server.h"
#include "vhost/vsock/device.h"
#include "vhost/vsock/hybrid/muxer.h"
#include "vhost/vsock/packet.h"

using namespace kata::vhost;
using kata::UniqueFd;
using kata::test::dialUnix;
using kata::test::listenUnix;
using kata::test::tempSocketPath;

namespace {

// One VM's vsock back-end as VsockService assembles it, minus the thread: the test runs the loop.
struct Rig {
  std::string vs, uds;
  EventLoop loop;
  vsock::HybridMuxer mux;
  vsock::VsockDevice dev;
  VhostUserServer server;
  Rig(const std::string& name, uint64_t cid)
      : vs(tempSocketPath(name + ".vhost")), uds(tempSocketPath(name + ".vsock")), mux(loop, uds, cid), dev(mux, cid), server(loop, vs, dev) {}
};

// The front-end's side of the conversation.
struct FrontEnd {
  EventLoop& loop;
  UniqueFd sock;

  void send(uint32_t req, const void* payload, uint32_t size, std::vector<int> fds = {}, uint32_t flags = proto::kVersion) {
    proto::Header h{req, flags, size};
    std::vector<uint8_t> buf(sizeof h + size);
    std::memcpy(buf.data(), &h, sizeof h);
    if (size) std::memcpy(buf.data() + sizeof h, payload, size);
    iovec iov{buf.data(), buf.size()};
    msghdr mh{};
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    char cbuf[CMSG_SPACE(sizeof(int) * 8)];
    if (!fds.empty()) {
      mh.msg_control = cbuf;
      mh.msg_controllen = CMSG_SPACE(sizeof(int) * fds.size());
      cmsghdr* c = CMSG_FIRSTHDR(&mh);
      c->cmsg_level = SOL_SOCKET;
      c->cmsg_type = SCM_RIGHTS;
      c->cmsg_len = CMSG_LEN(sizeof(int) * fds.size());
      std::memcpy(CMSG_DATA(c), fds.data(), sizeof(int) * fds.size());
    }
    if (::sendmsg(sock.get(), &mh, 0) != ssize_t(buf.size())) throw std::runtime_error("sendmsg");
    loop.runOnce(100);
  }
  std::vector<uint8_t> reply() {
    proto::Header h{};
    if (::recv(sock.get(), &h, sizeof h, MSG_DONTWAIT) != sizeof h) throw std::runtime_error("no reply");
    std::vector<uint8_t> p(h.size);
    if (h.size && ::recv(sock.get(), p.data(), h.size, 0) != ssize_t(h.size)) throw std::runtime_error("short reply");
    return p;
  }
  uint64_t replyU64() {
    auto p = reply();
    uint64_t v = 0;
    if (p.size() == 8) std::memcpy(&v, p.data(), 8);
    return v;
  }
};

}  // namespace

TEST(vhost_user_server_negotiates_reads_config_and_drops_a_bad_front_end) {
  Rig rig("p", 42);
  EventLoop& loop = rig.loop;
  const std::string& vs = rig.vs;
  VhostUserServer& server = rig.server;
  FrontEnd fe{loop, dialUnix(vs)};
  loop.runOnce(100);
  EXPECT(server.connected());
  fe.send(proto::GET_FEATURES, nullptr, 0);
  uint64_t f = fe.replyU64();
  EXPECT(f & vsock::kFVersion1);
  EXPECT(f & proto::kFProtocolFeatures);
  fe.send(proto::GET_PROTOCOL_FEATURES, nullptr, 0);
  uint64_t pf = fe.replyU64();
  EXPECT_EQ(pf, proto::kProtocolFReplyAck | proto::kProtocolFConfig);
  fe.send(proto::SET_PROTOCOL_FEATURES, &pf, 8);
  uint8_t cfg[proto::kConfigHeaderSize + 8] = {};
  uint32_t size = 8;
  std::memcpy(cfg + 4, &size, 4);
  fe.send(proto::GET_CONFIG, cfg, sizeof cfg);
  auto c = fe.reply();
  EXPECT_EQ(c.size(), sizeof cfg);
  uint64_t cid;
  std::memcpy(&cid, c.data() + proto::kConfigHeaderSize, 8);
  EXPECT_EQ(cid, uint64_t(42));
  // REPLY_ACK: an unknown request is refused with a non-zero status, not fatal.
  fe.send(99, nullptr, 0, {}, proto::kVersion | proto::kFlagNeedReply);
  EXPECT(fe.replyU64() != 0);
  EXPECT(server.connected());
  proto::VringState bad{0, 3};  // not a power of two
  fe.send(proto::SET_VRING_NUM, &bad, sizeof bad);
  EXPECT(!server.connected());
  EXPECT(server.lastError().find("power of two") != std::string::npos);
  // A new front-end is served after the bad one is dropped.
  FrontEnd fe2{loop, dialUnix(vs)};
  loop.runOnce(100);
  EXPECT(server.connected());
  fe2.send(proto::GET_QUEUE_NUM, nullptr, 0);
  EXPECT_EQ(fe2.replyU64(), uint64_t(3));
}

namespace {

constexpr uint64_t kMem = 1 << 20;
constexpr uint64_t kUva = 0x7f0000000000;
constexpr uint32_t kQ = 8;

struct GuestRing {
  uint64_t desc, avail, used;
  uint16_t availIdx = 0;
};

struct Guest {
  UniqueFd memfd{::memfd_create("guest", MFD_CLOEXEC)};
  uint8_t* ram = nullptr;
  GuestRing rings[2] = {{0x0, 0x1000, 0x2000}, {0x4000, 0x5000, 0x6000}};
  uint16_t nextDesc[2] = {0, 0};

  Guest() {
    if (::ftruncate(memfd.get(), kMem) != 0) throw std::runtime_error("ftruncate");
    ram = static_cast<uint8_t*>(::mmap(nullptr, kMem, PROT_READ | PROT_WRITE, MAP_SHARED, memfd.get(), 0));
  }
  ~Guest() { ::munmap(ram, kMem); }
  // Offers one buffer (one descriptor) on queue q.
  void offer(int q, uint64_t gpa, uint32_t len, bool writable) {
    GuestRing& r = rings[q];
    uint16_t i = nextDesc[q]++ % kQ;
    uint16_t flags = writable ? kDescFWrite : 0, next = 0;
    uint8_t* d = ram + r.desc + 16 * i;
    std::memcpy(d, &gpa, 8);
    std::memcpy(d + 8, &len, 4);
    std::memcpy(d + 12, &flags, 2);
    std::memcpy(d + 14, &next, 2);
    std::memcpy(ram + r.avail + 4 + 2 * (r.availIdx % kQ), &i, 2);
    ++r.availIdx;
    std::memcpy(ram + r.avail + 2, &r.availIdx, 2);
  }
  uint16_t used(int q) {
    uint16_t v;
    std::memcpy(&v, ram + rings[q].used + 2, 2);
    return v;
  }
  vsock::PacketHeader packet(uint64_t gpa) {
    vsock::PacketHeader h;
    std::memcpy(&h, ram + gpa, sizeof h);
    return h;
  }
};

void setupQueue(FrontEnd& fe, Guest& g, uint32_t q, int kick, int call) {
  proto::VringState num{q, kQ};
  fe.send(proto::SET_VRING_NUM, &num, sizeof num);
  proto::VringState base{q, 0};
  fe.send(proto::SET_VRING_BASE, &base, sizeof base);
  proto::VringAddr a{q, 0, kUva + g.rings[q].desc, kUva + g.rings[q].used, kUva + g.rings[q].avail, 0};
  fe.send(proto::SET_VRING_ADDR, &a, sizeof a);
  uint64_t idx = q;
  fe.send(proto::SET_VRING_CALL, &idx, 8, {call});
  fe.send(proto::SET_VRING_KICK, &idx, 8, {kick});
  proto::VringState en{q, 1};
  fe.send(proto::SET_VRING_ENABLE, &en, sizeof en);
}

}  // namespace

TEST(vsock_device_connects_a_guest_stream_to_a_host_unix_socket_and_moves_data) {
  Rig rig("d", 3);
  EventLoop& loop = rig.loop;
  const std::string& vs = rig.vs;
  const std::string& uds = rig.uds;
  VhostUserServer& server = rig.server;
  UniqueFd hostListener = listenUnix(uds + "_5555");
  FrontEnd fe{loop, dialUnix(vs)};
  loop.runOnce(100);
  uint64_t feats = vsock::kFVersion1 | proto::kFProtocolFeatures;
  fe.send(proto::SET_FEATURES, &feats, 8);
  Guest g;
  uint8_t mt[8 + 32] = {};
  uint32_t n = 1;
  std::memcpy(mt, &n, 4);
  proto::MemRegion r{0, kMem, kUva, 0};
  std::memcpy(mt + 8, &r, sizeof r);
  fe.send(proto::SET_MEM_TABLE, mt, sizeof mt, {g.memfd.get()});
  UniqueFd kick0(::eventfd(0, EFD_CLOEXEC)), call0(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
  UniqueFd kick1(::eventfd(0, EFD_CLOEXEC)), call1(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
  setupQueue(fe, g, vsock::kRxQueue, kick0.get(), call0.get());
  setupQueue(fe, g, vsock::kTxQueue, kick1.get(), call1.get());
  EXPECT(server.connected());

  // The guest: two rx buffers, then a REQUEST 3:1234 → 2:5555 on tx, and a kick.
  g.offer(0, 0x10000, 4096, true);
  g.offer(0, 0x11000, 4096, true);
  vsock::PacketHeader req{};
  req.srcCid = 3;
  req.dstCid = 2;
  req.srcPort = 1234;
  req.dstPort = 5555;
  req.type = vsock::kTypeStream;
  req.op = vsock::OP_REQUEST;
  req.bufAlloc = 65536;
  std::memcpy(g.ram + 0x20000, &req, sizeof req);
  g.offer(1, 0x20000, sizeof req, false);
  uint64_t one = 1;
  EXPECT_EQ(::write(kick1.get(), &one, 8), 8);
  loop.runOnce(100);
  EXPECT_EQ(g.used(1), 1);
  EXPECT_EQ(g.used(0), 1);
  vsock::PacketHeader resp = g.packet(0x10000);
  EXPECT_EQ(resp.op, uint16_t(vsock::OP_RESPONSE));
  EXPECT_EQ(resp.srcPort, 5555u);
  EXPECT_EQ(resp.dstPort, 1234u);
  EXPECT_EQ(resp.dstCid, uint64_t(3));
  UniqueFd host(::accept4(hostListener.get(), nullptr, nullptr, SOCK_CLOEXEC));
  EXPECT(host.valid());

  // Guest → host: RW "hello" comes out of the unix socket.
  vsock::PacketHeader rw = req;
  rw.op = vsock::OP_RW;
  rw.len = 5;
  std::memcpy(g.ram + 0x21000, &rw, sizeof rw);
  std::memcpy(g.ram + 0x21000 + sizeof rw, "hello", 5);
  g.offer(1, 0x21000, sizeof rw + 5, false);
  EXPECT_EQ(::write(kick1.get(), &one, 8), 8);
  loop.runOnce(100);
  char buf[16] = {};
  EXPECT_EQ(::recv(host.get(), buf, sizeof buf, MSG_DONTWAIT), 5);
  EXPECT(std::memcmp(buf, "hello", 5) == 0);

  // Host → guest: what the unix peer writes arrives as RW in the next rx buffer.
  EXPECT_EQ(::send(host.get(), "world!", 6, 0), 6);
  for (int i = 0; i < 3 && g.used(0) < 2; ++i) loop.runOnce(100);
  EXPECT_EQ(g.used(0), 2);
  vsock::PacketHeader data = g.packet(0x11000);
  EXPECT_EQ(data.op, uint16_t(vsock::OP_RW));
  EXPECT_EQ(data.len, 6u);
  EXPECT(std::memcmp(g.ram + 0x11000 + sizeof data, "world!", 6) == 0);

  // A REQUEST to a port nobody listens on is answered with RST once a buffer is there.
  req.dstPort = 6666;
  req.srcPort = 1235;
  std::memcpy(g.ram + 0x22000, &req, sizeof req);
  g.offer(1, 0x22000, sizeof req, false);
  g.offer(0, 0x12000, 4096, true);
  EXPECT_EQ(::write(kick1.get(), &one, 8), 8);
  loop.runOnce(100);
  EXPECT_EQ(g.used(0), 3);
  EXPECT_EQ(g.packet(0x12000).op, uint16_t(vsock::OP_RST));

  // The front-end goes away: the stream's unix socket is closed by the reset.
  fe.sock.reset();
  loop.runOnce(100);
  EXPECT(!server.connected());
  EXPECT_EQ(::recv(host.get(), buf, sizeof buf, 0), 0);
  ::unlink((uds + "_5555").c_str());
}

// Found by fuzzing (native/fuzz/corpus/vhost_user/regress-mem-table-swap-while-running): a new
// SET_MEM_TABLE (QEMU sends one again when guest memory changes) moved the vrings into the new
// mapping one at a time, telling the device as each started; rx starting made the device look at
// tx, which still pointed into the old mapping, unmapped by then (SEGV). Every vring moves first.
TEST(vhost_user_new_mem_table_moves_every_vring_before_the_device_hears_of_it) {
  Rig rig("t", 3);
  EventLoop& loop = rig.loop;
  FrontEnd fe{loop, dialUnix(rig.vs)};
  loop.runOnce(100);
  uint64_t feats = vsock::kFVersion1 | proto::kFProtocolFeatures;
  fe.send(proto::SET_FEATURES, &feats, 8);
  Guest g;
  auto sendMemTable = [&] {
    uint8_t mt[8 + 32] = {};
    uint32_t n = 1;
    std::memcpy(mt, &n, 4);
    proto::MemRegion r{0, kMem, kUva, 0};
    std::memcpy(mt + 8, &r, sizeof r);
    fe.send(proto::SET_MEM_TABLE, mt, sizeof mt, {g.memfd.get()});
  };
  sendMemTable();
  UniqueFd kick0(::eventfd(0, EFD_CLOEXEC)), call0(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
  UniqueFd kick1(::eventfd(0, EFD_CLOEXEC)), call1(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK));
  setupQueue(fe, g, vsock::kRxQueue, kick0.get(), call0.get());
  setupQueue(fe, g, vsock::kTxQueue, kick1.get(), call1.get());

  // The driver breaks rx (its avail index far ahead); a stray tx packet makes the device owe the
  // guest an RST, so it looks at rx and finds it broken: rx stops running, tx runs on.
  uint16_t bogus = 100;
  std::memcpy(g.ram + g.rings[0].avail + 2, &bogus, 2);
  vsock::PacketHeader stray{};
  stray.srcCid = 3;
  stray.dstCid = 2;
  stray.srcPort = 1;
  stray.dstPort = 9;
  stray.type = vsock::kTypeStream;
  stray.op = vsock::OP_RW;
  std::memcpy(g.ram + 0x20000, &stray, sizeof stray);
  g.offer(1, 0x20000, sizeof stray, false);
  uint64_t one = 1;
  EXPECT_EQ(::write(kick1.get(), &one, 8), 8);
  loop.runOnce(100);
  EXPECT_EQ(g.used(1), 1);

  // The same RAM in a new table: rx is set up afresh (and starts), tx must be in the new mapping.
  sendMemTable();
  EXPECT(rig.server.connected());
  g.offer(1, 0x20000, sizeof stray, false);
  EXPECT_EQ(::write(kick1.get(), &one, 8), 8);
  loop.runOnce(100);
  EXPECT_EQ(g.used(1), 2);
}
