// What a misbehaving peer does to us: garbage, truncated frames, undecodable requests, unknown
// types and hang-ups. The rule: per-stream problems get a per-stream error status (as ttrpc does);
// bytes that are not ttrpc close that connection only, with the reason logged, and the server keeps
// serving everyone else.
import { randomBytes } from 'node:crypto';
import t from 'tap';
import { ttrpc } from '../../lib/common/proto/gen/protocols.js';
import { Code, HEADER_LENGTH, MessageType, TtrpcClient, encodeFrame } from '../../lib/common/ttrpc/index.js';
import { healthService } from '../../lib/common/agent/api.js';
import { PARTIAL_FRAME_TIMEOUT_MS } from '../../lib/common/ttrpc/server-connection.js';
import { serviceClient } from '../../lib/common/ttrpc/index.js';
import { startAgent } from '../helpers/agent-process.js';
import { ECHO, RawPeer, captureLog, connect, decodeResponse, echo, rawServer, socketDir, startServer } from './helpers.js';

function requestFrame(id: number, key: string, m = 'Echo'): Buffer {
  return encodeFrame(id, MessageType.Request, ttrpc.Request.encode({ service: ECHO, method: m, payload: ttrpc.KeyValue.encode({ key }).finish() }).finish());
}

function closeReasons(lines: Record<string, unknown>[]): string[] {
  return lines.filter((l) => l.msg === 'ttrpc: closing connection').map((l) => String(l.reason));
}

t.test('a client sending random bytes is cut off and logged; other clients are still served', async (t) => {
  const log = captureLog();
  const { path, server } = await startServer(t, socketDir(t), log.logger);
  const good = await connect(t, path);
  const inFlight = echo(good, 'slow', '300', 'Sleep');
  for (let round = 0; round < 5; round++) {
    const bad = await RawPeer.connect(t, path);
    // An unknown type byte makes the garbage certain to be recognised as such; the rest is random.
    const junk = randomBytes(4096);
    junk[8] = 0x7f;
    bad.write(junk);
    await bad.until(() => bad.closed, 'the server to drop the garbage connection');
  }
  t.equal((await echo(good, 'still here')).key, 'still here');
  t.equal((await inFlight).key, 'slept', 'a call in flight on another connection is untouched');
  const reasons = closeReasons(log.lines);
  t.equal(reasons.length, 5);
  t.ok(reasons.every((r) => /protocol error: unknown message type 127/.test(r)), reasons.join('; '));
  t.ok(log.lines.filter((l) => l.msg === 'ttrpc: closing connection').every((l) => l.level === 'warn'));
  t.equal(server.connectionCount, 1, 'only the good connection remains');
});

t.test('fully random garbage from many clients never takes the server down', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const good = await connect(t, path);
  const peers = await Promise.all(Array.from({ length: 20 }, () => RawPeer.connect(t, path)));
  for (const p of peers) {
    p.write(randomBytes(1 + Math.floor(Math.random() * 20000)));
    p.sock.end();
  }
  await Promise.all(peers.map((p) => p.until(() => p.closed, 'garbage connection to close')));
  const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => echo(good, `k${i}`)));
  t.equal(answers.length, 50);
});

t.test('a truncated frame closes the connection with the reason logged', async (t) => {
  const log = captureLog();
  const { path } = await startServer(t, socketDir(t), log.logger);
  const good = await connect(t, path);
  const peer = await RawPeer.connect(t, path);
  const frame = requestFrame(1, 'cut');
  peer.write(frame.subarray(0, frame.length - 3));
  peer.sock.end();
  await peer.until(() => peer.closed, 'connection close');
  t.equal(peer.frames.length, 0, 'no answer to half a request');
  t.match(closeReasons(log.lines), [/protocol error: truncated frame: stream 1 announced \d+ body bytes, got \d+/]);
  t.equal((await echo(good, 'ok')).key, 'ok');
});

t.test('an undecodable request gets InvalidArgument on its stream and the connection goes on', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const peer = await RawPeer.connect(t, path);
  // Field 9 with wire type 7, which does not exist: not a Request.
  peer.write(encodeFrame(1, MessageType.Request, Buffer.from([0x4f, 1, 2])));
  peer.write(requestFrame(3, 'after'));
  await peer.until(() => peer.frames.length === 2, 'two answers');
  const [bad, ok] = peer.frames;
  t.equal(bad!.streamId, 1);
  t.equal(decodeResponse(bad!).status!.code, Code.InvalidArgument);
  t.match(decodeResponse(bad!).status!.message, /unmarshal request error/);
  t.equal(ttrpc.KeyValue.decode(decodeResponse(ok!).payload).key, 'after');
});

