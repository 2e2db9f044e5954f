// Seeded mutation fuzzing of the host's ttrpc client against a hostile agent (issue 34: "the guest is
// hostile"). Each case connects a TtrpcClient over an in-process socket pair to a fake agent, makes
// 1-3 calls through serviceClient with the real agent/health descriptors (lib/common/agent/api.ts),
// and answers with a byte stream built from valid responses, then mutated: protobuf-level tampering
// of the payload and of the ttrpc.Response envelope, header tampering, unsolicited frames, byte-level
// flips/inserts/deletes/splices, huge claimed lengths. Properties checked per case:
//   - every call settles before a deadline: it resolves with a well-typed message of its response
//     class (checked field by field against the .proto) or rejects with a TtrpcError of a valid code;
//   - nothing is thrown asynchronously (uncaughtException / unhandledRejection);
//   - where the stream for a call was left intact, the outcome is the one ttrpc prescribes (the
//     payload that was sent, the status that was sent, or the connection error that follows);
//   - the same bytes cut into different chunks give the same outcomes;
//   - the framer never holds more than one frame's bytes; the heap stays under a bound and does not
//     grow across cases; a connection that survived garbage still answers a fresh call.
// Why not Jazzer.js (the maintained-once coverage-guided JS fuzzer): its Linux prebuild needs
// glibc 2.38 (this machine has 2.36), building it fetches libFuzzer, and it is no longer maintained
// as open source. A seeded loop is reproducible: a failure names its seed and case index.
//
// CLI: node dist/test/fuzz/ttrpc-client.js [--seed N] [--seconds S | --iterations N] [--case K]
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import net, { type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import protobuf from 'protobufjs';
import { agentService, healthService } from '../../lib/common/agent/api.js';
import { packageRoot } from '../../lib/common/package-root.js';
import * as gen from '../../lib/common/proto/gen/protocols.js';
import { FrameParser, HEADER_LENGTH, MESSAGE_LENGTH_MAX, MessageType, TtrpcClient, TtrpcError, codeName, serviceClient, type CallOptions, type Frame } from '../../lib/common/ttrpc/index.js';
import { Code, isCode } from '../../lib/common/ttrpc/status.js';

// ---------------------------------------------------------------------------------------------
// Deterministic PRNG (sfc32 seeded through splitmix32): the same seed gives the same cases.

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const sm = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor((this.u32() / 0x100000000) * n);
  }

  chance(p: number): boolean {
    return this.u32() / 0x100000000 < p;
  }

  pick<T>(a: readonly T[]): T {
    return a[this.int(a.length)]!;
  }

  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((s, [, w]) => s + w, 0);
    let r = (this.u32() / 0x100000000) * total;
    for (const [v, w] of table) if ((r -= w) < 0) return v;
    return table[table.length - 1]![0];
  }

  bytes(n: number): Buffer {
    const b = Buffer.allocUnsafe(n);
    let i = 0;
    for (; i + 4 <= n; i += 4) b.writeUInt32LE(this.u32(), i);
    for (; i < n; i++) b[i] = this.u32() & 0xff;
    return b;
  }
}

/** The seed of case `index` of a run: cases are independent, so one can be replayed alone. */
export function caseSeed(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x5bd1e995, 0x27d4eb2d) ^ Math.imul(index + 1, 0x165667b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  return (h ^ (h >>> 13)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Protobuf wire format: enough to walk a message and tamper with it.

export function varint(v: number | bigint): Buffer {
  let x = BigInt(v);
  if (x < 0n) x &= 0xffffffffffffffffn; // negative int32/int64 go out as 10-byte two's complement
  const out: number[] = [];
  do {
    let b = Number(x & 0x7fn);
    x >>= 7n;
    if (x !== 0n) b |= 0x80;
    out.push(b);
  } while (x !== 0n);
  return Buffer.from(out);
}

function readVarint(b: Uint8Array, pos: number): { value: number; end: number } | null {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < 10; i++) {
    if (pos + i >= b.length) return null;
    const byte = b[pos + i]!;
    value += (byte & 0x7f) * mul;
    mul *= 128;
    if ((byte & 0x80) === 0) return { value, end: pos + i + 1 };
  }
  return null;
}

interface WireField {
  start: number;
  tagEnd: number;
  end: number;
  field: number;
  wt: number;
  /** wt 2 only: where the content starts (the length varint is tagEnd..valStart). */
  valStart: number;
}

/** The top-level fields of a message, as far as it parses (the first `limit`: a group bomb has 20000). */
export function walkWire(b: Uint8Array, limit = 512): WireField[] {
  const out: WireField[] = [];
  let pos = 0;
  while (pos < b.length && out.length < limit) {
    const tag = readVarint(b, pos);
    if (!tag) break;
    const wt = tag.value % 8;
    const field = Math.floor(tag.value / 8);
    let end: number;
    let valStart = tag.end;
    if (wt === 0) {
      const v = readVarint(b, tag.end);
      if (!v) break;
      end = v.end;
    } else if (wt === 1) end = tag.end + 8;
    else if (wt === 5) end = tag.end + 4;
    else if (wt === 2) {
      const l = readVarint(b, tag.end);
      if (!l) break;
      valStart = l.end;
      end = l.end + l.value;
    } else if (wt === 3 || wt === 4) end = tag.end;
    else break;
    if (end > b.length) break;
    out.push({ start: pos, tagEnd: tag.end, end, field, wt, valStart });
    pos = end;
  }
  return out;
}

const tagOf = (field: number, wt: number): Buffer => varint(BigInt(field) * 8n + BigInt(wt));

const PB_MUTATORS = ['pb-length', 'pb-wiretype', 'pb-fieldnum', 'pb-overlong-varint', 'pb-duplicate', 'pb-drop', 'pb-unknown', 'pb-group-bomb', 'pb-bad-utf8', 'pb-nested', 'pb-truncate', 'pb-bitflip'] as const;
type PbMutator = (typeof PB_MUTATORS)[number];

/** One protobuf-level mutation of a message; returns the new bytes and what was done. */
export function mutateProto(rng: Rng, b: Buffer, depth = 0): { bytes: Buffer; name: PbMutator } {
  const fields = walkWire(b);
  const name: PbMutator = fields.length === 0 ? rng.pick(['pb-unknown', 'pb-group-bomb', 'pb-bitflip'] as const) : rng.pick(PB_MUTATORS);
  const f = fields.length > 0 ? rng.pick(fields) : undefined;
  const len2 = fields.filter((x) => x.wt === 2);
  const cat = (...parts: Uint8Array[]): Buffer => Buffer.concat(parts);
  switch (name) {
    case 'pb-length': {
      const g = len2.length > 0 ? rng.pick(len2) : undefined;
      if (!g) break;
      const len = g.end - g.valStart;
      const n = rng.pick([len + 1, len + 1 + rng.int(64), Math.max(0, len - 1), 0, rng.int(len * 2 + 2), 0x7fffffff, 0xffffffff, 2 ** 35, 2 ** 63]);
      return { bytes: cat(b.subarray(0, g.tagEnd), varint(n), b.subarray(g.valStart)), name };
    }
    case 'pb-wiretype':
      return { bytes: cat(b.subarray(0, f!.start), tagOf(f!.field, rng.int(8)), b.subarray(f!.tagEnd)), name };
    case 'pb-fieldnum': {
      const n = rng.pick([0, 1, 2, 3, 4, 5, 6, 15, 16, 2047, 2 ** 29 - 1, 1 + rng.int(2 ** 29 - 1)]);
      return { bytes: cat(b.subarray(0, f!.start), tagOf(n, f!.wt), b.subarray(f!.tagEnd)), name };
    }
    case 'pb-overlong-varint': {
      // A varint's value replaced: 2^64-1, an 11-byte (invalid) one, a non-minimal zero, 2^63.
      const v = rng.pick([
        Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
        Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]),
        Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00]),
        varint(2n ** 63n),
        varint(-1),
      ]);
      const g = fields.find((x) => x.wt === 0) ?? f!;
      if (g.wt === 0) return { bytes: cat(b.subarray(0, g.tagEnd), v, b.subarray(g.end)), name };
      return { bytes: cat(b.subarray(0, g.start), v, b.subarray(g.tagEnd)), name }; // as a tag
    }
    case 'pb-duplicate': {
      const at = rng.chance(0.5) ? f!.end : b.length;
      return { bytes: cat(b.subarray(0, at), b.subarray(f!.start, f!.end), b.subarray(at)), name };
    }
    case 'pb-drop':
      return { bytes: cat(b.subarray(0, f!.start), b.subarray(f!.end)), name };
    case 'pb-unknown': {
      const wt = rng.pick([0, 1, 2, 5, 3, 4, 6, 7]);
      const body = wt === 0 ? varint(rng.u32()) : wt === 1 ? rng.bytes(8) : wt === 5 ? rng.bytes(4) : wt === 2 ? cat(varint(8), rng.bytes(8)) : Buffer.alloc(0);
      const at = rng.chance(0.5) || fields.length === 0 ? b.length : rng.pick(fields).start;
      return { bytes: cat(b.subarray(0, at), tagOf(1 + rng.int(2 ** 29 - 1), wt), body, b.subarray(at)), name };
    }
    case 'pb-group-bomb': {
      // Nested start-groups: unknown groups are skipped recursively by the decoder.
      const n = rng.pick([64, 100, 101, 1000, 20000]);
      const fieldNo = 100 + rng.int(1000);
      const start = tagOf(fieldNo, 3);
      const close = tagOf(fieldNo, 4);
      const opens = Buffer.alloc(n * start.length).fill(start);
      const closes = rng.chance(0.5) ? Buffer.alloc(n * close.length).fill(close) : Buffer.alloc(0);
      return { bytes: cat(b, opens, closes), name };
    }
    case 'pb-bad-utf8': {
      const g = len2.length > 0 ? rng.pick(len2) : undefined;
      if (!g) break;
      const bad = Buffer.from(rng.pick([[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x00]]));
      const content = cat(b.subarray(g.valStart, g.end), bad);
      return { bytes: cat(b.subarray(0, g.tagEnd), varint(content.length), content, b.subarray(g.end)), name };
    }
    case 'pb-nested': {
      const g = len2.length > 0 ? rng.pick(len2) : undefined;
      if (!g || depth >= 4) break;
      const inner = mutateProto(rng, b.subarray(g.valStart, g.end), depth + 1).bytes;
      return { bytes: cat(b.subarray(0, g.tagEnd), varint(inner.length), inner, b.subarray(g.end)), name };
    }
    case 'pb-truncate':
      return { bytes: b.subarray(0, rng.int(b.length)), name };
    case 'pb-bitflip':
      break;
  }
  const out = Buffer.from(b.length > 0 ? b : [0]);
  for (let i = 1 + rng.int(3); i > 0; i--) out[rng.int(out.length)]! ^= 1 << rng.int(8);
  return { bytes: out, name: 'pb-bitflip' };
}

