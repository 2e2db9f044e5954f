// JS surface of native/src/netlink: links, addresses, routes, neighbours, taps and the tc ingress
// qdisc and redirect filters, each run in the network namespace named by the first argument
// ("" for the caller's own). Only converts values; lib/common/native/addon.ts types them.
#include <stdexcept>

#include "bindings.h"
#include "netlink/netns.h"
#include "netlink/rtnl.h"
#include "netlink/tap.h"
#include "netlink/tc.h"

namespace kata::binding {

namespace nl = kata::netlink;

namespace {

template <typename F>
Napi::Value guarded(const Napi::CallbackInfo& info, F f) {
  try {
    return f();
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  } catch (const std::invalid_argument& e) {
    throw Napi::TypeError::New(info.Env(), e.what());
  }
}

std::string str(const Napi::Object& o, const char* key) {
  Napi::Value v = o.Get(key);
  return v.IsString() ? v.As<Napi::String>().Utf8Value() : std::string();
}
uint32_t u32(const Napi::Object& o, const char* key) {
  Napi::Value v = o.Get(key);
  return v.IsNumber() ? v.As<Napi::Number>().Uint32Value() : 0;
}
std::string netnsArg(const Napi::CallbackInfo& info) { return info[0].IsString() ? info[0].As<Napi::String>().Utf8Value() : std::string(); }

Napi::Object linkToJs(Napi::Env env, const nl::Link& l) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("index", l.index);
  o.Set("name", l.name);
  o.Set("kind", l.kind);
  o.Set("mac", l.mac);
  o.Set("mtu", l.mtu);
  o.Set("flags", l.flags);
  o.Set("type", l.type);
  o.Set("master", l.master);
  return o;
}
Napi::Object addressToJs(Napi::Env env, const nl::Address& a) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("index", a.index);
  o.Set("family", a.family);
  o.Set("address", a.address);
  o.Set("prefixLen", a.prefixLen);
  o.Set("scope", a.scope);
  o.Set("flags", a.flags);
  return o;
}
nl::Address addressFromJs(const Napi::Object& o) {
  return nl::Address{static_cast<int>(u32(o, "index")), 0, str(o, "address"), static_cast<uint8_t>(u32(o, "prefixLen")),
                     static_cast<uint8_t>(u32(o, "scope")), u32(o, "flags")};
}
Napi::Object routeToJs(Napi::Env env, const nl::Route& r) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("family", r.family);
  o.Set("dst", r.dst);
  o.Set("dstLen", r.dstLen);
  o.Set("gateway", r.gateway);
  o.Set("source", r.source);
  o.Set("oif", r.oif);
  o.Set("scope", r.scope);
  o.Set("protocol", r.protocol);
  o.Set("table", r.table);
  o.Set("priority", r.priority);
  o.Set("flags", r.flags);
  return o;
}
nl::Route routeFromJs(const Napi::Object& o) {
  nl::Route r;
  r.family = static_cast<int>(u32(o, "family"));
  r.dst = str(o, "dst");
  r.dstLen = static_cast<uint8_t>(u32(o, "dstLen"));
  r.gateway = str(o, "gateway");
  r.source = str(o, "source");
  r.oif = static_cast<int>(u32(o, "oif"));
  r.scope = static_cast<uint8_t>(u32(o, "scope"));
  r.protocol = static_cast<uint8_t>(u32(o, "protocol"));
  r.priority = u32(o, "priority");
  r.flags = u32(o, "flags");
  return r;
}
Napi::Object neighbourToJs(Napi::Env env, const nl::Neighbour& n) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("index", n.index);
  o.Set("family", n.family);
  o.Set("address", n.address);
  o.Set("mac", n.mac);
  o.Set("state", n.state);
  o.Set("flags", n.flags);
  return o;
}
template <typename T, typename C>
Napi::Array arrayOf(Napi::Env env, const std::vector<T>& v, C conv) {
  Napi::Array a = Napi::Array::New(env, v.size());
  for (size_t i = 0; i < v.size(); ++i) a.Set(static_cast<uint32_t>(i), conv(env, v[i]));
  return a;
}
int family(const Napi::CallbackInfo& info, size_t i) { return info.Length() > i && info[i].IsNumber() ? info[i].As<Napi::Number>().Int32Value() : 0; }

