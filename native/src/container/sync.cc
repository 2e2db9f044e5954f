#include "container/sync.h"

#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace kata::container {

bool sendSync(int sock, const SyncMsg& msg, int passFd) noexcept {
  iovec iov{const_cast<SyncMsg*>(&msg), sizeof msg};
  msghdr mh{};
  mh.msg_iov = &iov;
  mh.msg_iovlen = 1;
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  if (passFd >= 0) {
    mh.msg_control = control;
    mh.msg_controllen = sizeof control;
    cmsghdr* c = CMSG_FIRSTHDR(&mh);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(c), &passFd, sizeof(int));
  }
  for (;;) {
    ssize_t n = ::sendmsg(sock, &mh, MSG_NOSIGNAL);
    if (n == static_cast<ssize_t>(sizeof msg)) return true;
    if (n < 0 && errno == EINTR) continue;
    if (n >= 0) errno = EMSGSIZE;
    return false;
  }
}

int recvSync(int sock, SyncMsg* msg, int* passedFd) noexcept {
  *passedFd = -1;
  iovec iov{msg, sizeof *msg};
  msghdr mh{};
  mh.msg_iov = &iov;
  mh.msg_iovlen = 1;
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  mh.msg_control = control;
  mh.msg_controllen = sizeof control;
  ssize_t n;
  do n = ::recvmsg(sock, &mh, MSG_CMSG_CLOEXEC);
  while (n < 0 && errno == EINTR);
  if (n < 0) return -1;
  for (cmsghdr* c = CMSG_FIRSTHDR(&mh); c != nullptr; c = CMSG_NXTHDR(&mh, c))
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) std::memcpy(passedFd, CMSG_DATA(c), sizeof(int));
  if (n == 0) return 0;
  if (n != static_cast<ssize_t>(sizeof *msg)) {
    errno = EPROTO;
    return -1;
  }
  msg->step[sizeof msg->step - 1] = '\0';
  msg->detail[sizeof msg->detail - 1] = '\0';
  return 1;
}

SyncMsg syncMsg(SyncKind kind) noexcept {
  SyncMsg m;
  m.kind = kind;
  return m;
}

SyncMsg syncError(const char* step, const std::string& detail, int err) noexcept {
  SyncMsg m;
  m.kind = SyncKind::Error;
  m.err = err;
  std::strncpy(m.step, step, sizeof m.step - 1);
  std::strncpy(m.detail, detail.c_str(), sizeof m.detail - 1);
  return m;
}

}  // namespace kata::container
