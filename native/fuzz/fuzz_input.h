// Shared by the fuzz targets (native/fuzz/*.cc) and the seed generator (make_corpus.cc): a reader
// that takes an input front to back (so the generator writes inputs in the order a harness reads
// them; short inputs read as zeros), a writer for the generator, and the oracle every harness
// uses for a broken invariant.
#pragma once

#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace kata::fuzz {

// Reads the fuzzer's bytes in order; past the end every read gives zeros and empty() is true.
class Input {
 public:
  Input(const uint8_t* data, size_t size) : p_(data), n_(size) {}

  bool empty() const noexcept { return off_ >= n_; }
  size_t remaining() const noexcept { return empty() ? 0 : n_ - off_; }

  // Copies up to len bytes into out (the rest of out zeroed); returns how many came from the input.
  size_t read(void* out, size_t len) noexcept {
    size_t got = len < remaining() ? len : remaining();
    if (got > 0) std::memcpy(out, p_ + off_, got);
    if (got < len) std::memset(static_cast<uint8_t*>(out) + got, 0, len - got);
    off_ += got;
    return got;
  }
  template <typename T>
  T get() noexcept {
    T v;
    read(&v, sizeof v);
    return v;
  }
  uint8_t u8() noexcept { return get<uint8_t>(); }
  uint16_t u16() noexcept { return get<uint16_t>(); }
  uint32_t u32() noexcept { return get<uint32_t>(); }
  uint64_t u64() noexcept { return get<uint64_t>(); }
  // The next len bytes (fewer at the end of the input).
  std::vector<uint8_t> bytes(size_t len) {
    std::vector<uint8_t> v(len < remaining() ? len : remaining());
    read(v.data(), v.size());
    return v;
  }
  // Everything left.
  std::vector<uint8_t> rest() { return bytes(remaining()); }

 private:
  const uint8_t* p_;
  size_t n_;
  size_t off_ = 0;
};

// Builds an input in the order Input reads it (the seed generator).
class Output {
 public:
  template <typename T>
  Output& put(const T& v) {
    const auto* b = reinterpret_cast<const uint8_t*>(&v);
    buf_.insert(buf_.end(), b, b + sizeof v);
    return *this;
  }
  Output& u8(uint8_t v) { return put(v); }
  Output& u16(uint16_t v) { return put(v); }
  Output& u32(uint32_t v) { return put(v); }
  Output& u64(uint64_t v) { return put(v); }
  Output& raw(const void* p, size_t n) {
    const auto* b = static_cast<const uint8_t*>(p);
    buf_.insert(buf_.end(), b, b + n);
    return *this;
  }
  Output& raw(const std::vector<uint8_t>& v) { return raw(v.data(), v.size()); }
  Output& str(const std::string& s) { return raw(s.data(), s.size()); }
  Output& zeros(size_t n) {
    buf_.resize(buf_.size() + n, 0);
    return *this;
  }
  size_t size() const noexcept { return buf_.size(); }
  const std::vector<uint8_t>& bytes() const noexcept { return buf_; }

 private:
  std::vector<uint8_t> buf_;
};

// A socket path of this fuzzer process: /tmp/kata-fuzz-<pid>-<name>.
inline std::string socketPath(const std::string& name) { return "/tmp/kata-fuzz-" + std::to_string(::getpid()) + "-" + name; }

// Removes the socket files that fuzzer processes which crashed (or were killed) left in /tmp: those
// of socketPath()'s form whose process is gone. A crash is what a fuzzer is for, and a minimising
// run crashes thousands of times.
inline void removeStaleSockets() {
  DIR* d = ::opendir("/tmp");
  if (d == nullptr) return;
  while (dirent* e = ::readdir(d)) {
    const char* prefix = "kata-fuzz-";
    if (std::strncmp(e->d_name, prefix, std::strlen(prefix)) != 0) continue;
    char* end = nullptr;
    long pid = std::strtol(e->d_name + std::strlen(prefix), &end, 10);
    if (pid <= 0 || end == nullptr || *end != '-' || pid == ::getpid()) continue;
    if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH) continue;
    std::string path = std::string("/tmp/") + e->d_name;
    struct stat st;
    if (::lstat(path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) ::unlink(path.c_str());
  }
  ::closedir(d);
}

// A broken invariant is a finding like a sanitizer report: say which, and abort (libFuzzer saves
// the input as a crash).
[[noreturn]] inline void fail(const char* file, int line, const char* what) {
  std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, what);
  std::abort();
}

}  // namespace kata::fuzz

#define FUZZ_CHECK(cond)                                          \
  do {                                                            \
    if (!(cond)) ::kata::fuzz::fail(__FILE__, __LINE__, #cond);   \
  } while (0)