Napi::Value NetLinks(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "netLinks(netns: string)");
  return guarded(info, [&]() -> Napi::Value {
    std::vector<nl::Link> v;
    nl::inNetns(netnsArg(info), [&] { v = nl::Rtnl().links(); });
    return arrayOf(info.Env(), v, linkToJs);
  });
}
Napi::Value NetAddresses(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "netAddresses(netns: string, family?: number)");
  return guarded(info, [&]() -> Napi::Value {
    std::vector<nl::Address> v;
    nl::inNetns(netnsArg(info), [&] { v = nl::Rtnl().addresses(family(info, 1)); });
    return arrayOf(info.Env(), v, addressToJs);
  });
}
Napi::Value NetRoutes(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "netRoutes(netns: string, family?: number)");
  return guarded(info, [&]() -> Napi::Value {
    std::vector<nl::Route> v;
    nl::inNetns(netnsArg(info), [&] { v = nl::Rtnl().routes(family(info, 1)); });
    return arrayOf(info.Env(), v, routeToJs);
  });
}
Napi::Value NetNeighbours(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "netNeighbours(netns: string, family?: number)");
  return guarded(info, [&]() -> Napi::Value {
    std::vector<nl::Neighbour> v;
    nl::inNetns(netnsArg(info), [&] { v = nl::Rtnl().neighbours(family(info, 1)); });
    return arrayOf(info.Env(), v, neighbourToJs);
  });
}
Napi::Value NetSetLink(const Napi::CallbackInfo& info) {
  requireArgs(info, 3, "netSetLink(netns: string, index: number, change: {name?, mtu?, mac?, up?})");
  return guarded(info, [&]() -> Napi::Value {
    Napi::Object o = info[2].As<Napi::Object>();
    nl::LinkChange c;
    if (o.Get("name").IsString()) c.name = str(o, "name");
    if (o.Get("mtu").IsNumber()) c.mtu = u32(o, "mtu");
    if (o.Get("mac").IsString()) c.mac = str(o, "mac");
    if (o.Get("up").IsBoolean()) c.up = o.Get("up").As<Napi::Boolean>().Value();
    int index = info[1].As<Napi::Number>().Int32Value();
    nl::inNetns(netnsArg(info), [&] { nl::Rtnl().setLink(index, c); });
    return info.Env().Undefined();
  });
}
Napi::Value NetDeleteLink(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "netDeleteLink(netns: string, index: number)");
  return guarded(info, [&]() -> Napi::Value {
    int index = info[1].As<Napi::Number>().Int32Value();
    nl::inNetns(netnsArg(info), [&] { nl::Rtnl().deleteLink(index); });
    return info.Env().Undefined();
  });
}
Napi::Value NetCreateVeth(const Napi::CallbackInfo& info) {
  requireArgs(info, 3, "netCreateVeth(netns: string, name: string, peer: string)");
  return guarded(info, [&]() -> Napi::Value {
    std::string name = info[1].As<Napi::String>(), peer = info[2].As<Napi::String>();
    nl::inNetns(netnsArg(info), [&] { nl::Rtnl().createVeth(name, peer); });
    return info.Env().Undefined();
  });
}
Napi::Value NetAddAddress(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "netAddAddress(netns: string, address: {index, address, prefixLen, scope?, flags?})");
  return guarded(info, [&]() -> Napi::Value {
    nl::Address a = addressFromJs(info[1].As<Napi::Object>());
    nl::inNetns(netnsArg(info), [&] { nl::Rtnl().addAddress(a); });
    return info.Env().Undefined();
  });
}
Napi::Value NetDeleteAddress(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "netDeleteAddress(netns: string, address: {index, address, prefixLen})");
  return guarded(info, [&]() -> Napi::Value {
    nl::Address a = addressFromJs(info[1].As<Napi::Object>());
    nl::inNetns(netnsArg(info), [&] { nl::Rtnl().deleteAddress(a); });
    return info.Env().Undefined();
  });
}
Napi::Value NetAddRoute(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "netAddRoute(netns: string, route: {dst?, dstLen?, gateway?, source?, oif?, scope?})");
  return guarded(info, [&]() -> Napi::Value {
    nl::Route r = routeFromJs(info[1].As<Napi::Object>());
    nl::inNetns(netnsArg(info), [&] { nl::Rtnl().addRoute(r); });
    return info.Env().Undefined();
  });
}
Napi::Value NetDeleteRoute(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "netDeleteRoute(netns: string, route: {dst?, dstLen?, gateway?, oif?})");
  return guarded(info, [&]() -> Napi::Value {
    nl::Route r = routeFromJs(info[1].As<Napi::Object>());
    nl::inNetns(netnsArg(info), [&] { nl::Rtnl().deleteRoute(r); });
    return info.Env().Undefined();
  });
}
Napi::Value NetAddNeighbour(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "netAddNeighbour(netns: string, neighbour: {index, address, mac, state?, flags?})");
  return guarded(info, [&]() -> Napi::Value {
    Napi::Object o = info[1].As<Napi::Object>();
    nl::Neighbour n{static_cast<int>(u32(o, "index")), 0, str(o, "address"), str(o, "mac"), static_cast<uint16_t>(u32(o, "state")),
                    static_cast<uint8_t>(u32(o, "flags"))};
    nl::inNetns(netnsArg(info), [&] { nl::Rtnl().addNeighbour(n); });
    return info.Env().Undefined();
  });
}
Napi::Value NetOpenTap(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "netOpenTap(netns: string, name: string): fd");
  return guarded(info, [&]() -> Napi::Value {
    std::string name = info[1].As<Napi::String>();
    int fd = -1;
    nl::inNetns(netnsArg(info), [&] { fd = nl::openTap(name).release(); });
    return Napi::Number::New(info.Env(), fd);
  });
}
Napi::Value TcAddIngress(const Napi::CallbackInfo& info) {
  requireArgs(info, 3, "tcAddIngress(netns: string, index: number, name: string)");
  return guarded(info, [&]() -> Napi::Value {
    int index = info[1].As<Napi::Number>().Int32Value();
    std::string who = info[2].As<Napi::String>();
    nl::inNetns(netnsArg(info), [&] { nl::Tc().addIngressQdisc(index, who); });
    return info.Env().Undefined();
  });
}
Napi::Value TcDeleteIngress(const Napi::CallbackInfo& info) {
  requireArgs(info, 3, "tcDeleteIngress(netns: string, index: number, name: string)");
  return guarded(info, [&]() -> Napi::Value {
    int index = info[1].As<Napi::Number>().Int32Value();
    std::string who = info[2].As<Napi::String>();
    nl::inNetns(netnsArg(info), [&] { nl::Tc().deleteIngressQdisc(index, who); });
    return info.Env().Undefined();
  });
}
Napi::Value TcAddRedirect(const Napi::CallbackInfo& info) {
  requireArgs(info, 5, "tcAddRedirect(netns: string, from: number, to: number, fromName: string, toName: string)");
  return guarded(info, [&]() -> Napi::Value {
    int from = info[1].As<Napi::Number>().Int32Value(), to = info[2].As<Napi::Number>().Int32Value();
    std::string fw = info[3].As<Napi::String>(), tw = info[4].As<Napi::String>();
    nl::inNetns(netnsArg(info), [&] { nl::Tc().addRedirectFilter(from, to, fw, tw); });
    return info.Env().Undefined();
  });
}
Napi::Value TcQdiscs(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "tcQdiscs(netns: string, index: number)");
  return guarded(info, [&]() -> Napi::Value {
    int index = info[1].As<Napi::Number>().Int32Value();
    std::vector<nl::Qdisc> v;
    nl::inNetns(netnsArg(info), [&] { v = nl::Tc().qdiscs(index); });
    return arrayOf(info.Env(), v, [](Napi::Env env, const nl::Qdisc& q) {
      Napi::Object o = Napi::Object::New(env);
      o.Set("index", q.index);
      o.Set("kind", q.kind);
      o.Set("handle", q.handle);
      o.Set("parent", q.parent);
      return o;
    });
  });
}
Napi::Value TcIngressFilters(const Napi::CallbackInfo& info) {
  requireArgs(info, 3, "tcIngressFilters(netns: string, index: number, name: string)");
  return guarded(info, [&]() -> Napi::Value {
    int index = info[1].As<Napi::Number>().Int32Value();
    std::string who = info[2].As<Napi::String>();
    std::vector<nl::Filter> v;
    nl::inNetns(netnsArg(info), [&] { v = nl::Tc().ingressFilters(index, who); });
    return arrayOf(info.Env(), v, [](Napi::Env env, const nl::Filter& f) {
      Napi::Object o = Napi::Object::New(env);
      o.Set("index", f.index);
      o.Set("kind", f.kind);
      o.Set("redirectTo", f.redirectTo);
      Napi::Array acts = Napi::Array::New(env, f.actions.size());
      for (size_t i = 0; i < f.actions.size(); ++i) acts.Set(static_cast<uint32_t>(i), f.actions[i]);
      o.Set("actions", acts);
      return o;
    });
  });
}

}  // namespace

