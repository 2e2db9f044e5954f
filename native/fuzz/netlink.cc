// Fuzz target: the netlink reply walkers (netlink/socket.cc, message.cc, rtnl.cc, tc.cc): the
// datagrams one exchange receives, walked message by message as NetlinkSocket walks them, each
// message handed to the reply handler of the exchange (dump, get or ack, per the Mode byte), and
// every message a dump collects parsed as each kind of record the addon reads: links, addresses,
// routes, neighbours, qdiscs, tc filters (whatever its type says, so every parser sees every
// message). Each datagram sits in a buffer of exactly its size, so reading past it is an ASan
// report (the socket reads into a larger buffer, where such a read would go unnoticed).
#include <linux/netlink.h>

#include <cstring>
#include <memory>
#include <stdexcept>
#include <vector>

#include "common/sys_error.h"
#include "formats.h"
#include "fuzz_input.h"
#include "netlink/message.h"
#include "netlink/rtnl.h"
#include "netlink/socket.h"
#include "netlink/tc.h"

using namespace kata::netlink;
using namespace kata::fuzz;
using namespace kata::fuzz::netlink_fmt;

namespace {

void parseAll(const Message& m) {
  (void)linkFromMessage(m);
  (void)addressFromMessage(m);
  (void)routeFromMessage(m);
  (void)neighbourFromMessage(m);
  (void)qdiscFromMessage(m);
  (void)filterFromMessage(m);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Input in(data, size);
  auto mode = Mode(in.u8() % kModeCount);
  std::vector<Message> dumped;
  Message got;
  bool over = false;
  try {
    while (!in.empty() && !over) {
      std::vector<uint8_t> d = in.bytes(in.u16());
      // A heap buffer of exactly the datagram's size.
      std::unique_ptr<uint8_t[]> buf(new uint8_t[d.size() ? d.size() : 1]);
      if (!d.empty()) std::memcpy(buf.get(), d.data(), d.size());
      over = walkReplies(buf.get(), d.size(), kSeq, [&](const nlmsghdr& h, const uint8_t* payload, size_t len) {
        switch (mode) {
          case kDump:
            return dumpReply(h, payload, len, "fuzz dump", dumped);
          case kGet:
            return getReply(h, payload, len, "fuzz get", got);
          default:
            return ackReply(h, payload, len, "fuzz ack");
        }
      });
    }
  } catch (const kata::SysError&) {
    // the kernel said no: the exchange ends with an error, as it should
  }
  for (const auto& m : dumped) parseAll(m);
  parseAll(got);
  return 0;
}
