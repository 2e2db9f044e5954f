// The client end of CRI port-forward, as kubelet's streaming server speaks it: PortForward gives a
// one-use URL on the CRI plugin's streaming server, which takes a WebSocket with the channel
// protocol `v4.channel.k8s.io`. Every binary message starts with its channel's number: for the
// request's one port, 0 carries the data both ways and 1 the server's errors, and the server
// begins each channel with the port as a little-endian uint16. One local connection is one
// WebSocket (the protocol cannot multiplex more). Used by `kata-crictl port-forward`.
import { type Server, type Socket, createServer } from 'node:net';
import WebSocket from 'ws';
import type { CriClient } from './client.js';

export const PORT_FORWARD_PROTOCOL = 'v4.channel.k8s.io';
const DATA = 0;
const ERROR = 1;

/** Relays one local connection to `port` of the pod through a streaming server URL. */
export function relayThrough(url: string, port: number, local: Socket, onError: (message: string) => void): void {
  const ws = new WebSocket(url.replace(/^http/, 'ws'), [PORT_FORWARD_PROTOCOL]);
  ws.binaryType = 'nodebuffer';
  const seenPort = new Set<number>();
  let errorText = '';
  local.pause();
  ws.on('open', () => {
    local.on('data', (d: Buffer) => ws.send(Buffer.concat([Buffer.from([DATA]), d])));
    local.resume();
  });
  ws.on('message', (raw: Buffer) => {
    if (raw.length === 0) return;
    const channel = raw[0]!;
    const body = raw.subarray(1);
    // Each channel's first message is the port it is for.
    if (!seenPort.has(channel)) {
      seenPort.add(channel);
      if (body.length >= 2 && body.readUInt16LE(0) === port) {
        const rest = body.subarray(2);
        if (rest.length === 0) return;
        if (channel === DATA) local.write(rest);
        else errorText += rest.toString('utf8');
        return;
      }
    }
    if (channel === DATA) local.write(body);
    else if (channel === ERROR) errorText += body.toString('utf8');
  });
  const finish = (): void => {
    if (errorText) onError(errorText.trim());
    errorText = '';
    local.end();
  };
  ws.on('close', finish);
  ws.on('error', (e) => {
    onError(`port-forward stream: ${e.message}`);
    local.destroy();
  });
  // The protocol has no half-close: a client that is done sending still gets the answer, until
  // the pod's side closes (the stream's end) or the client closes.
  local.on('error', () => ws.terminate());
  local.on('close', () => ws.readyState === WebSocket.OPEN && ws.close());
}

export interface LocalForward {
  server: Server;
  /** The local port (the kernel's choice when 0 was asked). */
  port: number;
  /** Stops listening and ends every forwarded connection. */
  close(): void;
}

/**
 * Listens on 127.0.0.1:localPort and forwards each connection to the pod's remotePort, with a
 * fresh PortForward call each (the URL is good for one stream).
 */
export async function forwardLocal(client: CriClient, podId: string, localPort: number, remotePort: number, onError: (message: string) => void): Promise<LocalForward> {
  const open = new Set<Socket>();
  const server = createServer({ pauseOnConnect: true, allowHalfOpen: true }, (local) => {
    open.add(local);
    local.once('close', () => open.delete(local));
    client.portForward(podId, [remotePort]).then(
      (r) => relayThrough(r.url, remotePort, local, onError),
      (e: Error) => {
        onError(`PortForward ${podId}: ${e.message}`);
        local.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(localPort, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  return {
    server,
    port: typeof addr === 'object' && addr ? addr.port : localPort,
    close: () => {
      server.close();
      for (const s of open) s.destroy();
    },
  };
}
