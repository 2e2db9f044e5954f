// Where spans go ([runtime] jaeger_endpoint, Kata's key, here an OTLP/HTTP traces endpoint):
// `http(s)://host:port/v1/traces`, or `unix:/path/to/socket` for an OTLP/HTTP receiver on a unix
// socket (spans then never touch a network interface), whose path is /v1/traces. Parsed once by
// the shim's tracer (lib/runtime/tracing.ts) and the agent-span forwarder (lib/runtime/trace-forwarder.ts).
export interface OtlpEndpoint {
  /** The URL the exporter posts to (for a unix socket: http://localhost/v1/traces). */
  url: string;
  socketPath?: string;
}

export const OTLP_TRACES_PATH = '/v1/traces';

export function parseOtlpEndpoint(text: string): OtlpEndpoint {
  if (text.startsWith('unix:')) {
    const path = text.slice('unix:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path.startsWith('/')) throw new Error(`jaeger_endpoint ${JSON.stringify(text)}: unix: needs an absolute socket path`);
    return { url: `http://localhost${OTLP_TRACES_PATH}`, socketPath: path };
  }
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new Error(`jaeger_endpoint ${JSON.stringify(text)}: expected http(s)://HOST:PORT/v1/traces or unix:/PATH`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`jaeger_endpoint ${JSON.stringify(text)}: expected http(s)://HOST:PORT/v1/traces or unix:/PATH`);
  return { url: u.pathname === '/' ? `${u.origin}${OTLP_TRACES_PATH}` : u.href };
}
