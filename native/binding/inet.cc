// Port-forward's two system calls the runtime cannot make from JavaScript: a listener made inside
// a network namespace, and a redirected connection's original destination (native/src/inet/).
#include <napi.h>

#include "bindings.h"
#include "inet/loopback.h"

namespace kata::binding {

namespace {

Napi::Value ListenLoopback(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "listenLoopback(netns: string, port: number, backlog?: number)");
  const std::string netns = info[0].As<Napi::String>().Utf8Value();
  const uint32_t port = info[1].As<Napi::Number>().Uint32Value();
  if (port > 65535) throw Napi::RangeError::New(info.Env(), "listenLoopback: port must be 0-65535");
  const int backlog = info.Length() > 2 && info[2].IsNumber() ? info[2].As<Napi::Number>().Int32Value() : 128;
  try {
    const inet::Listener l = inet::listenLoopback(netns, static_cast<uint16_t>(port), backlog);
    Napi::Object o = Napi::Object::New(info.Env());
    o.Set("fd", l.fd);
    o.Set("port", l.port);
    return o;
  } catch (const SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

Napi::Value OriginalDestination(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "originalDestination(fd: number)");
  try {
    const inet::Endpoint e = inet::originalDestination(info[0].As<Napi::Number>().Int32Value());
    Napi::Object o = Napi::Object::New(info.Env());
    o.Set("address", e.address);
    o.Set("port", e.port);
    return o;
  } catch (const SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

}  // namespace

void InitInet(Napi::Env env, Napi::Object exports) {
  exports.Set("listenLoopback", Napi::Function::New(env, ListenLoopback, "listenLoopback"));
  exports.Set("originalDestination", Napi::Function::New(env, OriginalDestination, "originalDestination"));
}

}  // namespace kata::binding
