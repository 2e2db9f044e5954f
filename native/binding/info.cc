// Facts about the addon itself, used by the loader to check it loaded the build it expects.
#include "bindings.h"

namespace kata::binding {

static Napi::Value AbiVersion(const Napi::CallbackInfo& info) {
  // Bumped when the binding's JS-facing surface changes incompatibly.
  return Napi::Number::New(info.Env(), 1);
}

// errnoName(n): the symbolic name of an errno, from the C++ core. Lets TS tests reach the core.
static Napi::Value ErrnoName(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "errnoName(errno: number)");
  return Napi::String::New(info.Env(), kata::errnoName(info[0].As<Napi::Number>().Int32Value()));
}

void InitInfo(Napi::Env env, Napi::Object exports) {
  exports.Set("abiVersion", Napi::Function::New(env, AbiVersion, "abiVersion"));
  exports.Set("errnoName", Napi::Function::New(env, ErrnoName, "errnoName"));
}

}  // namespace kata::binding
