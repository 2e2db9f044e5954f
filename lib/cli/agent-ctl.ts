// kata-agent-ctl's core: every agent API method by name (from the one API table), where the agent
// is (a sandbox's record, or an address), and one call from a command line `Method {json}` with
// the answer as JSON. A development tool: it sends exactly what it is given. The client is
// lib/agent's (connect.ts). Used by kata-agent-ctl.ts, and the record lookup by metrics.ts and
// iptables.ts.
import type { IConversionOptions } from 'protobufjs';
import { AGENT_SERVICE, HEALTH_SERVICE, agentMethods, healthMethods } from '../common/agent/api.js';
import { AGENT_VSOCK_PORT } from '../common/agent/ports.js';
import type { CallOptions } from '../common/ttrpc/index.js';
import type { AgentAddress } from '../agent/address.js';
import type { AgentClient } from '../agent/connect.js';
import { type SandboxRecord, readRecord } from '../runtime/state.js';
import { UsageError } from './args.js';
import { qemuDown } from './probe.js';

/** What protobufjs's static classes offer beyond encode/decode; the API table keeps the classes themselves. */
interface MessageClass {
  name: string;
  fromObject(object: Record<string, unknown>): object;
  toObject(message: object, options?: IConversionOptions): Record<string, unknown>;
  encode(message: object): { finish(): Uint8Array };
  decode(data: Uint8Array): object;
}

export interface AgentMethod {
  service: string;
  name: string;
  request: MessageClass;
  response: MessageClass;
}

function table(service: string, methods: Record<string, { requestType: unknown; responseType: unknown }>): AgentMethod[] {
  return Object.entries(methods).map(([name, m]) => ({ service, name, request: m.requestType as MessageClass, response: m.responseType as MessageClass }));
}

/** Every method the agent serves, agent API then health, by name (the names of proto/agent.proto and health.proto). */
export const METHODS: ReadonlyMap<string, AgentMethod> = new Map(
  [...table(AGENT_SERVICE, agentMethods), ...table(HEALTH_SERVICE, healthMethods)].map((m) => [m.name, m]),
);

/**
 * An agent address: `unix://PATH` (ttrpc on a unix socket, e.g. an agent started with --listen
 * unix:PATH), `hvsock://PATH[:PORT]` (a sandbox's hybrid vsock socket; port 1024 by default) or
 * `vsock://CID:PORT` (AF_VSOCK, where the host has vhost-vsock).
 */
export function parseAddress(text: string): AgentAddress {
  const m = /^(unix|hvsock|vsock):\/\/(.+)$/.exec(text);
  if (!m) throw new UsageError(`--server-address ${JSON.stringify(text)}: expected unix://PATH, hvsock://PATH[:PORT] or vsock://CID:PORT`);
  const [, scheme, rest] = m as unknown as [string, string, string];
  if (scheme === 'unix') return { kind: 'unix', path: rest };
  const port = /^(.*):(\d+)$/.exec(rest);
  if (scheme === 'hvsock') return port ? { kind: 'hybrid-vsock', uds: port[1]!, port: Number(port[2]) } : { kind: 'hybrid-vsock', uds: rest, port: AGENT_VSOCK_PORT };
  const v = /^(\d+):(\d+)$/.exec(rest);
  if (!v) throw new UsageError(`--server-address ${JSON.stringify(text)}: expected vsock://CID:PORT`);
  return { kind: 'vsock', cid: Number(v[1]), port: Number(v[2]) };
}

/** The record of a sandbox whose QEMU runs, for connect() (lib/agent/connect.ts) to reach its agent. */
export function runningSandbox(stateRoot: string, id: string): SandboxRecord {
  const rec = readRecord(stateRoot, id);
  if (!rec) throw new Error(`no sandbox ${JSON.stringify(id)} in ${stateRoot} (see kata-runtime list)`);
  const down = qemuDown(rec);
  if (down) throw new Error(down);
  return rec;
}

