// Where an agent listens when this process did not start its VM: a unix socket (an agent started
// with --listen unix:PATH), a sandbox's hybrid vsock socket (CONNECT <port>), or AF_VSOCK where
// the host has vhost-vsock. kata-agent-ctl names one on its command line (lib/cli/agent-ctl.ts);
// connect.ts dials a sandbox's record through the hybrid vsock one.
import type { Socket } from 'node:net';
import { TtrpcClient } from '../common/ttrpc/index.js';
import { connectVsock } from '../common/vsock/socket.js';
import { connectHybridVsock } from '../vsock/hybrid-backend.js';
import type { AgentDialer } from './dial.js';

export type AgentAddress = { kind: 'unix'; path: string } | { kind: 'hybrid-vsock'; uds: string; port: number } | { kind: 'vsock'; cid: number; port: number };

/** One connection attempt to the agent at `addr`. */
export function addressDialer(addr: AgentAddress): AgentDialer {
  return {
    async connect(): Promise<TtrpcClient> {
      if (addr.kind === 'unix') return TtrpcClient.connect(addr.path);
      let socket: Socket;
      if (addr.kind === 'hybrid-vsock') socket = (await connectHybridVsock(addr.uds, addr.port)).socket;
      else socket = await connectVsock(addr.cid, addr.port);
      return new TtrpcClient(socket);
    },
  };
}
