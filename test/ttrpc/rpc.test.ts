// Client and server together over unix sockets (and over a stream handed to serveStream): calls,
// concurrency, metadata, deadlines on both sides, status codes, oversize refusal on both sides.
import net from 'node:net';
import { join } from 'node:path';
import t from 'tap';
import { ttrpc } from '../../lib/common/proto/gen/protocols.js';
import { Code, HEADER_LENGTH, MESSAGE_LENGTH_MAX, MessageType, TtrpcClient, TtrpcServer, encodeFrame, serviceClient } from '../../lib/common/ttrpc/index.js';
import { ECHO, RawPeer, captureLog, connect, decodeRequest, decodeResponse, echo, echoService, rawServer, socketDir, startServer } from './helpers.js';

t.test('a unary call round-trips a protobuf message', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const c = await connect(t, path);
  const res = await echo(c, 'hello', 'world');
  t.same({ key: res.key, value: res.value }, { key: 'hello', value: 'world' });
});

t.test('1000 concurrent calls on one connection all get their own answer', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const c = await connect(t, path);
  const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => echo(c, `k${i}`, String(i))));
  t.ok(results.every((r, i) => r.key === `k${i}` && r.value === String(i)), 'every answer matches its request');
  t.equal(c.pendingCalls, 0);
});

t.test('client stream ids are odd and increasing, and timeout_nano and metadata reach the wire', async (t) => {
  const raw = await rawServer(t, socketDir(t));
  const c = await connect(t, raw.path);
  const calls = [echo(c, 'a'), echo(c, 'b'), echo(c, 'c', '', 'Echo', { timeoutMs: 1500, metadata: { 'x-id': ['1', '2'], one: 'v' } })];
  const peer = await raw.peer;
  await peer.until(() => peer.frames.length === 3, 'three requests');
  t.same(peer.frames.map((f) => [f.streamId, f.type]), [[1, 1], [3, 1], [5, 1]]);
  const req = decodeRequest(peer.frames[2]!);
  t.equal(req.service, ECHO);
  t.equal(req.method, 'Echo');
  t.equal(req.timeoutNano, 1500e6);
  t.same(req.metadata.map((kv) => [kv.key, kv.value]), [['x-id', '1'], ['x-id', '2'], ['one', 'v']]);
  t.equal(decodeRequest(peer.frames[0]!).timeoutNano, 0, 'no timeout means 0');
  for (const f of peer.frames) {
    const kv = ttrpc.KeyValue.decode(decodeRequest(f).payload);
    peer.write(encodeFrame(f.streamId, MessageType.Response, ttrpc.Response.encode({ status: { code: 0 }, payload: ttrpc.KeyValue.encode({ key: kv.key + '!' }).finish() }).finish()));
  }
  t.same((await Promise.all(calls)).map((r) => r.key), ['a!', 'b!', 'c!']);
});

t.test('metadata reaches the handler as key → values', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const c = await connect(t, path);
  const res = await echo(c, 'k', '', 'Meta', { metadata: { a: ['1', '2'], b: 'x' } });
  t.same(JSON.parse(res.value), { a: ['1', '2'], b: ['x'] });
});

t.test('unknown service or method answers Unimplemented naming it', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const c = await connect(t, path);
  await t.rejects(c.call('no.Such', 'Echo', ttrpc.KeyValue, ttrpc.KeyValue, {}), { code: Code.Unimplemented, statusMessage: 'service no.Such' });
  await t.rejects(echo(c, 'x', '', 'Nope'), { code: 12, message: /Unimplemented: method Nope of service kata\.test\.Echo/ });
  t.same((await echo(c, 'still')).key, 'still', 'the connection keeps working');
});

t.test('handler errors become status codes at the server: coded errors keep theirs, others are Unknown', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const c = await connect(t, path);
  await t.rejects(echo(c, 'coded', '', 'Fail'), { code: Code.NotFound, statusMessage: 'no such container' });
  await t.rejects(echo(c, 'plain', '', 'Fail'), { code: Code.Unknown, statusMessage: 'plain failure' });
  await t.rejects(echo(c, 'string', '', 'Fail'), { code: Code.Unknown, statusMessage: 'a thrown string' });
});

