// The input formats of the fuzz targets, shared by the harnesses (native/fuzz/<target>.cc) and
// the seed generator (make_corpus.cc), so hand-made seeds say what the harness reads.
// docs/fuzzing.md describes each.
#pragma once

#include <cstdint>

namespace kata::fuzz {

constexpr uint64_t alignUp(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }

namespace virtqueue_fmt {

// The guest's RAM: one memfd of this size, mapped through one to four memory regions.
constexpr uint64_t kRam = 1 << 20;

// The input: Header, then the avail ring as the driver wrote it (flags, idx, ring[size]), the
// descriptor table (16 bytes a descriptor), and data for the rest of RAM (indirect tables,
// buffers); each part zero-filled when the input ends early.
struct __attribute__((packed)) Header {
  uint8_t qlog;        // queue size = 1 << (qlog % 16)
  uint8_t layout;      // bits 0-1: Layout*; bit 2: a fourth region, far away (at `far`), aliasing RAM's first page
  uint16_t lastAvail;  // where the device starts (SET_VRING_BASE)
  uint32_t split1;     // file offsets of the region boundaries (mod kRam)
  uint32_t split2;
  uint32_t gap;        // kLayoutHole: bytes of unmapped GPA between the two regions
  uint64_t base;       // GPA of the first region
  uint64_t far;        // GPA of the far region
};
static_assert(sizeof(Header) == 32);
enum : uint8_t { kLayoutOne = 0, kLayoutTwo = 1, kLayoutHole = 2, kLayoutThree = 3 };
constexpr uint8_t kLayoutFar = 4;

// Where the rings and the data sit in RAM (file offsets; GPA = base + offset in the first region).
struct Rings {
  uint32_t size;
  uint64_t desc, avail, used, data;
};
constexpr Rings ringsFor(uint32_t size) {
  uint64_t desc = 0;
  uint64_t avail = desc + 16ull * size;
  uint64_t used = alignUp(avail + 6 + 2ull * size, 4);
  uint64_t data = alignUp(used + 6 + 8ull * size, 16);
  return {size, desc, avail, used, data};
}

}  // namespace virtqueue_fmt

namespace vsock_fmt {

// The guest's RAM (one region at GPA 0) and the two queues the harness drives as the driver.
constexpr uint64_t kRam = 1 << 20;
constexpr uint32_t kQueueSize = 256;
constexpr uint64_t kRxDesc = 0x0000, kRxAvail = 0x1000, kRxUsed = 0x2000;
constexpr uint64_t kTxDesc = 0x4000, kTxAvail = 0x5000, kTxUsed = 0x6000;
constexpr uint64_t kTxIndirect = 0x8000;  // one indirect table, rewritten per packet
constexpr uint64_t kHeap = 0x10000;       // buffers and packets, allocated round robin
constexpr uint64_t kGuestCid = 3;
// Host listeners at <uds>_<port> for these guest REQUESTs; kPortNobody has none.
constexpr uint32_t kPortA = 1024, kPortB = 1025, kPortNobody = 1026;

// The input is a sequence of ops, each an Op byte and its arguments.
enum Op : uint8_t {
  // PacketArgs, then the payload: a guest packet on the tx queue, then a tx kick.
  kGuestPacket = 0,
  // u8 n (1-8), then n x u16 size: rx buffers the driver offers, then an rx kick.
  kRxBuffers = 1,
  // u8 host stream, u16 n, n bytes: the host side writes to a unix stream.
  kHostWrite = 2,
  // u8 host stream, u8 how (0 close, 1 shutdown write, 2 shutdown read): the host side ends it.
  kHostClose = 3,
  // u8 n, n bytes: a host client dials <uds> and writes them (a CONNECT line, or garbage).
  kHostDial = 4,
  // runs the event loop (unix socket events), then accepts what guest REQUESTs dialled.
  kRunLoop = 5,
  // u8 host stream: the host side reads what is there.
  kHostRead = 6,
  // u8 queue (0 rx, 1 tx): the driver stops and restarts the queue (a device reset).
  kQueueReset = 7,
  kOpCount = 8,
};

// A guest packet: the header's fields go out as given, except where `fix` says otherwise.
struct __attribute__((packed)) PacketArgs {
  uint8_t fix;         // bit 0: src/dst CID, type = ours; bit 1: len = payload length;
                       // bit 2: dstPort picks a known port (dstPort % 5: A, B, nobody, first and second host-initiated)
  uint8_t layout;      // bits 0-1: descriptors - 1 the packet is split into; bit 2: through an indirect table
  uint16_t payloadLen; // payload bytes that follow (mod 8 KiB)
  uint8_t header[44];  // struct virtio_vsock_hdr
};
static_assert(sizeof(PacketArgs) == 48);

}  // namespace vsock_fmt

namespace vhost_user_fmt {

// The guest's RAM as a memfd of this size, which the harness passes wherever the op asks for an
// fd of that kind.
constexpr uint64_t kRam = 1 << 20;

// The input is a sequence of ops, each an op byte whose top two bits say which:
enum : uint8_t {
  // low 4 bits: how many fds ride along (0-15; more than 8 is a protocol error), bits 4-5: their
  // FdKind; then a vhost-user header (12 bytes) and header.size payload bytes (none when size is
  // over the 4096 the server takes: it drops the front-end on the header alone).
  kMessage = 0x00,
  kMemWrite = 0x40,  // u32 offset, u8 n, n bytes: written into the guest RAM memfd
  kKick = 0x80,      // low 4 bits: which eventfd (or pipe) sent so far is signalled; the loop runs
  kRunLoop = 0xc0,   // the loop runs
  kOpMask = 0xc0,
};
enum FdKind : uint8_t {
  kFdMemfd = 0,    // the guest RAM memfd
  kFdEventfd = 1,  // fresh eventfds (the harness keeps a copy to kick with)
  kFdPipe = 2,     // the read end of a pipe
  kFdMixed = 3,    // the memfd first, eventfds after it
};

}  // namespace vhost_user_fmt

namespace netlink_fmt {

// The input: a Mode byte, then datagrams, each a u16 length and that many bytes (what one recv
// on a NETLINK_ROUTE socket returns). Every message is read as sequence kSeq's.
constexpr uint32_t kSeq = 1;
enum Mode : uint8_t { kDump = 0, kGet = 1, kAck = 2, kModeCount = 3 };

}  // namespace netlink_fmt

}  // namespace kata::fuzz
