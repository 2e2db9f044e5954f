// `npm run bench`: runs every benchmark suite in one process, one after another (2-core machine),
// and prints one table. A suite that cannot run prints why and the others still run. Ctrl-C stops
// the suite in flight, lets it clean up (interrupt.ts), and prints the rows measured so far.
import { type BenchRow, type BenchSuite, betterOf } from './result.js';
import { handleInterrupts } from './interrupt.js';
import { agentSuite } from './agent.js';
import { agentStartSuite } from './agent-start.js';
import { containerSuite } from './container.js';
import { criSuite } from './cri.js';
import { ctrSuite } from './ctr.js';
import { fsSuite } from './fs.js';
import { guestSuite } from './guest.js';
import { nestedSuite } from './nested.js';
import { netSuite } from './net.js';
import { podsSuite } from './pods.js';
import { runtimeSuite } from './runtime.js';
import { shimSuite } from './shim.js';
import { tracingSuite } from './tracing.js';
import { ttrpcSuite } from './ttrpc.js';
import { vsockSuite } from './vsock.js';

// Each issue's benchmark registers its suite here.
const suites: BenchSuite[] = [ttrpcSuite, tracingSuite, containerSuite, agentSuite, agentStartSuite, guestSuite, vsockSuite, runtimeSuite, shimSuite, ctrSuite, criSuite, fsSuite, netSuite, podsSuite, nestedSuite];

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 3 : 1);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  if (only.includes('--help')) {
    console.log('Usage: npm run bench [-- suite ...]\nSuites: ' + suites.map((s) => s.name).join(', '));
    return;
  }
  const rows: BenchRow[] = [];
  let failed = 0;
  const interruption = handleInterrupts('bench');
  for (const s of suites) {
    if (only.length > 0 && !only.includes(s.name)) continue;
    if (interruption.signal) break;
    process.stderr.write(`bench: ${s.name} …\n`);
    try {
      rows.push(...(await s.run()));
    } catch (e) {
      failed++;
      if (interruption.signal) process.stderr.write(`bench: ${s.name} interrupted; it has cleaned up\n`);
      else process.stderr.write(`bench: ${s.name} could not run: ${(e as Error).message}\n`);
    }
  }
  const header = ['suite', 'figure', 'value', 'unit', 'better', 'reference', 'ratio', 'note'];
  const table = rows.map((r) => [
    r.suite,
    r.name,
    fmt(r.value),
    r.unit,
    betterOf(r),
    r.reference ? `${r.reference.label}: ${fmt(r.reference.value)}` : '',
    r.reference && r.reference.value !== 0 ? fmt(r.value / r.reference.value) : '',
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(row));
  if (failed > 0) process.exitCode = 1;
  if (interruption.signal) {
    process.stderr.write(`bench: interrupted by ${interruption.signal}; the table holds the suites that finished\n`);
    process.exitCode = 130;
  }
}

await main();
