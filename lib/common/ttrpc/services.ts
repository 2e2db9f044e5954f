// The typed service API: what a service definition looks like, the context a handler receives,
// and the registry the server resolves "service/method" in. Services (the shim's Task API, the
// agent API) register here through TtrpcServer.register; protobufjs static classes are the codecs.
import { Code, TtrpcError } from './status.js';

/** Anything with protobufjs' static encode (a generated message class). */
export interface Encoder<T> {
  encode(message: T): { finish(): Uint8Array };
}
/** Anything with protobufjs' static decode (a generated message class). */
export interface Decoder<T> {
  decode(data: Uint8Array): T;
}

/** ttrpc metadata: key → values, as Go's ttrpc.MD. */
export type Metadata = Record<string, string[]>;

export interface CallContext {
  service: string;
  method: string;
  metadata: Metadata;
  /** Aborted when the request's deadline passes (reason: a DeadlineExceeded TtrpcError) or the connection closes. */
  signal: AbortSignal;
  /** Epoch milliseconds after which the caller has given up; undefined when it set no timeout. */
  deadline: number | undefined;
}

export interface MethodDefinition<Req, Res> {
  requestType: Decoder<Req>;
  responseType: Encoder<Res>;
  handler(req: Req, ctx: CallContext): Promise<Res> | Res;
}

export interface ServiceDefinition {
  /** Fully qualified, as the .proto names it: "containerd.task.v2.Task". */
  serviceName: string;
  methods: Record<string, MethodDefinition<unknown, unknown>>;
}

/** Identity helper that makes TypeScript check a handler against its request and response types. */
export function method<Req, Res>(def: MethodDefinition<Req, Res>): MethodDefinition<Req, Res> {
  return def;
}

export class ServiceRegistry {
  private readonly services = new Map<string, ServiceDefinition>();

  register(def: ServiceDefinition): void {
    if (!def.serviceName) throw new Error('ttrpc: a service needs a serviceName');
    if (this.services.has(def.serviceName)) throw new Error(`ttrpc: service ${def.serviceName} is already registered`);
    for (const [name, m] of Object.entries(def.methods)) {
      if (typeof m.handler !== 'function' || typeof m.requestType?.decode !== 'function' || typeof m.responseType?.encode !== 'function') {
        throw new Error(`ttrpc: method ${def.serviceName}/${name} needs requestType.decode, responseType.encode and a handler`);
      }
    }
    this.services.set(def.serviceName, def);
  }

  /** The method to run, or the Unimplemented error the caller receives (as ttrpc's services.resolve). */
  resolve(service: string, methodName: string): MethodDefinition<unknown, unknown> {
    const svc = this.services.get(service);
    if (!svc) throw new TtrpcError(Code.Unimplemented, `service ${service}`);
    const m = Object.hasOwn(svc.methods, methodName) ? svc.methods[methodName] : undefined;
    if (!m) throw new TtrpcError(Code.Unimplemented, `method ${methodName} of service ${service}`);
    return m;
  }

  get serviceNames(): string[] {
    return [...this.services.keys()];
  }
}
