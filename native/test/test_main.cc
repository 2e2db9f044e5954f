#include <cstdio>
#include <cstring>
#include <exception>
#include <map>
#include <string>

#include "test.h"

namespace kata::test {
std::vector<Case>& registry() {
  static std::vector<Case> cases;
  return cases;
}
}  // namespace kata::test

// Usage: kata_native_tests [substring]  — runs every test whose name contains substring.
int main(int argc, char** argv) {
  int failed = 0, passed = 0;
  std::map<std::string, std::string> skippedByReason;  // reason → "a, b, c"
  for (auto& c : kata::test::registry()) {
    if (argc > 1 && std::strstr(c.name, argv[1]) == nullptr) continue;
    try {
      c.fn();
      ++passed;
      std::printf("ok %s\n", c.name);
    } catch (const kata::test::Skip& s) {
      auto& names = skippedByReason[s.what()];
      names += (names.empty() ? "" : ", ") + std::string(c.name);
    } catch (const std::exception& e) {
      ++failed;
      std::printf("FAIL %s: %s\n", c.name, e.what());
    }
  }
  for (const auto& [reason, names] : skippedByReason) std::printf("not run (%s): %s\n", reason.c_str(), names.c_str());
  // The last line's form is read by scripts/test.sh and scripts/test-summary.mjs: keep it.
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
