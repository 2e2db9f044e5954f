// Writes the hand-made seed inputs of every fuzz target: make_corpus DIR writes DIR/<target>/seed-*
// (scripts/fuzz.sh --corpus runs it into native/fuzz/corpus/). Each seed is a small valid input in
// the format its harness reads (formats.h): the fuzzer starts from real protocol exchanges rather
// than from nothing. Regression inputs (regress-*) are kept beside them by hand.
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/pkt_cls.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>
#include <linux/tc_act/tc_mirred.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "formats.h"
#include "fuzz_input.h"
#include "vhost/vhost_user_protocol.h"
#include "vhost/virtqueue.h"
#include "vhost/vsock/packet.h"

using namespace kata::fuzz;
using kata::vhost::kDescFIndirect;
using kata::vhost::kDescFNext;
using kata::vhost::kDescFWrite;

namespace {

std::string outDir;
int written = 0;

void save(const std::string& target, const std::string& name, const Output& o) {
  std::string dir = outDir + "/" + target;
  ::mkdir(outDir.c_str(), 0755);
  ::mkdir(dir.c_str(), 0755);
  std::string path = dir + "/seed-" + name;
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr || std::fwrite(o.bytes().data(), 1, o.size(), f) != o.size() || std::fclose(f) != 0) {
    std::perror(path.c_str());
    std::exit(1);
  }
  ++written;
}

// --- virtqueue ---

struct Desc {
  uint64_t addr;
  uint32_t len;
  uint16_t flags, next;
};

struct VqSeed {
  virtqueue_fmt::Header h{};
  uint32_t size;
  uint16_t availIdx = 0;
  std::vector<uint16_t> ring;
  std::vector<Desc> descs;
  std::vector<uint8_t> data;  // at rings.data
  explicit VqSeed(uint8_t qlog) : size(1u << qlog) { h.qlog = qlog; }
  uint64_t dataGpa(uint64_t off) const { return h.base + virtqueue_fmt::ringsFor(size).data + off; }
  // Trailing zeros are left off: the harness reads the end of an input as zeros anyway.
  Output out() const {
    Output o;
    o.put(h).u16(0).u16(availIdx);
    for (uint32_t i = 0; i < size; ++i) o.u16(i < ring.size() ? ring[i] : 0);
    for (uint32_t i = 0; i < size; ++i) {
      Desc d = i < descs.size() ? descs[i] : Desc{};
      o.u64(d.addr).u32(d.len).u16(d.flags).u16(d.next);
    }
    o.raw(data);
    std::vector<uint8_t> b = o.bytes();
    while (!b.empty() && b.back() == 0) b.pop_back();
    return Output().raw(b);
  }
};