/** A request that does not fit its message: bad usage (exit 2), but no need to print the whole usage. */
export class RequestError extends Error {}

export interface Command {
  method: AgentMethod;
  request: Record<string, unknown>;
}

/** `Method` or `Method {json}` (the request in protobuf JSON field names, as protobufjs's fromObject reads them). */
export function parseCommand(text: string): Command {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const name = space < 0 ? trimmed : trimmed.slice(0, space);
  const body = space < 0 ? '' : trimmed.slice(space).trim();
  const method = METHODS.get(name);
  if (!method) {
    const near = [...METHODS.keys()].filter((m) => m.toLowerCase().includes(name.toLowerCase().slice(0, 4)));
    throw new UsageError(`-c ${JSON.stringify(text)}: unknown method ${JSON.stringify(name)}${near.length ? `; did you mean ${near.join(', ')}?` : ''} (--help lists them)`);
  }
  let request: unknown = {};
  if (body) {
    try {
      request = JSON.parse(body);
    } catch (e) {
      throw new UsageError(`-c ${JSON.stringify(text)}: the request is not JSON: ${(e as Error).message}`);
    }
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) throw new UsageError(`-c ${JSON.stringify(text)}: the request must be a JSON object`);
  return { method, request: request as Record<string, unknown> };
}

const AS_JSON: IConversionOptions = { enums: String, bytes: String, longs: Number, defaults: true, arrays: true, objects: true };

type Stubs = Record<string, (req: object, opts: CallOptions) => Promise<object>>;

/** Sends one command and returns the answer as plain JSON; a refused call rejects with the agent's TtrpcError. */
export async function callAgent(client: AgentClient, cmd: Command, timeoutMs: number): Promise<Record<string, unknown>> {
  const { method } = cmd;
  let message: object;
  try {
    message = method.request.fromObject(cmd.request);
  } catch (e) {
    throw new RequestError(`${method.name}: the request does not fit ${method.request.name}: ${(e as Error).message}`);
  }
  // fromObject coerces what it can ("soon" → 0) and drops unknown fields; a tool that sends exactly
  // what it is given must refuse those instead, so the request is read back and compared.
  const mismatch = firstMismatch(cmd.request, method.request.toObject(message, AS_JSON), '');
  if (mismatch) throw new RequestError(`${method.name}: the request does not fit ${method.request.name}: ${mismatch}`);
  // The client's stubs are built from the same API table as METHODS, so every name is there.
  const stubs = (method.service === HEALTH_SERVICE ? client.health : client.agent) as unknown as Stubs;
  const answer = await stubs[method.name]!(message, { timeoutMs });
  return method.response.toObject(answer, AS_JSON);
}

/** Where the given JSON and what the message kept of it differ: an unknown field or a coerced value. */
function firstMismatch(given: unknown, kept: unknown, path: string): string | undefined {
  if (given !== null && typeof given === 'object') {
    if (Array.isArray(given)) {
      if (!Array.isArray(kept)) return `${path || 'the request'}: expected ${describe(kept)}, got an array`;
      for (let i = 0; i < given.length; i++) {
        const m = firstMismatch(given[i], kept[i], `${path}[${i}]`);
        if (m) return m;
      }
      return undefined;
    }
    if (kept === null || typeof kept !== 'object' || Array.isArray(kept)) return `${path}: expected ${describe(kept)}, got an object`;
    for (const [k, v] of Object.entries(given)) {
      const at = path ? `${path}.${k}` : k;
      if (!Object.hasOwn(kept, k)) return `unknown field ${at}`;
      const m = firstMismatch(v, (kept as Record<string, unknown>)[k], at);
      if (m) return m;
    }
    return undefined;
  }
  if (given === kept) return undefined;
  // An enum may be given by number; it reads back by name (a string field reads back as the digits).
  if (typeof given === 'number' && typeof kept === 'string' && kept !== String(given)) return undefined;
  return `${path}: expected ${describe(kept)}, got ${JSON.stringify(given)}`;
}

function describe(v: unknown): string {
  return Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
