// Fuzz target: the vsock device and hybrid-vsock back-end (vhost/vsock/): packet headers as the
// guest writes them, and the op/credit state machine of each stream (connection.cc) behind the
// muxer's routing (muxer.cc). The harness plays the guest driver (rx and tx queues in a memfd
// RAM, walked by the real SplitQueue), the host side (unix peers of the streams, host clients
// dialling the CONNECT listener) and the event loop, one op of the input at a time (formats.h,
// vsock::Op). It checks what the device promises the guest: it only returns chains it was given,
// a tx chain comes back with 0 bytes written, every rx packet fits its buffer, comes from the
// host CID to ours, is a stream packet with a valid op and says its own length.
// Not covered: the deadlines (handshake and close timeouts run on the real monotonic clock) and
// a guest that rewrites a chain while the device walks it (single-threaded here).
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/unique_fd.h"
#include "formats.h"
#include "fuzz_input.h"
#include "vhost/event_loop.h"
#include "vhost/guest_memory.h"
#include "vhost/unix_listener.h"
#include "vhost/virtqueue.h"
#include "vhost/vsock/device.h"
#include "vhost/vsock/hybrid/muxer.h"
#include "vhost/vsock/packet.h"

using namespace kata::vhost;
using namespace kata::fuzz;
using namespace kata::fuzz::vsock_fmt;
using kata::UniqueFd;
namespace vs = kata::vhost::vsock;
using vs::PacketHeader;

namespace {

constexpr uint32_t kFirstLocalPort = 1u << 30;  // HybridMuxer's first port for host-initiated streams
constexpr size_t kMaxHostStreams = 64;

// What lives across inputs: the RAM's memfd and the harness's own view of it, and the host
// listeners guest REQUESTs dial (their backlogs are emptied after each input).
struct Fixture {
  UniqueFd memfd{::memfd_create("fuzz-vsock-ram", MFD_CLOEXEC)};
  uint8_t* ram = nullptr;
  std::string uds = socketPath("vsock");
  UnixListener portA{uds + "_" + std::to_string(kPortA), 64, "fuzz host listener"};
  UnixListener portB{uds + "_" + std::to_string(kPortB), 64, "fuzz host listener"};
  Fixture() {
    if (::ftruncate(memfd.get(), off_t(kRam)) != 0) std::abort();
    void* p = ::mmap(nullptr, kRam, PROT_READ | PROT_WRITE, MAP_SHARED, memfd.get(), 0);
    if (p == MAP_FAILED) std::abort();
    ram = static_cast<uint8_t*>(p);
  }
};

Fixture& fixture() {
  static Fixture f;  // destroyed at exit, which removes the listeners' socket files
  return f;
}

// The guest driver's side of one queue.
struct DriverQueue {
  DriverQueue(uint64_t d, uint64_t a, uint64_t u, bool w) : desc(d), avail(a), used(u), writable(w) {}
  uint64_t desc, avail, used;
  bool writable;  // rx: the device writes; tx: it reads
  SplitQueue q;
  bool on = false;
  uint16_t availIdx = 0;
  uint16_t usedSeen = 0;
  std::vector<uint16_t> freeDesc;
  struct Outstanding {
    std::vector<uint16_t> descs;
    uint64_t gpa;
    uint32_t len;
  };
  std::map<uint16_t, Outstanding> out;  // by head
};

struct Harness : QueueSet {
  Fixture& fx = fixture();
  uint8_t* ram = fx.ram;
  GuestMemory mem;
  DriverQueue rx{kRxDesc, kRxAvail, kRxUsed, true};
  DriverQueue tx{kTxDesc, kTxAvail, kTxUsed, false};
  uint64_t heap = kHeap;
  EventLoop loop;
  std::unique_ptr<vs::HybridMuxer> mux;
  std::unique_ptr<vs::VsockDevice> dev;
  std::vector<UniqueFd> host;

  Harness() {
    // Zeroed RAM for every input.
    if (::ftruncate(fx.memfd.get(), 0) != 0 || ::ftruncate(fx.memfd.get(), off_t(kRam)) != 0) std::abort();
    mem.addRegion(fx.memfd.get(), {0, kRam, 0x7f0000000000, 0});
    mux = std::make_unique<vs::HybridMuxer>(loop, fx.uds, kGuestCid);
    dev = std::make_unique<vs::VsockDevice>(*mux, kGuestCid);
    dev->attach(this);
    start(rx);
    start(tx);
  }
  ~Harness() {
    dev.reset();
    mux.reset();
    host.clear();
    while (fx.portA.accept(true)) {
    }
    while (fx.portB.accept(true)) {
    }
  }

  SplitQueue* running(uint32_t q) noexcept override {
    DriverQueue* d = q == vs::kRxQueue ? &rx : q == vs::kTxQueue ? &tx : nullptr;
    return d && d->on && d->q.ready() ? &d->q : nullptr;
  }
  void signalUsed(uint32_t) noexcept override {}

