// Bench suite "nested": the same guest (our kernel and initrd, QEMU start → the agent's ready line)
// booted inside the nested test host with -accel kvm and with -accel tcg, alternated, median of 3.
// The ratio says what KVM buys over TCG one level down; absolute times here say nothing about real
// hardware, where the nested host's own TCG is not in the way.
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { agentBootScript, startNestedHost } from '../helpers/nested-host.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

const ROUNDS = 3;

export const nestedSuite: BenchSuite = {
  name: 'nested',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    if (!kernel || !initrd) throw new Error('guest assets are not built: run `npm run guest`');
    const downs: Array<() => void | Promise<void>> = [];
    try {
      const host = await startNestedHost((f) => downs.push(f));
      const times: Record<'kvm' | 'tcg', number[]> = { kvm: [], tcg: [] };
      for (let i = 0; i < ROUNDS; i++) {
        for (const accel of ['kvm', 'tcg'] as const) {
          const r = await host.run(agentBootScript({ accel, kernel: kernel.vmlinux, initrd: initrd.path, log: `${host.jobDir}/bench-${accel}-${i}.log` }), 900000);
          const ms = /boot-ms (\d+)/.exec(r.output)?.[1];
          if (r.status !== 0 || !ms) throw new Error(`nested ${accel} boot ${i} did not reach the agent:\n${r.output.slice(-2000)}`);
          times[accel].push(Number(ms));
        }
      }
      const note = `nested host (TCG, -cpu max,+svm), median of ${ROUNDS}, alternated; initrd`;
      return [
        { suite: 'nested', name: 'QEMU start → agent ready, -accel kvm -cpu host, in the nested host', value: median(times.kvm), unit: 'ms', reference: { label: '-accel tcg', value: median(times.tcg) }, note },
        { suite: 'nested', name: 'QEMU start → agent ready, -accel tcg -cpu max, in the nested host', value: median(times.tcg), unit: 'ms', note },
        { suite: 'nested', name: 'nested host: QEMU start → serving jobs', value: host.bootMs, unit: 'ms', note: 'one boot' },
      ];
    } finally {
      for (const f of downs.reverse()) await f();
    }
  },
};
