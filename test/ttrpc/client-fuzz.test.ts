// The host's ttrpc client against a hostile agent (issue 34): a fixed-seed run of the mutation fuzzer
// (test/fuzz/ttrpc-client.ts) and the regression cases of what it found, plus the size limits a
// guest must not get past.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { healthService } from '../../lib/common/agent/api.js';
import { packageRoot } from '../../lib/common/package-root.js';
import { grpc, ttrpc } from '../../lib/common/proto/gen/protocols.js';
import {
  Code,
  ConnectionClosedError,
  FrameError,
  FrameParser,
  HEADER_LENGTH,
  MESSAGE_LENGTH_MAX,
  MessageType,
  TtrpcError,
  TtrpcServer,
  encodeFrame,
  serviceClient,
} from '../../lib/common/ttrpc/index.js';
import { HELP, forceGc, fuzzTtrpcClient, formatResult, parseArgs, type CaseReport } from '../fuzz/ttrpc-client.js';
import { ECHO, RawPeer, captureLog, connect, echoService, rawServer, socketDir } from './helpers.js';

const SEED = 34; // the number; any fixed seed would do
const ITERATIONS = 1500;
const SERVING = grpc.HealthCheckResponse.ServingStatus.SERVING;

function header(length: number, id: number, type: number): Buffer {
  const h = Buffer.alloc(HEADER_LENGTH);
  h.writeUInt32BE(length >>> 0, 0);
  h.writeUInt32BE(id, 4);
  h[8] = type;
  return h;
}

function checkAnswer(id: number): Buffer {
  const body = ttrpc.Response.encode({ payload: grpc.HealthCheckResponse.encode({ status: SERVING }).finish() }).finish();
  return encodeFrame(id, MessageType.Response, body);
}

t.test(`fuzz, seed ${SEED}, ${ITERATIONS} cases: every call settles well-typed or with a TtrpcError, memory bounded`, async (t) => {
  const reports: CaseReport[] = [];
  const r = await fuzzTtrpcClient({ seed: SEED, iterations: ITERATIONS, onCase: (c) => reports.push(c) });
  t.comment(formatResult(r));
  t.same(r.failures, [], 'no case failed a property (each failure names its --case)');
  t.equal(r.cases, ITERATIONS);
  t.ok(r.resolved > ITERATIONS / 4 && r.rejected > ITERATIONS / 4, `both outcomes are common (${r.resolved} resolved, ${r.rejected} rejected)`);
  t.ok(r.exactChecks > r.calls / 3, `${r.exactChecks} of ${r.calls} calls checked against the outcome ttrpc prescribes`);
  t.ok(r.replays > 20, `${r.replays} re-chunked replays agreed`);
  t.ok(r.followUps > 20, `${r.followUps} connections that survived garbage still answered`);
  for (const code of ['Unavailable', 'Internal', 'DeadlineExceeded', 'ResourceExhausted', 'Canceled']) {
    t.ok((r.rejectedBy[code] ?? 0) > 0, `some calls end ${code}`);
  }
  for (const m of ['payload:pb-length', 'envelope:pb-length', 'payload:pb-group-bomb', 'hdr-length', 'hdr-type', 'unsolicited:stray-response', 'unsolicited:foreign-type', 'unsolicited:unknown-type', 'unsolicited:oversize', 'splice-frame', 'truncate', 'bitflip', 'insert', 'delete']) {
    t.ok((r.mutations[m] ?? 0) > 0, `mutation ${m} was exercised (${r.mutations[m] ?? 0} cases)`);
  }
  t.ok(r.maxClientBuffered < HEADER_LENGTH + MESSAGE_LENGTH_MAX, `the client's framer held at most ${r.maxClientBuffered} bytes`);
  t.ok(r.maxHeapUsed < 256 << 20, `heapUsed stayed under 256 MiB (max ${(r.maxHeapUsed / 2 ** 20).toFixed(1)} MiB)`);
  t.ok(r.heapAfterGc !== undefined && r.heapAfterGc.end - r.heapAfterGc.warm < 16 << 20, 'the heap after GC did not grow by 16 MiB from the warm-up to the end');

  // A case replays alone to the same stream: what a failure report needs.
  const k = reports.find((c) => c.mutations.length >= 3 && c.special === 'none')!;
  const again: CaseReport[] = [];
  await fuzzTtrpcClient({ seed: SEED, only: [k.index], onCase: (c) => again.push(c) });
  t.same([again[0]!.mutations, again[0]!.bytes], [k.mutations, k.bytes], `case ${k.index} replays with the same mutations and bytes`);
});

