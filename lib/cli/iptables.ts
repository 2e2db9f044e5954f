// `kata-runtime iptables get|set <sandbox-id>`: the guest's packet filter of a running sandbox,
// read (iptables-save format) or replaced (iptables-restore format) through the agent's
// GetIPTables/SetIPTables, dialled over the sandbox's hybrid vsock. Called by kata-runtime.ts.
import { readFileSync } from 'node:fs';
import { connect } from '../agent/connect.js';
import { runningSandbox } from './agent-ctl.js';

const TIMEOUT_MS = 60_000;

export async function getIPTables(stateRoot: string, id: string, ipv6: boolean): Promise<Buffer> {
  const client = await connect(runningSandbox(stateRoot, id));
  try {
    const r = await client.agent.GetIPTables({ isIpv6: ipv6 }, { timeoutMs: TIMEOUT_MS });
    return Buffer.from(r.data ?? []);
  } finally {
    client.close();
  }
}

/** Replaces the tables the rules name; `from` is a file, or '-' for standard input. Returns iptables-restore's output. */
export async function setIPTables(stateRoot: string, id: string, ipv6: boolean, from: string): Promise<Buffer> {
  let data: Buffer;
  try {
    data = readFileSync(from === '-' ? 0 : from);
  } catch (e) {
    throw new Error(`iptables set: cannot read the rules from ${from === '-' ? 'standard input' : from}: ${(e as Error).message}`);
  }
  const client = await connect(runningSandbox(stateRoot, id));
  try {
    const r = await client.agent.SetIPTables({ isIpv6: ipv6, data }, { timeoutMs: TIMEOUT_MS });
    return Buffer.from(r.data ?? []);
  } finally {
    client.close();
  }
}
