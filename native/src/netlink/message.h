// Netlink message framing for rtnetlink and tc: a builder that lays out one request (nlmsghdr,
// the family header, attributes and nested attributes, each 4-byte aligned as linux/netlink.h
// says) and a reader that walks the attributes of a reply. Used by socket.cc, rtnl.cc and tc.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace kata::netlink {

// linux/netlink.h NLMSG_ALIGNTO / NLA_ALIGNTO
constexpr size_t align4(size_t n) { return (n + 3u) & ~size_t{3}; }

class MessageBuilder {
 public:
  // type: RTM_* (linux/rtnetlink.h); flags: NLM_F_* beyond NLM_F_REQUEST, which is always set.
  MessageBuilder(uint16_t type, uint16_t flags);

  // The family header (ifinfomsg, ifaddrmsg, rtmsg, ndmsg, tcmsg) right after nlmsghdr.
  template <typename T>
  void header(const T& h) {
    append(&h, sizeof h);
  }
  void attr(uint16_t type, const void* data, size_t len);
  void attrU8(uint16_t type, uint8_t v) { attr(type, &v, 1); }
  void attrU32(uint16_t type, uint32_t v) { attr(type, &v, 4); }
  void attrString(uint16_t type, const std::string& s) { attr(type, s.c_str(), s.size() + 1); }  // NUL-terminated
  void attrBytes(uint16_t type, const std::vector<uint8_t>& b) { attr(type, b.data(), b.size()); }
  // Opens a nested attribute (NLA_F_NESTED is not set: rtnetlink and tc parse by policy);
  // returns the offset endNested() closes.
  size_t beginNested(uint16_t type);
  void endNested(size_t at);

  uint16_t type() const { return type_; }
  // The finished message with its sequence number and length filled in.
  const std::vector<uint8_t>& finish(uint32_t seq);

 private:
  void append(const void* p, size_t n);
  std::vector<uint8_t> buf_;
  uint16_t type_;
};

// One attribute's payload inside a received message (valid while the message lives).
struct AttrView {
  const uint8_t* data = nullptr;
  size_t len = 0;
  uint32_t u32() const;
  uint8_t u8() const { return len >= 1 ? data[0] : 0; }
  std::string str() const;  // up to the first NUL
  std::vector<uint8_t> bytes() const { return {data, data + len}; }
};

// The attributes in [p, p+len), by type (the NLA_F_NESTED and NLA_F_NET_BYTEORDER bits masked).
std::map<uint16_t, AttrView> parseAttrs(const uint8_t* p, size_t len);

// One message of a reply: its type and the bytes after nlmsghdr.
struct Message {
  uint16_t type = 0;
  std::vector<uint8_t> body;
  template <typename T>
  T header() const {
    T h{};
    // A message may end at its nlmsghdr: body.data() is then null, which memcpy must not get even
    // for 0 bytes (UBSan found it fuzzing).
    if (!body.empty()) std::memcpy(&h, body.data(), body.size() < sizeof h ? body.size() : sizeof h);
    return h;
  }
  // The attributes after a family header of hdrLen bytes.
  std::map<uint16_t, AttrView> attrs(size_t hdrLen) const;
};

}  // namespace kata::netlink
