// Port-forward's guest end: the agent listens on vsock PORT_FORWARD_VSOCK_PORT, and each
// connection names a TCP port (lib/common/agent/port-forward-wire.ts) that the agent connects to
// on 127.0.0.1, in its own network namespace — the pod's, where the pod's containers listen —
// then relays bytes both ways until either side closes. What `kubectl port-forward` reaches
// through the runtime (lib/runtime/port-forward.ts).
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { PORT_FORWARD_VSOCK_PORT } from '../../lib/common/agent/ports.js';
import { parseRequest, readLine, relayBoth } from '../../lib/common/agent/port-forward-wire.js';
import type { Logger } from '../../lib/common/log/logger.js';
import { VsockServer } from '../../lib/common/vsock/socket.js';

/** Relays one runtime connection to the guest port it names. */
export async function relayConnection(from: Duplex, log: Logger, host = '127.0.0.1'): Promise<void> {
  let port: number;
  try {
    port = parseRequest(await readLine(from));
  } catch (e) {
    from.end(`ERR ${(e as Error).message}\n`);
    return;
  }
  const to: Socket = connect({ host, port });
  try {
    await new Promise<void>((resolve, reject) => {
      to.once('connect', resolve);
      to.once('error', reject);
    });
  } catch (e) {
    log.debug('port-forward: guest port not reachable', { port, error: e as Error });
    from.end(`ERR connect ${host}:${port}: ${(e as Error).message}\n`);
    return;
  }
  from.write('OK\n');
  relayBoth(from, to);
}

/** Serves port-forward on vsock; a failure to listen costs port-forward, never the agent. */
export function servePortForward(log: Logger, vport = PORT_FORWARD_VSOCK_PORT): () => void {
  try {
    const vs = VsockServer.listen(vport);
    vs.on('connection', (sock) => void relayConnection(sock, log));
    vs.on('error', (e) => log.warn('port-forward accept failed', { port: vport, error: e }));
    return () => vs.close();
  } catch (e) {
    log.warn('port-forward not served', { port: vport, error: e as Error });
    return () => undefined;
  }
}