void virtqueueSeeds() {
  const std::string t = "virtqueue";
  {  // a readable then a writable buffer
    VqSeed s(3);
    s.descs = {{s.dataGpa(0), 44, kDescFNext, 1}, {s.dataGpa(0x1000), 100, kDescFWrite, 0}};
    s.ring = {0};
    s.availIdx = 1;
    s.data.assign(64, 0x11);
    save(t, "direct-chain", s.out());
  }
  {  // an indirect table of three
    VqSeed s(3);
    s.descs = {{s.dataGpa(0), 48, kDescFIndirect, 0}};
    s.ring = {0};
    s.availIdx = 1;
    Output tbl;
    tbl.u64(s.dataGpa(0x100)).u32(16).u16(kDescFNext).u16(1);
    tbl.u64(s.dataGpa(0x200)).u32(32).u16(kDescFNext | kDescFWrite).u16(2);
    tbl.u64(s.dataGpa(0x300)).u32(64).u16(kDescFWrite).u16(0);
    s.data = tbl.bytes();
    save(t, "indirect", s.out());
  }
  {  // a loop: 0 -> 1 -> 0
    VqSeed s(2);
    s.descs = {{s.dataGpa(0), 8, kDescFNext, 1}, {s.dataGpa(8), 8, kDescFNext, 0}};
    s.ring = {0, 1};
    s.availIdx = 2;
    save(t, "loop", s.out());
  }
  {  // two adjacent regions, a buffer across the boundary
    VqSeed s(3);
    s.h.layout = virtqueue_fmt::kLayoutTwo;
    s.h.split1 = 0x8000;
    s.descs = {{0x7ff0, 0x40, kDescFWrite, 0}};
    s.ring = {0};
    s.availIdx = 1;
    save(t, "two-regions-span", s.out());
  }
  {  // three regions, a buffer across both boundaries, at a non-zero base
    VqSeed s(4);
    s.h.layout = virtqueue_fmt::kLayoutThree;
    s.h.base = 0x100000000ull;
    s.h.split1 = 0x8000;
    s.h.split2 = 0x1000;
    s.descs = {{s.h.base + 0x7ff0, 0x1020, 0, 0}};
    s.ring = {0};
    s.availIdx = 1;
    save(t, "three-regions-span", s.out());
  }
  {  // two regions with a hole, a buffer in the hole
    VqSeed s(3);
    s.h.layout = virtqueue_fmt::kLayoutHole;
    s.h.split1 = 0x8000;
    s.h.gap = 0x10000;
    s.descs = {{0x9000, 0x10, 0, 0}, {0x8000 + 0x10000, 0x10, 0, 0}};
    s.ring = {0, 1};
    s.availIdx = 2;
    save(t, "hole", s.out());
  }
  {  // a far region at the top of the address space, a buffer running off its end
    VqSeed s(3);
    s.h.layout = virtqueue_fmt::kLayoutOne | virtqueue_fmt::kLayoutFar;
    s.h.far = 0xffffffffffffe000ull;
    s.descs = {{0xffffffffffffe000ull, 0x1000, 0, 1}, {0xffffffffffffeff0ull, 0x20, 0, 0}};
    s.ring = {0, 1};
    s.availIdx = 2;
    save(t, "far-region", s.out());
  }
  {  // the index wraps at 65536
    VqSeed s(2);
    s.h.lastAvail = 0xfffe;
    s.descs = {{s.dataGpa(0), 8, 0, 0}, {s.dataGpa(8), 8, kDescFWrite, 0}};
    s.ring = {0, 1, 0, 1};  // slots 2, 3 hold avail 0xfffe, 0xffff; slots 0, 1 the two after the wrap
    s.availIdx = 2;         // 0xfffe + 4, mod 65536
    save(t, "wrap", s.out());
  }
  {  // the largest queue, the avail index impossibly far ahead
    VqSeed s(15);
    s.availIdx = 0x9000;
    save(t, "big-queue-bad-index", s.out());
  }
}

// --- vsock ---

vsock_fmt::PacketArgs packet(uint16_t op, uint32_t srcPort, uint32_t dstSel, uint16_t payloadLen, uint32_t flags = 0, uint8_t layout = 0) {
  vsock_fmt::PacketArgs a{};
  a.fix = 7;
  a.layout = layout;
  a.payloadLen = payloadLen;
  kata::vhost::vsock::PacketHeader h{};
  h.srcCid = vsock_fmt::kGuestCid;
  h.dstCid = 2;
  h.srcPort = srcPort;
  h.dstPort = dstSel;
  h.type = 1;
  h.op = op;
  h.flags = flags;
  h.bufAlloc = 65536;
  std::memcpy(a.header, &h, sizeof h);
  return a;
}

void rxBuffers(Output& o, std::vector<uint16_t> sizes) {
  o.u8(vsock_fmt::kRxBuffers).u8(uint8_t(sizes.size() - 1));
  for (uint16_t s : sizes) o.u16(s);
}