// ---------------------------------------------------------------------------------------------
// Random valid messages and the well-typedness check, both driven by the .proto files.

interface MessageClass {
  new (): object;
  encode(m: object): { finish(): Uint8Array };
  decode(d: Uint8Array): object;
  getTypeUrl(prefix?: string): string;
}

function isMessageClass(v: unknown): v is MessageClass {
  return typeof v === 'function' && 'decode' in v && 'encode' in v && 'getTypeUrl' in v;
}

/** The generated class of a reflected type (".grpc.CgroupStats" → gen.grpc.CgroupStats). */
function staticClass(fullName: string): MessageClass {
  let at: unknown = gen;
  for (const part of fullName.replace(/^\./, '').split('.')) at = at !== null && typeof at === 'object' || typeof at === 'function' ? (at as Record<string, unknown>)[part] : undefined;
  if (!isMessageClass(at)) throw new Error(`no generated class for ${fullName}`);
  return at;
}

class Schema {
  readonly root: protobuf.Root;
  private readonly byUrl = new Map<string, protobuf.Type>();

  constructor() {
    const protoDir = join(packageRoot(), 'proto');
    this.root = new protobuf.Root();
    // google/protobuf/* come with protobufjs; everything else from our proto/ (google/rpc too).
    this.root.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? target : join(protoDir, target));
    this.root.loadSync(['agent.proto', 'health.proto', 'ttrpc.proto']);
    this.root.resolveAll();
  }

  typeOf(cls: MessageClass): protobuf.Type {
    const url = cls.getTypeUrl('');
    let t = this.byUrl.get(url);
    if (!t) {
      t = this.root.lookupType(url.replace(/^\//, ''));
      this.byUrl.set(url, t);
    }
    return t;
  }
}

const STRINGS = ['', 'a', 'c1', 'e1', 'é', '日本', '\u0000', '\ud800', '\u{1f600}', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '1', '4294967296'];

function randomString(rng: Rng): string {
  if (rng.chance(0.7)) return rng.pick(STRINGS);
  const n = rng.pick([1, 8, 64, 1000, 5000]);
  return rng.chance(0.5) ? 'x'.repeat(n) : String.fromCharCode(...Array.from({ length: Math.min(n, 2000) }, () => 32 + rng.int(0x2fd0)));
}

function randomScalar(rng: Rng, type: string): unknown {
  switch (type) {
    case 'double':
    case 'float':
      return rng.pick([0, -0, 1.5, -2.25, NaN, Infinity, -Infinity, 1e308, 5e-324, rng.u32() / 7]);
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return rng.pick([0, 1, -1, 127, 128, 2 ** 31 - 1, -(2 ** 31), rng.u32() | 0]);
    case 'uint32':
    case 'fixed32':
      return rng.pick([0, 1, 255, 2 ** 32 - 1, rng.u32()]);
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return rng.pick([0, 1, -1, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 63, rng.u32() * 65536]);
    case 'uint64':
    case 'fixed64':
      return rng.pick([0, 1, 2 ** 53 - 1, 2 ** 63, 2 ** 64 - 2048, rng.u32() * 65536]);
    case 'bool':
      return rng.chance(0.5);
    case 'string':
      return randomString(rng);
    case 'bytes':
      return rng.bytes(rng.weighted([[0, 2], [1 + rng.int(64), 6], [1 + rng.int(16384), 1], [65536 + rng.int(200000), 0.05]]));
  }
  throw new Error(`scalar type ${type}`);
}

function randomValue(rng: Rng, f: protobuf.Field, depth: number): unknown {
  const rt = f.resolvedType;
  if (rt instanceof protobuf.Type) return depth >= 5 ? {} : randomMessage(rng, rt, depth + 1);
  if (rt instanceof protobuf.Enum) return rng.chance(0.8) ? rng.pick(Object.values(rt.values)) : rng.pick([-1, 99, 2 ** 31 - 1]);
  return randomScalar(rng, f.type);
}

/** A random message of type t as a plain object (maps without a prototype, so "__proto__" is a key). */
export function randomMessage(rng: Rng, t: protobuf.Type, depth = 0): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const f of t.fieldsArray) {
    if (!rng.chance(depth === 0 ? 0.75 : 0.5)) continue;
    if (f instanceof protobuf.MapField) {
      const m = Object.create(null) as Record<string, unknown>;
      for (let i = rng.int(4); i > 0; i--) m[randomString(rng)] = randomValue(rng, f, depth);
      o[f.name] = m;
    } else if (f.repeated) {
      o[f.name] = Array.from({ length: rng.int(4) }, () => randomValue(rng, f, depth));
    } else {
      o[f.name] = randomValue(rng, f, depth);
    }
  }
  return o;
}

