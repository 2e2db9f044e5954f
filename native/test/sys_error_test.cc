#include "common/sys_error.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "test.h"

TEST(sys_error_names_context_and_errno) {
  kata::SysError e("open /nope", ENOENT);
  EXPECT_EQ(std::string(e.code()), std::string("ENOENT"));
  EXPECT_EQ(e.err(), ENOENT);
  EXPECT(std::string(e.what()).rfind("open /nope: ENOENT", 0) == 0);
}

TEST(check_sys_throws_with_errno_of_failed_call) {
  bool threw = false;
  try {
    kata::checkSys(::open("/definitely/not/here", O_RDONLY), "open /definitely/not/here");
  } catch (const kata::SysError& e) {
    threw = true;
    EXPECT_EQ(e.err(), ENOENT);
  }
  EXPECT(threw);
}

TEST(check_sys_passes_success_through) {
  EXPECT_EQ(kata::checkSys(3, "anything"), 3L);
}
