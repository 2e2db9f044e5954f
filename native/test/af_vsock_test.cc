#include <cerrno>

#include "common/sys_error.h"
#include "test.h"
#include "af_vsock/af_vsock.h"

TEST(vsock_connect_to_an_absent_peer_fails_with_an_errno) {
  // CID 3 with no VM behind it: the connect fails at once or reports the error through SO_ERROR.
  // Either way the error is a SysError naming the address, never a hang.
  try {
    auto c = kata::vsockConnect(3, 1);
    if (!c.connected) kata::vsockConnectResult(c.fd.get(), 3, 1);
  } catch (const kata::SysError& e) {
    EXPECT(e.context().find("vsock 3:1") != std::string::npos || e.context().find("AF_VSOCK") != std::string::npos);
    return;
  }
}

TEST(vsock_listen_binds_any_cid) {
  try {
    auto fd = kata::vsockListen(kata::kVmaddrCidAny, kata::kVmaddrPortAny, 4);
    auto a = kata::vsockLocalAddr(fd.get());
    EXPECT(a.port != kata::kVmaddrPortAny);
    EXPECT(!kata::vsockAccept(fd.get()).has_value());  // nothing queued: EAGAIN → nullopt
  } catch (const kata::SysError& e) {
    // No vsock transport at all (EAFNOSUPPORT): nothing to check here.
    EXPECT(e.err() == EAFNOSUPPORT || e.err() == ENODEV);
  }
}
