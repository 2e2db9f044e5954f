// Shared fixtures for the ttrpc tests: a unique socket directory per test, a logger whose lines the
// test can read, a small Echo service built on ttrpc.KeyValue, and a raw frame-level peer for
// sending what a well-behaved implementation never would.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '../../lib/common/log/logger.js';
import { ttrpc } from '../../lib/common/proto/gen/protocols.js';
import { FrameParser, TtrpcClient, TtrpcServer, method, type Frame, type ServiceDefinition } from '../../lib/common/ttrpc/index.js';

export interface Teardown {
  teardown(fn: () => unknown): void;
}

export function socketDir(t: Teardown): string {
  const dir = mkdtempSync(join(tmpdir(), 'kata-ts-ttrpc-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface CapturedLog {
  logger: Logger;
  lines: Record<string, unknown>[];
}

export function captureLog(component = 'ttrpc-test'): CapturedLog {
  const lines: Record<string, unknown>[] = [];
  const logger = new Logger({
    component,
    level: 'debug',
    stream: { write: (s: string) => (lines.push(JSON.parse(s) as Record<string, unknown>), true) },
  });
  return { logger, lines };
}

export const ECHO = 'kata.test.Echo';

/** Echo: returns the request; Sleep: waits `value` ms or until aborted; Fail: throws what `key` says. */
export function echoService(onCall?: (m: string) => void): ServiceDefinition {
  return {
    serviceName: ECHO,
    methods: {
      Echo: method({
        requestType: ttrpc.KeyValue,
        responseType: ttrpc.KeyValue,
        handler: (req: ttrpc.KeyValue) => {
          onCall?.('Echo');
          return { key: req.key, value: req.value };
        },
      }),
      Sleep: method({
        requestType: ttrpc.KeyValue,
        responseType: ttrpc.KeyValue,
        handler: async (req: ttrpc.KeyValue, ctx) => {
          onCall?.('Sleep');
          await sleep(Number(req.value), undefined, { signal: ctx.signal }).catch(() => undefined);
          return { key: ctx.signal.aborted ? 'aborted' : 'slept', value: String(ctx.deadline ?? '') };
        },
      }),
      Meta: method({
        requestType: ttrpc.KeyValue,
        responseType: ttrpc.KeyValue,
        handler: (req: ttrpc.KeyValue, ctx) => ({ key: req.key, value: JSON.stringify(ctx.metadata) }),
      }),
      Big: method({
        requestType: ttrpc.KeyValue,
        responseType: ttrpc.KeyValue,
        handler: (req: ttrpc.KeyValue) => ({ key: 'big', value: 'x'.repeat(Number(req.value)) }),
      }),
      Fail: method({
        requestType: ttrpc.KeyValue,
        responseType: ttrpc.KeyValue,
        handler: (req: ttrpc.KeyValue): ttrpc.IKeyValue => {
          if (req.key === 'coded') throw Object.assign(new Error('no such container'), { code: 5 });
          if (req.key === 'string') throw 'a thrown string';
          throw new Error('plain failure');
        },
      }),
    },
  };
}

export async function startServer(t: Teardown, dir: string, logger?: Logger, opts: { partialFrameTimeoutMs?: number } = {}): Promise<{ server: TtrpcServer; path: string }> {
  const server = new TtrpcServer({ logger: logger ?? captureLog().logger, ...opts });
  server.register(echoService());
  const path = join(dir, `srv-${Math.random().toString(36).slice(2)}.sock`);
  await server.listen(path);
  t.teardown(() => server.close());
  return { server, path };
}

export async function connect(t: Teardown, path: string): Promise<TtrpcClient> {
  const c = await TtrpcClient.connect(path);
  t.teardown(() => c.close());
  return c;
}

export function echo(c: TtrpcClient, key: string, value = '', m = 'Echo', opts = {}): Promise<ttrpc.KeyValue> {
  return c.call(ECHO, m, ttrpc.KeyValue, ttrpc.KeyValue, { key, value }, opts);
}

/** A raw socket that collects the frames the peer sends and lets the test write any bytes. */
export class RawPeer {
  readonly frames: Frame[] = [];
  private readonly parser = new FrameParser(Number.MAX_SAFE_INTEGER);
  private waiters: (() => void)[] = [];
  closed = false;

  constructor(readonly sock: net.Socket) {
    sock.on('data', (chunk: Buffer) => {
      for (const ev of this.parser.push(chunk)) if (ev.kind === 'frame') this.frames.push(ev.frame);
      this.wake();
    });
    sock.on('close', () => {
      this.closed = true;
      this.wake();
    });
    sock.on('error', () => undefined);
  }

  static connect(t: Teardown, path: string): Promise<RawPeer> {
    return new Promise((resolve, reject) => {
      const s = net.connect(path, () => resolve(new RawPeer(s)));
      s.once('error', reject);
      t.teardown(() => s.destroy());
    });
  }

  write(b: Uint8Array): void {
    this.sock.write(b);
  }

  async until(cond: () => boolean, what: string, ms = 5000): Promise<void> {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/** A ttrpc server socket whose connections the test drives frame by frame. */
export async function rawServer(t: Teardown, dir: string): Promise<{ path: string; peer: Promise<RawPeer> }> {
  const path = join(dir, `raw-${Math.random().toString(36).slice(2)}.sock`);
  let accept!: (p: RawPeer) => void;
  const peer = new Promise<RawPeer>((r) => (accept = r));
  const srv = net.createServer((s) => {
    t.teardown(() => s.destroy());
    accept(new RawPeer(s));
  });
  await new Promise<void>((r) => srv.listen(path, r));
  t.teardown(() => new Promise<void>((r) => srv.close(() => r())));
  return { path, peer };
}

export function decodeRequest(f: Frame): ttrpc.Request {
  return ttrpc.Request.decode(f.body);
}

export function decodeResponse(f: Frame): ttrpc.Response {
  return ttrpc.Response.decode(f.body);
}
