// Text forms of the addresses netlink carries as bytes: IPv4/IPv6 (inet_pton/inet_ntop) and
// link-layer (MAC) addresses as colon-separated hex. Parse errors name the text and what it was
// meant to be. Used by rtnl.cc, tc.cc and the binding.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kata::netlink {

// An IP address: family AF_INET or AF_INET6 and its 4 or 16 bytes.
struct IpAddr {
  int family = 0;
  std::vector<uint8_t> bytes;
};

IpAddr parseIp(const std::string& text);        // throws std::invalid_argument
std::string formatIp(int family, const std::vector<uint8_t>& bytes);
std::vector<uint8_t> parseMac(const std::string& text);  // throws std::invalid_argument
std::string formatMac(const std::vector<uint8_t>& bytes);

}  // namespace kata::netlink
