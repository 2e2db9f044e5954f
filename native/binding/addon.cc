// Module entry: one place that lists every binding file's Init.
#include "bindings.h"

namespace kata::binding {

Napi::Error toJsError(Napi::Env env, const kata::SysError& e) {
  Napi::Error err = Napi::Error::New(env, e.what());
  err.Value().Set("code", Napi::String::New(env, e.code()));
  err.Value().Set("errno", Napi::Number::New(env, e.err()));
  err.Value().Set("context", Napi::String::New(env, e.context()));
  return err;
}

void requireArgs(const Napi::CallbackInfo& info, size_t n, const char* usage) {
  if (info.Length() < n) throw Napi::TypeError::New(info.Env(), std::string("Usage: ") + usage);
}

}  // namespace kata::binding

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  kata::binding::InitInfo(env, exports);
  kata::binding::InitPoll(env, exports);
  kata::binding::InitProcess(env, exports);
  kata::binding::InitCgroup(env, exports);
  kata::binding::InitAfVsock(env, exports);
  kata::binding::InitVhostVsock(env, exports);
  kata::binding::InitSystem(env, exports);
  kata::binding::InitContainer(env, exports);
  kata::binding::InitNetlink(env, exports);
  kata::binding::InitKvm(env, exports);
  kata::binding::InitInet(env, exports);
  return exports;
}

NODE_API_MODULE(kata_ts, Init)
