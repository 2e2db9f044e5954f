// JS surface of native/src/system: mountFs, unmount, setClock, reseedRandom, setHostname, powerOff,
// tryLockExclusive.
#include "bindings.h"
#include "system/file_lock.h"
#include "system/system.h"

namespace kata::binding {

template <typename F>
static Napi::Value guarded(const Napi::CallbackInfo& info, F f) {
  try {
    f();
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
  return info.Env().Undefined();
}

static Napi::Value MountFs(const Napi::CallbackInfo& info) {
  requireArgs(info, 5, "mountFs(source: string, target: string, fstype: string, flags: number, data: string)");
  return guarded(info, [&] {
    kata::sys::mountFs(info[0].As<Napi::String>(), info[1].As<Napi::String>(), info[2].As<Napi::String>(),
                       static_cast<unsigned long>(info[3].As<Napi::Number>().Int64Value()), info[4].As<Napi::String>());
  });
}

static Napi::Value Unmount(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "unmount(target: string, flags: number)");
  return guarded(info, [&] { kata::sys::unmount(info[0].As<Napi::String>(), info[1].As<Napi::Number>().Int32Value()); });
}

static Napi::Value SetClock(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "setClock(sec: number, usec: number)");
  return guarded(info, [&] { kata::sys::setClock(info[0].As<Napi::Number>().Int64Value(), info[1].As<Napi::Number>().Int64Value()); });
}

static Napi::Value ReseedRandom(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "reseedRandom(device: string, data: Buffer)");
  auto data = info[1].As<Napi::Buffer<uint8_t>>();
  return guarded(info, [&] { kata::sys::reseedRandom(info[0].As<Napi::String>(), data.Data(), data.Length()); });
}

static Napi::Value SetHostname(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "setHostname(name: string)");
  return guarded(info, [&] { kata::sys::setHostname(info[0].As<Napi::String>()); });
}

static Napi::Value PowerOff(const Napi::CallbackInfo& info) {
  return guarded(info, [] { kata::sys::powerOff(); });
}

static Napi::Value TryLockExclusive(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "tryLockExclusive(fd: number)");
  bool taken = false;
  guarded(info, [&] { taken = kata::sys::tryLockExclusive(info[0].As<Napi::Number>().Int32Value()); });
  return Napi::Boolean::New(info.Env(), taken);
}

void InitSystem(Napi::Env env, Napi::Object exports) {
  exports.Set("mountFs", Napi::Function::New(env, MountFs, "mountFs"));
  exports.Set("unmount", Napi::Function::New(env, Unmount, "unmount"));
  exports.Set("setClock", Napi::Function::New(env, SetClock, "setClock"));
  exports.Set("reseedRandom", Napi::Function::New(env, ReseedRandom, "reseedRandom"));
  exports.Set("setHostname", Napi::Function::New(env, SetHostname, "setHostname"));
  exports.Set("powerOff", Napi::Function::New(env, PowerOff, "powerOff"));
  exports.Set("tryLockExclusive", Napi::Function::New(env, TryLockExclusive, "tryLockExclusive"));
}

}  // namespace kata::binding
