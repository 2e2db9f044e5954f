// Each binding file registers its functions on the addon's exports. The binding layer only
// converts values: the logic lives in native/src as plain C++ classes.
#pragma once

#include <napi.h>

#include "common/sys_error.h"

namespace kata::binding {

void InitInfo(Napi::Env env, Napi::Object exports);
void InitPoll(Napi::Env env, Napi::Object exports);
void InitProcess(Napi::Env env, Napi::Object exports);
void InitCgroup(Napi::Env env, Napi::Object exports);
void InitAfVsock(Napi::Env env, Napi::Object exports);
void InitVhostVsock(Napi::Env env, Napi::Object exports);
void InitSystem(Napi::Env env, Napi::Object exports);
void InitContainer(Napi::Env env, Napi::Object exports);
void InitNetlink(Napi::Env env, Napi::Object exports);
void InitKvm(Napi::Env env, Napi::Object exports);
void InitInet(Napi::Env env, Napi::Object exports);

// Converts a SysError into a JS Error carrying .code ("ENOENT"), .errno and .syscall context.
Napi::Error toJsError(Napi::Env env, const kata::SysError& e);

// Throws a TypeError "Usage: <usage>" unless info has at least n arguments.
void requireArgs(const Napi::CallbackInfo& info, size_t n, const char* usage);

}  // namespace kata::binding
