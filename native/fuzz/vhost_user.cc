// Fuzz target: the vhost-user message decoder and its request handlers (vhost/vhost_user_server.cc),
// the bytes QEMU sends the back-end. The harness is the front-end: it dials the server's socket
// and sends the input's messages (header + payload) with real fds attached by SCM_RIGHTS where
// the op asks (the guest RAM memfd, eventfds, pipes), through the real recvmsg/cmsg path; it can
// write guest RAM and kick the eventfds it sent, so a queue set up by the messages is walked by
// the real vsock device (over a stub back-end). It checks the replies' framing.
// Not covered (docs/fuzzing.md): fds of other kinds, and a peer that stalls mid-message (the
// server waits up to its 2 s socket timeout; the harness always sends whole messages).
#include <fcntl.h>
#include <sys/eventfd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

#include "common/unique_fd.h"
#include "formats.h"
#include "fuzz_input.h"
#include "vhost/event_loop.h"
#include "vhost/unix_listener.h"
#include "vhost/vhost_user_protocol.h"
#include "vhost/vhost_user_server.h"
#include "vhost/vsock/backend.h"
#include "vhost/vsock/device.h"

using namespace kata::vhost;
using namespace kata::fuzz;
using namespace kata::fuzz::vhost_user_fmt;
using kata::UniqueFd;

namespace {

constexpr size_t kMaxKickFds = 16;
constexpr int kMaxPump = 8;

int ramFd() {
  static UniqueFd fd(::memfd_create("fuzz-vhost-user-ram", MFD_CLOEXEC));
  return fd.get();
}

// A back-end that takes every packet (reading its payload) and owes the guest a few packets.
struct StubBackend : vsock::VsockBackend {
  std::function<void()> rxReady;
  int owed = 4;
  void setRxReady(std::function<void()> f) override { rxReady = std::move(f); }
  void onGuestPacket(const vsock::PacketHeader& hdr, const iovec* payload, int iovcnt) override {
    size_t total = 0;
    volatile uint8_t sink = 0;
    for (int i = 0; i < iovcnt; ++i) {
      const auto* p = static_cast<const uint8_t*>(payload[i].iov_base);
      if (payload[i].iov_len > 0) sink = sink ^ p[0] ^ p[payload[i].iov_len - 1];
      total += payload[i].iov_len;
    }
    (void)sink;
    FUZZ_CHECK(total == hdr.len);
  }
  bool hasRx() const noexcept override { return owed > 0; }
  bool fillRx(vsock::PacketHeader& hdr, const iovec* space, int iovcnt, uint32_t room) override {
    --owed;
    hdr = vsock::hostToGuest(3, 1, 1, vsock::OP_RW);
    uint32_t left = room < 32 ? room : 32;
    hdr.len = left;
    for (int i = 0; i < iovcnt && left > 0; ++i) {
      size_t n = space[i].iov_len < left ? space[i].iov_len : left;
      std::memset(space[i].iov_base, 0x5a, n);
      left -= uint32_t(n);
    }
    FUZZ_CHECK(left == 0);
    return true;
  }
  bool rxBacklogFull() const noexcept override { return false; }
  void reset() override {}
};

struct Harness {
  std::string path = socketPath("vhost-user");
  EventLoop loop;
  StubBackend backend;
  vsock::VsockDevice dev{backend, 3};
  VhostUserServer server{loop, path, dev};
  UniqueFd fe;
  std::vector<UniqueFd> kicks;  // our ends of the eventfds and pipes sent
  std::vector<uint8_t> replies;
  bool writeShut = false;

  Harness() {
    if (::ftruncate(ramFd(), 0) != 0 || ::ftruncate(ramFd(), off_t(kRam)) != 0) std::abort();
    fe = connectUnix(path);
    FUZZ_CHECK(fe.valid());
    loop.runOnce(0);  // the server accepts us
    FUZZ_CHECK(server.connected());
  }