function scalarOk(type: string, x: unknown): boolean {
  switch (type) {
    case 'double':
    case 'float':
      return typeof x === 'number';
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return Number.isInteger(x) && (x as number) >= -(2 ** 31) && (x as number) < 2 ** 31;
    case 'uint32':
    case 'fixed32':
      return Number.isInteger(x) && (x as number) >= 0 && (x as number) < 2 ** 32;
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return Number.isInteger(x); // the generated code turns Long into number (scripts/gen-proto.mjs)
    case 'uint64':
    case 'fixed64':
      return Number.isInteger(x) && (x as number) >= 0;
    case 'bool':
      return typeof x === 'boolean';
    case 'string':
      return typeof x === 'string';
    case 'bytes':
      return x instanceof Uint8Array;
  }
  return false;
}

export interface TypeNotes {
  /** Map entries whose message value was absent on the wire: decoded as null (legal, but not what the .d.ts says). */
  nullMapValues: number;
}

function valueProblem(f: protobuf.Field, x: unknown, path: string, notes: TypeNotes, inMap: boolean): string | null {
  const rt = f.resolvedType;
  if (rt instanceof protobuf.Type) {
    if (x === null && inMap) {
      notes.nullMapValues++;
      return null;
    }
    return messageProblem(x, rt, path, notes);
  }
  if (rt instanceof protobuf.Enum) return Number.isInteger(x) && (x as number) >= -(2 ** 31) && (x as number) < 2 ** 31 ? null : `${path}: enum ${rt.name} value ${String(x)}`;
  return scalarOk(f.type, x) ? null : `${path}: ${f.type} expected, got ${typeof x} ${String(x).slice(0, 40)}`;
}

