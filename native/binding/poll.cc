// fd readiness for JS: one Poller thread per addon instance; each one-shot report is forwarded to
// the JS handler set by pollSetHandler through a ThreadSafeFunction. The TSFN holds the event
// loop open only while some watch is armed, like a pending socket or child would.
#include <errno.h>
#include <unistd.h>

#include <memory>
#include <mutex>
#include <set>
#include <unordered_map>

#include "bindings.h"
#include "poll/edge_watch.h"
#include "poll/poller.h"

namespace kata::binding {

namespace {

struct Report {
  uint64_t tag;
  uint32_t events;
};

struct PollState {
  Napi::ThreadSafeFunction tsfn;
  std::unique_ptr<kata::Poller> poller;
  std::set<uint64_t> armed;  // JS thread only
  bool refed = false;

  void updateRef(Napi::Env env) {
    bool want = !armed.empty();
    if (want == refed) return;
    if (want) tsfn.Ref(env); else tsfn.Unref(env);
    refed = want;
  }
  ~PollState() {
    poller.reset();  // joins the thread: no more reports
    if (tsfn) tsfn.Release();
  }
};

// One state per Node environment (main thread and each worker). Kept in our own table instead of
// napi instance data, which is a single slot per addon that other binding files may want.
std::mutex statesMu;
std::unordered_map<napi_env, PollState*> states;

PollState* find(Napi::Env env) {
  std::lock_guard<std::mutex> lock(statesMu);
  auto it = states.find(env);
  return it == states.end() ? nullptr : it->second;
}

void dropState(napi_env env) {
  PollState* s = nullptr;
  {
    std::lock_guard<std::mutex> lock(statesMu);
    auto it = states.find(env);
    if (it == states.end()) return;
    s = it->second;
    states.erase(it);
  }
  delete s;
}

PollState* state(Napi::Env env) {
  PollState* s = find(env);
  if (!s || !s->poller) throw Napi::Error::New(env, "pollSetHandler(handler) must be called before watching fds");
  return s;
}

Napi::Value PollSetHandler(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "pollSetHandler(handler: (tag: number, events: number) => void)");
  Napi::Env env = info.Env();
  if (find(env)) throw Napi::Error::New(env, "pollSetHandler: handler already set");
  auto* s = new PollState();
  {
    std::lock_guard<std::mutex> lock(statesMu);
    states[env] = s;
  }
  env.AddCleanupHook([e = static_cast<napi_env>(env)] { dropState(e); });
  s->tsfn = Napi::ThreadSafeFunction::New(env, info[0].As<Napi::Function>(), "kata-poller", 0, 1);
  s->tsfn.Unref(env);
  s->poller = std::make_unique<kata::Poller>([s](uint64_t tag, uint32_t events) {
    auto* r = new Report{tag, events};
    napi_status st = s->tsfn.NonBlockingCall(r, [s](Napi::Env env, Napi::Function fn, Report* r) {
      std::unique_ptr<Report> own(r);
      if (!env || s->armed.erase(r->tag) == 0) return;  // unwatched meanwhile
      s->updateRef(env);
      fn.Call({Napi::Number::New(env, static_cast<double>(r->tag)), Napi::Number::New(env, r->events)});
    });
    if (st != napi_ok) delete r;
  });
  return env.Undefined();
}

// pollWatch(fd, events, tag): one report of events (EPOLLIN=1, EPOLLOUT=4) for fd, carrying tag.
Napi::Value PollWatch(const Napi::CallbackInfo& info) {
  requireArgs(info, 3, "pollWatch(fd: number, events: number, tag: number)");
  Napi::Env env = info.Env();
  PollState* s = state(env);
  int fd = info[0].As<Napi::Number>().Int32Value();
  uint32_t events = info[1].As<Napi::Number>().Uint32Value();
  uint64_t tag = static_cast<uint64_t>(info[2].As<Napi::Number>().Int64Value());
  try {
    s->poller->watch(fd, events, tag);
  } catch (const kata::SysError& e) {
    throw toJsError(env, e);
  }
  s->armed.insert(tag);
  s->updateRef(env);
  return env.Undefined();
}

// pollUnwatch(fd, tag): no more reports for fd; call before closing it.
Napi::Value PollUnwatch(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "pollUnwatch(fd: number, tag: number)");
  Napi::Env env = info.Env();
  PollState* s = state(env);
  s->poller->unwatch(info[0].As<Napi::Number>().Int32Value());
  s->armed.erase(static_cast<uint64_t>(info[1].As<Napi::Number>().Int64Value()));
  s->updateRef(env);
  return env.Undefined();
}

