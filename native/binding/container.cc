// Container process setup for guest/agent/container/: converts the JS plan
// (guest/agent/container/plan.ts) into a kata::container::ContainerPlan and calls Spawner. create
// runs on a worker thread (it forks and waits for the child's setup) and resolves to the pid and
// the parent's fds. plan.ts has checked the spec already (names, types, paths); here values are
// only converted, and a value that cannot be converted, or a seccomp profile libseccomp refuses,
// becomes a TypeError with .field (the path in the plan), .detail and, for a refused seccomp rule,
// .syscall.
#include <cmath>
#include <limits>

#include "bindings.h"
#include "container/options.h"
#include "container/spawner.h"

namespace kata::binding {

namespace kc = kata::container;

namespace {

// A plan value that cannot be converted: field is its path in the plan ("process.rlimits[0].type").
struct PlanError : std::invalid_argument {
  PlanError(std::string field, std::string detail)
      : std::invalid_argument(field + ": " + detail), field(std::move(field)), detail(std::move(detail)) {}
  std::string field;
  std::string detail;
};

Napi::Error fieldError(Napi::Env env, const std::string& field, const std::string& detail, const std::string& syscall = "") {
  Napi::Error err = Napi::TypeError::New(env, field + ": " + detail);
  err.Value().Set("field", Napi::String::New(env, field));
  err.Value().Set("detail", Napi::String::New(env, detail));
  if (!syscall.empty()) err.Value().Set("syscall", Napi::String::New(env, syscall));
  return err;
}

Napi::Error planErrorToJs(Napi::Env env, const PlanError& e) { return fieldError(env, e.field, e.detail); }

// The profile sits at "seccomp" in the plan; SeccompError's field is relative to the profile.
Napi::Error seccompErrorToJs(Napi::Env env, const kc::SeccompError& e) { return fieldError(env, "seccomp." + e.field, e.detail, e.syscall); }

// A kernel number for a name plan.ts has checked; a name with no number cannot be converted.
int numberFor(int n, bool known, const std::string& what, const std::string& name, const std::string& path) {
  if (!known) throw PlanError(path, "no " + what + " \"" + name + "\"");
  return n;
}

Napi::Value field(const Napi::Object& o, const char* name) { return o.Get(name); }

std::string str(const Napi::Value& v, const std::string& path, bool optional = false) {
  if (optional && (v.IsUndefined() || v.IsNull())) return "";
  if (!v.IsString()) throw PlanError(path, "expected a string");
  return v.As<Napi::String>().Utf8Value();
}

uint64_t u64(const Napi::Value& v, const std::string& path) {
  if (v.IsBigInt()) {
    bool lossless;
    return v.As<Napi::BigInt>().Uint64Value(&lossless);
  }
  if (!v.IsNumber()) throw PlanError(path, "expected a number");
  double d = v.As<Napi::Number>().DoubleValue();
  if (!(d >= 0) || std::floor(d) != d) throw PlanError(path, "expected a non-negative integer");
  // JSON cannot say 2^64-1 exactly; anything that large means "unlimited".
  if (d >= 18446744073709551615.0) return std::numeric_limits<uint64_t>::max();
  return static_cast<uint64_t>(d);
}

uint32_t u32(const Napi::Value& v, const std::string& path) {
  uint64_t x = u64(v, path);
  if (x > 0xffffffffULL) throw PlanError(path, "above 2^32-1");
  return static_cast<uint32_t>(x);
}

bool boolean(const Napi::Value& v) { return v.IsBoolean() && v.As<Napi::Boolean>().Value(); }

template <typename F>
void eachOf(const Napi::Value& v, const std::string& path, F fn) {
  if (v.IsUndefined() || v.IsNull()) return;
  if (!v.IsArray()) throw PlanError(path, "expected an array");
  Napi::Array a = v.As<Napi::Array>();
  for (uint32_t i = 0; i < a.Length(); i++) fn(a.Get(i), path + "[" + std::to_string(i) + "]");
}

Napi::Object obj(const Napi::Value& v, const std::string& path) {
  if (!v.IsObject()) throw PlanError(path, "expected an object");
  return v.As<Napi::Object>();
}

std::vector<std::string> strings(const Napi::Value& v, const std::string& path) {
  std::vector<std::string> out;
  eachOf(v, path, [&](const Napi::Value& e, const std::string& p) { out.push_back(str(e, p)); });
  return out;
}

uint64_t capMask(const Napi::Value& v, const std::string& path) {
  uint64_t mask = 0;
  eachOf(v, path, [&](const Napi::Value& e, const std::string& p) {
    std::string name = str(e, p);
    int cap = kc::capabilityFromName(name);
    mask |= 1ULL << numberFor(cap, cap >= 0 && cap <= 63, "capability", name, p);
  });
  return mask;
}

std::vector<kc::IdMapping> idMaps(const Napi::Value& v, const std::string& path) {
  std::vector<kc::IdMapping> out;
  eachOf(v, path, [&](const Napi::Value& e, const std::string& p) {
    Napi::Object m = obj(e, p);
    out.push_back({u32(field(m, "containerID"), p + ".containerID"), u32(field(m, "hostID"), p + ".hostID"),
                   u32(field(m, "size"), p + ".size")});
  });
  return out;
}

kc::SeccompProfile seccompProfile(const Napi::Object& s, const std::string& path) {
  kc::SeccompProfile prof;
  prof.defaultAction = str(field(s, "defaultAction"), path + ".defaultAction");
  if (field(s, "defaultErrnoRet").IsNumber()) prof.defaultErrnoRet = u32(field(s, "defaultErrnoRet"), path + ".defaultErrnoRet");
  prof.architectures = strings(field(s, "architectures"), path + ".architectures");
  eachOf(field(s, "syscalls"), path + ".syscalls", [&](const Napi::Value& e, const std::string& p) {
    Napi::Object r = obj(e, p);
    kc::SeccompRule rule;
    rule.names = strings(field(r, "names"), p + ".names");
    rule.action = str(field(r, "action"), p + ".action");
    if (field(r, "errnoRet").IsNumber()) rule.errnoRet = u32(field(r, "errnoRet"), p + ".errnoRet");
    eachOf(field(r, "args"), p + ".args", [&](const Napi::Value& ae, const std::string& ap) {
      Napi::Object a = obj(ae, ap);
      kc::SeccompArg arg;
      arg.index = u32(field(a, "index"), ap + ".index");
      arg.value = u64(field(a, "value"), ap + ".value");
      if (!field(a, "valueTwo").IsUndefined()) arg.valueTwo = u64(field(a, "valueTwo"), ap + ".valueTwo");
      arg.op = str(field(a, "op"), ap + ".op");
      rule.args.push_back(arg);
    });
    prof.syscalls.push_back(std::move(rule));
  });
  return prof;
}

kc::ProcessPlan processPlan(const Napi::Object& p, const std::string& path) {
  kc::ProcessPlan out;
  out.args = strings(field(p, "args"), path + ".args");
  out.env = strings(field(p, "env"), path + ".env");
  out.cwd = str(field(p, "cwd"), path + ".cwd");
  out.uid = u32(field(p, "uid"), path + ".uid");
  out.gid = u32(field(p, "gid"), path + ".gid");
  eachOf(field(p, "additionalGids"), path + ".additionalGids",
         [&](const Napi::Value& e, const std::string& ep) { out.additionalGids.push_back(u32(e, ep)); });
  if (field(p, "umask").IsNumber()) out.umask = u32(field(p, "umask"), path + ".umask");
  out.noNewPrivileges = boolean(field(p, "noNewPrivileges"));
  Napi::Value caps = field(p, "capabilities");
  if (caps.IsObject()) {
    Napi::Object c = caps.As<Napi::Object>();
    std::string cp = path + ".capabilities";
    kc::CapabilitySets s;
    s.bounding = capMask(field(c, "bounding"), cp + ".bounding");
    s.effective = capMask(field(c, "effective"), cp + ".effective");
    s.permitted = capMask(field(c, "permitted"), cp + ".permitted");
    s.inheritable = capMask(field(c, "inheritable"), cp + ".inheritable");
    s.ambient = capMask(field(c, "ambient"), cp + ".ambient");
    out.capabilities = s;
  }
  eachOf(field(p, "rlimits"), path + ".rlimits", [&](const Napi::Value& e, const std::string& rp) {
    Napi::Object r = obj(e, rp);
    std::string type = str(field(r, "type"), rp + ".type");
    int res = kc::rlimitFromName(type);
    out.rlimits.push_back({numberFor(res, res >= 0, "rlimit", type, rp + ".type"), u64(field(r, "soft"), rp + ".soft"),
                           u64(field(r, "hard"), rp + ".hard")});
  });
  out.terminal = boolean(field(p, "terminal"));
  if (field(p, "oomScoreAdj").IsNumber()) out.oomScoreAdj = field(p, "oomScoreAdj").As<Napi::Number>().Int32Value();
  if (field(p, "consoleSize").IsObject()) {
    Napi::Object cs = field(p, "consoleSize").As<Napi::Object>();
    out.consoleSize.rows = static_cast<uint16_t>(u32(field(cs, "height"), path + ".consoleSize.height"));
    out.consoleSize.cols = static_cast<uint16_t>(u32(field(cs, "width"), path + ".consoleSize.width"));
  }
  return out;
}

kc::ContainerPlan containerPlan(const Napi::Object& o) {
  kc::ContainerPlan plan;
  plan.rootfs = str(field(o, "rootfs"), "rootfs", true);
  plan.readonlyRoot = boolean(field(o, "readonlyRoot"));
  plan.hostname = str(field(o, "hostname"), "hostname", true);
  std::string rp = str(field(o, "rootfsPropagation"), "rootfsPropagation", true);
  if (!rp.empty()) {
    auto parsed = kc::parseMountOptions({rp});
    if (parsed.propagation.size() != 1) throw PlanError("rootfsPropagation", "unknown propagation \"" + rp + "\"");
    plan.rootPropagation = parsed.propagation[0];
  }
  eachOf(field(o, "namespaces"), "namespaces", [&](const Napi::Value& e, const std::string& p) {
    Napi::Object n = obj(e, p);
    std::string type = str(field(n, "type"), p + ".type");
    int flag = kc::namespaceFlag(type);
    plan.namespaces.push_back({numberFor(flag, flag != 0, "namespace type", type, p + ".type"), str(field(n, "path"), p + ".path", true)});
  });
  plan.uidMappings = idMaps(field(o, "uidMappings"), "uidMappings");
  plan.gidMappings = idMaps(field(o, "gidMappings"), "gidMappings");
  eachOf(field(o, "mounts"), "mounts", [&](const Napi::Value& e, const std::string& p) {
    Napi::Object m = obj(e, p);
    kc::MountPlan mp;
    mp.source = str(field(m, "source"), p + ".source", true);
    mp.destination = str(field(m, "destination"), p + ".destination");
    mp.type = str(field(m, "type"), p + ".type", true);
    auto opts = kc::parseMountOptions(strings(field(m, "options"), p + ".options"));
    mp.flags = opts.flags;
    mp.propagation = opts.propagation;
    mp.data = opts.data;
    plan.mounts.push_back(std::move(mp));
  });
  eachOf(field(o, "devices"), "devices", [&](const Napi::Value& e, const std::string& p) {
    Napi::Object d = obj(e, p);
    kc::DevicePlan dp;
    dp.path = str(field(d, "path"), p + ".path");
    // OCI "c" and "u" (unbuffered) are both character devices.
    std::string type = str(field(d, "type"), p + ".type");
    dp.type = type == "b" ? 'b' : type == "p" ? 'p' : 'c';
    dp.major = static_cast<int64_t>(u64(field(d, "major"), p + ".major"));
    dp.minor = static_cast<int64_t>(u64(field(d, "minor"), p + ".minor"));
    if (field(d, "fileMode").IsNumber()) dp.mode = u32(field(d, "fileMode"), p + ".fileMode");
    if (field(d, "uid").IsNumber()) dp.uid = u32(field(d, "uid"), p + ".uid");
    if (field(d, "gid").IsNumber()) dp.gid = u32(field(d, "gid"), p + ".gid");
    plan.devices.push_back(std::move(dp));
  });
  plan.maskedPaths = strings(field(o, "maskedPaths"), "maskedPaths");
  plan.readonlyPaths = strings(field(o, "readonlyPaths"), "readonlyPaths");
  plan.cgroupProcs = strings(field(o, "cgroupProcs"), "cgroupProcs");
  if (field(o, "sysctl").IsObject()) {
    Napi::Object sc = field(o, "sysctl").As<Napi::Object>();
    Napi::Array keys = sc.GetPropertyNames();
    for (uint32_t i = 0; i < keys.Length(); i++) {
      std::string key = keys.Get(i).As<Napi::String>().Utf8Value();
      plan.sysctl.emplace_back(key, str(sc.Get(key), "sysctl." + key));
    }
  }
  if (field(o, "seccomp").IsObject()) plan.seccomp = seccompProfile(field(o, "seccomp").As<Napi::Object>(), "seccomp");
  plan.process = processPlan(obj(field(o, "process"), "process"), "process");
  return plan;
}

Napi::Error spawnErrorToJs(Napi::Env env, const kc::SpawnError& e) {
  Napi::Error err = toJsError(env, e);
  err.Value().Set("step", Napi::String::New(env, e.step));
  return err;
}

class CreateWorker : public Napi::AsyncWorker {
 public:
  CreateWorker(Napi::Env env, kc::ContainerPlan plan)
      : Napi::AsyncWorker(env, "containerCreate"), plan_(std::move(plan)), deferred_(Napi::Promise::Deferred::New(env)) {}