t.test('client deadline: the call fails with DeadlineExceeded and a late answer is dropped', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const c = await connect(t, path);
  const start = Date.now();
  await t.rejects(echo(c, 'k', '2000', 'Sleep', { timeoutMs: 100 }), { code: Code.DeadlineExceeded, message: /Sleep: deadline of 100 ms exceeded/ });
  t.ok(Date.now() - start < 1000, 'failed at the deadline, not when the handler finished');
  t.equal((await echo(c, 'after')).key, 'after');
  t.equal(c.pendingCalls, 0);
});

t.test('server deadline: the handler sees its signal aborted and the server answers DEADLINE_EXCEEDED', async (t) => {
  const srv = new TtrpcServer({ logger: captureLog().logger });
  let seen: { aborted: boolean; reason: unknown; deadline: number | undefined } | undefined;
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  srv.register({
    serviceName: 'kata.test.Slow',
    methods: {
      Wait: {
        requestType: ttrpc.KeyValue,
        responseType: ttrpc.KeyValue,
        handler: async (_req, ctx) => {
          await new Promise((r) => ctx.signal.addEventListener('abort', r));
          seen = { aborted: ctx.signal.aborted, reason: ctx.signal.reason, deadline: ctx.deadline };
          release();
          return {};
        },
      },
    },
  });
  const path = join(socketDir(t), 's.sock');
  await srv.listen(path);
  t.teardown(() => srv.close());
  // A raw client that sets timeout_nano but keeps no timer of its own: only the server can end it.
  const peer = await RawPeer.connect(t, path);
  const before = Date.now();
  peer.write(encodeFrame(1, MessageType.Request, ttrpc.Request.encode({ service: 'kata.test.Slow', method: 'Wait', timeoutNano: 150e6 }).finish()));
  await peer.until(() => peer.frames.length === 1, 'the deadline answer');
  const elapsed = Date.now() - before;
  const st = decodeResponse(peer.frames[0]!).status!;
  t.equal(st.code, Code.DeadlineExceeded);
  t.match(st.message, /kata\.test\.Slow\/Wait: deadline of 150 ms exceeded/);
  t.ok(elapsed >= 140 && elapsed < 2000, `answered after ${elapsed} ms`);
  await done;
  t.equal(seen?.aborted, true);
  t.match(seen?.reason, { code: Code.DeadlineExceeded });
  t.ok(seen?.deadline !== undefined && Math.abs(seen.deadline - (before + 150)) < 100, 'ctx.deadline is when the budget ends');
  t.equal(peer.frames.length, 1, 'the handler finishing later sends nothing more');
});

t.test('a request over 4 MiB is refused by the client before anything is sent', async (t) => {
  const raw = await rawServer(t, socketDir(t));
  const c = await connect(t, raw.path);
  await t.rejects(echo(c, 'big', 'x'.repeat(MESSAGE_LENGTH_MAX)), { code: Code.ResourceExhausted, message: /request kata\.test\.Echo\/Echo: message length \d+ exceeds maximum message size of 4194304/ });
  const small = echo(c, 'small');
  const peer = await raw.peer;
  await peer.until(() => peer.frames.length === 1, 'the small request');
  t.equal(peer.frames[0]!.streamId, 1, 'the refused call spent no stream id and sent no bytes');
  t.equal(peer.frames[0]!.body.length < 100, true);
  peer.write(encodeFrame(1, MessageType.Response, ttrpc.Response.encode({ payload: ttrpc.KeyValue.encode({ key: 'ok' }).finish() }).finish()));
  t.equal((await small).key, 'ok');
});

