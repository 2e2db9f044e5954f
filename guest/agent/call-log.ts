// Puts every agent API call that fails into the agent's log (and so, through the log port, into
// the shim's log): the operator sees the guest's own words for a failed exec or create next to the
// shim's. At debug level (agent.log=debug) every call is logged as it arrives. Wraps the handlers
// main.ts registers; the handlers themselves stay free of logging.
import type { Logger } from '../../lib/common/log/logger.js';
import { type CallContext, Code, codeName, TtrpcError } from '../../lib/common/ttrpc/index.js';

// Failures that are part of normal work: the caller gave up or asked for something already gone.
const QUIET = new Set<Code>([Code.Canceled, Code.DeadlineExceeded, Code.NotFound]);

type Handler = (req: never, ctx: CallContext) => unknown;

export function logFailedCalls<H extends Partial<Record<string, Handler>>>(handlers: H, log: Logger): H {
  const out: Partial<Record<string, Handler>> = {};
  for (const [name, h] of Object.entries(handlers)) {
    if (!h) continue;
    const f = h as (req: unknown, ctx: CallContext) => unknown;
    out[name] = (async (req: unknown, ctx: CallContext) => {
      if (log.enabled('debug')) log.debug('agent call', { call: name, ...ids(req) });
      try {
        return await f(req, ctx);
      } catch (e) {
        const code: Code = e instanceof TtrpcError ? e.code : Code.Unknown;
        log.log(QUIET.has(code) ? 'debug' : 'error', 'agent call failed', { call: name, code: codeName(code), error: e as Error, ...ids(req) });
        throw e;
      }
    }) as Handler;
  }
  return out as H;
}

/** The container and exec a request names, so the log line can be found by them. */
function ids(req: unknown): Record<string, string> {
  const r = (req ?? {}) as { containerId?: unknown; execId?: unknown };
  const out: Record<string, string> = {};
  if (typeof r.containerId === 'string' && r.containerId) out.container = r.containerId;
  if (typeof r.execId === 'string' && r.execId) out.exec = r.execId;
  return out;
}