t.test('an even stream id from a client is refused with InvalidArgument, as ttrpc does', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const peer = await RawPeer.connect(t, path);
  peer.write(requestFrame(2, 'even'));
  await peer.until(() => peer.frames.length === 1, 'the answer');
  t.equal(peer.frames[0]!.streamId, 2);
  const st = decodeResponse(peer.frames[0]!).status!;
  t.same([st.code, st.message], [Code.InvalidArgument, 'StreamID must be odd for client initiated streams']);
});

t.test('a request payload the method cannot decode is Internal, naming the method', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const peer = await RawPeer.connect(t, path);
  peer.write(encodeFrame(1, MessageType.Request, ttrpc.Request.encode({ service: ECHO, method: 'Echo', payload: Buffer.from([0x4f]) }).finish()));
  await peer.until(() => peer.frames.length === 1, 'the answer');
  const st = decodeResponse(peer.frames[0]!).status!;
  t.equal(st.code, Code.Internal);
  t.match(st.message, /error unmarshalling payload of kata\.test\.Echo\/Echo/);
});

t.test('frames of other known types are ignored by the server; an unknown type closes the connection', async (t) => {
  const log = captureLog();
  const { path } = await startServer(t, socketDir(t), log.logger);
  const peer = await RawPeer.connect(t, path);
  peer.write(encodeFrame(1, MessageType.Data, Buffer.from('stream data')));
  peer.write(encodeFrame(1, MessageType.Response, Buffer.alloc(0)));
  peer.write(requestFrame(3, 'served'));
  await peer.until(() => peer.frames.length === 1, 'the answer');
  t.equal(peer.frames[0]!.streamId, 3);
  const hdr = Buffer.alloc(HEADER_LENGTH);
  hdr[8] = 4;
  peer.write(hdr);
  await peer.until(() => peer.closed, 'connection close');
  t.match(closeReasons(log.lines), [/unknown message type 4/]);
});

t.test('when the server hangs up, every pending call fails at once saying the connection closed', async (t) => {
  const raw = await rawServer(t, socketDir(t));
  const c = await connect(t, raw.path);
  const settledAt: number[] = [];
  const calls = Array.from({ length: 25 }, (_, i) =>
    echo(c, `k${i}`).then(
      () => 'resolved',
      (e: Error & { code?: number }) => (settledAt.push(performance.now()), e),
    ),
  );
  const peer = await raw.peer;
  await peer.until(() => peer.frames.length === 25, 'all requests');
  peer.sock.destroy();
  const results = await Promise.all(calls);
  t.ok(Math.max(...settledAt) - Math.min(...settledAt) < 50, 'all failed together, not one by one');
  t.ok(results.every((r) => r instanceof Error && r.code === Code.Unavailable && /ttrpc: connection closed: peer hung up/.test(r.message)));
  t.ok(c.closed);
  await t.rejects(echo(c, 'later'), { message: /connection closed/ }, 'new calls fail the same way');
  t.match((await c.waitClosed()).message, /peer hung up/);
});

t.test('garbage from the server closes the client connection with the reason', async (t) => {
  const raw = await rawServer(t, socketDir(t));
  const log = captureLog();
  const c = await TtrpcClient.connect(raw.path, { logger: log.logger });
  t.teardown(() => c.close());
  const call = echo(c, 'x');
  const peer = await raw.peer;
  await peer.until(() => peer.frames.length === 1, 'the request');
  const junk = Buffer.alloc(HEADER_LENGTH);
  junk.writeUInt32BE(1, 4);
  junk[8] = 0xee;
  peer.write(junk);
  await t.rejects(call, { code: Code.Unavailable, message: /connection closed: protocol error: unknown message type 238/ });
  t.ok(log.lines.some((l) => l.msg === 'ttrpc: connection closed' && l.level === 'warn'));
});

t.test('a truncated response from the server fails the pending calls naming the truncation', async (t) => {
  const raw = await rawServer(t, socketDir(t));
  const c = await connect(t, raw.path);
  const call = echo(c, 'x');
  const peer = await raw.peer;
  await peer.until(() => peer.frames.length === 1, 'the request');
  const f = encodeFrame(1, MessageType.Response, ttrpc.Response.encode({ payload: Buffer.alloc(64) }).finish());
  peer.sock.end(f.subarray(0, 20));
  await t.rejects(call, { message: /connection closed: protocol error: truncated frame: stream 1 announced 66 body bytes, got 10/ });
});

