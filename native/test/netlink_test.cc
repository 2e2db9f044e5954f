// native/src/netlink against the real kernel, as root, inside a network namespace of a forked
// child (entered with inNetns, which is under test too): links, addresses, routes, neighbours, a
// tap, the ingress qdisc and the mirred redirect filters of the tcfilter model, and the errors.
#include <arpa/inet.h>
#include <linux/if.h>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <vector>
#include <string>

#include "common/sys_error.h"
#include "netlink/address.h"
#include "netlink/message.h"
#include "netlink/netns.h"
#include "netlink/rtnl.h"
#include "netlink/tap.h"
#include "netlink/tc.h"
#include "test.h"

using namespace kata::netlink;

namespace {
// A child parked in a fresh network namespace; its /proc/PID/ns/net is the path under test.
struct ScratchNetns {
  pid_t pid;
  ScratchNetns() {
    int p[2];
    if (::pipe(p) != 0) throw std::runtime_error("pipe");
    pid = ::fork();
    if (pid == 0) {
      char ok = ::unshare(CLONE_NEWNET) == 0 ? 'y' : 'n';
      (void)!::write(p[1], &ok, 1);
      ::pause();
      ::_exit(0);
    }
    char ok = 0;
    (void)!::read(p[0], &ok, 1);
    ::close(p[0]);
    ::close(p[1]);
    if (ok != 'y') throw std::runtime_error("unshare(CLONE_NEWNET) failed in the child");
  }
  ~ScratchNetns() {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
  }
  std::string path() const { return "/proc/" + std::to_string(pid) + "/ns/net"; }
};

template <typename F>
std::string sysErrorOf(F f) {
  try {
    f();
  } catch (const kata::SysError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST(netlink_addresses_parse_and_format) {
  auto v4 = parseIp("10.1.2.3");
  EXPECT_EQ(v4.family, AF_INET);
  EXPECT_EQ(formatIp(v4.family, v4.bytes), std::string("10.1.2.3"));
  auto v6 = parseIp("fd00::0:1");
  EXPECT_EQ(v6.family, AF_INET6);
  EXPECT_EQ(formatIp(v6.family, v6.bytes), std::string("fd00::1"));
  EXPECT_EQ(formatMac(parseMac("02:AB:cd:00:11:ff")), std::string("02:ab:cd:00:11:ff"));
  bool threw = false;
  try {
    parseMac("02:ab:cd:00:11");
  } catch (const std::invalid_argument& e) {
    threw = std::string(e.what()).find("\"02:ab:cd:00:11\"") != std::string::npos;
  }
  EXPECT(threw);
  threw = false;
  try {
    parseIp("10.0.0.300");
  } catch (const std::invalid_argument&) {
    threw = true;
  }
  EXPECT(threw);
}

TEST(netlink_message_layout_aligns_and_nests) {
  MessageBuilder m(RTM_NEWLINK, NLM_F_ACK);
  ifinfomsg h{};
  m.header(h);
  size_t n = m.beginNested(18);
  m.attrString(1, "veth");  // 4 + 5 bytes, padded to 12
  m.endNested(n);
  const auto& b = m.finish(7);
  EXPECT_EQ(b.size(), size_t{16 + 16 + 4 + 12});
  auto attrs = parseAttrs(b.data() + 32, b.size() - 32);
  EXPECT_EQ(attrs[18].len, size_t{12});
  auto inner = parseAttrs(attrs[18].data, attrs[18].len);
  EXPECT_EQ(inner[1].str(), std::string("veth"));
}

// Found by fuzzing (native/fuzz/corpus/netlink/regress-error-*): an NLMSG_ERROR whose payload is
// too short for its error field was read past its end, and one carrying INT_MIN was negated
// (signed overflow). Both are malformed replies: EPROTO. The reply walkers take bytes, no socket.
TEST(netlink_error_replies_are_read_within_their_payload_and_checked) {
  auto payload = [](int32_t e) {
    std::vector<uint8_t> p(sizeof(nlmsgerr), 0);
    std::memcpy(p.data(), &e, 4);
    return p;
  };
  EXPECT_EQ(errnoOfError(payload(0).data(), sizeof(nlmsgerr)), 0);
  EXPECT_EQ(errnoOfError(payload(-EEXIST).data(), sizeof(nlmsgerr)), EEXIST);
  EXPECT_EQ(errnoOfError(payload(-4095).data(), 4), 4095);
  EXPECT_EQ(errnoOfError(payload(INT32_MIN).data(), sizeof(nlmsgerr)), EPROTO);
  EXPECT_EQ(errnoOfError(payload(-4096).data(), sizeof(nlmsgerr)), EPROTO);
  EXPECT_EQ(errnoOfError(payload(17).data(), sizeof(nlmsgerr)), EPROTO);
  EXPECT_EQ(errnoOfError(nullptr, 0), EPROTO);
  EXPECT_EQ(errnoOfError(payload(0).data(), 3), EPROTO);
  // The walk: an ack that ends a datagram with no payload at all is an error, not a read past it.
  nlmsghdr h{};
  h.nlmsg_len = sizeof h;
  h.nlmsg_type = NLMSG_ERROR;
  h.nlmsg_seq = 5;
  std::vector<uint8_t> d(sizeof h);
  std::memcpy(d.data(), &h, sizeof h);
  std::string msg;
  try {
    walkReplies(d.data(), d.size(), 5, [](const nlmsghdr& m, const uint8_t* p, size_t len) { return ackReply(m, p, len, "add link"); });
  } catch (const kata::SysError& e) {
    msg = e.what();
  }
  EXPECT(msg.rfind("add link: EPROTO", 0) == 0);
  // Messages of another sequence, and one running past the datagram, are not handed on.
  int seen = 0;
  h.nlmsg_type = RTM_NEWLINK;
  std::memcpy(d.data(), &h, sizeof h);
  EXPECT(!walkReplies(d.data(), d.size(), 6, [&](const nlmsghdr&, const uint8_t*, size_t) { return ++seen > 0; }));
  h.nlmsg_len = 64;
  std::memcpy(d.data(), &h, sizeof h);
  EXPECT(!walkReplies(d.data(), d.size(), 5, [&](const nlmsghdr&, const uint8_t*, size_t) { return ++seen > 0; }));
  EXPECT_EQ(seen, 0);
  // A header-only message parses as an empty record (its family header all zeros).
  Message empty{RTM_NEWLINK, {}};
  EXPECT_EQ(linkFromMessage(empty).index, 0);
  EXPECT(!addressFromMessage(empty).has_value());
}

TEST(netlink_missing_netns_names_the_path) {
  std::string msg = sysErrorOf([] { inNetns("/var/run/netns/kata-ts-no-such-ns", [] {}); });
  EXPECT(msg.rfind("open network namespace /var/run/netns/kata-ts-no-such-ns: ENOENT", 0) == 0);
}

TEST(netlink_links_addresses_routes_neighbours_in_a_netns) {
  ScratchNetns ns;
  inNetns(ns.path(), [] {
    Rtnl r;
    EXPECT(r.linkByName("lo").has_value());
    r.createVeth("kt-v0", "kt-v1");
    auto v0 = r.linkByName("kt-v0");
    EXPECT(v0.has_value());
    EXPECT_EQ(v0->kind, std::string("veth"));
    LinkChange c;
    c.name = "kt-eth0";
    c.mtu = 1400;
    c.mac = "02:00:00:00:00:aa";
    c.up = true;
    r.setLink(v0->index, c);
    auto e = r.linkByIndex(v0->index);
    EXPECT(e.has_value());
    EXPECT_EQ(e->name, std::string("kt-eth0"));
    EXPECT_EQ(e->mtu, 1400u);
    EXPECT_EQ(e->mac, std::string("02:00:00:00:00:aa"));
    EXPECT((e->flags & IFF_UP) != 0);
    r.setLink(r.linkByName("kt-v1")->index, LinkChange{std::nullopt, std::nullopt, std::nullopt, true});

    r.addAddress(Address{e->index, 0, "10.99.0.2", 24, 0, 0});
    r.addAddress(Address{e->index, 0, "fd99::2", 64, 0, IFA_F_NODAD});
    int found = 0;
    for (auto& a : r.addresses()) {
      if (a.index == e->index && ((a.address == "10.99.0.2" && a.prefixLen == 24) || (a.address == "fd99::2" && a.prefixLen == 64))) ++found;
    }
    EXPECT_EQ(found, 2);
    std::string dup = sysErrorOf([&] { r.addAddress(Address{e->index, 0, "10.99.0.2", 24, 0, 0}); });
    EXPECT(dup.rfind("add address 10.99.0.2/24 to kt-eth0 (index " + std::to_string(e->index) + "): EEXIST", 0) == 0);

    Route def;
    def.gateway = "10.99.0.1";
    def.oif = e->index;
    r.addRoute(def);
    bool hasDefault = false;
    for (auto& rt : r.routes(AF_INET)) hasDefault = hasDefault || (rt.dst.empty() && rt.gateway == "10.99.0.1" && rt.oif == e->index);
    EXPECT(hasDefault);
    std::string unreachable = sysErrorOf([&] {
      Route bad;
      bad.dst = "10.200.0.0";
      bad.dstLen = 16;
      bad.gateway = "10.98.0.1";
      r.addRoute(bad);
    });
    EXPECT(unreachable.rfind("add route 10.200.0.0/16 via 10.98.0.1: ENETUNREACH", 0) == 0);
    r.deleteRoute(def);

    r.addNeighbour(Neighbour{e->index, 0, "10.99.0.7", "02:00:00:00:00:07", 0, 0});
    bool hasNeigh = false;
    for (auto& n : r.neighbours(AF_INET)) hasNeigh = hasNeigh || (n.address == "10.99.0.7" && n.mac == "02:00:00:00:00:07" && n.state == NUD_PERMANENT);
    EXPECT(hasNeigh);

    r.deleteAddress(Address{e->index, 0, "10.99.0.2", 24, 0, 0});
    for (auto& a : r.addresses(AF_INET)) EXPECT(a.address != "10.99.0.2");
    std::string gone = sysErrorOf([&] { r.setLink(9999, LinkChange{std::nullopt, 1500u, std::nullopt, std::nullopt}); });
    EXPECT(gone.rfind("set MTU 1500 of index 9999: ENODEV", 0) == 0);
  });
}

TEST(netlink_tap_and_tc_redirect_both_ways) {
  ScratchNetns ns;
  inNetns(ns.path(), [] {
    Rtnl r;
    Tc tc;
    r.createVeth("kt-veth", "kt-peer");
    int veth = r.linkByName("kt-veth")->index;
    {
      kata::UniqueFd tapFd = openTap("kt-tap0");
      auto tap = r.linkByName("kt-tap0");
      EXPECT(tap.has_value());
      EXPECT_EQ(tap->kind, std::string("tun"));
      tc.addIngressQdisc(veth, "kt-veth");
      tc.addIngressQdisc(tap->index, "kt-tap0");
      std::string twice = sysErrorOf([&] { tc.addIngressQdisc(veth, "kt-veth"); });
      EXPECT(twice.rfind("add ingress qdisc on kt-veth: EEXIST", 0) == 0);
      tc.addRedirectFilter(veth, tap->index, "kt-veth", "kt-tap0");
      tc.addRedirectFilter(tap->index, veth, "kt-tap0", "kt-veth");
      auto fv = tc.ingressFilters(veth, "kt-veth");
      EXPECT_EQ(fv.size(), size_t{1});
      EXPECT_EQ(fv[0].kind, std::string("u32"));
      EXPECT_EQ(fv[0].redirectTo, tap->index);
      auto ft = tc.ingressFilters(tap->index, "kt-tap0");
      EXPECT_EQ(ft.size(), size_t{1});
      EXPECT_EQ(ft[0].redirectTo, veth);
      bool ingress = false;
      for (auto& q : tc.qdiscs(veth)) ingress = ingress || q.kind == "ingress";
      EXPECT(ingress);
      tc.deleteIngressQdisc(veth, "kt-veth");
      EXPECT_EQ(tc.ingressFilters(veth, "kt-veth").size(), size_t{0});
      std::string again = sysErrorOf([&] { tc.deleteIngressQdisc(veth, "kt-veth"); });
      EXPECT(again.find("delete ingress qdisc of kt-veth: ") == 0);
    }
    // Not persistent: the tap went with its last fd.
    EXPECT(!r.linkByName("kt-tap0").has_value());
    EXPECT(r.linkByName("kt-veth").has_value());
  });
}