  Napi::Promise promise() { return deferred_.Promise(); }

  void Execute() override {
    try {
      created_ = kc::Spawner::create(plan_);
    } catch (const kc::SpawnError& e) {
      spawnError_ = std::make_unique<kc::SpawnError>(e);
    } catch (const kc::SeccompError& e) {
      seccompError_ = std::make_unique<kc::SeccompError>(e);
    } catch (const kata::SysError& e) {
      sysError_ = std::make_unique<kata::SysError>(e);
    } catch (const std::exception& e) {
      SetError(e.what());
    }
  }

  void OnOK() override {
    Napi::Env env = Env();
    if (spawnError_) return deferred_.Reject(spawnErrorToJs(env, *spawnError_).Value());
    if (seccompError_) return deferred_.Reject(seccompErrorToJs(env, *seccompError_).Value());
    if (sysError_) return deferred_.Reject(toJsError(env, *sysError_).Value());
    Napi::Object r = Napi::Object::New(env);
    r.Set("pid", created_.pid);
    r.Set("syncFd", created_.sync.release());
    const char* names[3] = {"stdin", "stdout", "stderr"};
    for (int i = 0; i < 3; i++)
      if (created_.stdio[i]) r.Set(names[i], created_.stdio[i].release());
    if (created_.ptyMaster) r.Set("ptyMaster", created_.ptyMaster.release());
    deferred_.Resolve(r);
  }

  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