t.test('an undecodable response fails only its call; an answer for no call is ignored', async (t) => {
  const raw = await rawServer(t, socketDir(t));
  const c = await connect(t, raw.path);
  const bad = echo(c, 'bad');
  const good = echo(c, 'good');
  const peer = await raw.peer;
  await peer.until(() => peer.frames.length === 2, 'the requests');
  peer.write(encodeFrame(99, MessageType.Response, ttrpc.Response.encode({}).finish()));
  peer.write(encodeFrame(1, MessageType.Response, Buffer.from([0x12, 90, 1])));
  peer.write(encodeFrame(3, MessageType.Response, ttrpc.Response.encode({ payload: ttrpc.KeyValue.encode({ key: 'good' }).finish() }).finish()));
  await t.rejects(bad, { code: Code.Internal, message: /kata\.test\.Echo\/Echo: undecodable response/ });
  t.equal((await good).key, 'good');
  t.notOk(c.closed);
});

t.test('metadata keys from the peer are plain keys, not prototype properties', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const c = await connect(t, path);
  const res = await echo(c, 'k', '', 'Meta', { metadata: { __proto__: 'x', constructor: 'y' } as Record<string, string> });
  t.same(JSON.parse(res.value), { constructor: ['y'] }, 'the __proto__ literal set no own key on the client side');
  const peer = await RawPeer.connect(t, path);
  peer.write(encodeFrame(1, MessageType.Request, ttrpc.Request.encode({ service: ECHO, method: 'Meta', payload: new Uint8Array(), metadata: [{ key: '__proto__', value: 'p' }] }).finish()));
  await peer.until(() => peer.frames.length === 1, 'the answer');
  t.same(JSON.parse(ttrpc.KeyValue.decode(decodeResponse(peer.frames[0]!).payload).value), { __proto__: ['p'] } as object);
});

t.test('half a frame header held open is dropped after the bound; other clients and slow-but-whole frames are served', async (t) => {
  const log = captureLog();
  const { path, server } = await startServer(t, socketDir(t), log.logger, { partialFrameTimeoutMs: 500 });
  const good = await connect(t, path);
  const stalled = await RawPeer.connect(t, path);
  stalled.write(requestFrame(1, 'x').subarray(0, HEADER_LENGTH / 2));
  // A frame sent in two parts well inside the bound is a frame, not a stall.
  const slow = await RawPeer.connect(t, path);
  const whole = requestFrame(1, 'slow but whole');
  slow.write(whole.subarray(0, 7));
  await new Promise((r) => setTimeout(r, 100));
  slow.write(whole.subarray(7));
  await slow.until(() => slow.frames.length > 0, 'the answer to the slow frame');
  t.equal(decodeResponse(slow.frames[0]!).status?.code ?? 0, 0, 'the slow frame was answered');
  const started = Date.now();
  await stalled.until(() => stalled.closed, 'the server to drop the stalled connection');
  t.ok(Date.now() - started < 3000, 'dropped within the bound (plus scheduling)');
  t.match(closeReasons(log.lines).join('; '), /a frame stayed incomplete for 500 ms \(5 bytes held\)/, 'the reason is logged');
  t.equal((await echo(good, 'unaffected')).key, 'unaffected');
  t.equal(server.connectionCount, 2, 'the good and the slow connection remain');
});

t.test('the real agent drops a peer that holds half a frame header, at its default bound, and keeps serving', async (t) => {
  t.setTimeout(120000);
  const agent = await startAgent(t);
  const good = await agent.connect();
  t.teardown(() => good.close());
  const stalled = await RawPeer.connect(t, agent.socket);
  stalled.write(requestFrame(1, 'x').subarray(0, HEADER_LENGTH / 2));
  const started = Date.now();
  await stalled.until(() => stalled.closed, 'the agent to drop the stalled connection', PARTIAL_FRAME_TIMEOUT_MS + 15000);
  const took = Date.now() - started;
  t.ok(took >= PARTIAL_FRAME_TIMEOUT_MS - 1000 && took < PARTIAL_FRAME_TIMEOUT_MS + 15000, `dropped after ${took} ms (bound ${PARTIAL_FRAME_TIMEOUT_MS} ms)`);
  t.match(agent.output(), /a frame stayed incomplete for 30000 ms/, 'the agent logs why');
  t.equal((await serviceClient(good, healthService).Check({})).status, 1, 'the agent still answers other clients (SERVING)');
});
