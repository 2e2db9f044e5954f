// gRPC status codes and the error that carries one. Used by the ttrpc client (a non-OK
// google.rpc.Status in a Response becomes a TtrpcError) and by the server, which is the one place
// where a handler's error becomes a status (toStatus).
import type { google } from '../proto/gen/protocols.js';

/** gRPC status codes, as google.golang.org/grpc/codes numbers them (a wire fact). */
export const Code = {
  OK: 0,
  Canceled: 1,
  Unknown: 2,
  InvalidArgument: 3,
  DeadlineExceeded: 4,
  NotFound: 5,
  AlreadyExists: 6,
  PermissionDenied: 7,
  ResourceExhausted: 8,
  FailedPrecondition: 9,
  Aborted: 10,
  OutOfRange: 11,
  Unimplemented: 12,
  Internal: 13,
  Unavailable: 14,
  DataLoss: 15,
  Unauthenticated: 16,
} as const;
export type Code = (typeof Code)[keyof typeof Code];

const NAMES: readonly string[] = Object.keys(Code);

export function isCode(n: unknown): n is Code {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < NAMES.length;
}

export function codeName(code: number): string {
  return isCode(code) ? NAMES[code]! : `Code(${code})`;
}

/** An RPC failure with its gRPC code; what a call rejects with and what a handler may throw. */
export class TtrpcError extends Error {
  readonly code: Code;
  /** The status message as it travels on the wire (the JS message adds the code name). */
  readonly statusMessage: string;
  readonly details: google.protobuf.IAny[];

  constructor(code: Code, statusMessage: string, details: google.protobuf.IAny[] = []) {
    super(`${codeName(code)}: ${statusMessage}`);
    this.name = 'TtrpcError';
    this.code = code;
    this.statusMessage = statusMessage;
    this.details = details;
  }

  static fromStatus(st: google.rpc.IStatus): TtrpcError {
    const code = st.code ?? Code.Unknown;
    return new TtrpcError(isCode(code) ? code : Code.Unknown, st.message ?? '', st.details ?? []);
  }
}

/**
 * The connection to the peer is gone (hang-up, protocol error, close()). Every call pending on it,
 * and every later call, fails with this; the message says why.
 */
export class ConnectionClosedError extends TtrpcError {
  constructor(reason: string) {
    super(Code.Unavailable, `ttrpc: connection closed: ${reason}`);
    this.name = 'ConnectionClosedError';
  }
}

/**
 * The server boundary: any thrown value becomes a google.rpc.Status. An Error carrying a numeric
 * gRPC `code` keeps it; everything else is Unknown with its message.
 */
export function toStatus(err: unknown): google.rpc.IStatus {
  if (err instanceof TtrpcError) return { code: err.code, message: err.statusMessage, details: err.details };
  if (err instanceof Error) {
    const code = (err as Error & { code?: unknown }).code;
    if (isCode(code) && code !== Code.OK) return { code, message: err.message };
    return { code: Code.Unknown, message: err.message };
  }
  return { code: Code.Unknown, message: String(err) };
}