void vsockSeeds() {
  using namespace kata::vhost::vsock;
  const std::string t = "vsock";
  {  // a guest stream to a host listener, data both ways, credit, shutdown, reset
    Output o;
    rxBuffers(o, {4096, 4096, 4096, 4097});
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_REQUEST, 1234, 0, 0));
    o.u8(vsock_fmt::kRunLoop);
    o.u8(vsock_fmt::kHostWrite).u8(0).u16(6).str("world!");
    o.u8(vsock_fmt::kRunLoop);
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_RW, 1234, 0, 5, 0, 1)).str("hello");
    o.u8(vsock_fmt::kRunLoop).u8(vsock_fmt::kHostRead).u8(0);
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_CREDIT_REQUEST, 1234, 0, 0));
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_CREDIT_UPDATE, 1234, 0, 0));
    rxBuffers(o, {200, 44, 10});
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_SHUTDOWN, 1234, 0, 0, 3));
    o.u8(vsock_fmt::kHostClose).u8(0).u8(1);
    o.u8(vsock_fmt::kRunLoop);
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_RST, 1234, 0, 0));
    save(t, "guest-stream", o);
  }
  {  // a host client dials the guest: CONNECT, REQUEST out, RESPONSE in, data
    Output o;
    std::string line = "CONNECT 1234\n";
    o.u8(vsock_fmt::kHostDial).u8(uint8_t(line.size())).str(line);
    o.u8(vsock_fmt::kRunLoop).u8(vsock_fmt::kRunLoop);
    rxBuffers(o, {4096, 4096});
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_RESPONSE, 1234, 3, 0));
    o.u8(vsock_fmt::kRunLoop).u8(vsock_fmt::kHostRead).u8(0);
    o.u8(vsock_fmt::kHostWrite).u8(0).u16(3).str("abc");
    o.u8(vsock_fmt::kRunLoop);
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_RW, 1234, 3, 16, 0, 6)).str("0123456789abcdef");
    o.u8(vsock_fmt::kRunLoop).u8(vsock_fmt::kHostRead).u8(0);
    o.u8(vsock_fmt::kHostClose).u8(0).u8(0).u8(vsock_fmt::kRunLoop);
    save(t, "host-dial", o);
  }
  {  // strays: nobody listens, a wrong CID, a datagram type, an unknown op
    Output o;
    rxBuffers(o, {4096, 4096, 4096, 4096});
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_REQUEST, 1, 2, 0));
    vsock_fmt::PacketArgs wrongCid = packet(OP_REQUEST, 2, 0, 0);
    wrongCid.fix = 4;
    wrongCid.header[0] = 9;
    o.u8(vsock_fmt::kGuestPacket).put(wrongCid);
    vsock_fmt::PacketArgs dgram = packet(OP_RW, 3, 0, 4);
    dgram.fix = 6;
    std::memcpy(dgram.header, &vsock_fmt::kGuestCid, 8);
    dgram.header[8] = 2;
    dgram.header[28] = 3;  // type 3 (SEQPACKET)
    o.u8(vsock_fmt::kGuestPacket).put(dgram).str("abcd");
    o.u8(vsock_fmt::kGuestPacket).put(packet(42, 4, 1, 0));
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_RW, 5, 1, 0));
    save(t, "strays", o);
  }
  {  // a device reset with a live stream, then the stream's packets again
    Output o;
    rxBuffers(o, {4096, 4096});
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_REQUEST, 77, 1, 0));
    o.u8(vsock_fmt::kRunLoop);
    o.u8(vsock_fmt::kQueueReset).u8(0);
    rxBuffers(o, {4096});
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_RW, 77, 1, 3, 0, 5)).str("xyz");
    o.u8(vsock_fmt::kQueueReset).u8(1);
    o.u8(vsock_fmt::kGuestPacket).put(packet(OP_REQUEST, 78, 1, 0));
    save(t, "reset", o);
  }
}

// --- vhost-user ---

struct VuSeed {
  Output o;
  VuSeed& msg(uint32_t req, const void* payload, uint32_t size, uint8_t nfds = 0, uint8_t kind = 0, uint32_t flags = kata::vhost::proto::kVersion) {
    o.u8(uint8_t(vhost_user_fmt::kMessage | (kind << 4) | nfds));
    o.put(kata::vhost::proto::Header{req, flags, size});
    o.raw(payload, size);
    return *this;
  }
  VuSeed& u64msg(uint32_t req, uint64_t v, uint8_t nfds = 0, uint8_t kind = 0) { return msg(req, &v, 8, nfds, kind); }
  VuSeed& memWrite(uint32_t off, const std::vector<uint8_t>& b) {
    o.u8(vhost_user_fmt::kMemWrite).u32(off).u8(uint8_t(b.size())).raw(b);
    return *this;
  }
};

