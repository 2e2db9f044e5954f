// Child exit and signals for guest/agent/process/reaper.ts: pidfds, per-pid non-blocking waits, the
// zombie scan for orphan reaping, and the subreaper flag. Logic is in native/src/process.
#include <unistd.h>

#include "bindings.h"
#include "process/exit_status.h"

namespace kata::binding {

namespace {

Napi::Value StatusToJs(Napi::Env env, const std::optional<kata::ExitStatus>& s) {
  if (!s) return env.Null();
  Napi::Object o = Napi::Object::New(env);
  o.Set("pid", s->pid);
  if (s->signaled) {
    o.Set("signal", kata::signalName(s->signal));
    if (s->coreDumped) o.Set("coreDumped", true);
  } else {
    o.Set("code", s->code);
  }
  return o;
}

int PidArg(const Napi::CallbackInfo& info, size_t i) {
  if (!info[i].IsNumber()) throw Napi::TypeError::New(info.Env(), "pid must be a number");
  int pid = info[i].As<Napi::Number>().Int32Value();
  if (pid <= 0) throw Napi::RangeError::New(info.Env(), "pid must be a positive integer, got " + std::to_string(pid));
  return pid;
}

Napi::Value PidfdOpen(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "pidfdOpen(pid: number)");
  try {
    return Napi::Number::New(info.Env(), kata::pidfdOpen(PidArg(info, 0)).release());
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

Napi::Value PidfdWait(const Napi::CallbackInfo& info) {
  requireArgs(info, 3, "pidfdWait(pidfd: number, pid: number, reap: boolean)");
  try {
    return StatusToJs(info.Env(), kata::pidfdWait(info[0].As<Napi::Number>().Int32Value(), PidArg(info, 1),
                                                  info[2].ToBoolean().Value()));
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

Napi::Value ReapPid(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "reapPid(pid: number)");
  try {
    return StatusToJs(info.Env(), kata::reapPid(PidArg(info, 0)));
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

Napi::Value ZombieChildren(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  try {
    auto pids = kata::zombieChildren(static_cast<int>(::getpid()));
    Napi::Array a = Napi::Array::New(env, pids.size());
    for (size_t i = 0; i < pids.size(); i++) a.Set(i, pids[i]);
    return a;
  } catch (const kata::SysError& e) {
    throw toJsError(env, e);
  }
}

Napi::Value SetChildSubreaper(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "setChildSubreaper(on: boolean)");
  try {
    kata::setChildSubreaper(info[0].ToBoolean().Value());
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
  return info.Env().Undefined();
}

Napi::Value IsChildSubreaper(const Napi::CallbackInfo& info) {
  try {
    return Napi::Boolean::New(info.Env(), kata::isChildSubreaper());
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

Napi::Value SignalNumber(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "signalNumber(name: string)");
  return Napi::Number::New(info.Env(), kata::signalNumber(info[0].As<Napi::String>().Utf8Value()));
}

}  // namespace

void InitProcess(Napi::Env env, Napi::Object exports) {
  exports.Set("pidfdOpen", Napi::Function::New(env, PidfdOpen, "pidfdOpen"));
  exports.Set("pidfdWait", Napi::Function::New(env, PidfdWait, "pidfdWait"));
  exports.Set("reapPid", Napi::Function::New(env, ReapPid, "reapPid"));
  exports.Set("zombieChildren", Napi::Function::New(env, ZombieChildren, "zombieChildren"));
  exports.Set("setChildSubreaper", Napi::Function::New(env, SetChildSubreaper, "setChildSubreaper"));
  exports.Set("isChildSubreaper", Napi::Function::New(env, IsChildSubreaper, "isChildSubreaper"));
  exports.Set("signalNumber", Napi::Function::New(env, SignalNumber, "signalNumber"));
}

}  // namespace kata::binding
