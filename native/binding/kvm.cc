// JS surface of native/src/kvm: kvmProbe(path?, timeoutMs?) → a plain object (the probe's result
// as data; it never throws for what KVM answers). Typed in lib/common/native/addon.ts, read
// through lib/hypervisor/kvm-probe.ts.
#include "bindings.h"
#include "kvm/kvm.h"
#include "kvm/probe.h"

namespace kata::binding {

namespace {

Napi::Object errorObject(Napi::Env env, const kata::kvm::ProbeError& e) {
  auto o = Napi::Object::New(env);
  o.Set("message", e.message);
  o.Set("code", e.code);
  o.Set("errno", e.err);
  return o;
}

Napi::Object capabilityObject(Napi::Env env, const kata::kvm::CapabilityResult& c) {
  auto o = Napi::Object::New(env);
  o.Set("name", c.spec->name);
  o.Set("number", c.spec->number);
  o.Set("required", c.spec->required);
  o.Set("neededFor", c.spec->neededFor);
  o.Set("present", c.present());
  o.Set("value", c.value);
  if (c.error) o.Set("error", errorObject(env, *c.error));
  return o;
}

Napi::Object smokeObject(Napi::Env env, const kata::kvm::SmokeResult& m) {
  auto o = Napi::Object::New(env);
  o.Set("ok", m.ok);
  auto exits = Napi::Array::New(env, m.exits.size());
  for (size_t i = 0; i < m.exits.size(); ++i) exits.Set(static_cast<uint32_t>(i), m.exits[i]);
  o.Set("exits", exits);
  o.Set("elapsedMs", m.elapsedMs);
  if (!m.failure.empty()) o.Set("failure", m.failure);
  return o;
}

}  // namespace

static Napi::Value KvmProbe(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const char* usage = "Usage: kvmProbe(path?: string, timeoutMs?: number)";
  std::string path = kata::kvm::kDefaultDevice;
  auto timeout = kata::kvm::kDefaultRunTimeout;
  if (info.Length() > 0 && !info[0].IsUndefined()) {
    if (!info[0].IsString()) throw Napi::TypeError::New(env, usage);
    path = info[0].As<Napi::String>();
  }
  if (info.Length() > 1 && !info[1].IsUndefined()) {
    if (!info[1].IsNumber() || info[1].As<Napi::Number>().Int64Value() <= 0) throw Napi::TypeError::New(env, usage);
    timeout = std::chrono::milliseconds(info[1].As<Napi::Number>().Int64Value());
  }
  auto r = kata::kvm::probe(path, timeout);

  auto o = Napi::Object::New(env);
  o.Set("path", r.path);
  o.Set("usable", r.usable());
  if (r.deviceError) {
    o.Set("deviceError", errorObject(env, *r.deviceError));
    return o;
  }
  o.Set("apiVersion", r.apiVersion);
  o.Set("vcpuMmapSize", Napi::Number::New(env, static_cast<double>(r.vcpuMmapSize)));
  o.Set("checkedOnVm", r.checkedOnVm);
  auto caps = Napi::Array::New(env, r.capabilities.size());
  for (size_t i = 0; i < r.capabilities.size(); ++i) caps.Set(static_cast<uint32_t>(i), capabilityObject(env, r.capabilities[i]));
  o.Set("capabilities", caps);
  o.Set("vmCreated", r.vmCreated);
  if (r.vmError) o.Set("vmError", errorObject(env, *r.vmError));
  if (r.realMode) o.Set("realMode", smokeObject(env, *r.realMode));
  return o;
}

void InitKvm(Napi::Env env, Napi::Object exports) {
  exports.Set("kvmProbe", Napi::Function::New(env, KvmProbe, "kvmProbe"));
}

}  // namespace kata::binding
