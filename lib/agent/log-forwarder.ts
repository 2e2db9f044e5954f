// The agent's log in the shim's log: reads the JSON lines the agent serves on its log port (vsock
// 1025, guest/agent/log-port.ts) for the life of the sandbox and writes each into the runtime's
// log — the shim's, i.e. containerd's `log` fifo — with source=agent, the sandbox id, and the
// agent's own level, time and fields. The runtime dials the guest (the agent listens, as Kata's
// log_vport), so nothing in the guest waits for the host; the agent keeps what it logged before
// the runtime connected and sends it first. A stream that ends while the sandbox lives is dialled
// again. Started and stopped with the sandbox's guest telemetry (lib/runtime/guest-telemetry.ts).
import type { Socket } from 'node:net';
import type { LogFields, LogLevel, Logger } from '../common/log/logger.js';

const LEVELS = new Set<string>(['debug', 'info', 'warn', 'error']);
/** A longer "line" is not the agent's JSON: it is cut, so a broken stream cannot grow memory. */
const MAX_LINE = 64 * 1024;

export class AgentLogForwarder {
  private stopped = false;
  private sock: Socket | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Lines copied so far (tests, metrics). */
  lines = 0;
  private readonly out: Logger;

  /** dial: one attempt to open the agent's log stream. */
  private constructor(private readonly dial: () => Promise<Socket>, log: Logger, private readonly retryMs = 1000) {
    this.out = log.child({ source: 'agent' });
    this.out.setLevel('debug'); // the agent filtered by its own level (agent.log=) already
  }

  /** Starts dialling; a failed dial or an ended stream is retried after retryMs. */
  static start(dial: () => Promise<Socket>, log: Logger, retryMs = 1000): AgentLogForwarder {
    const f = new AgentLogForwarder(dial, log, retryMs);
    f.connect();
    return f;
  }

  private connect(): void {
    if (this.stopped) return;
    this.dial().then(
      (sock) => {
        if (this.stopped) return void sock.destroy();
        this.sock = sock;
        this.read(sock);
      },
      () => this.again(),
    );
  }

  private again(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => this.connect(), this.retryMs);
    this.timer.unref();
  }

  private read(sock: Socket): void {
    let buf = '';
    sock.setEncoding('utf8');
    sock.on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        this.line(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
      }
      if (buf.length > MAX_LINE) {
        this.line(buf.slice(0, MAX_LINE));
        buf = '';
      }
    });
    sock.on('error', () => undefined); // the VM going away ends the stream; 'close' follows
    sock.on('close', () => {
      if (buf) this.line(buf);
      if (this.sock === sock) this.sock = undefined;
      this.again();
    });
  }

  /** One line from the agent into the log; a line that is not the agent's JSON is kept as text. */
  private line(text: string): void {
    if (!text.trim()) return;
    this.lines++;
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch {
      rec = undefined;
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      this.out.info(text);
      return;
    }
    const { level, msg, ...fields } = rec as LogFields;
    const lvl: LogLevel = typeof level === 'string' && LEVELS.has(level) ? (level as LogLevel) : 'info';
    this.out.log(lvl, typeof msg === 'string' ? msg : JSON.stringify(msg ?? ''), fields);
  }

  /** Stops reading and dialling; idempotent. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.sock?.destroy();
    this.sock = undefined;
  }
}