t.test('regression: an answer read in the same chunk as a frame of unknown type still resolves its call', async (t) => {
  // Found by the fuzzer (chunking divergence): the framer threw on the bad header and the frames it
  // had already cut from that chunk were dropped, so the call failed or not depending on reads.
  const { path, peer } = await rawServer(t, socketDir(t));
  const health = serviceClient(await connect(t, path), healthService);
  const first = health.Check({});
  const second = health.Check({});
  const p = await peer;
  await p.until(() => p.frames.length === 2, 'two requests');
  p.write(Buffer.concat([checkAnswer(p.frames[0]!.streamId), header(3, 0, 0x7f), Buffer.from([1, 2, 3])]));
  t.equal((await first).status, SERVING, 'the answer before the garbage counts');
  await t.rejects(second, { name: 'ConnectionClosedError', message: /protocol error: unknown message type 127 on stream 0/ });

  // The framer itself: the error carries what the chunk completed before it.
  const parser = new FrameParser();
  const e = t.throws(() => parser.push(Buffer.concat([checkAnswer(1), checkAnswer(3), header(0, 5, 9)])), FrameError) as FrameError;
  t.same(e.before.map((ev) => (ev.kind === 'frame' ? ev.frame.streamId : -1)), [1, 3]);
});

t.test('regression (server side of the same fix): a request read together with garbage is still served', async (t) => {
  const dir = socketDir(t);
  const calls: string[] = [];
  const server = new TtrpcServer({ logger: captureLog().logger });
  server.register(echoService((m) => calls.push(m)));
  const path = join(dir, 'srv.sock');
  await server.listen(path);
  t.teardown(() => server.close());
  const peer = await RawPeer.connect(t, path);
  const req = ttrpc.Request.encode({ service: ECHO, method: 'Echo', payload: ttrpc.KeyValue.encode({ key: 'k' }).finish() }).finish();
  peer.write(Buffer.concat([encodeFrame(1, MessageType.Request, req), header(0, 3, 0x7f)]));
  await peer.until(() => peer.closed, 'the server to cut the connection');
  t.same(calls, ['Echo'], 'the request ahead of the garbage reached its handler, as it does when read alone');
});

t.test('regression: a 4 GiB claimed length is refused at the header; its body is skipped, never stored', async (t) => {
  const { path, peer } = await rawServer(t, socketDir(t));
  const client = await connect(t, path);
  const health = serviceClient(client, healthService);
  const big = health.Check({});
  const other = health.Check({});
  const p = await peer;
  await p.until(() => p.frames.length === 2, 'two requests');
  forceGc();
  const base = process.memoryUsage().arrayBuffers;
  p.write(header(0xffffffff, p.frames[0]!.streamId, MessageType.Response));
  const err = await big.then(
    () => null,
    (e: unknown) => e,
  );
  t.ok(err instanceof TtrpcError && err.code === Code.ResourceExhausted, 'refused with ResourceExhausted before any body byte came');
  t.match((err as Error).message, `message length 4294967295 exceeds maximum message size of ${MESSAGE_LENGTH_MAX}`);
  // 16 MiB of the announced body: the client reads it and keeps none of it.
  const chunk = Buffer.alloc(1 << 16, 0xee);
  let held = 0;
  for (let sent = 0; sent < 16 << 20; sent += chunk.length) {
    if (!p.sock.write(chunk)) await new Promise((r) => p.sock.once('drain', r));
    held = Math.max(held, client.framerState.bufferedBytes);
  }
  await new Promise((r) => setTimeout(r, 50));
  held = Math.max(held, client.framerState.bufferedBytes);
  t.equal(held, 0, 'the framer held no byte of the skipped body');
  // The 64 KiB reads are garbage once skipped: what survives GC is what was kept. Backing stores are
  // freed after the collection proper, and reads may still be in flight, so take the least of a few.
  let kept = Infinity;
  for (let i = 0; i < 5 && kept >= 1 << 20; i++) {
    forceGc();
    await new Promise((r) => setTimeout(r, 20));
    kept = Math.min(kept, process.memoryUsage().arrayBuffers - base);
  }
  t.ok(kept < 8 << 20, `of the 16 MiB streamed, under 8 MiB of buffers survive GC (${(kept / 2 ** 20).toFixed(1)} MiB)`);
  t.ok(client.framerState.midFrame, 'the rest of the 4 GiB is still being skipped');
  p.sock.end();
  await t.rejects(other, { name: 'ConnectionClosedError', message: /truncated frame: peer closed with \d+ bytes of an oversized body unsent/ });
});