 private:
  kc::ContainerPlan plan_;
  Napi::Promise::Deferred deferred_;
  kc::Created created_;
  std::unique_ptr<kc::SpawnError> spawnError_;
  std::unique_ptr<kc::SeccompError> seccompError_;
  std::unique_ptr<kata::SysError> sysError_;
};

Napi::Value ContainerCreate(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "containerCreate(plan: NativeContainerPlan)");
  Napi::Env env = info.Env();
  if (!info[0].IsObject()) throw Napi::TypeError::New(env, "containerCreate: plan must be an object");
  kc::ContainerPlan plan;
  try {
    plan = containerPlan(info[0].As<Napi::Object>());
  } catch (const PlanError& e) {
    throw planErrorToJs(env, e);
  }
  auto* w = new CreateWorker(env, std::move(plan));
  Napi::Promise p = w->promise();
  w->Queue();
  return p;
}

Napi::Value ContainerStart(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "containerStart(syncFd: number)");
  try {
    kc::Spawner::start(info[0].As<Napi::Number>().Int32Value());
  } catch (const kc::SpawnError& e) {
    throw spawnErrorToJs(info.Env(), e);
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
  return info.Env().Undefined();
}

Napi::Value PtyResize(const Napi::CallbackInfo& info) {
  requireArgs(info, 3, "ptyResize(masterFd: number, rows: number, cols: number)");
  try {
    kc::resizePty(info[0].As<Napi::Number>().Int32Value(), info[1].As<Napi::Number>().Uint32Value(),
                  info[2].As<Napi::Number>().Uint32Value());
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
  return info.Env().Undefined();
}

Napi::Value CapabilityNumber(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "capabilityNumber(name: string)");
  return Napi::Number::New(info.Env(), kc::capabilityFromName(info[0].As<Napi::String>().Utf8Value()));
}

Napi::Value SeccompCheck(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "seccompCheck(profile: NativeSeccompProfile)");
  Napi::Env env = info.Env();
  try {
    kc::buildSeccompFilter(seccompProfile(obj(info[0], "seccomp"), "seccomp"));
  } catch (const PlanError& e) {
    throw planErrorToJs(env, e);
  } catch (const kc::SeccompError& e) {
    throw seccompErrorToJs(env, e);
  } catch (const kata::SysError& e) {
    throw toJsError(env, e);
  }
  return env.Undefined();
}

}  // namespace

void InitContainer(Napi::Env env, Napi::Object exports) {
  exports.Set("containerCreate", Napi::Function::New(env, ContainerCreate, "containerCreate"));
  exports.Set("containerStart", Napi::Function::New(env, ContainerStart, "containerStart"));
  exports.Set("ptyResize", Napi::Function::New(env, PtyResize, "ptyResize"));
  exports.Set("capabilityNumber", Napi::Function::New(env, CapabilityNumber, "capabilityNumber"));
  exports.Set("seccompCheck", Napi::Function::New(env, SeccompCheck, "seccompCheck"));
}

}  // namespace kata::binding
