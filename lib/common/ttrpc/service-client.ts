// Generated-looking typed stubs over TtrpcClient.call: describe a service once (name, and per method
// its request and response classes) and get `stub.Method(req, opts)`. Callers: the agent client
// (lib/agent/connect.ts, dial.ts); the tests drive the shim's Task API with it.
import type { CallOptions, TtrpcClient } from './client.js';
import type { Decoder, Encoder } from './services.js';

export interface MethodDescriptor<Req, Res> {
  requestType: Encoder<Req>;
  responseType: Decoder<Res>;
}

export interface ServiceDescriptor<M extends Record<string, MethodDescriptor<never, unknown>>> {
  serviceName: string;
  methods: M;
}

type RequestOf<D> = D extends { requestType: { encode(message: infer Req): unknown } } ? Req : never;
type ResponseOf<D> = D extends { responseType: { decode(data: Uint8Array): infer Res } } ? Res : never;

export type ServiceClient<M> = {
  [K in keyof M]: (req: RequestOf<M[K]>, opts?: CallOptions) => Promise<ResponseOf<M[K]>>;
};

export function serviceClient<M extends Record<string, MethodDescriptor<never, unknown>>>(
  client: TtrpcClient,
  desc: ServiceDescriptor<M>,
): ServiceClient<M> {
  const stub: Record<string, (req: unknown, opts?: CallOptions) => Promise<unknown>> = {};
  for (const [name, m] of Object.entries(desc.methods)) {
    const requestType = m.requestType as Encoder<unknown>;
    stub[name] = (req, opts) => client.call(desc.serviceName, name, requestType, m.responseType, req, opts);
  }
  return stub as ServiceClient<M>;
}