/** Why v is not a well-typed decoded message of type t (null when it is). */
export function messageProblem(v: unknown, t: protobuf.Type, path: string, notes: TypeNotes): string | null {
  const cls = staticClass(t.fullName);
  if (!(v instanceof cls)) return `${path}: not a ${t.fullName}`;
  const rec = v as Record<string, unknown>;
  for (const f of t.fieldsArray) {
    const x = rec[f.name];
    const p = `${path}.${f.name}`;
    if (f instanceof protobuf.MapField) {
      if (x === null || typeof x !== 'object' || Array.isArray(x)) return `${p}: map expected`;
      if (Object.getPrototypeOf(x) !== Object.prototype) return `${p}: map's prototype was replaced`;
      for (const k of Object.keys(x)) {
        const e = valueProblem(f, (x as Record<string, unknown>)[k], `${p}[${JSON.stringify(k)}]`, notes, true);
        if (e) return e;
      }
    } else if (f.repeated) {
      if (!Array.isArray(x)) return `${p}: array expected`;
      for (let i = 0; i < x.length; i++) {
        const e = valueProblem(f, x[i], `${p}[${i}]`, notes, false);
        if (e) return e;
      }
    } else if (f.resolvedType instanceof protobuf.Type) {
      if (x !== null && x !== undefined) {
        const e = messageProblem(x, f.resolvedType, p, notes);
        if (e) return e;
      }
    } else {
      const e = valueProblem(f, x, p, notes, false);
      if (e) return e;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Transport: the agent's connection is a socket pair (as lib/common/vsock does it) or a unix socket.

type Transport = 'socketpair' | 'unix';

interface PairMaker {
  transport: Transport;
  pair(): Promise<[client: Socket, server: Socket]>;
  close(): Promise<void>;
}

async function pairMaker(want: Transport | undefined): Promise<PairMaker> {
  if (want !== 'unix') {
    try {
      const { socketPair } = await import('../../lib/common/vsock/socket.js');
      socketPair().forEach((s) => s.destroy()); // the addon loads, or we fall back
      return { transport: 'socketpair', pair: () => Promise.resolve(socketPair()), close: () => Promise.resolve() };
    } catch (e) {
      if (want === 'socketpair') throw e;
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'kata-ts-fuzz-'));
  const path = join(dir, 'agent.sock');
  const accepted: Socket[] = [];
  const waiting: ((s: Socket) => void)[] = [];
  const server = net.createServer((s) => {
    const w = waiting.shift();
    if (w) w(s);
    else accepted.push(s);
  });
  await new Promise<void>((r) => server.listen(path, r));
  return {
    transport: 'unix',
    pair: async () => {
      const c = net.connect(path);
      const s = await new Promise<Socket>((r) => {
        const got = accepted.shift();
        if (got) r(got);
        else waiting.push(r);
      });
      if (c.connecting) await new Promise((r) => c.once('connect', r));
      return [c, s];
    },
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The fake agent: reads the client's requests, writes what the case says.

class FakeAgent {
  readonly requests: Frame[] = [];
  private readonly parser = new FrameParser();
  private wake: (() => void) | null = null;

  constructor(readonly sock: Socket) {
    sock.on('data', (chunk: Buffer) => {
      for (const ev of this.parser.push(chunk)) if (ev.kind === 'frame') this.requests.push(ev.frame);
      this.wake?.();
    });
    sock.on('close', () => this.wake?.());
    sock.on('error', () => undefined); // EPIPE/ECONNRESET once the client gave up: expected
  }

  async waitRequests(n: number, ms: number): Promise<boolean> {
    const end = performance.now() + ms;
    while (this.requests.length < n && !this.sock.destroyed && performance.now() < end) {
      await new Promise<void>((r) => {
        const timer = setTimeout(r, 20);
        this.wake = () => {
          clearTimeout(timer);
          r();
        };
      });
      this.wake = null;
    }
    return this.requests.length >= n;
  }

  write(b: Uint8Array): boolean {
    if (this.sock.destroyed || this.sock.writableEnded) return false;
    this.sock.write(b);
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// A case: calls, then the answer stream.

interface Method {
  key: string;
  service: string;
  name: string;
  responseClass: MessageClass;
}

const METHODS: readonly Method[] = [
  ...Object.entries(healthService.methods).map(([name, m]) => ({ key: `${healthService.serviceName}/${name}`, service: healthService.serviceName, name, responseClass: m.responseType as MessageClass })),
  ...Object.entries(agentService.methods).map(([name, m]) => ({ key: `${agentService.serviceName}/${name}`, service: agentService.serviceName, name, responseClass: m.responseType as MessageClass })),
];
const BY_KEY = new Map(METHODS.map((m) => [m.key, m]));
// The calls the host makes most, and whose answers carry the most structure, come up more often.
const FAVOURED = ['grpc.Health/Check', 'grpc.AgentService/WaitProcess', 'grpc.AgentService/ReadStdout', 'grpc.AgentService/StatsContainer', 'grpc.AgentService/GetGuestDetails', 'grpc.AgentService/ListInterfaces', 'grpc.AgentService/ListRoutes'];

type Mode = 'end' | 'destroy' | 'keep';
type Chunking = 'whole' | 'split' | 'tiny';

interface CallPlan {
  method: Method;
  timeoutMs: number | undefined;
  /** Abort after this many turns of the loop (undefined: never). */
  abortAfter: number | undefined;
}

interface CasePlan {
  calls: CallPlan[];
  mode: Mode;
  chunking: Chunking;
  special: 'none' | 'oversize-stream' | 'max-frame';
  replay: boolean;
}

/** What ttrpc prescribes for a call whose part of the stream was left intact. */
type Expect = { resolve: Buffer } | { reject: Code; statusMessage?: string } | 'any';

interface Stream {
  bytes: Buffer;
  mutations: string[];
  /** Per stream id; absent when the stream was mangled so that nothing can be said. */
  expect: Map<number, Expect>;
}

type Outcome = { kind: 'resolved'; value: unknown; ms: number } | { kind: 'rejected'; error: unknown; ms: number } | { kind: 'pending' };

export interface CaseReport {
  index: number;
  caseSeed: number;
  mode: Mode;
  special: CasePlan['special'];
  mutations: string[];
  bytes: number;
  /** Wall time of the case, replay included. */
  ms: number;
  calls: { method: string; outcome: 'resolved' | 'rejected' | 'pending'; code?: string; ms?: number }[];
  failure?: string;
}

export interface Failure {
  index: number;
  caseSeed: number;
  kind: string;
  detail: string;
}

export interface FuzzOptions {
  seed?: number;
  /** Run this many cases (default 1000 when seconds is not given either). */
  iterations?: number;
  /** Or run for this long. */
  seconds?: number;
  /** Run only these case indices of the seed (replay of a failure). */
  only?: number[];
  /** Cases in flight at once (they share the loop while one waits for a deadline). */
  concurrency?: number;
  transport?: Transport;
  /** Fail when heapUsed goes over this (default 256 MiB). */
  heapBoundBytes?: number;
  /** Fail when the heap after GC grew more than this from the warm-up to the end (default 32 MiB; checked from 2000 cases). */
  heapGrowthBoundBytes?: number;
  onCase?: (r: CaseReport) => void;
  /** Stop after this many failures (default 20). */
  maxFailures?: number;
}

export interface FuzzResult {
  seed: number;
  transport: Transport;
  cases: number;
  calls: number;
  resolved: number;
  rejected: number;
  /** Rejections by gRPC code name (ConnectionClosed counted as Unavailable). */
  rejectedBy: Record<string, number>;
  /** Cases in which each mutation was applied. */
  mutations: Record<string, number>;
  /** Calls whose outcome was checked against what ttrpc prescribes. */
  exactChecks: number;
  replays: number;
  followUps: number;
  nullMapValues: number;
  maxHeapUsed: number;
  maxArrayBuffers: number;
  heapAfterGc: { warm: number; end: number } | undefined;
  maxClientBuffered: number;
  durationMs: number;
  casesPerSecond: number;
  failures: Failure[];
}

const MAX_BODY = MESSAGE_LENGTH_MAX;

function header(length: number, id: number, type: number, flags = 0): Buffer {
  const h = Buffer.allocUnsafe(HEADER_LENGTH);
  h.writeUInt32BE(length >>> 0, 0);
  h.writeUInt32BE(id >>> 0, 4);
  h[8] = type & 0xff;
  h[9] = flags & 0xff;
  return h;
}

function planCase(rng: Rng): CasePlan {
  const special = rng.weighted([['none', 1000], ['oversize-stream', 2], ['max-frame', 2]] as const);
  const mode: Mode = special !== 'none' ? 'end' : rng.weighted([['end', 55], ['destroy', 15], ['keep', 30]] as const);
  const n = special === 'max-frame' ? 1 : 1 + rng.int(3);
  const calls: CallPlan[] = [];
  for (let i = 0; i < n; i++) {
    const method = special === 'max-frame' ? BY_KEY.get('grpc.AgentService/ReadStdout')! : rng.chance(0.6) ? BY_KEY.get(rng.pick(FAVOURED))! : rng.pick(METHODS);
    // A connection left open settles only through deadlines, so every call there has one.
    const timeoutMs = special !== 'none' ? undefined : mode === 'keep' || rng.chance(0.15) ? 2 + rng.int(30) : undefined;
    const abortAfter = special === 'none' && rng.chance(0.05) ? rng.int(6) : undefined;
    calls.push({ method, timeoutMs, abortAfter });
  }
  const chunking: Chunking = special !== 'none' ? 'split' : rng.weighted([['whole', 5], ['split', 4], ['tiny', 1]] as const);
  const replay = special === 'none' && mode === 'end' && calls.every((c) => c.timeoutMs === undefined && c.abortAfter === undefined) && rng.chance(0.25);
  return { calls, mode, chunking, special, replay };
}

class StreamBuilder {
  private readonly pieces: { bytes: Buffer; effect: Effect }[] = [];
  readonly mutations: string[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly schema: Schema,
  ) {}

  build(plan: CasePlan, requests: Frame[]): Stream {
    const rng = this.rng;
    const ids = requests.map((f) => f.streamId);
    if (plan.special === 'max-frame') return this.maxFrame(ids[0]!);
    const order = [...requests];
    if (rng.chance(0.3)) {
      // Answers out of order are legal ttrpc.
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    }
    for (const req of order) this.answer(req);
    for (let k = rng.weighted([[0, 60], [1, 25], [2, 10], [3, 5]] as const); k > 0; k--) this.unsolicited(ids);
    if (plan.special === 'oversize-stream') {
      // A claimed body far over the limit: refused at the header, its bytes streamed separately.
      this.pieces.unshift({ bytes: header(this.rng.pick([MAX_BODY + 1, 2 ** 31, 0xffffffff]), ids[0]!, MessageType.Response), effect: { kind: 'oversize', id: ids[0]! } });
      this.mutations.push('oversize-stream');
    }
    let bytes: Buffer = Buffer.concat(this.pieces.map((p) => p.bytes));
    let mangled = false;
    if (plan.special === 'none' && rng.chance(0.35)) {
      for (let k = 1 + rng.int(3); k > 0; k--) bytes = this.mutateStream(bytes, requests);
      mangled = true;
    }
    return { bytes, mutations: this.mutations, expect: mangled ? new Map() : this.expectations(ids, plan.mode) };
  }

  private answer(req: Frame): void {
    const rng = this.rng;
    const r = gen.ttrpc.Request.decode(req.body);
    const m = BY_KEY.get(`${r.service}/${r.method}`);
    if (!m) throw new Error(`the client asked for ${r.service}/${r.method}, which the fuzzer does not know`);
    const kind = rng.weighted([['ok', 70], ['error', 12], ['both', 4], ['none', 5], ['twice', 5], ['empty', 4]] as const);
    if (kind === 'none') return void this.mutations.push('no-answer');
    if (kind !== 'ok') this.mutations.push(`answer-${kind}`);
    const one = (): void => {
      const payload = kind === 'empty' ? Buffer.alloc(0) : Buffer.from(m.responseClass.encode(randomMessage(rng, this.schema.typeOf(m.responseClass))).finish());
      const status = kind === 'error' || kind === 'both' ? this.randomStatus() : undefined;
      const sent = kind === 'empty' || (kind === 'error' && rng.chance(0.7)) ? Buffer.alloc(0) : payload;
      let body: Buffer = kind === 'empty' ? Buffer.alloc(0) : Buffer.from(gen.ttrpc.Response.encode({ status, payload: sent.length > 0 ? sent : undefined }).finish());
      let effect: Effect;
      const code = status?.code ?? Code.OK;
      if (code === Code.OK) {
        // What the client must hand back: what a trusted decode of the payload gives, re-encoded.
        const ref = Buffer.from(m.responseClass.encode(m.responseClass.decode(sent)).finish());
        effect = { kind: 'answer', id: req.streamId, expect: { resolve: ref } };
      } else {
        // The message as UTF-8 carries it (a lone surrogate does not survive the trip).
        const statusMessage = gen.google.rpc.Status.decode(gen.google.rpc.Status.encode(status ?? {}).finish()).message;
        effect = { kind: 'answer', id: req.streamId, expect: { reject: isCode(code) ? code : Code.Unknown, statusMessage } };
      }
      if (rng.chance(0.3)) {
        // Protobuf-level tampering keeps the frame's length right: the decoders see it, not the framer.
        const inEnvelope = rng.chance(0.35);
        let target: Buffer = inEnvelope ? body : payload;
        for (let k = 1 + rng.int(3); k > 0; k--) {
          const mu = mutateProto(rng, target);
          target = mu.bytes;
          this.mutations.push(`${inEnvelope ? 'envelope' : 'payload'}:${mu.name}`);
        }
        body = inEnvelope ? target : Buffer.from(gen.ttrpc.Response.encode({ status, payload: target }).finish());
        effect = { kind: 'answer', id: req.streamId, expect: 'any' };
      }
      if (body.length > MAX_BODY) return; // cannot be a valid frame; the tampering tests elsewhere cover it
      let h = header(body.length, req.streamId, MessageType.Response, kind === 'ok' && rng.chance(0.05) ? rng.int(256) : 0);
      if (rng.chance(0.1)) {
        h = this.mutateHeader(h);
        effect = { kind: 'chaos' };
      }
      this.pieces.push({ bytes: Buffer.concat([h, body]), effect });
    };
    one();
    if (kind === 'twice') one();
  }

  private randomStatus(): gen.google.rpc.IStatus {
    const rng = this.rng;
    return {
      code: rng.pick([1, 2, 3, 4, 5, 8, 9, 12, 13, 14, 16, 17, 255, -1, 2 ** 31 - 1, 0]),
      message: randomString(rng),
      details: rng.chance(0.3) ? [{ type_url: randomString(rng), value: rng.bytes(rng.int(32)) }] : [],
    };
  }

  private mutateHeader(h: Buffer): Buffer {
    const rng = this.rng;
    const len = h.readUInt32BE(0);
    const what = rng.pick(['hdr-length', 'hdr-length', 'hdr-stream', 'hdr-type', 'hdr-flags'] as const);
    this.mutations.push(what);
    const out = Buffer.from(h);
    if (what === 'hdr-length') out.writeUInt32BE(rng.pick([0, Math.max(0, len - 1), len + 1, len + rng.int(100), MAX_BODY, MAX_BODY + 1, 0x7fffffff, 0xffffffff, rng.u32()]) >>> 0, 0);
    else if (what === 'hdr-stream') out.writeUInt32BE(rng.pick([0, 2, 1, 3, 5, 0xffffffff, rng.u32()]) >>> 0, 4);
    else if (what === 'hdr-type') out[8] = rng.pick([0, 1, 3, 4, 0x7f, 0xff, rng.int(256)]);
    else out[9] = rng.int(256);
    return out;
  }

  private unsolicited(ids: number[]): void {
    const rng = this.rng;
    const maxId = Math.max(...ids);
    const kind = rng.weighted([['stray-response', 45], ['foreign-type', 30], ['unknown-type', 10], ['oversize', 8], ['empty-frame', 7]] as const);
    this.mutations.push(`unsolicited:${kind}`);
    const at = rng.int(this.pieces.length + 1);
    let piece: { bytes: Buffer; effect: Effect };
    if (kind === 'stray-response') {
      // Answers to stream ids never sent: even (server-initiated), zero, beyond the last, the largest.
      const id = rng.pick([0, 2, 4, maxId + 2, maxId + 2 * (1 + rng.int(1000)), 0xffffffff, 0xfffffffe]);
      const body = rng.chance(0.5) ? Buffer.from(gen.ttrpc.Response.encode({ payload: rng.bytes(rng.int(40)) }).finish()) : rng.bytes(rng.int(40));
      piece = { bytes: Buffer.concat([header(body.length, id, MessageType.Response, rng.int(4)), body]), effect: { kind: 'none' } };
    } else if (kind === 'foreign-type') {
      const id = rng.chance(0.6) ? rng.pick(ids) : rng.pick([0, 2, maxId + 2]);
      const body = rng.bytes(rng.int(40));
      piece = { bytes: Buffer.concat([header(body.length, id, rng.pick([MessageType.Request, MessageType.Data]), rng.int(4)), body]), effect: { kind: 'foreign', id } };
    } else if (kind === 'unknown-type') {
      const body = rng.bytes(rng.int(20));
      piece = { bytes: Buffer.concat([header(body.length, rng.pick([...ids, 0, 2]), rng.pick([0, 4, 5, 0x7f, 0xff, 4 + rng.int(252)]), 0), body]), effect: { kind: 'fatal' } };
    } else if (kind === 'oversize') {
      const id = rng.chance(0.5) ? rng.pick(ids) : maxId + 2;
      piece = { bytes: Buffer.concat([header(rng.pick([MAX_BODY + 1, MAX_BODY + 1 + rng.int(1 << 20), 0x80000000, 0xffffffff]), id, MessageType.Response), rng.bytes(rng.int(256))]), effect: { kind: 'oversize', id } };
    } else {
      // An empty Response body decodes to OK with an empty payload; an empty Data frame is a foreign type.
      const id = rng.pick([...ids, maxId + 2, 0]);
      const type = rng.pick([MessageType.Response, MessageType.Data]);
      const effect: Effect = !ids.includes(id) ? { kind: 'none' } : type === MessageType.Response ? { kind: 'empty', id } : { kind: 'foreign', id };
      piece = { bytes: header(0, id, type, 0), effect };
    }
    this.pieces.splice(at, 0, piece);
  }

  private mutateStream(b: Buffer, requests: Frame[]): Buffer {
    const rng = this.rng;
    const what = rng.pick(['bitflip', 'interesting-byte', 'insert', 'delete', 'duplicate', 'splice-frame', 'truncate', 'header-at-random'] as const);
    this.mutations.push(what);
    const at = rng.int(b.length + 1);
    switch (what) {
      case 'bitflip': {
        const out = Buffer.from(b);
        for (let k = 1 + rng.int(8); k > 0 && out.length > 0; k--) out[rng.int(out.length)]! ^= 1 << rng.int(8);
        return out;
      }
      case 'interesting-byte': {
        const out = Buffer.from(b);
        if (out.length > 0) out[rng.int(out.length)] = rng.pick([0x00, 0xff, 0x7f, 0x80, 0x01, 0x02, 0x03]);
        return out;
      }
      case 'insert':
        return Buffer.concat([b.subarray(0, at), rng.bytes(1 + rng.int(16)), b.subarray(at)]);
      case 'delete':
        return Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + rng.int(16)))]);
      case 'duplicate': {
        const from = rng.int(b.length + 1);
        return Buffer.concat([b.subarray(0, at), b.subarray(from, from + 1 + rng.int(64)), b.subarray(at)]);
      }
      case 'splice-frame': {
        // A valid answer for one of the calls, dropped anywhere, possibly mid-frame.
        const req = rng.pick(requests);
        const m = BY_KEY.get(`${gen.ttrpc.Request.decode(req.body).service}/${gen.ttrpc.Request.decode(req.body).method}`)!;
        const body = gen.ttrpc.Response.encode({ payload: m.responseClass.encode(randomMessage(rng, this.schema.typeOf(m.responseClass))).finish() }).finish();
        return Buffer.concat([b.subarray(0, at), header(body.length, req.streamId, MessageType.Response), body, b.subarray(at)]);
      }
      case 'truncate':
        return b.subarray(0, at);
      case 'header-at-random': {
        const out = Buffer.from(b);
        if (out.length >= 4) out.writeUInt32BE(rng.pick([0, MAX_BODY, MAX_BODY + 1, 0xffffffff, rng.u32()]) >>> 0, rng.int(out.length - 3));
        return out;
      }
    }
  }

  private maxFrame(id: number): Stream {
    // A ReadStdout answer whose Response body is MESSAGE_LENGTH_MAX plus -2..+2 bytes: at the limit it
    // must arrive whole, over it be refused with ResourceExhausted.
    const target = MAX_BODY + this.rng.int(5) - 2;
    const dataLen = target - 10; // 0x12 len(4) [0x0a len(4) data]
    const payload = gen.grpc.ReadStreamResponse.encode({ data: Buffer.alloc(dataLen, 0x61) }).finish();
    const body = Buffer.from(gen.ttrpc.Response.encode({ payload }).finish());
    if (body.length !== target) throw new Error(`max-frame: built ${body.length} bytes, meant ${target}`);
    this.mutations.push(target <= MAX_BODY ? 'max-frame-at-limit' : 'max-frame-over-limit');
    const bytes = Buffer.concat([header(body.length, id, MessageType.Response), body]);
    const expect: Expect = target <= MAX_BODY ? { resolve: Buffer.from(payload) } : { reject: Code.ResourceExhausted };
    return { bytes, mutations: this.mutations, expect: new Map([[id, expect]]) };
  }

  /** Replays ttrpc's rules over the pieces to say what each call must end with. */
  private expectations(ids: number[], mode: Mode): Map<number, Expect> {
    const out = new Map<number, Expect>();
    let state: 'alive' | 'closed' | 'swallowing' | 'chaos' = 'alive';
    for (const { effect } of this.pieces) {
      if (state !== 'alive') break;
      const open = (id: number): boolean => ids.includes(id) && !out.has(id);
      switch (effect.kind) {
        case 'answer':
          if (open(effect.id)) out.set(effect.id, effect.expect);
          break;
        case 'empty':
          if (open(effect.id)) out.set(effect.id, { resolve: Buffer.alloc(0) }); // the default message
          break;
        case 'foreign':
          if (open(effect.id)) out.set(effect.id, { reject: Code.Internal });
          break;
        case 'oversize':
          if (open(effect.id)) out.set(effect.id, { reject: Code.ResourceExhausted });
          state = 'swallowing';
          break;
        case 'fatal':
          state = 'closed';
          break;
        case 'chaos':
          state = 'chaos';
          break;
        case 'none':
          break;
      }
    }
    for (const id of ids) {
      if (out.has(id)) continue;
      if (state === 'chaos') out.set(id, 'any');
      else if (state === 'closed' || mode !== 'keep') out.set(id, { reject: Code.Unavailable });
      else out.set(id, { reject: Code.DeadlineExceeded });
    }
    return out;
  }
}

type Effect =
  | { kind: 'answer'; id: number; expect: Expect }
  | { kind: 'empty'; id: number }
  | { kind: 'foreign'; id: number }
  | { kind: 'oversize'; id: number }
  | { kind: 'fatal' }
  | { kind: 'chaos' }
  | { kind: 'none' };

/** The socket can take more, or never will (the client may cut the connection mid-stream). */
function drained(s: Socket): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      s.off('drain', done);
      s.off('close', done);
      resolve();
    };
    s.on('drain', done);
    s.on('close', done);
  });
}

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function deliver(agent: FakeAgent, bytes: Buffer, chunking: Chunking, rng: Rng): Promise<void> {
  if (chunking === 'whole' || bytes.length === 0) {
    agent.write(bytes);
    return;
  }
  const cuts = new Set<number>();
  // tiny: the first bytes (the headers) 1-3 at a time, the rest in up to 16 pieces; every piece
  // costs a turn of the loop, so a long stream is not cut byte by byte.
  if (chunking === 'tiny') for (let i = 1; i < Math.min(bytes.length, 48); i += 1 + rng.int(3)) cuts.add(i);
  for (let k = chunking === 'tiny' ? 16 : 1 + rng.int(8); k > 0; k--) cuts.add(1 + rng.int(bytes.length));
  let from = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    if (!agent.write(bytes.subarray(from, at))) return;
    from = at;
    await turn(); // lets the client read this piece on its own
  }
  agent.write(bytes.subarray(from));
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : `${typeof e} ${String(e)}`;
}