void vhostUserSeeds() {
  namespace p = kata::vhost::proto;
  const std::string t = "vhost_user";
  const uint64_t kVersion1 = 1ull << 32;
  {  // negotiation and config
    VuSeed s;
    s.msg(p::GET_FEATURES, nullptr, 0).msg(p::GET_PROTOCOL_FEATURES, nullptr, 0);
    s.u64msg(p::SET_PROTOCOL_FEATURES, p::kProtocolFReplyAck | p::kProtocolFConfig);
    uint8_t cfg[p::kConfigHeaderSize + 8] = {};
    uint32_t size = 8;
    std::memcpy(cfg + 4, &size, 4);
    s.msg(p::GET_CONFIG, cfg, sizeof cfg).msg(p::GET_QUEUE_NUM, nullptr, 0);
    s.msg(99, nullptr, 0, 0, 0, p::kVersion | p::kFlagNeedReply);
    s.u64msg(p::SET_FEATURES, kVersion1 | p::kFProtocolFeatures);
    s.msg(p::SET_OWNER, nullptr, 0, 0, 0, p::kVersion | p::kFlagNeedReply);
    save(t, "negotiate", s.o);
  }
  {  // a whole device start: memory table, two rings, a tx packet, a kick, stop, reset
    VuSeed s;
    const uint64_t uva = 0x7f0000000000;
    s.u64msg(p::SET_FEATURES, kVersion1 | p::kFProtocolFeatures);
    s.u64msg(p::SET_PROTOCOL_FEATURES, p::kProtocolFReplyAck);
    uint8_t mt[8 + 32] = {};
    uint32_t n = 1;
    std::memcpy(mt, &n, 4);
    p::MemRegion r{0, vhost_user_fmt::kRam, uva, 0};
    std::memcpy(mt + 8, &r, sizeof r);
    s.msg(p::SET_MEM_TABLE, mt, sizeof mt, 1, vhost_user_fmt::kFdMemfd, p::kVersion | p::kFlagNeedReply);
    const uint64_t ringAt[2] = {0x0, 0x4000};
    for (uint32_t q = 0; q < 2; ++q) {
      p::VringState num{q, 8};
      s.msg(p::SET_VRING_NUM, &num, sizeof num);
      p::VringState base{q, 0};
      s.msg(p::SET_VRING_BASE, &base, sizeof base);
      p::VringAddr a{q, 0, uva + ringAt[q], uva + ringAt[q] + 0x2000, uva + ringAt[q] + 0x1000, 0};
      s.msg(p::SET_VRING_ADDR, &a, sizeof a);
      s.u64msg(p::SET_VRING_CALL, q, 1, vhost_user_fmt::kFdEventfd);  // kick fd index 2q
      s.u64msg(p::SET_VRING_KICK, q, 1, vhost_user_fmt::kFdEventfd);  // kick fd index 2q + 1
      p::VringState en{q, 1};
      s.msg(p::SET_VRING_ENABLE, &en, sizeof en);
    }
    // The guest: a tx packet at 0x10000 in descriptor 0 of ring 1, then the tx kick.
    kata::vhost::vsock::PacketHeader h{};
    h.srcCid = 3;
    h.dstCid = 2;
    h.type = 1;
    h.op = kata::vhost::vsock::OP_RW;
    h.len = 4;
    std::vector<uint8_t> pkt(sizeof h + 4, 'x');
    std::memcpy(pkt.data(), &h, sizeof h);
    s.memWrite(0x10000, pkt);
    Output d;
    d.u64(0x10000).u32(uint32_t(pkt.size())).u16(0).u16(0);
    s.memWrite(0x4000, d.bytes());
    Output avail;
    avail.u16(0).u16(1).u16(0);
    s.memWrite(0x5000, avail.bytes());
    // An rx buffer in ring 0: descriptor 0 writable at 0x20000.
    Output rd;
    rd.u64(0x20000).u32(4096).u16(kDescFWrite).u16(0);
    s.memWrite(0x0, rd.bytes());
    s.memWrite(0x1000, avail.bytes());
    s.o.u8(uint8_t(vhost_user_fmt::kKick | 3)).u8(uint8_t(vhost_user_fmt::kKick | 1)).u8(vhost_user_fmt::kRunLoop);
    p::VringState q1{1, 0};
    s.msg(p::GET_VRING_BASE, &q1, sizeof q1);
    s.msg(p::RESET_OWNER, nullptr, 0);
    save(t, "start-device", s.o);
  }
  {  // what a broken front-end sends: fds where none belong, too many fds, a bad table
    VuSeed s;
    s.u64msg(p::SET_PROTOCOL_FEATURES, p::kProtocolFReplyAck);
    uint8_t mt[8 + 64] = {};
    uint32_t n = 2;
    std::memcpy(mt, &n, 4);
    s.msg(p::SET_MEM_TABLE, mt, sizeof mt, 1, vhost_user_fmt::kFdMemfd, p::kVersion | p::kFlagNeedReply);
    save(t, "mem-table-fd-count", s.o);
    VuSeed s2;
    s2.msg(p::GET_FEATURES, nullptr, 0, 9, vhost_user_fmt::kFdEventfd);
    save(t, "too-many-fds", s2.o);
    VuSeed s3;
    s3.msg(p::GET_FEATURES, nullptr, 0, 0, 0, 0x2);
    save(t, "bad-version", s3.o);
    VuSeed s4;
    s4.o.u8(vhost_user_fmt::kMessage).put(p::Header{p::SET_MEM_TABLE, p::kVersion, 8192});
    save(t, "oversized", s4.o);
    VuSeed s5;
    uint64_t noFd = 0 | p::kVringNoFd;
    s5.u64msg(p::SET_VRING_KICK, noFd).u64msg(p::SET_VRING_CALL, 1, 1, vhost_user_fmt::kFdPipe).u64msg(p::SET_VRING_ERR, 7);
    save(t, "vring-fds", s5.o);
  }
}

