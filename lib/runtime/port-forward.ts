// Port-forward into a pod's VM. containerd's CRI serves `kubectl port-forward` (CRI PortForward)
// by connecting to 127.0.0.1:PORT inside the pod's network namespace on the host, where nothing
// listens: the pod's servers are in the guest. So the runtime listens on 127.0.0.1 in that
// namespace (a socket made there by the addon), and one nat rule there redirects every other TCP
// connection to 127.0.0.1 onto that listener. Each connection's original port (SO_ORIGINAL_DST)
// goes to the agent over hybrid vsock (lib/common/agent/port-forward-wire.ts), which connects to
// 127.0.0.1:PORT in the guest, and the bytes are relayed both ways. The rule goes with the
// listener, and with the namespace when the pod is removed.
import { execFile } from 'node:child_process';
import { type Server, type Socket, createServer } from 'node:net';
import { promisify } from 'node:util';
import { readLine, relayBoth, requestLine } from '../common/agent/port-forward-wire.js';
import type { Logger } from '../common/log/logger.js';
import { loadAddon } from '../common/native/addon.js';

const run = promisify(execFile);
/** Marks our rule, so it is the one removed (and a reader of `iptables -S` knows whose it is). */
const RULE_COMMENT = 'kata-ts port-forward';

/** The nat OUTPUT rule that sends loopback TCP (but the listener's own port) to the listener. */
export function redirectRule(listenPort: number): string[] {
  return ['OUTPUT', '-o', 'lo', '-p', 'tcp', '-d', '127.0.0.1/32', '!', '--dport', String(listenPort), '-m', 'comment', '--comment', RULE_COMMENT, '-j', 'REDIRECT', '--to-ports', String(listenPort)];
}

async function iptables(netns: string, args: string[]): Promise<void> {
  try {
    await run('nsenter', [`--net=${netns}`, 'iptables', '-w', '5', '-t', 'nat', ...args], { timeout: 10000 });
  } catch (e) {
    const err = e as Error & { stderr?: string };
    throw new Error(`iptables -t nat ${args.join(' ')} in ${netns}: ${(err.stderr ?? '').trim() || err.message}`);
  }
}

/** A connection's file descriptor, for SO_ORIGINAL_DST (Node keeps it on the socket's handle). */
function socketFd(s: Socket): number {
  const handle = (s as unknown as { _handle?: { fd?: unknown } })._handle;
  if (typeof handle?.fd !== 'number' || handle.fd < 0) throw new Error('port-forward: the connection has no file descriptor');
  return handle.fd;
}

export class PortForwarder {
  private readonly open = new Set<Socket>();

  private constructor(
    private readonly netns: string,
    private readonly server: Server,
    /** The listener's port on 127.0.0.1 in the pod's namespace. */
    readonly port: number,
    private readonly log: Logger,
  ) {}

  /** The redirect rule's addition (off the pod's start path); rejects naming why it failed. */
  private ruleAdded: Promise<void> = Promise.resolve();

  /**
   * Listens in the pod's network namespace and adds the redirect in the background (an iptables
   * run costs tens of ms the pod's start need not wait for; a failure is logged); `dial` opens a
   * connection to the agent's port-forward port. Throws naming what failed (nothing is left then).
   */
  static async start(netns: string, dial: () => Promise<Socket>, log: Logger): Promise<PortForwarder> {
    const l = loadAddon().listenLoopback(netns, 0);
    const server = createServer({ pauseOnConnect: true });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ fd: l.fd }, () => resolve());
      });
    } catch (e) {
      server.close();
      loadAddon().closeFd(l.fd);
      throw new Error(`port-forward: listen in ${netns}: ${(e as Error).message}`, { cause: e });
    }
    const f = new PortForwarder(netns, server, l.port, log);
    server.on('connection', (c) => void f.relay(c, dial));
    f.ruleAdded = iptables(netns, ['-A', ...redirectRule(l.port)]);
    f.ruleAdded.then(
      () => log.debug('port-forward listening in the pod network namespace', { netns, port: l.port }),
      (e: Error) => log.warn('port-forward not available for this pod: its redirect rule was not added', { error: e.message }),
    );
    return f;
  }

  private async relay(c: Socket, dial: () => Promise<Socket>): Promise<void> {
    this.open.add(c);
    c.once('close', () => this.open.delete(c));
    let port = 0;
    try {
      port = loadAddon().originalDestination(socketFd(c)).port;
      const g = await dial();
      this.open.add(g);
      g.once('close', () => this.open.delete(g));
      g.write(requestLine(port));
      const answer = await readLine(g);
      if (answer !== 'OK') throw new Error(answer.replace(/^ERR /, ''));
      relayBoth(c, g);
    } catch (e) {
      this.log.warn('port-forward connection refused', { port, error: (e as Error).message });
      c.destroy();
    }
  }

  private closeServer(): Promise<void> {
    for (const s of this.open) s.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Removes the redirect and closes the listener and every forwarded connection. */
  async stop(): Promise<void> {
    const added = await this.ruleAdded.then(
      () => true,
      () => false,
    );
    const removed = added ? iptables(this.netns, ['-D', ...redirectRule(this.port)]).catch((e: Error) => e) : undefined;
    await this.closeServer();
    const e = await removed;
    // A namespace already gone took the rule with it.
    if (e instanceof Error && !/No such file|Invalid argument|cannot open|setns/i.test(e.message)) throw e;
  }
}
