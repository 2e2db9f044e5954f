// Bench suite "tracing": what tracing costs while it is off — agent calls (unary ttrpc over a unix
// socket, one in flight, as the runtime makes them) through the runtime's traced client
// (lib/agent/call-spans.ts, tracing off) against the same calls made directly, alternated in
// rounds in one run. Tracing is never turned on here (it is process-wide and would stay on for the
// suites after this one).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../lib/common/log/logger.js';
import { ttrpc } from '../../lib/common/proto/gen/protocols.js';
import { type CallOptions, TtrpcClient, TtrpcServer } from '../../lib/common/ttrpc/index.js';
import { tracedAgent } from '../../lib/agent/call-spans.js';
import { tracingEnabled } from '../../lib/common/trace/tracer.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

const SERVICE = 'kata.bench.Echo';
const ROUND_MS = 500;
const ROUNDS = 6;

async function rate(call: () => Promise<unknown>): Promise<number> {
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < ROUND_MS) {
    await call();
    done++;
  }
  return done / ((performance.now() - start) / 1000);
}

export const tracingSuite: BenchSuite = {
  name: 'tracing',
  async run(): Promise<BenchRow[]> {
    if (tracingEnabled()) throw new Error('tracing is on in this process; the suite measures it off');
    const dir = mkdtempSync(join(tmpdir(), 'kata-ts-bench-tracing-'));
    const server = new TtrpcServer({ logger: silentLogger() });
    server.register({ serviceName: SERVICE, methods: { Echo: { requestType: ttrpc.KeyValue, responseType: ttrpc.KeyValue, handler: (req) => req } } });
    let client: TtrpcClient | undefined;
    try {
      const path = join(dir, 'bench.sock');
      await server.listen(path);
      const c = await TtrpcClient.connect(path);
      client = c;
      const req = { key: 'containerId', value: 'c1' };
      const direct = { Echo: (r: typeof req, opts?: CallOptions) => c.call(SERVICE, 'Echo', ttrpc.KeyValue, ttrpc.KeyValue, r, opts) };
      const traced = tracedAgent(direct);
      for (let i = 0; i < 2000; i++) await Promise.all([direct.Echo(req), traced.Echo(req)]); // JIT warm-up
      const plain: number[] = [];
      const off: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        plain.push(await rate(() => direct.Echo(req)));
        off.push(await rate(() => traced.Echo(req)));
      }
      return [
        {
          suite: 'tracing',
          name: 'agent calls/s through the traced client, tracing off',
          value: Math.round(median(off)),
          unit: 'calls/s',
          reference: { label: 'direct calls', value: Math.round(median(plain)) },
          note: `median of ${ROUNDS} alternated rounds of ${ROUND_MS} ms, one call in flight`,
        },
      ];
    } finally {
      client?.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
