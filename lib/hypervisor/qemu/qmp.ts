// A QMP client (QEMU Machine Protocol: JSON objects over a unix socket): reads the greeting,
// negotiates capabilities, runs commands one at a time and collects events. QemuVm (vm.ts) uses it
// to ask QEMU's status, hot-plug, save and restore, and to quit it cleanly before any kill. A command may have
// a deadline: a QEMU that does not answer in time (hung, SIGSTOPped) fails it, and the connection
// is closed, since QMP answers in order and a late answer would be taken for the next command's.
import net, { type Socket } from 'node:net';

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

export interface QmpEvent {
  event: string;
  data?: unknown;
}

export class QmpClient {
  private buf = '';
  private readonly queue: Pending[] = [];
  private closedError: Error | undefined;
  readonly events: QmpEvent[] = [];

  private constructor(private readonly sock: Socket, private readonly path: string) {}

  static async connect(path: string, timeoutMs = 5000): Promise<QmpClient> {
    const sock = net.createConnection(path);
    const c = new QmpClient(sock, path);
    const greeting = new Promise<unknown>((resolve, reject) => c.queue.push({ resolve, reject }));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`QMP ${path}: no greeting within ${timeoutMs} ms`)), timeoutMs);
      sock.once('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`QMP ${path}: ${e.message}`));
      });
      sock.on('data', (b: Buffer) => c.onData(b));
      sock.on('close', () => c.fail(new Error(`QMP ${path}: connection closed`)));
      void greeting.then(() => {
        clearTimeout(timer);
        resolve();
      }, reject);
    });
    await c.execute('qmp_capabilities', undefined, timeoutMs);
    return c;
  }

  private onData(b: Buffer): void {
    this.buf += b.toString('utf8');
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl).trim();
      this.buf = this.buf.slice(nl + 1);
      if (!line) continue;
      let msg: Record<string, unknown>;
      try {
        msg = JSON.parse(line) as Record<string, unknown>;
      } catch {
        this.fail(new Error(`QMP ${this.path}: not JSON: ${line.slice(0, 200)}`));
        return;
      }
      if ('event' in msg) {
        this.events.push(msg as unknown as QmpEvent);
        continue;
      }
      const p = this.queue.shift();
      if (!p) continue;
      if ('error' in msg) {
        const e = msg.error as { class?: string; desc?: string };
        p.reject(new Error(`QMP ${this.path}: ${e.class ?? 'Error'}: ${e.desc ?? ''}`));
      } else p.resolve('return' in msg ? msg.return : msg.QMP);
    }
  }

  private fail(e: Error): void {
    this.closedError ??= e;
    for (const p of this.queue.splice(0)) p.reject(e);
  }

  execute(command: string, args?: Record<string, unknown>, timeoutMs?: number): Promise<unknown> {
    if (this.closedError) return Promise.reject(this.closedError);
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const settle = (): void => clearTimeout(timer);
      this.queue.push({ resolve: (v) => (settle(), resolve(v)), reject: (e) => (settle(), reject(e)) });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          this.fail(new Error(`QMP ${this.path}: QEMU did not answer ${command} within ${timeoutMs} ms (hung or stopped); connection closed`));
          this.sock.destroy();
        }, timeoutMs);
      }
      this.sock.write(JSON.stringify(args ? { execute: command, arguments: args } : { execute: command }) + '\n');
    });
  }

  close(): void {
    this.sock.destroy();
  }
}
