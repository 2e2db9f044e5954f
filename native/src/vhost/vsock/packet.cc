#include "vhost/vsock/packet.h"

#include <cstring>

namespace kata::vhost::vsock {

bool gather(const std::vector<Segment>& segs, size_t from, void* dst, size_t len) {
  auto* out = static_cast<uint8_t*>(dst);
  for (const auto& s : segs) {
    if (len == 0) break;
    if (from >= s.len) {
      from -= s.len;
      continue;
    }
    size_t n = std::min<size_t>(s.len - from, len);
    std::memcpy(out, s.ptr + from, n);
    out += n;
    len -= n;
    from = 0;
  }
  return len == 0;
}

bool scatter(const std::vector<Segment>& segs, size_t to, const void* src, size_t len) {
  auto* in = static_cast<const uint8_t*>(src);
  for (const auto& s : segs) {
    if (len == 0) break;
    if (to >= s.len) {
      to -= s.len;
      continue;
    }
    size_t n = std::min<size_t>(s.len - to, len);
    std::memcpy(s.ptr + to, in, n);
    in += n;
    len -= n;
    to = 0;
  }
  return len == 0;
}

std::vector<iovec> slice(const std::vector<Segment>& segs, size_t from, size_t len) {
  std::vector<iovec> out;
  for (const auto& s : segs) {
    if (len == 0) break;
    if (from >= s.len) {
      from -= s.len;
      continue;
    }
    size_t n = std::min<size_t>(s.len - from, len);
    out.push_back({s.ptr + from, n});
    len -= n;
    from = 0;
  }
  return out;
}

}  // namespace kata::vhost::vsock
