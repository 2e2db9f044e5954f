#include "netlink/address.h"

#include <arpa/inet.h>

#include <cstdio>
#include <stdexcept>

namespace kata::netlink {

IpAddr parseIp(const std::string& text) {
  IpAddr a;
  uint8_t buf[16];
  if (::inet_pton(AF_INET, text.c_str(), buf) == 1) {
    a.family = AF_INET;
    a.bytes.assign(buf, buf + 4);
  } else if (::inet_pton(AF_INET6, text.c_str(), buf) == 1) {
    a.family = AF_INET6;
    a.bytes.assign(buf, buf + 16);
  } else {
    throw std::invalid_argument("not an IPv4 or IPv6 address: \"" + text + "\"");
  }
  return a;
}

std::string formatIp(int family, const std::vector<uint8_t>& bytes) {
  char out[INET6_ADDRSTRLEN] = "";
  size_t want = family == AF_INET ? 4 : 16;
  if (bytes.size() != want || ::inet_ntop(family, bytes.data(), out, sizeof out) == nullptr) return "";
  return out;
}

std::vector<uint8_t> parseMac(const std::string& text) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::vector<uint8_t> out;
  // "aa:bb:cc:dd:ee:ff": 17 characters, a colon after each byte but the last.
  if (text.size() == 17) {
    for (size_t i = 0; i < 17; i += 3) {
      int hi = hex(text[i]), lo = hex(text[i + 1]);
      if (hi < 0 || lo < 0 || (i + 2 < 17 && text[i + 2] != ':')) break;
      out.push_back(static_cast<uint8_t>(hi * 16 + lo));
    }
    if (out.size() == 6) return out;
  }
  throw std::invalid_argument("not a MAC address (six hex bytes separated by ':'): \"" + text + "\"");
}

std::string formatMac(const std::vector<uint8_t>& bytes) {
  std::string s;
  char b[4];
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::snprintf(b, sizeof b, i == 0 ? "%02x" : ":%02x", bytes[i]);
    s += b;
  }
  return s;
}

}  // namespace kata::netlink
