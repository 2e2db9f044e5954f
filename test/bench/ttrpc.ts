// Bench suite "ttrpc": small unary calls per second on one connection over a unix socket, one call
// in flight (latency-bound, like the shim's sequential agent calls) and 64 in flight (throughput).
// Client and server run in this one process, so both share one core's event loop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../lib/common/log/logger.js';
import { ttrpc } from '../../lib/common/proto/gen/protocols.js';
import { TtrpcClient, TtrpcServer } from '../../lib/common/ttrpc/index.js';
import type { BenchRow, BenchSuite } from './result.js';

const SERVICE = 'kata.bench.Echo';
const DURATION_MS = 2000;

async function measure(client: TtrpcClient, inFlight: number): Promise<number> {
  const req = { key: 'container-id', value: 'a small request of about fifty bytes, like most' };
  const call = () => client.call(SERVICE, 'Echo', ttrpc.KeyValue, ttrpc.KeyValue, req);
  for (let i = 0; i < 2000; i++) await call(); // warm up the JIT
  let done = 0;
  const end = performance.now() + DURATION_MS;
  const start = performance.now();
  const worker = async () => {
    while (performance.now() < end) {
      await call();
      done++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return done / ((performance.now() - start) / 1000);
}

export const ttrpcSuite: BenchSuite = {
  name: 'ttrpc',
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(join(tmpdir(), 'kata-ts-bench-ttrpc-'));
    const server = new TtrpcServer({ logger: silentLogger() });
    server.register({
      serviceName: SERVICE,
      methods: { Echo: { requestType: ttrpc.KeyValue, responseType: ttrpc.KeyValue, handler: (req) => req } },
    });
    let client: TtrpcClient | undefined;
    try {
      const path = join(dir, 'bench.sock');
      await server.listen(path);
      client = await TtrpcClient.connect(path);
      const rows: BenchRow[] = [];
      for (const inFlight of [1, 64]) {
        rows.push({
          suite: 'ttrpc',
          name: `unary calls/s, ${inFlight} in flight`,
          value: Math.round(await measure(client, inFlight)),
          unit: 'calls/s',
          note: 'one unix-socket connection, client and server in one process',
        });
      }
      return rows;
    } finally {
      client?.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