t.test('a body of exactly MESSAGE_LENGTH_MAX arrives whole; one byte more is refused, skipped, and the connection goes on', async (t) => {
  const { path, peer } = await rawServer(t, socketDir(t));
  const client = await connect(t, path);
  const health = serviceClient(client, healthService);
  const atLimit = health.Check({});
  const over = health.Check({});
  const after = health.Check({});
  const p = await peer;
  await p.until(() => p.frames.length === 3, 'three requests');
  const [a, b, c] = p.frames.map((f) => f.streamId) as [number, number, number];
  // A Response padded to exactly the limit: payload = the Check answer + an unknown field 15
  // (skipped by the decoder); both length varints take 4 bytes at this size.
  const filler = grpc.HealthCheckResponse.encode({ status: SERVING }).finish();
  const pad = Buffer.alloc(MESSAGE_LENGTH_MAX - 5 - filler.length - 1 - 4);
  const inner = Buffer.concat([filler, Buffer.from([(15 << 3) | 2]), varint(pad.length), pad]);
  const exact = Buffer.concat([Buffer.from([0x12]), varint(inner.length), inner]);
  t.equal(exact.length, MESSAGE_LENGTH_MAX, 'the body is built to the limit');
  p.write(Buffer.concat([header(exact.length, a, MessageType.Response), exact]));
  t.equal((await atLimit).status, SERVING, `a ${exact.length}-byte body is accepted`);
  p.write(Buffer.concat([header(MESSAGE_LENGTH_MAX + 1, b, MessageType.Response), Buffer.alloc(MESSAGE_LENGTH_MAX + 1), checkAnswer(c)]));
  await t.rejects(over, { code: Code.ResourceExhausted });
  t.equal((await after).status, SERVING, 'the frame after the skipped one is read from the right place');
  t.notOk(client.closed);
});

function varint(n: number): Buffer {
  const out: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 128)) out.push((n & 0x7f) | 0x80);
  out.push(n);
  return Buffer.from(out);
}

t.test('the CLI: its arguments, and a short run of the real entry point that exits 0', async (t) => {
  t.equal(parseArgs(['--help']), 'help');
  t.match(HELP, /usage: node dist\/test\/fuzz\/ttrpc-client\.js \[--seed N\] \[--seconds S \| --iterations N\]/);
  t.match(parseArgs(['--seed', '5', '--seconds', '600', '--case', '3,9']), { seed: 5, seconds: 600, only: [3, 9] });
  t.throws(() => parseArgs(['--seconds', '1', '--iterations', '2']), /not both/);
  t.throws(() => parseArgs(['--bogus']), /unknown argument --bogus/);
  const cli = join(packageRoot(), 'dist', 'test', 'fuzz', 'ttrpc-client.js');
  const { stdout } = await promisify(execFile)(process.execPath, [cli, '--seed', '7', '--iterations', '20']);
  t.match(stdout, /^seed 7 \(\w+\): 20 cases in /);
  t.match(stdout, /^no failure$/m);
});

t.test('ConnectionClosedError is what pending calls get when the agent hangs up mid-frame', async (t) => {
  const { path, peer } = await rawServer(t, socketDir(t));
  const health = serviceClient(await connect(t, path), healthService);
  const pending = health.Check({});
  const p = await peer;
  await p.until(() => p.frames.length === 1, 'the request');
  p.write(checkAnswer(p.frames[0]!.streamId).subarray(0, 7));
  p.sock.end();
  const e = await pending.then(() => null, (x: unknown) => x);
  t.ok(e instanceof ConnectionClosedError, 'rejected with ConnectionClosedError');
  t.match((e as Error).message, /truncated frame: peer closed after 7 of 10 header bytes/);
});
