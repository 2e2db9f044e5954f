// The ttrpc frame: a 10-byte header then a protobuf body. Encoding of one frame and decoding of one
// header; the framer (framer.ts) cuts a byte stream into frames, the client and server build on both.
// Facts from github.com/containerd/ttrpc channel.go (v1.1.1, what containerd 1.6 speaks; the data
// type comes from v1.2).
import { Code, TtrpcError } from './status.js';

/** Header: length uint32 BE (body only), stream id uint32 BE, type uint8, flags uint8. */
export const HEADER_LENGTH = 10; // channel.go messageHeaderLength
/** Largest body either side accepts or sends. */
export const MESSAGE_LENGTH_MAX = 4 << 20; // channel.go messageLengthMax

export const MessageType = {
  Request: 0x1, // channel.go messageTypeRequest
  Response: 0x2, // channel.go messageTypeResponse
  Data: 0x3, // channel.go messageTypeData (ttrpc v1.2 streams; we carry no streams)
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

export function isMessageType(t: number): t is MessageType {
  return t === MessageType.Request || t === MessageType.Response || t === MessageType.Data;
}

export interface FrameHeader {
  length: number;
  streamId: number;
  type: number;
  flags: number;
}

export interface Frame {
  streamId: number;
  type: MessageType;
  flags: number;
  body: Buffer;
}

export function decodeHeader(b: Uint8Array, offset = 0): FrameHeader {
  if (b.length - offset < HEADER_LENGTH) {
    throw new RangeError(`ttrpc frame header needs ${HEADER_LENGTH} bytes, got ${b.length - offset}`);
  }
  const v = new DataView(b.buffer, b.byteOffset + offset, HEADER_LENGTH);
  return { length: v.getUint32(0, false), streamId: v.getUint32(4, false), type: v.getUint8(8), flags: v.getUint8(9) };
}

/** The ResourceExhausted error both sides use for a body over MESSAGE_LENGTH_MAX. */
export function oversizeError(length: number, what: string): TtrpcError {
  return new TtrpcError(
    Code.ResourceExhausted,
    `${what}: message length ${length} exceeds maximum message size of ${MESSAGE_LENGTH_MAX}`,
  );
}

/**
 * Header and body of one frame in one buffer (one write). Refuses a body over MESSAGE_LENGTH_MAX,
 * as ttrpc's channel.send does, so an oversize message never reaches the wire.
 */
export function encodeFrame(streamId: number, type: MessageType, body: Uint8Array, flags = 0): Buffer {
  if (body.length > MESSAGE_LENGTH_MAX) throw oversizeError(body.length, `frame on stream ${streamId}`);
  if (!Number.isInteger(streamId) || streamId < 0 || streamId > 0xffffffff) {
    throw new RangeError(`ttrpc stream id ${streamId} is not a uint32`);
  }
  const out = Buffer.allocUnsafe(HEADER_LENGTH + body.length);
  out.writeUInt32BE(body.length, 0);
  out.writeUInt32BE(streamId, 4);
  out.writeUInt8(type, 8);
  out.writeUInt8(flags & 0xff, 9);
  out.set(body, HEADER_LENGTH);
  return out;
}