// --- netlink ---

struct Nl {
  std::vector<uint8_t> b;
  size_t msgAt = 0;
  std::vector<size_t> nests;
  void pad() { b.resize(alignUp(b.size(), 4), 0); }
  Nl& begin(uint16_t type, uint16_t flags = NLM_F_MULTI) {
    pad();
    msgAt = b.size();
    nlmsghdr h{};
    h.nlmsg_type = type;
    h.nlmsg_flags = flags;
    h.nlmsg_seq = netlink_fmt::kSeq;
    raw(&h, sizeof h);
    return *this;
  }
  Nl& raw(const void* p, size_t n) {
    const auto* c = static_cast<const uint8_t*>(p);
    b.insert(b.end(), c, c + n);
    return *this;
  }
  template <typename T>
  Nl& fam(const T& h) {
    raw(&h, sizeof h);
    pad();
    return *this;
  }
  Nl& attr(uint16_t type, const void* p, size_t n) {
    pad();
    nlattr a{};
    a.nla_len = uint16_t(NLA_HDRLEN + n);
    a.nla_type = type;
    raw(&a, sizeof a);
    raw(p, n);
    pad();
    return *this;
  }
  Nl& str(uint16_t type, const std::string& s) { return attr(type, s.c_str(), s.size() + 1); }
  Nl& u32(uint16_t type, uint32_t v) { return attr(type, &v, 4); }
  Nl& nest(uint16_t type) {
    pad();
    nests.push_back(b.size());
    nlattr a{};
    a.nla_type = type;
    return raw(&a, sizeof a);
  }
  Nl& end() {
    size_t at = nests.back();
    nests.pop_back();
    uint16_t len = uint16_t(b.size() - at);
    std::memcpy(b.data() + at, &len, 2);
    return *this;
  }
  Nl& done() {
    uint32_t len = uint32_t(b.size() - msgAt);
    std::memcpy(b.data() + msgAt, &len, 4);
    return *this;
  }
  Nl& error(int err) {
    begin(NLMSG_ERROR, 0);
    nlmsgerr e{};
    e.error = err;
    e.msg.nlmsg_len = sizeof(nlmsghdr);
    raw(&e, sizeof e);
    return done();
  }
  Nl& dumpDone() {
    begin(NLMSG_DONE);
    int32_t zero = 0;
    raw(&zero, 4);
    return done();
  }
};

Output datagrams(netlink_fmt::Mode mode, const std::vector<Nl>& ds) {
  Output o;
  o.u8(mode);
  for (const auto& d : ds) o.u16(uint16_t(d.b.size())).raw(d.b);
  return o;
}

