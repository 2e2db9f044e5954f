// Plain typed errors for refusals and failures, shared by the shim, the runtime and the agent: each
// says what kind of thing went wrong and carries its cause. Nothing below the services knows about
// wire codes; lib/shim/service.ts and guest/agent/service.ts turn a kind into its ttrpc code, each
// in one place, through the one map (lib/common/ttrpc/error-codes.ts).

export type ErrorKind = 'not-found' | 'already-exists' | 'failed-precondition' | 'invalid-argument' | 'deadline-exceeded' | 'internal';

export abstract class KindedError extends Error {
  abstract readonly kind: ErrorKind;
}

/** The thing asked for (a task, process, container) does not exist. */
export class NotFoundError extends KindedError {
  readonly kind = 'not-found';
  override readonly name = 'NotFoundError';
}

/** A thing of that name exists already. */
export class AlreadyExistsError extends KindedError {
  readonly kind = 'already-exists';
  override readonly name = 'AlreadyExistsError';
}

/** The call is valid, but not in the current state (start twice, delete a running task…). */
export class FailedPreconditionError extends KindedError {
  readonly kind = 'failed-precondition';
  override readonly name = 'FailedPreconditionError';
}

/** The request itself is wrong, whatever the state. */
export class InvalidArgumentError extends KindedError {
  readonly kind = 'invalid-argument';
  override readonly name = 'InvalidArgumentError';
}

/** The work did not finish in the time it was given. */
export class DeadlineExceededError extends KindedError {
  readonly kind = 'deadline-exceeded';
  override readonly name = 'DeadlineExceededError';
}

/** Something that should have worked failed (a mount, a cgroup write); the cause says what. */
export class InternalError extends KindedError {
  readonly kind = 'internal';
  override readonly name = 'InternalError';
}

export function isKindedError(e: unknown): e is KindedError {
  return e instanceof KindedError;
}