t.test('a response over 4 MiB is replaced by a ResourceExhausted status by the server', async (t) => {
  const log = captureLog();
  const { path } = await startServer(t, socketDir(t), log.logger);
  const c = await connect(t, path);
  await t.rejects(echo(c, 'k', String(MESSAGE_LENGTH_MAX), 'Big'), { code: Code.ResourceExhausted, statusMessage: /response of kata\.test\.Echo\/Big: message length \d+ exceeds maximum/ });
  t.ok(log.lines.some((l) => l.msg === 'ttrpc: refused to send oversized response'), 'logged');
  t.equal((await echo(c, 'k', String(1 << 20), 'Big')).value.length, 1 << 20, 'a 1 MiB answer still passes');
});

t.test('the server answers an oversized incoming request with ResourceExhausted and keeps the connection', async (t) => {
  const log = captureLog();
  const { path } = await startServer(t, socketDir(t), log.logger);
  const peer = await RawPeer.connect(t, path);
  const hdr = Buffer.alloc(HEADER_LENGTH);
  hdr.writeUInt32BE(MESSAGE_LENGTH_MAX + 5, 0);
  hdr.writeUInt32BE(1, 4);
  hdr[8] = MessageType.Request;
  peer.write(hdr);
  peer.write(Buffer.alloc(MESSAGE_LENGTH_MAX + 5));
  peer.write(encodeFrame(3, MessageType.Request, ttrpc.Request.encode({ service: ECHO, method: 'Echo', payload: ttrpc.KeyValue.encode({ key: 'next' }).finish() }).finish()));
  await peer.until(() => peer.frames.length === 2, 'two answers');
  const [a, b] = peer.frames;
  t.equal(a!.streamId, 1);
  t.equal(decodeResponse(a!).status!.code, Code.ResourceExhausted);
  t.match(decodeResponse(a!).status!.message, /message length 4194309 exceeds maximum message size of 4194304/);
  t.equal(b!.streamId, 3);
  t.equal(ttrpc.KeyValue.decode(decodeResponse(b!).payload).key, 'next');
  t.ok(log.lines.some((l) => l.msg === 'ttrpc: refused oversized request' && l.stream === 1));
});

t.test('the client fails only the call whose answer is oversized', async (t) => {
  const raw = await rawServer(t, socketDir(t));
  const log = captureLog();
  const c = new TtrpcClient(net.connect(raw.path), { logger: log.logger });
  t.teardown(() => c.close());
  const big = echo(c, 'big');
  const ok = echo(c, 'ok');
  const peer = await raw.peer;
  await peer.until(() => peer.frames.length === 2, 'two requests');
  const body = ttrpc.Response.encode({ payload: Buffer.alloc(MESSAGE_LENGTH_MAX + 1) }).finish();
  const hdr = Buffer.alloc(HEADER_LENGTH);
  hdr.writeUInt32BE(body.length, 0);
  hdr.writeUInt32BE(1, 4);
  hdr[8] = MessageType.Response;
  peer.write(Buffer.concat([hdr, body]));
  peer.write(encodeFrame(3, MessageType.Response, ttrpc.Response.encode({ payload: ttrpc.KeyValue.encode({ key: 'fine' }).finish() }).finish()));
  await t.rejects(big, { code: Code.ResourceExhausted, message: /response on stream 1: message length \d+ exceeds maximum/ });
  t.equal((await ok).key, 'fine');
  t.notOk(c.closed);
});

t.test('serveStream serves an already-connected stream; typed stubs call through it', async (t) => {
  const srv = new TtrpcServer({ logger: captureLog().logger });
  srv.register(echoService());
  t.teardown(() => srv.close());
  // Any connected Duplex will do: here both ends of a unix socket pair made by a bare net.Server.
  const path = join(socketDir(t), 'pair.sock');
  const accepted = new Promise<net.Socket>((r) => {
    const l = net.createServer((s) => {
      r(s);
      l.close();
    });
    l.listen(path);
  });
  const clientSock = net.connect(path);
  srv.serveStream(await accepted);
  const c = new TtrpcClient(clientSock);
  t.teardown(() => c.close());
  const stub = serviceClient(c, { serviceName: ECHO, methods: { Echo: { requestType: ttrpc.KeyValue, responseType: ttrpc.KeyValue } } });
  const res = await stub.Echo({ key: 'via', value: 'stub' }, { timeoutMs: 2000 });
  t.same([res.key, res.value], ['via', 'stub']);
  t.equal(srv.connectionCount, 1);
});