void netlinkSeeds() {
  const std::string t = "netlink";
  {
    Nl d;
    ifinfomsg ifi{};
    ifi.ifi_index = 2;
    ifi.ifi_flags = 0x1043;
    ifi.ifi_type = 1;
    uint8_t mac[6] = {0x02, 0, 0, 0, 0, 1};
    d.begin(RTM_NEWLINK).fam(ifi).str(IFLA_IFNAME, "eth0").u32(IFLA_MTU, 1500).attr(IFLA_ADDRESS, mac, 6).u32(IFLA_MASTER, 3);
    d.nest(IFLA_LINKINFO).str(IFLA_INFO_KIND, "veth").end().done();
    ifi.ifi_index = 1;
    d.begin(RTM_NEWLINK).fam(ifi).str(IFLA_IFNAME, "lo").u32(IFLA_MTU, 65536).done();
    Nl d2;
    d2.dumpDone();
    save(t, "links", datagrams(netlink_fmt::kDump, {d, d2}));
  }
  {
    Nl d;
    ifaddrmsg a{};
    a.ifa_family = AF_INET;
    a.ifa_prefixlen = 24;
    a.ifa_index = 2;
    uint8_t v4[4] = {10, 0, 0, 2};
    d.begin(RTM_NEWADDR).fam(a).attr(IFA_ADDRESS, v4, 4).attr(IFA_LOCAL, v4, 4).u32(IFA_FLAGS, 0x80).done();
    a.ifa_family = AF_INET6;
    a.ifa_prefixlen = 64;
    uint8_t v6[16] = {0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    d.begin(RTM_NEWADDR).fam(a).attr(IFA_ADDRESS, v6, 16).done();
    d.dumpDone();
    save(t, "addresses", datagrams(netlink_fmt::kDump, {d}));
  }
  {
    Nl d;
    rtmsg r{};
    r.rtm_family = AF_INET;
    r.rtm_dst_len = 0;
    r.rtm_table = RT_TABLE_MAIN;
    r.rtm_type = RTN_UNICAST;
    r.rtm_protocol = RTPROT_BOOT;
    uint8_t gw[4] = {10, 0, 0, 1}, dst[4] = {10, 1, 0, 0};
    d.begin(RTM_NEWROUTE).fam(r).u32(RTA_TABLE, RT_TABLE_MAIN).attr(RTA_GATEWAY, gw, 4).u32(RTA_OIF, 2).u32(RTA_PRIORITY, 100).done();
    r.rtm_dst_len = 16;
    d.begin(RTM_NEWROUTE).fam(r).attr(RTA_DST, dst, 4).attr(RTA_PREFSRC, gw, 4).u32(RTA_OIF, 2).done();
    d.dumpDone();
    save(t, "routes", datagrams(netlink_fmt::kDump, {d}));
  }
  {
    Nl d;
    ndmsg n{};
    n.ndm_family = AF_INET;
    n.ndm_ifindex = 2;
    n.ndm_state = NUD_PERMANENT;
    uint8_t ip[4] = {10, 0, 0, 9}, mac[6] = {2, 0, 0, 0, 0, 9};
    d.begin(RTM_NEWNEIGH).fam(n).attr(NDA_DST, ip, 4).attr(NDA_LLADDR, mac, 6).done();
    d.dumpDone();
    save(t, "neighbours", datagrams(netlink_fmt::kDump, {d}));
  }
  {
    Nl d;
    tcmsg tm{};
    tm.tcm_ifindex = 2;
    tm.tcm_handle = TC_H_MAKE(TC_H_INGRESS, 0);
    tm.tcm_parent = TC_H_INGRESS;
    d.begin(RTM_NEWQDISC).fam(tm).str(TCA_KIND, "ingress").done();
    tm.tcm_parent = TC_H_MAKE(TC_H_INGRESS, 0);
    tm.tcm_handle = 0x800;
    d.begin(RTM_NEWTFILTER).fam(tm).str(TCA_KIND, "u32");
    d.nest(TCA_OPTIONS);
    tc_u32_sel sel{};
    sel.nkeys = 0;
    d.attr(TCA_U32_SEL, &sel, sizeof sel);
    d.nest(TCA_U32_ACT).nest(1).str(TCA_ACT_KIND, "mirred").nest(TCA_ACT_OPTIONS);
    tc_mirred m{};
    m.eaction = TCA_EGRESS_REDIR;
    m.ifindex = 5;
    d.attr(TCA_MIRRED_PARMS, &m, sizeof m).end().end().end().end().done();
    d.dumpDone();
    save(t, "tc", datagrams(netlink_fmt::kDump, {d}));
  }
  {
    Nl d;
    ifinfomsg ifi{};
    ifi.ifi_index = 7;
    d.begin(RTM_NEWLINK, 0).fam(ifi).str(IFLA_IFNAME, "tap0_kata").done();
    save(t, "get-link", datagrams(netlink_fmt::kGet, {d}));
    Nl e;
    e.error(-19);
    save(t, "get-enodev", datagrams(netlink_fmt::kGet, {e}));
    Nl ack;
    ack.error(0);
    save(t, "ack", datagrams(netlink_fmt::kAck, {ack}));
    Nl nack;
    nack.error(-17);
    save(t, "ack-eexist", datagrams(netlink_fmt::kAck, {nack}));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DIR  (writes DIR/<target>/seed-*)\n", argv[0]);
    return 2;
  }
  outDir = argv[1];
  virtqueueSeeds();
  vsockSeeds();
  vhostUserSeeds();
  netlinkSeeds();
  std::printf("make_corpus: %d seeds in %s\n", written, outDir.c_str());
  return 0;
}