  // Runs the loop while it has work, reading the replies as they come.
  void pump() {
    for (int i = 0; i < kMaxPump && server.connected(); ++i) {
      size_t before = replies.size();
      loop.runOnce(0);
      readReplies();
      if (replies.size() == before && i > 0) break;
    }
    readReplies();
  }
  void readReplies() {
    uint8_t buf[4096];
    for (;;) {
      ssize_t n = ::recv(fe.get(), buf, sizeof buf, MSG_DONTWAIT);
      if (n <= 0) break;
      replies.insert(replies.end(), buf, buf + n);
    }
    // Every reply is a whole header with the REPLY flag and a payload we can hold.
    size_t off = 0;
    while (replies.size() - off >= sizeof(proto::Header)) {
      proto::Header h;
      std::memcpy(&h, replies.data() + off, sizeof h);
      FUZZ_CHECK(h.flags == (proto::kVersion | proto::kFlagReply));
      FUZZ_CHECK(h.size <= proto::kConfigHeaderSize + proto::kMaxConfigSize);
      if (replies.size() - off - sizeof h < h.size) break;
      off += sizeof h + h.size;
    }
    replies.erase(replies.begin(), replies.begin() + long(off));
  }

  void message(Input& in, uint8_t op) {
    uint32_t nfds = op & 0x0f;
    auto kind = FdKind((op >> 4) & 3);
    proto::Header h = in.get<proto::Header>();
    std::vector<uint8_t> buf(sizeof h + (h.size <= proto::kMaxPayload ? h.size : 0), 0);
    std::memcpy(buf.data(), &h, sizeof h);
    in.read(buf.data() + sizeof h, buf.size() - sizeof h);
    std::vector<UniqueFd> fds;
    for (uint32_t i = 0; i < nfds; ++i) {
      if (kind == kFdMemfd || (kind == kFdMixed && i == 0)) {
        fds.emplace_back(::dup(ramFd()));
      } else if (kind == kFdPipe) {
        int p[2];
        if (::pipe2(p, O_CLOEXEC | O_NONBLOCK) != 0) std::abort();
        fds.emplace_back(p[0]);
        if (kicks.size() < kMaxKickFds) kicks.emplace_back(p[1]); else ::close(p[1]);
      } else {
        int e = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        fds.emplace_back(e);
        if (kicks.size() < kMaxKickFds) kicks.emplace_back(::dup(e));
      }
    }
    iovec iov{buf.data(), buf.size()};
    msghdr mh{};
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    std::vector<char> cbuf(CMSG_SPACE(sizeof(int) * (nfds ? nfds : 1)), 0);
    if (nfds > 0) {
      mh.msg_control = cbuf.data();
      mh.msg_controllen = CMSG_SPACE(sizeof(int) * nfds);
      cmsghdr* c = CMSG_FIRSTHDR(&mh);
      c->cmsg_level = SOL_SOCKET;
      c->cmsg_type = SCM_RIGHTS;
      c->cmsg_len = CMSG_LEN(sizeof(int) * nfds);
      for (uint32_t i = 0; i < nfds; ++i) {
        int fd = fds[i].get();
        std::memcpy(CMSG_DATA(c) + i * sizeof(int), &fd, sizeof fd);
      }
    }
    ssize_t r = ::sendmsg(fe.get(), &mh, MSG_NOSIGNAL | MSG_DONTWAIT);
    // A message that did not go out whole would leave the server waiting for the rest: end the
    // stream instead, so it sees EOF.
    if (r != ssize_t(buf.size())) shutWrite();
    pump();
  }
  void shutWrite() {
    if (!writeShut) ::shutdown(fe.get(), SHUT_WR);
    writeShut = true;
  }

  void run(Input& in) {
    while (!in.empty() && server.connected() && !writeShut) {
      uint8_t op = in.u8();
      switch (op & kOpMask) {
        case kMessage:
          message(in, op);
          break;
        case kMemWrite: {
          uint32_t off = in.u32() % kRam;
          std::vector<uint8_t> b = in.bytes(in.u8());
          size_t n = b.size() < kRam - off ? b.size() : size_t(kRam - off);
          if (n > 0 && ::pwrite(ramFd(), b.data(), n, off) != ssize_t(n)) std::abort();
          break;
        }
        case kKick: {
          if (!kicks.empty()) {
            uint64_t one = 1;
            (void)!::write(kicks[(op & 0x0f) % kicks.size()].get(), &one, sizeof one);
          }
          pump();
          break;
        }
        case kRunLoop:
          pump();
          break;
      }
    }
    // The front-end goes away: the server must drop it and reset.
    shutWrite();
    for (int i = 0; i < 4 && server.connected(); ++i) pump();
    FUZZ_CHECK(!server.connected());
  }
};

}  // namespace

// The back-end runs inside Node (the shim's addon), which ignores SIGPIPE: so does the harness,
// whose own writes to pipes the server has closed would otherwise kill it.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ::signal(SIGPIPE, SIG_IGN);
  removeStaleSockets();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Input in(data, size);
  Harness h;
  h.run(in);
  return 0;
}
