// A minimal test harness for the C++ cores: no Node, no framework. Each test registers itself;
// test_main runs them all and exits non-zero on the first failed expectation of any test.
#pragma once

#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace kata::test {

struct Case {
  const char* name;
  std::function<void()> fn;
};

std::vector<Case>& registry();

struct Register {
  Register(const char* name, std::function<void()> fn) { registry().push_back({name, std::move(fn)}); }
};

struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Thrown by a test that cannot run on this machine (the KVM tests without /dev/kvm). It does not
// fail the run: test_main lists the skipped tests, one line per reason.
struct Skip : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace kata::test

#define KATA_CAT2(a, b) a##b
#define KATA_CAT(a, b) KATA_CAT2(a, b)
#define TEST(name)                                                                       \
  static void name();                                                                    \
  static ::kata::test::Register KATA_CAT(reg_, name)(#name, name);                       \
  static void name()

#define EXPECT(cond)                                                                     \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::ostringstream os_;                                                            \
      os_ << __FILE__ << ":" << __LINE__ << ": expected " #cond;                         \
      throw ::kata::test::Failure(os_.str());                                            \
    }                                                                                    \
  } while (0)

#define EXPECT_EQ(a, b)                                                                  \
  do {                                                                                   \
    auto va_ = (a);                                                                      \
    auto vb_ = (b);                                                                      \
    if (!(va_ == vb_)) {                                                                 \
      std::ostringstream os_;                                                            \
      os_ << __FILE__ << ":" << __LINE__ << ": expected " #a " == " #b " (" << va_       \
          << " vs " << vb_ << ")";                                                       \
      throw ::kata::test::Failure(os_.str());                                            \
    }                                                                                    \
  } while (0)
