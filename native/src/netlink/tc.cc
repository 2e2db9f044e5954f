#include "netlink/tc.h"

#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>
#include <linux/tc_act/tc_mirred.h>

#include <cstring>

namespace kata::netlink {

namespace {
// linux/pkt_sched.h: the ingress qdisc is ffff: under the pseudo-parent TC_H_INGRESS.
constexpr uint32_t kIngressHandle = TC_H_MAKE(TC_H_INGRESS, 0);

tcmsg ingressMsg(int index) {
  tcmsg t{};
  t.tcm_family = AF_UNSPEC;
  t.tcm_ifindex = index;
  t.tcm_handle = kIngressHandle;
  t.tcm_parent = TC_H_INGRESS;
  return t;
}
}  // namespace

Qdisc qdiscFromMessage(const Message& m) {
  auto h = m.header<tcmsg>();
  auto a = m.attrs(sizeof(tcmsg));
  Qdisc q;
  q.index = h.tcm_ifindex;
  q.handle = h.tcm_handle;
  q.parent = h.tcm_parent;
  if (a.count(TCA_KIND)) q.kind = a[TCA_KIND].str();
  return q;
}

std::optional<Filter> filterFromMessage(const Message& m) {
  auto h = m.header<tcmsg>();
  auto a = m.attrs(sizeof(tcmsg));
  // The u32 dump lists its hash table too; only nodes with options that carry actions count.
  Filter f;
  f.index = h.tcm_ifindex;
  f.parent = h.tcm_parent;
  f.handle = h.tcm_handle;
  if (a.count(TCA_KIND)) f.kind = a[TCA_KIND].str();
  if (a.count(TCA_OPTIONS)) {
    auto o = parseAttrs(a[TCA_OPTIONS].data, a[TCA_OPTIONS].len);
    uint16_t actAttr = f.kind == "u32" ? TCA_U32_ACT : 0;
    if (actAttr != 0 && o.count(actAttr)) {
      for (auto& [n, act] : parseAttrs(o[actAttr].data, o[actAttr].len)) {
        (void)n;
        auto aa = parseAttrs(act.data, act.len);
        std::string kind = aa.count(TCA_ACT_KIND) ? aa[TCA_ACT_KIND].str() : "";
        f.actions.push_back(kind);
        if (kind == "mirred" && f.redirectTo == 0 && aa.count(TCA_ACT_OPTIONS)) {
          auto mo = parseAttrs(aa[TCA_ACT_OPTIONS].data, aa[TCA_ACT_OPTIONS].len);
          if (mo.count(TCA_MIRRED_PARMS) && mo[TCA_MIRRED_PARMS].len >= sizeof(tc_mirred)) {
            tc_mirred p{};
            std::memcpy(&p, mo[TCA_MIRRED_PARMS].data, sizeof p);
            f.redirectTo = static_cast<int>(p.ifindex);
          }
        }
      }
    }
  }
  if (f.actions.empty()) return std::nullopt;
  return f;
}

void Tc::addIngressQdisc(int index, const std::string& who) {
  MessageBuilder m(RTM_NEWQDISC, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
  m.header(ingressMsg(index));
  m.attrString(TCA_KIND, "ingress");
  sock_.request(m, "add ingress qdisc on " + who);
}

void Tc::deleteIngressQdisc(int index, const std::string& who) {
  MessageBuilder m(RTM_DELQDISC, NLM_F_ACK);
  m.header(ingressMsg(index));
  sock_.request(m, "delete ingress qdisc of " + who);
}

void Tc::addRedirectFilter(int from, int to, const std::string& fromWho, const std::string& toWho) {
  MessageBuilder m(RTM_NEWTFILTER, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL);
  tcmsg t{};
  t.tcm_family = AF_UNSPEC;
  t.tcm_ifindex = from;
  t.tcm_parent = kIngressHandle;
  // tcm_info: priority in the upper 16 bits (0: the kernel picks one), protocol ETH_P_ALL in
  // network order in the lower 16 (linux/pkt_sched.h TC_H_MAKE).
  t.tcm_info = TC_H_MAKE(0u, htons(ETH_P_ALL));
  m.header(t);
  m.attrString(TCA_KIND, "u32");
  size_t opts = m.beginNested(TCA_OPTIONS);
  // One key with mask 0 matches every frame (linux/pkt_cls.h struct tc_u32_sel + tc_u32_key).
  tc_u32_sel sel{};
  sel.flags = TC_U32_TERMINAL;
  sel.nkeys = 1;
  tc_u32_key key{};  // mask 0, value 0, offset 0
  uint8_t selBytes[sizeof sel + sizeof key];
  std::memcpy(selBytes, &sel, sizeof sel);
  std::memcpy(selBytes + sizeof sel, &key, sizeof key);
  m.attr(TCA_U32_SEL, selBytes, sizeof selBytes);
  size_t acts = m.beginNested(TCA_U32_ACT);
  size_t first = m.beginNested(1);  // actions are numbered from 1 (their order)
  m.attrString(TCA_ACT_KIND, "mirred");
  size_t aopts = m.beginNested(TCA_ACT_OPTIONS);
  tc_mirred p{};
  p.action = TC_ACT_STOLEN;  // the frame is consumed by the redirect
  p.eaction = TCA_EGRESS_REDIR;
  p.ifindex = static_cast<uint32_t>(to);
  m.attr(TCA_MIRRED_PARMS, &p, sizeof p);
  m.endNested(aopts);
  m.endNested(first);
  m.endNested(acts);
  m.endNested(opts);
  sock_.request(m, "add tc filter redirecting " + fromWho + " to " + toWho);
}

std::vector<Qdisc> Tc::qdiscs(int index) {
  MessageBuilder m(RTM_GETQDISC, NLM_F_DUMP);
  tcmsg t{};
  t.tcm_ifindex = index;
  m.header(t);
  std::vector<Qdisc> out;
  for (const auto& r : sock_.dump(m, "list qdiscs")) {
    if (r.type != RTM_NEWQDISC) continue;
    if (index != 0 && r.header<tcmsg>().tcm_ifindex != index) continue;
    out.push_back(qdiscFromMessage(r));
  }
  return out;
}

std::vector<Filter> Tc::ingressFilters(int index, const std::string& who) {
  MessageBuilder m(RTM_GETTFILTER, NLM_F_DUMP);
  tcmsg t{};
  t.tcm_ifindex = index;
  t.tcm_parent = kIngressHandle;
  m.header(t);
  std::vector<Filter> out;
  for (const auto& r : sock_.dump(m, "list ingress filters of " + who)) {
    if (r.type != RTM_NEWTFILTER) continue;
    if (auto f = filterFromMessage(r)) out.push_back(*f);
  }
  return out;
}

}  // namespace kata::netlink
