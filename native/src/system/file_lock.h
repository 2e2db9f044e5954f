// An advisory lock on an open file (flock(2)) as a cross-process mutex whose holder can die
// without leaving it taken: the kernel drops the lock when the last descriptor of that open file
// is closed, however the process ends. The runtime's VM start slots (lib/runtime/start-slots.ts)
// are such files.
#pragma once

namespace kata::sys {

// Takes an exclusive lock on fd's open file without waiting: true when taken (or already held
// through this open file), false when another open file of it holds one. Throws SysError for
// anything else (a bad fd).
bool tryLockExclusive(int fd);

}  // namespace kata::sys
