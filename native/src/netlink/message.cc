#include "netlink/message.h"

#include <linux/netlink.h>

namespace kata::netlink {

MessageBuilder::MessageBuilder(uint16_t type, uint16_t flags) : type_(type) {
  nlmsghdr h{};
  h.nlmsg_type = type;
  h.nlmsg_flags = static_cast<uint16_t>(NLM_F_REQUEST | flags);
  append(&h, sizeof h);
}

void MessageBuilder::append(const void* p, size_t n) {
  const auto* b = static_cast<const uint8_t*>(p);
  buf_.insert(buf_.end(), b, b + n);
  buf_.resize(align4(buf_.size()), 0);
}

void MessageBuilder::attr(uint16_t type, const void* data, size_t len) {
  nlattr a{};
  a.nla_len = static_cast<uint16_t>(NLA_HDRLEN + len);
  a.nla_type = type;
  size_t at = buf_.size();
  buf_.resize(at + NLA_HDRLEN, 0);
  std::memcpy(buf_.data() + at, &a, sizeof a);
  append(data, len);
}

size_t MessageBuilder::beginNested(uint16_t type) {
  size_t at = buf_.size();
  nlattr a{};
  a.nla_type = type;
  buf_.resize(at + NLA_HDRLEN, 0);
  std::memcpy(buf_.data() + at, &a, sizeof a);
  return at;
}

void MessageBuilder::endNested(size_t at) {
  auto len = static_cast<uint16_t>(buf_.size() - at);
  std::memcpy(buf_.data() + at, &len, sizeof len);  // nla_len is the first field
}

const std::vector<uint8_t>& MessageBuilder::finish(uint32_t seq) {
  nlmsghdr h{};
  std::memcpy(&h, buf_.data(), sizeof h);
  h.nlmsg_len = static_cast<uint32_t>(buf_.size());
  h.nlmsg_seq = seq;
  std::memcpy(buf_.data(), &h, sizeof h);
  return buf_;
}

uint32_t AttrView::u32() const {
  uint32_t v = 0;
  std::memcpy(&v, data, len < 4 ? len : 4);
  return v;
}

std::string AttrView::str() const {
  size_t n = 0;
  while (n < len && data[n] != 0) ++n;
  return std::string(reinterpret_cast<const char*>(data), n);
}

std::map<uint16_t, AttrView> parseAttrs(const uint8_t* p, size_t len) {
  std::map<uint16_t, AttrView> out;
  size_t off = 0;
  while (off + NLA_HDRLEN <= len) {
    nlattr a{};
    std::memcpy(&a, p + off, sizeof a);
    if (a.nla_len < NLA_HDRLEN || off + a.nla_len > len) break;
    out[static_cast<uint16_t>(a.nla_type & NLA_TYPE_MASK)] = AttrView{p + off + NLA_HDRLEN, static_cast<size_t>(a.nla_len - NLA_HDRLEN)};
    off += align4(a.nla_len);
  }
  return out;
}

std::map<uint16_t, AttrView> Message::attrs(size_t hdrLen) const {
  size_t start = align4(hdrLen);
  if (body.size() <= start) return {};
  return parseAttrs(body.data() + start, body.size() - start);
}

}  // namespace kata::netlink
