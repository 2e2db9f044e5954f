// vhost-user-vsock back-ends for lib/vsock/hybrid-backend.ts: start one for a VM (its vhost-user
// socket, its hybrid vsock socket, the guest CID) and get a handle whose stop() ends its thread.
// A thread that does not end within stop's bound (a hung back-end) is left running with
// everything it uses, on purpose: freeing that under it would be a use-after-free, and it goes
// when the process exits (the shim exits with its last task).
// All I/O runs on the back-end's own thread; nothing here is on the hot path.
#include <chrono>
#include <memory>

#include "bindings.h"
#include "vhost/vsock/service.h"

namespace kata::binding {

namespace {

class VhostVsockHandle : public Napi::ObjectWrap<VhostVsockHandle> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "VhostVsockBackend",
                       {InstanceMethod("stop", &VhostVsockHandle::Stop), InstanceMethod("error", &VhostVsockHandle::Error),
                        InstanceMethod("resetCount", &VhostVsockHandle::ResetCount)});
  }

  explicit VhostVsockHandle(const Napi::CallbackInfo& info) : Napi::ObjectWrap<VhostVsockHandle>(info) {
    requireArgs(info, 3, "new VhostVsockBackend(vhostSocket: string, udsPath: string, guestCid: number)");
    if (!info[0].IsString() || !info[1].IsString()) throw Napi::TypeError::New(info.Env(), "vhostSocket and udsPath must be strings");
    if (!info[2].IsNumber()) throw Napi::TypeError::New(info.Env(), "guestCid must be a number");
    double cid = info[2].As<Napi::Number>().DoubleValue();
    if (cid < 0 || cid > 4294967295.0 || cid != static_cast<double>(static_cast<uint32_t>(cid)))
      throw Napi::RangeError::New(info.Env(), "guestCid must be an unsigned 32-bit integer");
    try {
      backend_ = std::make_unique<kata::vhost::vsock::VsockService>(info[0].As<Napi::String>().Utf8Value(),
                                                                    info[1].As<Napi::String>().Utf8Value(), static_cast<uint64_t>(cid));
    } catch (const kata::SysError& e) {
      throw toJsError(info.Env(), e);
    }
  }

 private:
  // stop(timeoutMs?): true once stopped; false when the thread did not end within timeoutMs.
  Napi::Value Stop(const Napi::CallbackInfo& info) {
    if (!backend_) return Napi::Boolean::New(info.Env(), true);
    if (info.Length() > 0 && !info[0].IsUndefined()) {
      if (!info[0].IsNumber()) throw Napi::TypeError::New(info.Env(), "Usage: stop(timeoutMs?: number)");
      double ms = info[0].As<Napi::Number>().DoubleValue();
      if (!(ms >= 0 && ms <= 86400000)) throw Napi::RangeError::New(info.Env(), "stop: timeoutMs must be 0..86400000");
      if (!backend_->stop(std::chrono::milliseconds(static_cast<int64_t>(ms)))) {
        (void)backend_.release();  // hung: left to the process's exit (see the top of this file)
        return Napi::Boolean::New(info.Env(), false);
      }
    }
    backend_.reset();  // joins the thread, closes every fd, removes both sockets
    return Napi::Boolean::New(info.Env(), true);
  }
  Napi::Value Error(const Napi::CallbackInfo& info) {
    if (!backend_) return info.Env().Null();
    std::string e = backend_->error();
    return e.empty() ? info.Env().Null() : Napi::String::New(info.Env(), e);
  }

  Napi::Value ResetCount(const Napi::CallbackInfo& info) {
    return Napi::Number::New(info.Env(), backend_ ? static_cast<double>(backend_->resetCount()) : 0);
  }

  std::unique_ptr<kata::vhost::vsock::VsockService> backend_;
};

}  // namespace

void InitVhostVsock(Napi::Env env, Napi::Object exports) { exports.Set("VhostVsockBackend", VhostVsockHandle::Define(env)); }

}  // namespace kata::binding