void InitNetlink(Napi::Env env, Napi::Object exports) {
  exports.Set("netLinks", Napi::Function::New(env, NetLinks, "netLinks"));
  exports.Set("netAddresses", Napi::Function::New(env, NetAddresses, "netAddresses"));
  exports.Set("netRoutes", Napi::Function::New(env, NetRoutes, "netRoutes"));
  exports.Set("netNeighbours", Napi::Function::New(env, NetNeighbours, "netNeighbours"));
  exports.Set("netSetLink", Napi::Function::New(env, NetSetLink, "netSetLink"));
  exports.Set("netDeleteLink", Napi::Function::New(env, NetDeleteLink, "netDeleteLink"));
  exports.Set("netCreateVeth", Napi::Function::New(env, NetCreateVeth, "netCreateVeth"));
  exports.Set("netAddAddress", Napi::Function::New(env, NetAddAddress, "netAddAddress"));
  exports.Set("netDeleteAddress", Napi::Function::New(env, NetDeleteAddress, "netDeleteAddress"));
  exports.Set("netAddRoute", Napi::Function::New(env, NetAddRoute, "netAddRoute"));
  exports.Set("netDeleteRoute", Napi::Function::New(env, NetDeleteRoute, "netDeleteRoute"));
  exports.Set("netAddNeighbour", Napi::Function::New(env, NetAddNeighbour, "netAddNeighbour"));
  exports.Set("netOpenTap", Napi::Function::New(env, NetOpenTap, "netOpenTap"));
  exports.Set("tcAddIngress", Napi::Function::New(env, TcAddIngress, "tcAddIngress"));
  exports.Set("tcDeleteIngress", Napi::Function::New(env, TcDeleteIngress, "tcDeleteIngress"));
  exports.Set("tcAddRedirect", Napi::Function::New(env, TcAddRedirect, "tcAddRedirect"));
  exports.Set("tcQdiscs", Napi::Function::New(env, TcQdiscs, "tcQdiscs"));
  exports.Set("tcIngressFilters", Napi::Function::New(env, TcIngressFilters, "tcIngressFilters"));
}

}  // namespace kata::binding