  uint32_t index(const DriverQueue& d) const { return &d == &rx ? vs::kRxQueue : vs::kTxQueue; }

  // The driver (re)initialises a queue: zeroed rings, every descriptor free.
  void start(DriverQueue& d) {
    std::memset(ram + d.desc, 0, 16 * kQueueSize);
    std::memset(ram + d.avail, 0, 6 + 2 * kQueueSize);
    std::memset(ram + d.used, 0, 6 + 8 * kQueueSize);
    d.availIdx = d.usedSeen = 0;
    d.out.clear();
    d.freeDesc.clear();
    for (uint32_t i = kQueueSize; i-- > 0;) d.freeDesc.push_back(uint16_t(i));
    std::string err = d.q.setup(&mem, kQueueSize, mem.gpaToHost(d.desc, SplitQueue::descBytes(kQueueSize)),
                                mem.gpaToHost(d.avail, SplitQueue::availBytes(kQueueSize)), mem.gpaToHost(d.used, SplitQueue::usedBytes(kQueueSize)));
    FUZZ_CHECK(err.empty());
    d.on = true;
    dev->queueStarted(index(d));
  }
  void reset(DriverQueue& d) {
    d.on = false;
    dev->queueStopped(index(d));
    start(d);
  }

  uint64_t alloc(uint64_t len) {
    if (heap + len > kRam) heap = kHeap;
    uint64_t at = heap;
    heap = alignUp(heap + len, 16);
    return at;
  }
  void writeDesc(uint64_t table, uint16_t i, uint64_t addr, uint32_t len, uint16_t flags, uint16_t next) {
    uint8_t* p = ram + table + 16 * uint64_t(i);
    std::memcpy(p, &addr, 8);
    std::memcpy(p + 8, &len, 4);
    std::memcpy(p + 12, &flags, 2);
    std::memcpy(p + 14, &next, 2);
  }
  // Offers [gpa, gpa+len) split into `pieces` descriptors (or through an indirect table); false
  // when the ring has no free descriptors left.
  bool offer(DriverQueue& d, uint64_t gpa, uint32_t len, uint32_t pieces, bool indirect) {
    uint32_t need = indirect ? 1 : pieces;
    if (d.freeDesc.size() < need || d.out.size() >= kQueueSize) return false;
    uint16_t flag = d.writable ? kDescFWrite : 0;
    std::vector<uint16_t> descs;
    for (uint32_t i = 0; i < need; ++i) {
      descs.push_back(d.freeDesc.back());
      d.freeDesc.pop_back();
    }
    uint32_t piece = len / pieces;
    auto pieceLen = [&](uint32_t i) { return i + 1 == pieces ? len - piece * (pieces - 1) : piece; };
    if (indirect) {
      uint64_t table = alloc(16ull * pieces);
      for (uint32_t i = 0; i < pieces; ++i)
        writeDesc(table, uint16_t(i), gpa + uint64_t(piece) * i, pieceLen(i), uint16_t(flag | (i + 1 < pieces ? kDescFNext : 0)), uint16_t(i + 1));
      writeDesc(d.desc, descs[0], table, 16 * pieces, kDescFIndirect, 0);
    } else {
      for (uint32_t i = 0; i < pieces; ++i)
        writeDesc(d.desc, descs[i], gpa + uint64_t(piece) * i, pieceLen(i), uint16_t(flag | (i + 1 < pieces ? kDescFNext : 0)),
                  i + 1 < pieces ? descs[i + 1] : 0);
    }
    uint16_t head = descs[0];
    std::memcpy(ram + d.avail + 4 + 2 * (d.availIdx % kQueueSize), &head, 2);
    ++d.availIdx;
    __atomic_store_n(reinterpret_cast<uint16_t*>(ram + d.avail + 2), d.availIdx, __ATOMIC_RELEASE);
    d.out[head] = {descs, gpa, len};
    return true;
  }

