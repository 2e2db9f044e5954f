// AF_VSOCK sockets for lib/common/vsock/: listen/accept/connect on non-blocking fds. Readiness comes
// from pollWatch; the byte stream is a libuv pipe handle opened on the fd in TypeScript.
#include "bindings.h"
#include "af_vsock/af_vsock.h"

namespace kata::binding {

namespace {

uint32_t U32(const Napi::CallbackInfo& info, size_t i, const char* what) {
  if (!info[i].IsNumber()) throw Napi::TypeError::New(info.Env(), std::string(what) + " must be a number");
  double v = info[i].As<Napi::Number>().DoubleValue();
  if (v < 0 || v > 4294967295.0 || v != static_cast<double>(static_cast<uint32_t>(v)))
    throw Napi::RangeError::New(info.Env(), std::string(what) + " must be an unsigned 32-bit integer");
  return static_cast<uint32_t>(v);
}

Napi::Object Addr(Napi::Env env, const kata::VsockAddr& a) {
  Napi::Object o = Napi::Object::New(env);
  o.Set("cid", Napi::Number::New(env, a.cid));
  o.Set("port", Napi::Number::New(env, a.port));
  return o;
}

Napi::Value Listen(const Napi::CallbackInfo& info) {
  requireArgs(info, 3, "vsockListen(cid: number, port: number, backlog: number)");
  try {
    return Napi::Number::New(info.Env(), kata::vsockListen(U32(info, 0, "cid"), U32(info, 1, "port"),
                                                           info[2].As<Napi::Number>().Int32Value()).release());
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

Napi::Value Accept(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "vsockAccept(listenFd: number)");
  Napi::Env env = info.Env();
  try {
    auto a = kata::vsockAccept(info[0].As<Napi::Number>().Int32Value());
    if (!a) return env.Null();
    Napi::Object o = Addr(env, a->peer);
    o.Set("fd", Napi::Number::New(env, a->fd.release()));
    return o;
  } catch (const kata::SysError& e) {
    throw toJsError(env, e);
  }
}

Napi::Value Connect(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "vsockConnect(cid: number, port: number)");
  Napi::Env env = info.Env();
  try {
    auto c = kata::vsockConnect(U32(info, 0, "cid"), U32(info, 1, "port"));
    Napi::Object o = Napi::Object::New(env);
    o.Set("connected", Napi::Boolean::New(env, c.connected));
    o.Set("fd", Napi::Number::New(env, c.fd.release()));
    return o;
  } catch (const kata::SysError& e) {
    throw toJsError(env, e);
  }
}

Napi::Value ConnectResult(const Napi::CallbackInfo& info) {
  requireArgs(info, 3, "vsockConnectResult(fd: number, cid: number, port: number)");
  try {
    kata::vsockConnectResult(info[0].As<Napi::Number>().Int32Value(), U32(info, 1, "cid"), U32(info, 2, "port"));
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
  return info.Env().Undefined();
}

Napi::Value LocalAddr(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "vsockLocalAddr(fd: number)");
  try {
    return Addr(info.Env(), kata::vsockLocalAddr(info[0].As<Napi::Number>().Int32Value()));
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

Napi::Value SocketPair(const Napi::CallbackInfo& info) {
  try {
    auto p = kata::streamSocketPair();
    Napi::Array a = Napi::Array::New(info.Env(), 2);
    a.Set(0u, Napi::Number::New(info.Env(), p.first.release()));
    a.Set(1u, Napi::Number::New(info.Env(), p.second.release()));
    return a;
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

}  // namespace

void InitAfVsock(Napi::Env env, Napi::Object exports) {
  exports.Set("vsockListen", Napi::Function::New(env, Listen, "vsockListen"));
  exports.Set("vsockAccept", Napi::Function::New(env, Accept, "vsockAccept"));
  exports.Set("vsockConnect", Napi::Function::New(env, Connect, "vsockConnect"));
  exports.Set("vsockConnectResult", Napi::Function::New(env, ConnectResult, "vsockConnectResult"));
  exports.Set("streamSocketPair", Napi::Function::New(env, SocketPair, "streamSocketPair"));
  exports.Set("vsockLocalAddr", Napi::Function::New(env, LocalAddr, "vsockLocalAddr"));
}

}  // namespace kata::binding