function outcomeKey(o: Outcome, cls: MessageClass): string {
  if (o.kind === 'resolved') return `resolved:${Buffer.from(cls.encode(o.value as object).finish()).toString('base64')}`;
  if (o.kind === 'rejected') return `rejected:${o.error instanceof TtrpcError ? codeName(o.error.code) : describe(o.error)}`;
  return 'pending';
}

interface Env {
  pairs: PairMaker;
  schema: Schema;
  notes: TypeNotes;
}

interface Run {
  outcomes: Outcome[];
  stream: Stream;
  problems: { kind: string; detail: string }[];
  buffered: number;
  followUp: boolean;
}

/** One run of a case's calls against a stream (built here from the requests, or given for a replay). */
async function execute(env: Env, plan: CasePlan, rng: Rng, given: Stream | undefined, chunking: Chunking): Promise<Run> {
  const [cs, ss] = await env.pairs.pair();
  const client = new TtrpcClient(cs);
  const agent = new FakeAgent(ss);
  const problems: Run['problems'] = [];
  const stubs: Record<string, Record<string, (req: Record<string, never>, opts?: CallOptions) => Promise<unknown>>> = {
    [healthService.serviceName]: serviceClient(client, healthService),
    [agentService.serviceName]: serviceClient(client, agentService),
  };
  const t0 = performance.now();
  const outcomes: Outcome[] = plan.calls.map(() => ({ kind: 'pending' }));
  const aborts: AbortController[] = [];
  const settled = plan.calls.map((c, i) => {
    const opts: CallOptions = {};
    if (c.timeoutMs !== undefined) opts.timeoutMs = c.timeoutMs;
    if (c.abortAfter !== undefined) {
      const ac = new AbortController();
      opts.signal = ac.signal;
      aborts[i] = ac;
    }
    return stubs[c.method.service]![c.method.name]!({}, opts).then(
      (value) => void (outcomes[i] = { kind: 'resolved', value, ms: performance.now() - t0 }),
      (error: unknown) => void (outcomes[i] = { kind: 'rejected', error, ms: performance.now() - t0 }),
    );
  });
  plan.calls.forEach((c, i) => {
    if (c.abortAfter === undefined) return;
    void (async () => {
      for (let k = 0; k < c.abortAfter!; k++) await turn();
      aborts[i]!.abort();
    })();
  });
  let stream: Stream = given ?? { bytes: Buffer.alloc(0), mutations: [], expect: new Map() };
  let buffered = 0;
  let followUp = false;
  try {
    if (!(await agent.waitRequests(plan.calls.length, 2000))) {
      // A call aborted before its frame went out never reaches the agent: that is fine.
      if (plan.calls.every((c) => c.abortAfter === undefined)) problems.push({ kind: 'no-requests', detail: `the agent got ${agent.requests.length} of ${plan.calls.length} requests` });
    }
    const requests = agent.requests.slice();
    if (!given) stream = new StreamBuilder(rng, env.schema).build(plan, requests);
    if (plan.special === 'oversize-stream') {
      // The header went out first; now a body far larger than the limit, 64 KiB at a time.
      agent.write(stream.bytes);
      const chunk = Buffer.alloc(65536, 0xee);
      for (let sent = 0; sent < 8 << 20 && ss.writable; sent += chunk.length) {
        if (!ss.write(chunk)) await drained(ss);
        buffered = Math.max(buffered, client.framerState.bufferedBytes);
      }
      await turn();
      buffered = Math.max(buffered, client.framerState.bufferedBytes);
      if (buffered > HEADER_LENGTH + 65536) problems.push({ kind: 'oversize-buffered', detail: `the client held ${buffered} bytes of a body it should skip` });
    } else {
      await deliver(agent, stream.bytes, chunking, rng);
    }
    if (plan.mode === 'end') ss.end();
    else if (plan.mode === 'destroy') ss.destroy();
    // The deadline: the longest call deadline plus generous slack for a loaded 2-core machine.
    const limit = Math.max(0, ...plan.calls.map((c) => c.timeoutMs ?? 0)) + 3000;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(settled), new Promise<void>((r) => (timer = setTimeout(r, limit)))]);
    clearTimeout(timer);
    buffered = Math.max(buffered, client.framerState.bufferedBytes);
    if (buffered >= HEADER_LENGTH + MESSAGE_LENGTH_MAX || (plan.special !== 'oversize-stream' && buffered > stream.bytes.length)) {
      problems.push({ kind: 'buffer-bound', detail: `the client's framer holds ${buffered} bytes (${stream.bytes.length} sent)` });
    }
    outcomes.forEach((o, i) => {
      if (o.kind === 'pending') problems.push({ kind: 'hang', detail: `${plan.calls[i]!.method.key} did not settle within ${limit} ms (mode ${plan.mode}, timeout ${plan.calls[i]!.timeoutMs ?? 'none'})` });
    });
    if (outcomes.every((o) => o.kind !== 'pending') && client.pendingCalls !== 0) problems.push({ kind: 'pending-leak', detail: `${client.pendingCalls} calls still pending in the client after all settled` });
    // A connection that survived the garbage, with no frame half-read, must still answer.
    if (plan.mode === 'keep' && !client.closed && problems.length === 0) {
      const until = performance.now() + 1000;
      while (cs.bytesRead < ss.bytesWritten && performance.now() < until) await sleep(1);
      if (!client.framerState.midFrame && !client.closed) {
        followUp = true;
        const check = stubs[healthService.serviceName]!.Check!({}, { timeoutMs: 2000 });
        const n = agent.requests.length + 1;
        const got = await agent.waitRequests(n, 2000);
        if (got) {
          const id = agent.requests[n - 1]!.streamId;
          const body = gen.ttrpc.Response.encode({ payload: gen.grpc.HealthCheckResponse.encode({ status: gen.grpc.HealthCheckResponse.ServingStatus.SERVING }).finish() }).finish();
          agent.write(Buffer.concat([header(body.length, id, MessageType.Response), body]));
        }
        const r = await check.then(
          (v) => (v instanceof gen.grpc.HealthCheckResponse && v.status === gen.grpc.HealthCheckResponse.ServingStatus.SERVING ? null : `answered ${JSON.stringify(v)}`),
          (e: unknown) => describe(e),
        );
        if (r) problems.push({ kind: 'dead-after-garbage', detail: `a fresh Check on the surviving connection failed: ${r}` });
      }
    }
  } finally {
    client.close();
    ss.destroy();
  }
  return { outcomes, stream, problems, buffered, followUp };
}

