// Spans for the shim's Task API calls (create, start, exec, kill, delete, …): wraps the service
// definition main.ts registers so that each call is a span `shim.<Method>` with the container id,
// the root of what the runtime and the agent do for it. Tracing is turned on by the first Create
// whose configuration says [runtime] enable_tracing (the configuration is known only then), so
// the Create span already records; before that, and with tracing off, a call runs unwrapped.
// Spans are flushed after Delete and Shutdown, before the shim may exit.
import { type containerd, runtimeoptions } from '../common/proto/gen/protocols.js';
import { parseOtlpEndpoint } from '../common/trace/otlp-endpoint.js';
import { Code, type ServiceDefinition, TtrpcError } from '../common/ttrpc/index.js';
import { loadConfig } from '../config/index.js';
import { inSpan } from '../common/trace/spans.js';
import { flushTracing, tracingEnabled } from '../common/trace/tracer.js';
import { enableTracing } from '../runtime/tracing.js';

const FLUSH_AFTER = new Set(['Delete', 'Shutdown']);

/** The configuration's tracing settings for a Create request; throws when they do not fit. */
async function tracingFromCreate(req: containerd.task.v2.ICreateTaskRequest): Promise<void> {
  let configPath: string | undefined;
  if (req.options?.value && req.options.type_url?.endsWith('runtimeoptions.v1.Options')) {
    configPath = runtimeoptions.v1.Options.decode(req.options.value).configPath || undefined;
  }
  let r;
  try {
    r = loadConfig({ configPath }).runtime;
  } catch {
    return; // a configuration that does not load is the Create handler's error to report
  }
  if (!r.enableTracing) return;
  try {
    if (!r.jaegerEndpoint) throw new Error('runtime.enable_tracing = true needs runtime.jaeger_endpoint (an OTLP/HTTP traces endpoint)');
    parseOtlpEndpoint(r.jaegerEndpoint);
  } catch (e) {
    throw new TtrpcError(Code.InvalidArgument, `create ${req.id ?? ''}: ${(e as Error).message}`);
  }
  await enableTracing({ endpoint: r.jaegerEndpoint, user: r.jaegerUser, password: r.jaegerPassword, service: 'kata-shim' });
}

export function traceTaskService(def: ServiceDefinition): ServiceDefinition {
  const methods: ServiceDefinition['methods'] = {};
  for (const [name, m] of Object.entries(def.methods)) {
    methods[name] = {
      ...m,
      handler: async (req, ctx) => {
        if (name === 'Create' && !tracingEnabled()) await tracingFromCreate(req as containerd.task.v2.ICreateTaskRequest);
        if (!tracingEnabled()) return m.handler(req, ctx);
        const r = req as { id?: unknown; execId?: unknown };
        const attrs = { ...(typeof r.id === 'string' && r.id ? { 'kata.container_id': r.id } : {}), ...(typeof r.execId === 'string' && r.execId ? { 'kata.exec_id': r.execId } : {}) };
        try {
          return await inSpan(`shim.${name}`, attrs, () => Promise.resolve(m.handler(req, ctx)));
        } finally {
          if (FLUSH_AFTER.has(name)) await flushTracing().catch(() => undefined);
        }
      },
    };
  }
  return { serviceName: def.serviceName, methods };
}
