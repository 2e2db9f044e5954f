// Deadlines for the runtime's agent requests, so that a hung agent (or a hung VM under it) makes
// a shim call fail in bounded time, naming the request and the key that bounds it, instead of
// hanging: CreateContainer gets [runtime] create_container_timeout, every other request that
// should answer promptly [agent.kata] request_timeout. Requests that legitimately wait as long as
// a process runs (WaitProcess, its stdio, the OOM long poll) keep no deadline; a caller's own
// timeoutMs wins. Applied by connect.ts; the health watch (lib/runtime/health-watch.ts) stops a
// VM whose agent stays silent, which is what ends those unbounded waits.
import { DeadlineExceededError } from '../common/errors.js';
import { Code, type CallOptions, TtrpcError } from '../common/ttrpc/index.js';
import type { RuntimeConfig } from '../config/types.js';

/** Requests that wait on the workload (its exit, its output, its stdin, an OOM kill). */
export const UNBOUNDED_REQUESTS: ReadonlySet<string> = new Set(['WaitProcess', 'ReadStdout', 'ReadStderr', 'WriteStdin', 'GetOOMEvent']);

export interface AgentDeadlines {
  /** Names the sandbox in the error. */
  sandboxId: string;
  /** [agent.kata] request_timeout, in seconds. */
  requestTimeout: number;
  /** [runtime] create_container_timeout, in seconds. */
  createContainerTimeout: number;
  /**
   * Why the sandbox is known to be broken (its VM stopped by the health watch), if it is: a
   * request that fails then says so, instead of only "connection closed".
   */
  brokenBecause?: () => string | undefined;
}

/** The deadlines the configuration sets for the agent of sandbox `sandboxId`. */
export function configuredDeadlines(c: RuntimeConfig, sandboxId: string): AgentDeadlines {
  return { sandboxId, requestTimeout: c.agent.kata.requestTimeout, createContainerTimeout: c.runtime.createContainerTimeout };
}

type Call = (req: never, opts?: CallOptions) => Promise<unknown>;

/** The deadline a request gets by default, in seconds, and the key that sets it; undefined for none. */
export function deadlineOf(method: string, d: AgentDeadlines): { seconds: number; key: string } | undefined {
  if (UNBOUNDED_REQUESTS.has(method)) return undefined;
  if (method === 'CreateContainer') return { seconds: d.createContainerTimeout, key: '[runtime] create_container_timeout' };
  return { seconds: d.requestTimeout, key: '[agent.kata] request_timeout' };
}

export function withDeadlines<C extends Record<string, Call>>(client: C, d: AgentDeadlines): C {
  const out: Record<string, Call> = {};
  for (const [name, call] of Object.entries(client)) {
    const f = call as (req: unknown, opts?: CallOptions) => Promise<unknown>;
    const deadline = deadlineOf(name, d);
    out[name] = (async (req: unknown, opts?: CallOptions) => {
      try {
        return await f(req, !deadline || opts?.timeoutMs !== undefined ? opts : { ...opts, timeoutMs: deadline.seconds * 1000 });
      } catch (e) {
        const broken = d.brokenBecause?.();
        if (broken) throw new Error(`sandbox ${d.sandboxId}: ${broken}; its VM was stopped (${name}: ${(e as Error).message})`, { cause: e });
        if (deadline && e instanceof TtrpcError && e.code === Code.DeadlineExceeded && opts?.timeoutMs === undefined) {
          throw new DeadlineExceededError(`sandbox ${d.sandboxId}: the agent did not answer ${name} within ${deadline.seconds} s (${deadline.key}); the agent or its VM may be hung`, { cause: e });
        }
        throw e;
      }
    }) as Call;
  }
  return out as C;
}
