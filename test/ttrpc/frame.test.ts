// The frame codec and the framer: exact header bytes, any chunking, bounded buffering, and the
// errors that make a connection unusable.
import t from 'tap';
import { FrameError, FrameParser, HEADER_LENGTH, MESSAGE_LENGTH_MAX, MessageType, decodeHeader, encodeFrame, type FramerEvent } from '../../lib/common/ttrpc/index.js';

function header(length: number, streamId: number, type: number, flags = 0): Buffer {
  const b = Buffer.alloc(HEADER_LENGTH);
  b.writeUInt32BE(length, 0);
  b.writeUInt32BE(streamId, 4);
  b[8] = type;
  b[9] = flags;
  return b;
}

t.test('a frame is length BE, stream id BE, type, flags, then the body', async (t) => {
  const f = encodeFrame(0x01020304, MessageType.Response, Buffer.from('abc'), 0x05);
  t.same([...f], [0, 0, 0, 3, 1, 2, 3, 4, 2, 5, 0x61, 0x62, 0x63]);
  t.same(decodeHeader(f), { length: 3, streamId: 0x01020304, type: 2, flags: 5 });
  t.equal(HEADER_LENGTH, 10);
  t.equal(MESSAGE_LENGTH_MAX, 4 * 1024 * 1024);
  t.same([MessageType.Request, MessageType.Response, MessageType.Data], [1, 2, 3]);
});

t.test('encodeFrame refuses a body over 4 MiB and a stream id that is not a uint32', async (t) => {
  t.doesNotThrow(() => encodeFrame(1, MessageType.Request, Buffer.alloc(MESSAGE_LENGTH_MAX)));
  t.throws(() => encodeFrame(1, MessageType.Request, Buffer.alloc(MESSAGE_LENGTH_MAX + 1)), {
    code: 8,
    message: /message length 4194305 exceeds maximum message size of 4194304/,
  });
  t.throws(() => encodeFrame(2 ** 32, MessageType.Request, Buffer.alloc(0)), /not a uint32/);
});

t.test('the framer yields the same frames however the bytes are chunked', async (t) => {
  const wire = Buffer.concat([
    encodeFrame(1, MessageType.Request, Buffer.from('first')),
    encodeFrame(3, MessageType.Request, Buffer.alloc(0)),
    encodeFrame(5, MessageType.Data, Buffer.alloc(70000, 7), 1),
  ]);
  const summary = (evs: FramerEvent[]) =>
    evs.map((e) => (e.kind === 'frame' ? [e.frame.streamId, e.frame.type, e.frame.flags, e.frame.body.length, e.frame.body[0] ?? -1] : []));
  const whole = summary(new FrameParser().push(wire));
  t.same(whole, [[1, 1, 0, 5, 0x66], [3, 1, 0, 0, -1], [5, 3, 1, 70000, 7]]);
  for (const size of [1, 3, 10, 11, 4096]) {
    const p = new FrameParser();
    const evs: FramerEvent[] = [];
    for (let i = 0; i < wire.length; i += size) evs.push(...p.push(wire.subarray(i, i + size)));
    t.same(summary(evs), whole, `chunks of ${size}`);
    t.doesNotThrow(() => p.end());
  }
});

t.test('an unknown message type is a FrameError naming it', async (t) => {
  const p = new FrameParser();
  t.throws(() => p.push(header(0, 1, 9)), new FrameError('unknown message type 9 on stream 1 (length 0, flags 0)'));
  t.throws(() => new FrameParser().push(header(0, 1, 0)), /unknown message type 0/);
});

t.test('an oversized frame is reported and its body skipped without being buffered', async (t) => {
  const p = new FrameParser();
  const evs = p.push(header(MESSAGE_LENGTH_MAX + 1, 7, MessageType.Request));
  t.same(evs, [{ kind: 'oversized', header: { length: MESSAGE_LENGTH_MAX + 1, streamId: 7, type: 1, flags: 0 } }]);
  const chunk = Buffer.alloc(1 << 20);
  for (let i = 0; i < 4; i++) {
    t.same(p.push(chunk), []);
    t.equal(p.bufferedBytes, 0, 'nothing of the skipped body is kept');
  }
  // The last byte of the oversized body, then a normal frame right behind it.
  const after = p.push(Buffer.concat([Buffer.alloc(1), encodeFrame(9, MessageType.Request, Buffer.from('ok'))]));
  t.equal(after.length, 1);
  t.equal(after[0]!.kind === 'frame' && after[0]!.frame.streamId, 9);
});

t.test('a frame cut short is a truncated-frame error at end()', async (t) => {
  const p = new FrameParser();
  p.push(header(100, 3, MessageType.Request));
  p.push(Buffer.alloc(40));
  t.throws(() => p.end(), /truncated frame: stream 3 announced 100 body bytes, got 40/);
  const q = new FrameParser();
  q.push(Buffer.alloc(4));
  t.throws(() => q.end(), /truncated frame: peer closed after 4 of 10 header bytes/);
  const r = new FrameParser();
  r.push(header(MESSAGE_LENGTH_MAX + 10, 3, MessageType.Request));
  t.throws(() => r.end(), /truncated frame: .* oversized body/);
});

t.test('buffering is bounded by one frame: a 4 MiB frame arriving in pieces is held once', async (t) => {
  const p = new FrameParser();
  p.push(header(MESSAGE_LENGTH_MAX, 1, MessageType.Request));
  let max = 0;
  const piece = Buffer.alloc(65536);
  let got: FramerEvent[] = [];
  for (let sent = 0; sent < MESSAGE_LENGTH_MAX; sent += piece.length) {
    got = p.push(piece);
    max = Math.max(max, p.bufferedBytes);
  }
  t.equal(got.length, 1);
  t.ok(max <= MESSAGE_LENGTH_MAX, `held at most ${max} bytes`);
  t.equal(p.bufferedBytes, 0);
});
