// The port-forward relay's opening, agreed by the runtime (lib/runtime/port-forward.ts) and the
// agent (guest/agent/port-forward.ts): on a fresh connection to PORT_FORWARD_VSOCK_PORT the runtime
// sends "<port>\n"; the agent connects to 127.0.0.1:<port> in the guest and answers "OK\n", or
// "ERR <reason>\n" and closes. After OK the connection carries the forwarded bytes both ways.
import type { Duplex } from 'node:stream';

/** Longest opening line either side accepts: a port or an error, never a stream. */
export const MAX_LINE = 256;

export function requestLine(port: number): string {
  return `${port}\n`;
}

/** The port a request line names; throws naming what is wrong. */
export function parseRequest(line: string): number {
  if (!/^\d{1,5}$/.test(line)) throw new Error(`port-forward: bad request ${JSON.stringify(line.slice(0, 40))}`);
  const port = Number(line);
  if (port < 1 || port > 65535) throw new Error(`port-forward: port ${port} is out of range`);
  return port;
}

/**
 * Reads one line (without its newline) from the stream; any bytes after it are pushed back.
 * Rejects when the stream ends first or the line is longer than MAX_LINE.
 */
export function readLine(s: Duplex): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = Buffer.alloc(0);
    const done = (): void => {
      s.off('data', onData);
      s.off('end', onEnd);
      s.off('error', onError);
      s.pause();
    };
    const onData = (d: Buffer): void => {
      buf = Buffer.concat([buf, d]);
      const nl = buf.indexOf(0x0a);
      if (nl >= 0) {
        done();
        if (nl + 1 < buf.length) s.unshift(buf.subarray(nl + 1));
        resolve(buf.subarray(0, nl).toString('utf8'));
      } else if (buf.length > MAX_LINE) {
        done();
        reject(new Error(`port-forward: opening line longer than ${MAX_LINE} bytes`));
      }
    };
    const onEnd = (): void => {
      done();
      reject(new Error('port-forward: the connection ended before its opening line'));
    };
    const onError = (e: Error): void => {
      done();
      reject(e);
    };
    s.on('data', onData);
    s.once('end', onEnd);
    s.once('error', onError);
  });
}

/** After the opening: bytes both ways until either side closes or fails, which closes both. */
export function relayBoth(a: Duplex, b: Duplex): void {
  const close = (): void => {
    a.destroy();
    b.destroy();
  };
  a.on('error', close).on('close', close);
  b.on('error', close).on('close', close);
  a.pipe(b);
  b.pipe(a);
  a.resume();
  b.resume();
}
