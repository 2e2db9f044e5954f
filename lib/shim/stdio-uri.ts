// What containerd's stdout/stderr strings in Create and Exec mean (pkg/process/io.go): a bare
// path or fifo:// is a FIFO the client reads; file:///p appends stdout and stderr to the file p;
// binary:///p?k=v starts the logging binary p with arguments "k v" (cio.LogURI, ctr --log-uri).
// Called by io.ts, which wires each kind.
export type StdioTarget = { kind: 'fifo'; path: string } | { kind: 'file'; path: string } | { kind: 'binary'; path: string; args: string[] };

export function parseStdioTarget(s: string): StdioTarget {
  if (!s.includes('://')) return { kind: 'fifo', path: s };
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new Error(`stdio ${JSON.stringify(s)} is not a valid URI`);
  }
  const path = decodeURIComponent(u.pathname);
  if (!path.startsWith('/')) throw new Error(`stdio ${JSON.stringify(s)}: the path must be absolute`);
  switch (u.protocol) {
    case 'fifo:':
      return { kind: 'fifo', path };
    case 'file:':
      return { kind: 'file', path };
    case 'binary:': {
      // As containerd does: each query key, then its first value when it has one.
      const args: string[] = [];
      for (const k of new Set(u.searchParams.keys())) {
        args.push(k);
        const v = u.searchParams.get(k);
        if (v) args.push(v);
      }
      return { kind: 'binary', path, args };
    }
    default:
      throw new Error(`stdio ${JSON.stringify(s)}: unknown scheme ${u.protocol.replace(/:$/, '')} (fifo, file and binary are supported)`);
  }
}
