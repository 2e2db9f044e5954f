// cgroup v1 OOM eventfd for lib/common/cgroup/oom.ts. Everything else about cgroups is plain file I/O
// done in TypeScript (lib/cgroup/).
#include "bindings.h"
#include "cgroup/oom_event_v1.h"

namespace kata::binding {

namespace {

Napi::Value OpenV1OomEventFd(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "cgroupV1OomEventFd(memoryCgroupDir: string)");
  try {
    return Napi::Number::New(info.Env(), kata::openV1OomEventFd(info[0].As<Napi::String>().Utf8Value()).release());
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

Napi::Value ReadEventFd(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "readEventFd(fd: number)");
  try {
    return Napi::Number::New(info.Env(), static_cast<double>(kata::readEventFd(info[0].As<Napi::Number>().Int32Value())));
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

}  // namespace

void InitCgroup(Napi::Env env, Napi::Object exports) {
  exports.Set("cgroupV1OomEventFd", Napi::Function::New(env, OpenV1OomEventFd, "cgroupV1OomEventFd"));
  exports.Set("readEventFd", Napi::Function::New(env, ReadEventFd, "readEventFd"));
}

}  // namespace kata::binding
