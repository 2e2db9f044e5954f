// Turns the agent's handlers into the ttrpc service definitions for grpc.AgentService and
// grpc.Health, from the one API table (lib/common/agent/api.ts). A call the agent does not implement
// answers Unimplemented naming the call, instead of the generic "unknown method" — the runtime
// can then tell "this agent cannot" from "this is not an agent". The one place where the agent's
// typed errors (lib/common/errors.ts) become ttrpc codes (kindedToTtrpc, the shim's map too);
// other errors go to the ttrpc server as they are (Unknown).
import { type AgentMethods, type HealthMethods, AGENT_SERVICE, HEALTH_SERVICE, agentMethods, healthMethods } from '../../lib/common/agent/api.js';
import { isKindedError } from '../../lib/common/errors.js';
import { Code, type CallContext, type MethodDefinition, type ServiceDefinition, TtrpcError, kindedToTtrpc } from '../../lib/common/ttrpc/index.js';

type Req<D> = D extends { requestType: { decode(d: Uint8Array): infer R } } ? R : never;
type Res<D> = D extends { responseType: { encode(m: infer R): unknown } } ? R : never;

export type Handlers<M> = { [K in keyof M]?: (req: Req<M[K]>, ctx: CallContext) => Promise<Res<M[K]>> | Res<M[K]> };
export type AgentHandlers = Handlers<AgentMethods>;
export type HealthHandlers = Handlers<HealthMethods>;

async function call(h: (req: unknown, ctx: CallContext) => unknown, req: unknown, ctx: CallContext): Promise<unknown> {
  try {
    return await h(req, ctx);
  } catch (e) {
    throw isKindedError(e) ? kindedToTtrpc(e) : e;
  }
}

function definition<M extends Record<string, { requestType: unknown; responseType: unknown }>>(serviceName: string, table: M, handlers: Handlers<M>): ServiceDefinition {
  const methods: Record<string, MethodDefinition<unknown, unknown>> = {};
  for (const [name, desc] of Object.entries(table)) {
    const h = handlers[name as keyof M] as ((req: unknown, ctx: CallContext) => unknown) | undefined;
    methods[name] = {
      requestType: desc.requestType as MethodDefinition<unknown, unknown>['requestType'],
      responseType: desc.responseType as MethodDefinition<unknown, unknown>['responseType'],
      handler: h
        ? (req, ctx) => call(h, req, ctx)
        : () => {
            throw new TtrpcError(Code.Unimplemented, `${serviceName}.${name} is not implemented by this agent`);
          },
    };
  }
  return { serviceName, methods };
}

export const agentServiceDefinition = (h: AgentHandlers): ServiceDefinition => definition(AGENT_SERVICE, agentMethods, h);
export const healthServiceDefinition = (h: HealthHandlers): ServiceDefinition => definition(HEALTH_SERVICE, healthMethods, h);
