// How the runtime reaches the agent in a sandbox's VM, and the agent's debug console:
//  - hybrid-vsock: QEMU's vhost-user-vsock-pci served by the addon's back-end in this process
//    (no /dev/vhost-vsock on the host); the agent listens on vsock 1024, the debug console on
//    1026, and the host dials them through the back-end's unix socket (CONNECT <port>).
//  - virtio-serial: named virtio-serial ports whose host ends are unix sockets (no vsock at all).
// One object per sandbox: what the VM (its devices) and the kernel command line need, one dial
// attempt, and stop.
// Planned by lib/runtime/sandbox-vm.ts (for sandboxes and the VM template), dialled through
// connect.ts; `kata-runtime exec` dials the debug console from the record.
import type { Socket } from 'node:net';
import { join } from 'node:path';
import type { AgentChannel } from '../config/types.js';
import type { VmDevices } from '../hypervisor/plan.js';
import { AGENT_VSOCK_PORT } from '../common/agent/ports.js';
import { TtrpcClient } from '../common/ttrpc/index.js';
import { GUEST_CID } from '../vsock/guest-cid.js';
import { type HybridVsockBackend, startHybridVsock } from '../vsock/hybrid-backend.js';

/** The agent's virtio-serial port (agent.listen=serial:), Kata's name. */
export const AGENT_CHANNEL = 'agent.channel.0';
/** The debug console's virtio-serial port (agent.debug_console_serial=), when it is enabled. */
export const DEBUG_CONSOLE_CHANNEL = 'agent.debug_console.0';

/** What the sandbox's record (lib/runtime/state.ts) keeps of the channel. */
export interface ChannelRecord {
  /** virtio-serial: the agent port's host socket; hybrid-vsock: the hybrid vsock socket. */
  agentSocket: string;
  /** Set for hybrid-vsock: dials guest vsock ports (CONNECT <port>). */
  vsockSocket?: string;
  /** virtio-serial only, when the debug console is on: the host end of its port. */
  debugConsoleSocket?: string;
}

const BACKEND_STOP_MS = 5000;

export class SandboxChannel {
  private backend: HybridVsockBackend | undefined;

  private constructor(
    readonly kind: AgentChannel,
    readonly kernelParams: string[],
    readonly devices: Pick<VmDevices, 'agentChannel' | 'debugConsoleChannel' | 'vhostUserVsock'>,
    readonly record: ChannelRecord,
    private readonly vhostSocket: string | undefined,
  ) {}

  static plan(kind: AgentChannel, dir: string, debugConsole: boolean): SandboxChannel {
    if (kind === 'hybrid-vsock') {
      const vhost = join(dir, 'vhost-vsock.sock');
      const uds = join(dir, 'kata.hvsock');
      return new SandboxChannel(kind, debugConsole ? ['agent.debug_console'] : [], { vhostUserVsock: { socket: vhost } }, { agentSocket: uds, vsockSocket: uds }, vhost);
    }
    const agentSocket = join(dir, 'agent.sock');
    const consoleSocket = debugConsole ? join(dir, 'console.sock') : undefined;
    return new SandboxChannel(
      kind,
      [`agent.listen=serial:${AGENT_CHANNEL}`, ...(consoleSocket ? ['agent.debug_console', `agent.debug_console_serial=${DEBUG_CONSOLE_CHANNEL}`] : [])],
      { agentChannel: { socket: agentSocket, name: AGENT_CHANNEL }, ...(consoleSocket ? { debugConsoleChannel: { socket: consoleSocket, name: DEBUG_CONSOLE_CHANNEL } } : {}) },
      { agentSocket, ...(consoleSocket ? { debugConsoleSocket: consoleSocket } : {}) },
      undefined,
    );
  }

  /** Starts what must listen before QEMU starts: the vhost-user back-end QEMU connects to. */
  start(): void {
    if (this.vhostSocket && !this.backend) this.backend = startHybridVsock({ vhostSocket: this.vhostSocket, udsPath: this.record.vsockSocket!, guestCid: GUEST_CID });
  }

  /** One attempt to reach the agent; rejects while it does not listen yet. */
  async connect(): Promise<TtrpcClient> {
    if (this.kind === 'virtio-serial') return TtrpcClient.connect(this.record.agentSocket);
    if (!this.backend) throw new Error('the vsock back-end is not started');
    const failed = this.backend.error();
    if (failed) throw new Error(`the vsock back-end stopped: ${failed}`);
    // Through the back-end: a VM that dies under the connection ends it with an error, not an EOF.
    const { socket } = await this.backend.connect(AGENT_VSOCK_PORT, 5000);
    return new TtrpcClient(socket);
  }

  /**
   * One attempt to open a stream to another guest vsock port (the agent's log port); only the
   * hybrid-vsock channel has them, so undefined for virtio-serial.
   */
  dialPort(port: number): (() => Promise<Socket>) | undefined {
    if (this.kind !== 'hybrid-vsock') return undefined;
    return async () => {
      if (!this.backend) throw new Error('the vsock back-end is stopped');
      return (await this.backend.connect(port, 5000)).socket;
    };
  }

  /** Why the vsock back-end's thread ended early, or null (running, stopped on purpose, or virtio-serial). */
  error(): string | null {
    return this.backend?.error() ?? null;
  }

  /**
   * Stops the back-end (its streams end); idempotent. Returns a problem to report when its thread
   * was hung and did not end within 5 s (it is then left behind until the shim exits).
   */
  stop(): string | undefined {
    const stopped = this.backend?.stop(BACKEND_STOP_MS) ?? true;
    this.backend = undefined;
    return stopped ? undefined : `the vsock back-end's thread did not stop within ${BACKEND_STOP_MS} ms (hung); it is left until the shim exits`;
  }
}