t.test('register refuses a duplicate service and a method without codecs; listen on a used path names it', async (t) => {
  const dir = socketDir(t);
  const srv = new TtrpcServer({ logger: captureLog().logger });
  t.teardown(() => srv.close());
  srv.register(echoService());
  t.throws(() => srv.register(echoService()), /service kata\.test\.Echo is already registered/);
  t.throws(
    () => srv.register({ serviceName: 'x.Y', methods: { M: { requestType: ttrpc.KeyValue, handler: () => ({}) } as never } }),
    /method x\.Y\/M needs requestType\.decode, responseType\.encode and a handler/,
  );
  const path = join(dir, 'used.sock');
  await srv.listen(path);
  await t.rejects(new TtrpcServer().listen(path), { message: new RegExp(`ttrpc: listen ${path}: .*EADDRINUSE`) });
  const c = await connect(t, path);
  t.equal((await echo(c, 'first server still serves')).key, 'first server still serves');
});

t.test('server close removes its socket and fails the calls in flight', async (t) => {
  const srv = new TtrpcServer({ logger: captureLog().logger });
  srv.register(echoService());
  const path = join(socketDir(t), 'close.sock');
  await srv.listen(path);
  const c = await connect(t, path);
  const slow = echo(c, 'k', '5000', 'Sleep');
  await echo(c, 'sync');
  await srv.close();
  await t.rejects(slow, { code: Code.Unavailable, message: /connection closed/ });
  await t.rejects(TtrpcClient.connect(path), /ENOENT/);
});

t.test('deadlines beyond what a timer can hold: the server runs the call, the client refuses the option', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const peer = await RawPeer.connect(t, path);
  const thirtyDaysNs = 30 * 24 * 3600 * 1e9;
  peer.write(encodeFrame(1, MessageType.Request, ttrpc.Request.encode({ service: ECHO, method: 'Sleep', timeoutNano: thirtyDaysNs, payload: ttrpc.KeyValue.encode({ value: '20' }).finish() }).finish()));
  peer.write(encodeFrame(3, MessageType.Request, ttrpc.Request.encode({ service: ECHO, method: 'Sleep', timeoutNano: -5, payload: ttrpc.KeyValue.encode({ value: '5000' }).finish() }).finish()));
  await peer.until(() => peer.frames.length === 2, 'two answers', 2000);
  const byId = new Map(peer.frames.map((f) => [f.streamId, decodeResponse(f)]));
  t.equal(byId.get(1)!.status!.code, Code.OK, 'a 30-day budget does not expire at once');
  t.equal(ttrpc.KeyValue.decode(byId.get(1)!.payload).key, 'slept');
  t.equal(byId.get(3)!.status!.code, Code.DeadlineExceeded, 'a budget already spent (negative) expires at once');
  const c = await connect(t, path);
  await t.rejects(echo(c, 'x', '', 'Echo', { timeoutMs: 2 ** 31 }), { name: 'RangeError', message: /timeoutMs must be > 0 and <= 2147483647/ });
  await t.rejects(echo(c, 'x', '', 'Echo', { timeoutMs: 0 }), RangeError);
});

t.test('an aborted signal fails the call with Canceled and leaves the connection usable', async (t) => {
  const { path } = await startServer(t, socketDir(t));
  const c = await connect(t, path);
  const ac = new AbortController();
  const p = echo(c, 'k', '1000', 'Sleep', { signal: ac.signal });
  ac.abort();
  await t.rejects(p, { code: Code.Canceled, message: /Sleep: canceled/ });
  await t.rejects(echo(c, 'k', '', 'Echo', { signal: ac.signal }), { code: Code.Canceled, message: /canceled before it was sent/ });
  t.equal((await echo(c, 'next')).key, 'next');
});