function checkOutcome(env: Env, plan: CasePlan, call: CallPlan, o: Outcome, expect: Expect | undefined): string | null {
  if (o.kind === 'pending') return null; // reported as a hang
  if (o.kind === 'resolved') {
    const p = messageProblem(o.value, env.schema.typeOf(call.method.responseClass), call.method.responseClass.getTypeUrl('').slice(1), env.notes);
    if (p) return `ill-typed: ${p}`;
  } else {
    const e = o.error;
    if (!(e instanceof Error)) return `non-error-rejection: ${describe(e)}`;
    if (!(e instanceof TtrpcError) || !isCode(e.code)) return `untyped-rejection: ${describe(e)}`;
  }
  if (!expect || expect === 'any') return null;
  // Deadlines and aborts may always win the race; a destroyed socket may lose what was written.
  if (o.kind === 'rejected' && o.error instanceof TtrpcError) {
    const c = o.error.code;
    if (call.timeoutMs !== undefined && c === Code.DeadlineExceeded) return null;
    if (call.abortAfter !== undefined && c === Code.Canceled) return null;
    if (plan.mode === 'destroy' && c === Code.Unavailable) return null;
  }
  if ('resolve' in expect) {
    if (o.kind !== 'resolved') return `wrong-outcome: expected the payload sent, got ${describe(o.error)}`;
    const got = Buffer.from(call.method.responseClass.encode(o.value as object).finish());
    if (!got.equals(expect.resolve)) return `wrong-outcome: resolved with other bytes than were sent (${got.length} vs ${expect.resolve.length})`;
    return null;
  }
  if (o.kind !== 'rejected') return `wrong-outcome: expected ${codeName(expect.reject)}, resolved`;
  const e = o.error as TtrpcError;
  if (e.code !== expect.reject) return `wrong-outcome: expected ${codeName(expect.reject)}, got ${describe(e)}`;
  if (expect.statusMessage !== undefined && e.statusMessage !== expect.statusMessage) return `wrong-outcome: status message ${JSON.stringify(e.statusMessage.slice(0, 60))} is not the one sent`;
  return null;
}

