// Client-side spans for agent RPCs: wraps the agent client so that, with tracing on,
// every call is a span `agent.<Method>` (kind client, the container id as an attribute) whose
// context travels in the request's ttrpc metadata, where the agent continues the trace. With
// tracing off the original call runs as is. Applied by connect.ts.
import type { CallOptions } from '../common/ttrpc/index.js';
import { inSpan, injectContext } from '../common/trace/spans.js';
import { tracingEnabled } from '../common/trace/tracer.js';

type Call = (req: never, opts?: CallOptions) => Promise<unknown>;

export function tracedAgent<C extends Record<string, Call>>(client: C): C {
  const out: Record<string, Call> = {};
  for (const [name, call] of Object.entries(client)) {
    const f = call as (req: unknown, opts?: CallOptions) => Promise<unknown>;
    out[name] = ((req: unknown, opts?: CallOptions) => {
      if (!tracingEnabled()) return f(req, opts);
      const id = (req as { containerId?: unknown } | null)?.containerId;
      return inSpan(`agent.${name}`, typeof id === 'string' && id ? { 'kata.container_id': id } : {}, () =>
        f(req, { ...opts, metadata: injectContext(opts?.metadata) }),
      );
    }) as Call;
  }
  return out as C;
}