// closeFd(fd): closes an fd the addon handed out. fs.closeSync would do, except that in a worker
// thread Node warns about closing an fd that fs did not open.
Napi::Value CloseFd(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "closeFd(fd: number)");
  int fd = info[0].As<Napi::Number>().Int32Value();
  if (::close(fd) < 0) throw toJsError(info.Env(), kata::SysError("close fd " + std::to_string(fd), errno));
  return info.Env().Undefined();
}

// edgeWatchOpen(fd, events): an epoll fd holding fd edge-triggered (native/src/poll/edge_watch.h);
// readable while a change of fd is pending. The caller closes it with closeFd.
Napi::Value EdgeWatchOpen(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "edgeWatchOpen(fd: number, events: number)");
  try {
    kata::EdgeWatch w(info[0].As<Napi::Number>().Int32Value(), info[1].As<Napi::Number>().Uint32Value());
    return Napi::Number::New(info.Env(), w.release().release());
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

// edgeWatchDrain(watchFd): consumes the pending changes; returns how many there were.
Napi::Value EdgeWatchDrain(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "edgeWatchDrain(watchFd: number)");
  try {
    return Napi::Number::New(info.Env(), kata::EdgeWatch::drain(info[0].As<Napi::Number>().Int32Value()));
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

// pollNow(fd, events): poll(2) revents of fd right now (POLLHUP and POLLERR always included).
Napi::Value PollNow(const Napi::CallbackInfo& info) {
  requireArgs(info, 2, "pollNow(fd: number, events: number)");
  try {
    return Napi::Number::New(info.Env(), kata::pollNow(info[0].As<Napi::Number>().Int32Value(), info[1].As<Napi::Number>().Uint32Value()));
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

// dupFd(fd): a close-on-exec duplicate of fd (the same open file).
Napi::Value DupFd(const Napi::CallbackInfo& info) {
  requireArgs(info, 1, "dupFd(fd: number)");
  try {
    return Napi::Number::New(info.Env(), kata::dupFd(info[0].As<Napi::Number>().Int32Value()).release());
  } catch (const kata::SysError& e) {
    throw toJsError(info.Env(), e);
  }
}

}  // namespace

void InitPoll(Napi::Env env, Napi::Object exports) {
  exports.Set("pollSetHandler", Napi::Function::New(env, PollSetHandler, "pollSetHandler"));
  exports.Set("pollWatch", Napi::Function::New(env, PollWatch, "pollWatch"));
  exports.Set("closeFd", Napi::Function::New(env, CloseFd, "closeFd"));
  exports.Set("pollUnwatch", Napi::Function::New(env, PollUnwatch, "pollUnwatch"));
  exports.Set("edgeWatchOpen", Napi::Function::New(env, EdgeWatchOpen, "edgeWatchOpen"));
  exports.Set("edgeWatchDrain", Napi::Function::New(env, EdgeWatchDrain, "edgeWatchDrain"));
  exports.Set("pollNow", Napi::Function::New(env, PollNow, "pollNow"));
  exports.Set("dupFd", Napi::Function::New(env, DupFd, "dupFd"));
}

}  // namespace kata::binding
