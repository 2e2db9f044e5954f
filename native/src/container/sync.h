// The messages between the parent (Spawner) and the container's child processes, over one
// SOCK_SEQPACKET socketpair that is close-on-exec in the child: a successful execve closes the
// child's end, so the parent reads EOF; anything else arrives as an Error message naming the step.
//
//   intermediate → parent : Pid (the container process's pid) or Error
//   parent → init         : Go (cgroup joined, id maps written)
//   init → parent         : Pty (with the terminal's master fd), Ready, or Error
//   parent → init         : Start; then init → parent: EOF (exec done) or Error
#pragma once

#include <cstdint>
#include <string>

namespace kata::container {

enum class SyncKind : uint32_t { Pid = 1, Go, Pty, Ready, Error, Start };

struct SyncMsg {
  SyncKind kind = SyncKind::Error;
  int32_t err = 0;
  int32_t pid = 0;
  char step[64] = {};
  char detail[448] = {};
};

// One message, optionally passing fd (SCM_RIGHTS). Returns false with errno set on failure.
bool sendSync(int sock, const SyncMsg& msg, int passFd = -1) noexcept;
// One message: 1 when read, 0 on EOF, -1 with errno on failure. *passedFd gets a passed fd or -1.
int recvSync(int sock, SyncMsg* msg, int* passedFd) noexcept;

SyncMsg syncMsg(SyncKind kind) noexcept;
SyncMsg syncError(const char* step, const std::string& detail, int err) noexcept;

}  // namespace kata::container
