// Where the agent listens: `vsock:PORT` in a VM (the default, port from agent.port=),
// `serial:NAME` for a named virtio-serial port (a channel that needs no vsock device on the host,
// as Kata 1.x's agent.channel), or `unix:PATH` so tests and tools can run the same agent on the
// host. Parsed by main.ts and from agent.listen= on the kernel command line.
export type ListenAddress = { kind: 'vsock'; port: number } | { kind: 'unix'; path: string } | { kind: 'serial'; name: string };

export function parseListenAddress(text: string): ListenAddress {
  const colon = text.indexOf(':');
  const scheme = colon < 0 ? text : text.slice(0, colon);
  const rest = colon < 0 ? '' : text.slice(colon + 1);
  if (scheme === 'unix') {
    if (!rest.startsWith('/')) throw new Error(`listen address ${JSON.stringify(text)}: unix: needs an absolute socket path`);
    return { kind: 'unix', path: rest };
  }
  if (scheme === 'vsock') {
    const port = Number(rest);
    if (!/^\d+$/.test(rest) || port < 1 || port > 0xfffffffe) throw new Error(`listen address ${JSON.stringify(text)}: vsock: needs a port number`);
    return { kind: 'vsock', port };
  }
  if (scheme === 'serial') {
    if (!/^[A-Za-z0-9._-]+$/.test(rest)) throw new Error(`listen address ${JSON.stringify(text)}: serial: needs a virtio-serial port name`);
    return { kind: 'serial', name: rest };
  }
  throw new Error(`listen address ${JSON.stringify(text)}: expected unix:PATH, vsock:PORT or serial:NAME`);
}

export function formatListenAddress(a: ListenAddress): string {
  return a.kind === 'unix' ? `unix:${a.path}` : a.kind === 'vsock' ? `vsock:${a.port}` : `serial:${a.name}`;
}