/** Far above any deadline a case sets: reaching it means the harness or the client is stuck. */
const CASE_WATCHDOG_MS = 30_000;

class CaseStuck extends Error {
  override name = 'CaseStuck';
}

/** p, or a CaseStuck rejection after ms; its timer also keeps the loop alive while p waits on I/O. */
function withWatchdog<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new CaseStuck(`the case did not finish within ${ms} ms`)), ms)));
  return Promise.race([p, stuck]).finally(() => clearTimeout(timer));
}

let gcFn: (() => void) | undefined;
/** A full garbage collection (for measuring what is retained). */
export function forceGc(): void {
  if (!gcFn) {
    // A full GC for the leak check, without asking the caller for --expose-gc.
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
}

/** Runs the fuzz loop; resolves with the counts. Failures are listed in the result, not thrown. */
export async function fuzzTtrpcClient(o: FuzzOptions = {}): Promise<FuzzResult> {
  const seed = (o.seed ?? Date.now()) >>> 0;
  const concurrency = Math.max(1, o.concurrency ?? 4);
  const heapBound = o.heapBoundBytes ?? 256 << 20;
  const growthBound = o.heapGrowthBoundBytes ?? 32 << 20;
  const maxFailures = o.maxFailures ?? 20;
  const endAt = o.seconds !== undefined ? performance.now() + o.seconds * 1000 : Infinity;
  const iterations = o.only ? o.only.length : o.iterations ?? (o.seconds !== undefined ? Infinity : 1000);
  const env: Env = { pairs: await pairMaker(o.transport), schema: new Schema(), notes: { nullMapValues: 0 } };
  const res: FuzzResult = {
    seed, transport: env.pairs.transport, cases: 0, calls: 0, resolved: 0, rejected: 0, rejectedBy: {}, mutations: {}, exactChecks: 0, replays: 0, followUps: 0,
    nullMapValues: 0, maxHeapUsed: 0, maxArrayBuffers: 0, heapAfterGc: undefined, maxClientBuffered: 0, durationMs: 0, casesPerSecond: 0, failures: [],
  };
  const active = new Set<number>();
  const fail = (index: number, kind: string, detail: string): void => {
    if (res.failures.length < maxFailures) res.failures.push({ index, caseSeed: index >= 0 ? caseSeed(seed, index) : 0, kind, detail });
  };
  // Anything thrown outside a promise chain of ours is a finding; it names the cases in flight.
  const onUncaught = (e: unknown): void => fail(active.size > 0 ? Math.min(...active) : -1, 'uncaught', `${describe(e)} (cases in flight: ${[...active].join(', ')})\n${e instanceof Error ? e.stack : ''}`);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  const sample = (): void => {
    const m = process.memoryUsage();
    res.maxHeapUsed = Math.max(res.maxHeapUsed, m.heapUsed);
    res.maxArrayBuffers = Math.max(res.maxArrayBuffers, m.arrayBuffers);
  };
  const t0 = performance.now();
  let next = 0;
  let warmHeap: number | undefined;
  const warmAt = Math.min(500, Number.isFinite(iterations) ? Math.floor(iterations / 5) : 500);

  const runOne = async (index: number): Promise<void> => {
    const cs = caseSeed(seed, index);
    const rng = new Rng(cs);
    const plan = planCase(rng);
    active.add(index);
    const report: CaseReport = { index, caseSeed: cs, mode: plan.mode, special: plan.special, mutations: [], bytes: 0, ms: 0, calls: [] };
    const started = performance.now();
    try {
      const first = await withWatchdog(execute(env, plan, rng, undefined, plan.chunking), CASE_WATCHDOG_MS);
      report.mutations = first.stream.mutations;
      report.bytes = first.stream.bytes.length;
      for (const m of new Set(first.stream.mutations)) res.mutations[m] = (res.mutations[m] ?? 0) + 1;
      res.maxClientBuffered = Math.max(res.maxClientBuffered, first.buffered);
      if (first.followUp) res.followUps++;
      const problems = [...first.problems];
      first.outcomes.forEach((out, i) => {
        const call = plan.calls[i]!;
        const id = 1 + 2 * i; // a fresh client numbers its calls 1, 3, 5
        const expect = first.stream.expect.get(id);
        if (expect && expect !== 'any') res.exactChecks++;
        const p = checkOutcome(env, plan, call, out, expect);
        if (p) problems.push({ kind: p.slice(0, p.indexOf(':')), detail: `${call.method.key}: ${p}` });
        res.calls++;
        if (out.kind === 'resolved') res.resolved++;
        else if (out.kind === 'rejected') {
          res.rejected++;
          const k = out.error instanceof TtrpcError ? codeName(out.error.code) : 'non-TtrpcError';
          res.rejectedBy[k] = (res.rejectedBy[k] ?? 0) + 1;
        }
        report.calls.push({ method: call.method.key, outcome: out.kind, ...(out.kind === 'rejected' && out.error instanceof TtrpcError ? { code: codeName(out.error.code) } : {}), ...(out.kind !== 'pending' ? { ms: Math.round(out.ms * 10) / 10 } : {}) });
      });
      if (plan.replay) {
        // The same bytes in other chunks: the outcomes must not depend on where reads split them.
        res.replays++;
        const again = await withWatchdog(execute(env, plan, new Rng(cs ^ 0xa5a5a5a5), first.stream, plan.chunking === 'whole' ? 'tiny' : 'whole'), CASE_WATCHDOG_MS);
        const a = first.outcomes.map((x, i) => outcomeKey(x, plan.calls[i]!.method.responseClass));
        const b = again.outcomes.map((x, i) => outcomeKey(x, plan.calls[i]!.method.responseClass));
        a.forEach((k, i) => {
          if (k !== b[i]) problems.push({ kind: 'chunking-divergence', detail: `${plan.calls[i]!.method.key}: ${plan.chunking} → ${k.slice(0, 60)}, re-chunked → ${b[i]!.slice(0, 60)}` });
        });
      }
      for (const p of problems) fail(index, p.kind, p.detail);
      if (problems.length > 0) report.failure = problems.map((p) => `${p.kind}: ${p.detail}`).join('; ');
    } catch (e) {
      if (e instanceof CaseStuck) fail(index, 'stuck', e.message);
      else fail(index, 'harness', `${describe(e)}\n${e instanceof Error ? e.stack : ''}`);
      report.failure = `${e instanceof CaseStuck ? 'stuck' : 'harness'}: ${describe(e)}`;
    } finally {
      active.delete(index);
      report.ms = Math.round((performance.now() - started) * 10) / 10;
    }
    res.cases++;
    if (res.cases % 16 === 0) sample();
    if (warmHeap === undefined && res.cases >= warmAt && warmAt > 0) {
      forceGc();
      warmHeap = process.memoryUsage().heapUsed;
    }
    o.onCase?.(report);
  };

  const worker = async (): Promise<void> => {
    for (;;) {
      if (res.failures.length >= maxFailures || performance.now() >= endAt) return;
      const i = next++;
      if (i >= iterations) return;
      await runOne(o.only ? o.only[i]! : i);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
    await sleep(10); // late async throws of the last cases still count
  } finally {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    await env.pairs.close();
  }
  sample();
  res.durationMs = performance.now() - t0;
  res.casesPerSecond = res.cases / (res.durationMs / 1000);
  res.nullMapValues = env.notes.nullMapValues;
  if (warmHeap !== undefined) {
    forceGc();
    res.heapAfterGc = { warm: warmHeap, end: process.memoryUsage().heapUsed };
    if (res.cases >= 2000 && res.heapAfterGc.end - warmHeap > growthBound) {
      fail(-1, 'heap-growth', `heap after GC grew from ${mib(warmHeap)} to ${mib(res.heapAfterGc.end)} MiB over ${res.cases} cases (bound +${mib(growthBound)} MiB)`);
    }
  }
  if (res.maxHeapUsed > heapBound) fail(-1, 'heap-bound', `heapUsed reached ${mib(res.maxHeapUsed)} MiB (bound ${mib(heapBound)} MiB)`);
  return res;
}

const mib = (n: number): string => (n / 2 ** 20).toFixed(1);

// ---------------------------------------------------------------------------------------------
// CLI

export const HELP = `usage: node dist/test/fuzz/ttrpc-client.js [--seed N] [--seconds S | --iterations N] [options]

Fuzzes the host's ttrpc client (lib/common/ttrpc) and the decoding of the agent's answers with
mutated responses from a fake agent over an in-process socket pair. Exits 1 on any failure; each
failure names its seed and case index, which --case replays alone.

  --seed N          PRNG seed (default: the clock; printed)
  --seconds S       run for S seconds
  --iterations N    run N cases (default 1000 when --seconds is not given)
  --case K[,K...]   run only these case indices of the seed
  --concurrency C   cases in flight at once (default 4)
  --transport T     socketpair (default, needs the native addon; falls back to unix) or unix
  --verbose         one line per case
  --json            the result as JSON on stdout
  --help            this text
`;

export function parseArgs(argv: string[]): FuzzOptions & { verbose: boolean; json: boolean } | 'help' {
  const o: FuzzOptions & { verbose: boolean; json: boolean } = { verbose: false, json: false };
  const num = (name: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < 0) throw new Error(`${name} needs a non-negative number, got ${v ?? 'nothing'}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return 'help';
    else if (a === '--seed') o.seed = num(a, argv[++i]);
    else if (a === '--seconds') o.seconds = num(a, argv[++i]);
    else if (a === '--iterations') o.iterations = num(a, argv[++i]);
    else if (a === '--concurrency') o.concurrency = num(a, argv[++i]);
    else if (a === '--case') o.only = (argv[++i] ?? '').split(',').map((s) => num(a, s));
    else if (a === '--transport') {
      const t = argv[++i];
      if (t !== 'socketpair' && t !== 'unix') throw new Error(`--transport is socketpair or unix, got ${t ?? 'nothing'}`);
      o.transport = t;
    } else if (a === '--verbose') o.verbose = true;
    else if (a === '--json') o.json = true;
    else throw new Error(`unknown argument ${a} (see --help)`);
  }
  if (o.seconds !== undefined && o.iterations !== undefined) throw new Error('give --seconds or --iterations, not both');
  return o;
}

export function formatResult(r: FuzzResult): string {
  const top = (rec: Record<string, number>): string => Object.entries(rec).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `seed ${r.seed} (${r.transport}): ${r.cases} cases in ${(r.durationMs / 1000).toFixed(1)} s = ${r.casesPerSecond.toFixed(0)} cases/s`,
    `calls ${r.calls}: resolved ${r.resolved}, rejected ${r.rejected} (${top(r.rejectedBy)})`,
    `checked exactly ${r.exactChecks} calls; ${r.replays} re-chunked replays; ${r.followUps} follow-up calls on surviving connections`,
    `memory: max heapUsed ${mib(r.maxHeapUsed)} MiB, max arrayBuffers ${mib(r.maxArrayBuffers)} MiB, heap after GC ${r.heapAfterGc ? `${mib(r.heapAfterGc.warm)} → ${mib(r.heapAfterGc.end)} MiB` : 'not measured'}, max framer buffer ${r.maxClientBuffered} bytes`,
    `null message values in maps (wire-legal): ${r.nullMapValues}`,
    `mutations (cases): ${top(r.mutations)}`,
    r.failures.length === 0 ? 'no failure' : `FAILURES (${r.failures.length}):\n${r.failures.map((f) => `  case ${f.index} (seed ${r.seed}, --case ${f.index}): ${f.kind}: ${f.detail}`).join('\n')}`,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  let o;
  try {
    o = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`ttrpc-client fuzz: ${(e as Error).message}\n`);
    return 2;
  }
  if (o === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const opts = o;
  const seed = (opts.seed ?? Date.now()) >>> 0;
  process.stderr.write(`ttrpc-client fuzz: seed ${seed}\n`);
  let last = performance.now();
  let n = 0;
  const r = await fuzzTtrpcClient({
    ...opts,
    seed,
    onCase: (c) => {
      n++;
      if (opts.verbose) process.stderr.write(`${JSON.stringify(c)}\n`);
      const now = performance.now();
      if (now - last > 10_000) {
        last = now;
        process.stderr.write(`ttrpc-client fuzz: ${n} cases, heapUsed ${mib(process.memoryUsage().heapUsed)} MiB\n`);
      }
    },
  });
  process.stdout.write(opts.json ? `${JSON.stringify(r, null, 2)}\n` : `${formatResult(r)}\n`);
  return r.failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  let finished = false;
  // A run whose loop drained with work outstanding must not pass for a clean one.
  process.on('exit', () => {
    if (finished) return;
    process.stderr.write('ttrpc-client fuzz: the event loop ran dry before the run finished (something awaited forever)\n');
    process.exitCode = 1;
  });
  main(process.argv.slice(2)).then(
    (rc) => {
      finished = true;
      process.exitCode = rc;
    },
    (e: unknown) => {
      finished = true;
      process.stderr.write(`ttrpc-client fuzz: ${describe(e)}\n`);
      process.exitCode = 1;
    },
  );
}
