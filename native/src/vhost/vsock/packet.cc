#include "vhost/vsock/packet.h"

#include <cstring>

namespace kata::vhost::vsock {

namespace {

// Calls fn(ptr, n, done) for each piece of segs covering [from, from + len), where done is how
// many bytes came before the piece; returns how many of the len bytes segs could not cover.
template <typename Fn>
size_t forEachRange(const std::vector<Segment>& segs, size_t from, size_t len, Fn fn) {
  size_t done = 0;
  for (const auto& s : segs) {
    if (len == 0) break;
    if (from >= s.len) {
      from -= s.len;
      continue;
    }
    size_t n = std::min<size_t>(s.len - from, len);
    fn(s.ptr + from, n, done);
    done += n;
    len -= n;
    from = 0;
  }
  return len;
}

}  // namespace

PacketHeader hostToGuest(uint64_t guestCid, uint32_t srcPort, uint32_t dstPort, uint16_t op) noexcept {
  PacketHeader h{};
  h.srcCid = kHostCid;
  h.dstCid = guestCid;
  h.srcPort = srcPort;
  h.dstPort = dstPort;
  h.type = kTypeStream;
  h.op = op;
  return h;
}

bool gather(const std::vector<Segment>& segs, size_t from, void* dst, size_t len) {
  auto* out = static_cast<uint8_t*>(dst);
  return forEachRange(segs, from, len, [out](uint8_t* p, size_t n, size_t done) { std::memcpy(out + done, p, n); }) == 0;
}

bool scatter(const std::vector<Segment>& segs, size_t to, const void* src, size_t len) {
  const auto* in = static_cast<const uint8_t*>(src);
  return forEachRange(segs, to, len, [in](uint8_t* p, size_t n, size_t done) { std::memcpy(p, in + done, n); }) == 0;
}

std::vector<iovec> slice(const std::vector<Segment>& segs, size_t from, size_t len) {
  std::vector<iovec> out;
  forEachRange(segs, from, len, [&out](uint8_t* p, size_t n, size_t) { out.push_back({p, n}); });
  return out;
}

}  // namespace kata::vhost::vsock
