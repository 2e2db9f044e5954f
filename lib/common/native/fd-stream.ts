// A net.Socket over a stream fd the addon handed us (a vsock connection, a pipe, a pty master):
// libuv's own buffering and back-pressure, without a copy loop in JavaScript.
//
// Why a pipe handle: net.Socket({fd}) refuses fds whose type libuv's uv_guess_handle does not
// know (vsock reports UNKNOWN). libuv's pipe handle only needs a non-blocking stream fd
// (read/write/shutdown), so the fd is opened as a Pipe and handed to net.Socket. The Pipe class
// comes from process.binding('pipe_wrap') (DEP0111, documentation-only deprecation in Node 20);
// if a future Node removes it, this is the one place to change (the alternative is a read/write
// loop over lib/common/native/poll.ts). Used by lib/common/vsock/socket.ts and guest/agent/container/process.ts.
import { Socket } from 'node:net';
import { loadAddon } from './addon.js';

interface PipeHandle {
  open(fd: number): number;
}
interface PipeWrapBinding {
  Pipe: new (type: number) => PipeHandle;
  constants: { SOCKET: number };
}

let pipeWrap: PipeWrapBinding | undefined;

/** A net.Socket over fd (takes ownership of it; closes it when the wrap fails). */
export function streamFromFd(fd: number, dir: { readable: boolean; writable: boolean } = { readable: true, writable: true }): Socket {
  pipeWrap ??= (process as unknown as { binding(name: string): PipeWrapBinding }).binding('pipe_wrap');
  const handle = new pipeWrap.Pipe(pipeWrap.constants.SOCKET);
  const rc = handle.open(fd);
  if (rc !== 0) {
    loadAddon().closeFd(fd);
    throw new Error(`open a stream on fd ${fd}: libuv error ${rc}`);
  }
  return new Socket({ handle, ...dir } as unknown as ConstructorParameters<typeof Socket>[0]);
}
