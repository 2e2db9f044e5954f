// The HTTP Basic authorization ([runtime] jaeger_user and jaeger_password, RFC 7617) that goes with
// each OTLP/HTTP post: the shim's own spans (lib/runtime/tracing.ts) and the agent's, which the
// trace forwarder posts (lib/runtime/sandbox-vm.ts sets it up). No user: no header.
export function basicAuthHeaders(user: string | undefined, password: string | undefined): Record<string, string> {
  return user ? { authorization: `Basic ${Buffer.from(`${user}:${password ?? ''}`).toString('base64')}` } : {};
}