  // Takes back what the device used, checking each element against what was offered.
  void reap(DriverQueue& d) {
    uint16_t idx = __atomic_load_n(reinterpret_cast<uint16_t*>(ram + d.used + 2), __ATOMIC_ACQUIRE);
    FUZZ_CHECK(uint16_t(idx - d.usedSeen) <= kQueueSize);
    for (; d.usedSeen != idx; ++d.usedSeen) {
      uint32_t id, len;
      const uint8_t* e = ram + d.used + 4 + 8 * (d.usedSeen % kQueueSize);
      std::memcpy(&id, e, 4);
      std::memcpy(&len, e + 4, 4);
      auto it = d.out.find(uint16_t(id));
      FUZZ_CHECK(id < kQueueSize && it != d.out.end());  // only chains the driver gave
      const auto& o = it->second;
      if (d.writable) {
        checkRx(o.gpa, o.len, len);
      } else {
        FUZZ_CHECK(len == 0);  // a tx chain is only read
      }
      for (uint16_t x : o.descs) d.freeDesc.push_back(x);
      d.out.erase(it);
    }
  }
  void checkRx(uint64_t gpa, uint32_t bufLen, uint32_t used) {
    FUZZ_CHECK(used <= bufLen);
    if (used == 0) {
      FUZZ_CHECK(bufLen < sizeof(PacketHeader));  // only a buffer too small for a header comes back empty
      return;
    }
    FUZZ_CHECK(used >= sizeof(PacketHeader));
    PacketHeader h;
    std::memcpy(&h, ram + gpa, sizeof h);
    FUZZ_CHECK(h.srcCid == vs::kHostCid && h.dstCid == kGuestCid);
    FUZZ_CHECK(h.type == vs::kTypeStream);
    FUZZ_CHECK(h.op >= vs::OP_REQUEST && h.op <= vs::OP_CREDIT_REQUEST);
    FUZZ_CHECK(uint64_t(h.len) + sizeof h == used);
    FUZZ_CHECK(h.op == vs::OP_RW ? h.len > 0 && h.len <= vs::Connection::kMaxPayload : h.len == 0);
  }
  void reapAll() {
    reap(rx);
    reap(tx);
  }
  void acceptHost() {
    for (UnixListener* l : {&fx.portA, &fx.portB}) {
      for (;;) {
        UniqueFd c = l->accept(true);
        if (!c) break;
        if (host.size() < kMaxHostStreams) host.push_back(std::move(c));
      }
    }
  }
  int hostFd(uint8_t i) { return host.empty() ? -1 : host[i % host.size()].get(); }

  void guestPacket(Input& in) {
    PacketArgs a = in.get<PacketArgs>();
    PacketHeader h;
    std::memcpy(&h, a.header, sizeof h);
    uint32_t payloadLen = a.payloadLen % 8192;
    if (a.fix & 1) {
      h.srcCid = kGuestCid;
      h.dstCid = vs::kHostCid;
      h.type = vs::kTypeStream;
    }
    if (a.fix & 2) h.len = payloadLen;
    if (a.fix & 4) {
      static const uint32_t kPorts[] = {kPortA, kPortB, kPortNobody, kFirstLocalPort, kFirstLocalPort + 1};
      h.dstPort = kPorts[h.dstPort % 5];
    }
    std::vector<uint8_t> pkt(sizeof h + payloadLen, 0);
    std::memcpy(pkt.data(), &h, sizeof h);
    in.read(pkt.data() + sizeof h, payloadLen);
    uint64_t gpa = alloc(pkt.size());
    std::memcpy(ram + gpa, pkt.data(), pkt.size());
    if (offer(tx, gpa, uint32_t(pkt.size()), (a.layout & 3) + 1u, (a.layout & 4) != 0)) dev->queueKicked(vs::kTxQueue);
  }
  void rxBuffers(Input& in) {
    uint32_t n = in.u8() % 8 + 1;
    for (uint32_t i = 0; i < n; ++i) {
      uint32_t len = in.u16();
      offer(rx, alloc(len), len, (len & 1) ? 2 : 1, false);
    }
    dev->queueKicked(vs::kRxQueue);
  }
  void runLoop() {
    for (int i = 0; i < 4; ++i) loop.runOnce(0);
    acceptHost();
  }

  void run(Input& in) {
    while (!in.empty()) {
      uint8_t op = in.u8() % kOpCount;
      switch (op) {
        case kGuestPacket:
          guestPacket(in);
          break;
        case kRxBuffers:
          rxBuffers(in);
          break;
        case kHostWrite: {
          int fd = hostFd(in.u8());
          std::vector<uint8_t> b = in.bytes(in.u16());
          if (fd >= 0 && !b.empty()) (void)::send(fd, b.data(), b.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
          break;
        }
        case kHostClose: {
          uint8_t i = in.u8(), how = in.u8() % 3;
          if (host.empty()) break;
          size_t at = i % host.size();
          if (how == 0) {
            host.erase(host.begin() + long(at));
          } else {
            ::shutdown(host[at].get(), how == 1 ? SHUT_WR : SHUT_RD);
          }
          break;
        }
        case kHostDial: {
          std::vector<uint8_t> line = in.bytes(in.u8());
          UniqueFd c = connectUnix(fx.uds);
          if (c && !line.empty()) (void)::send(c.get(), line.data(), line.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
          if (c && host.size() < kMaxHostStreams) host.push_back(std::move(c));
          break;
        }
        case kRunLoop:
          runLoop();
          break;
        case kHostRead: {
          int fd = hostFd(in.u8());
          char buf[4096];
          if (fd >= 0) (void)::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
          break;
        }
        case kQueueReset:
          reset(in.u8() & 1 ? tx : rx);
          break;
      }
      acceptHost();
      reapAll();
    }
  }
};

}  // namespace

// The back-end runs inside Node (the shim's addon), which ignores SIGPIPE: so does the harness,
// whose own writes to pipes the server has closed would otherwise kill it.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ::signal(SIGPIPE, SIG_IGN);
  removeStaleSockets();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Input in(data, size);
  Harness h;
  h.run(in);
  return 0;
}
