// `kata-runtime metrics SANDBOX_ID`: a sandbox's metrics in Prometheus text format, as Kata's
// kata-monitor exposes them — the shim's and QEMU's process figures read from /proc on this host
// (kata_shim_*, kata_hypervisor_*), then the agent's and the guest's from the agent's GetMetrics
// (kata_agent_*, kata_guest_*, and each container's cgroup). Every series carries sandbox_id.
// Called by kata-runtime.ts.
import { Registry } from 'prom-client';
import { addProcessMetrics, bootTime } from '../common/metrics/families.js';
import { readProcess } from '../common/metrics/procfs.js';
import { connect } from '../agent/connect.js';
import { readRecord } from '../runtime/state.js';
import { runningSandbox } from './agent-ctl.js';

export async function sandboxMetrics(stateRoot: string, id: string, timeoutMs = 10000): Promise<string> {
  const rec = readRecord(stateRoot, id);
  if (!rec) throw new Error(`no sandbox ${JSON.stringify(id)} in ${stateRoot} (see kata-runtime list)`);
  const reg = new Registry();
  reg.setDefaultLabels({ sandbox_id: id });
  const boot = bootTime();
  const notes: string[] = [];
  for (const [who, pid] of [['shim', rec.shimPid], ['hypervisor', rec.qemuPid]] as const) {
    if (!pid) {
      // shimPid is absent in records of older versions; qemuPid is 0 before QEMU started.
      notes.push(`# ${who} metrics unavailable: the sandbox record has no ${who} pid (${who === 'shim' ? 'made by an older version' : 'QEMU has not started'})`);
      continue;
    }
    try {
      addProcessMetrics(reg, who, readProcess(pid), boot);
    } catch (e) {
      notes.push(`# ${who} metrics unavailable: pid ${pid}: ${(e as Error).message}`);
    }
  }
  const host = await reg.metrics();
  let guest: string;
  try {
    const client = await connect(runningSandbox(stateRoot, id));
    try {
      guest = (await client.agent.GetMetrics({}, { timeoutMs })).metrics ?? '';
    } finally {
      client.close();
    }
  } catch (e) {
    guest = `# agent and guest metrics unavailable: ${(e as Error).message.split('\n')[0]}\n`;
  }
  return [host, ...notes.map((n) => `${n}\n`), guest].join('');
}
