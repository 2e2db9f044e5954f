// The agent's GetMetrics: the guest's and the agent's figures in Prometheus text format, as Kata's
// agent gives them to kata-monitor (kata_agent_*, kata_guest_*), plus each container's cgroup
// figures, every series labelled with the sandbox id. Loaded only when the runtime asks for
// metrics (prom-client is not needed to start the agent). Called by agent.ts.
import { Counter, Registry } from 'prom-client';
import type { CgroupStats } from '../../lib/common/cgroup/stats.js';
import { addContainerMetrics, addGuestMetrics, addProcessMetrics, bootTime } from '../../lib/common/metrics/families.js';
import { readProcess } from '../../lib/common/metrics/procfs.js';

let scrapes = 0;

export async function guestMetrics(sandboxId: string, containers: Array<{ id: string; stats: () => Promise<CgroupStats> }>): Promise<string> {
  const reg = new Registry();
  if (sandboxId) reg.setDefaultLabels({ sandbox_id: sandboxId });
  addProcessMetrics(reg, 'agent', readProcess('self'), bootTime());
  addGuestMetrics(reg);
  const stats = await Promise.all(containers.map(async (c) => ({ id: c.id, stats: await c.stats().catch(() => ({})) })));
  addContainerMetrics(reg, stats);
  scrapes++;
  const count = new Counter({ name: 'kata_agent_scrape_count', help: 'Metrics scrape count', registers: [reg] });
  count.inc(scrapes);
  return reg.metrics();
}
