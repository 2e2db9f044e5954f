// Which gRPC code each kind of typed error (lib/common/errors.ts) becomes, for the two boundaries
// where errors turn into API codes: the shim's Task API (lib/shim/service.ts) and the agent's
// services (guest/agent/service.ts). One map, so the host and the guest cannot disagree.
import type { ErrorKind, KindedError } from '../errors.js';
import { Code, TtrpcError } from './status.js';

const ERROR_CODES: Record<ErrorKind, Code> = {
  'not-found': Code.NotFound,
  'already-exists': Code.AlreadyExists,
  'failed-precondition': Code.FailedPrecondition,
  'invalid-argument': Code.InvalidArgument,
  'deadline-exceeded': Code.DeadlineExceeded,
  internal: Code.Internal,
};

/** The API error a typed error becomes: its kind's code, its message. */
export function kindedToTtrpc(e: KindedError): TtrpcError {
  return new TtrpcError(ERROR_CODES[e.kind], e.message);
}
