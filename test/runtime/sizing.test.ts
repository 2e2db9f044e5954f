// The VM's size: the configuration's defaults plus the sandbox spec's limits, capped at the host's
// CPUs, and an error naming the limit when the memory cannot fit the host.
import t from 'tap';
import { vmSize } from '../../lib/runtime/sizing.js';

const host = { cpus: 4, memoryMiB: 8192 };
const defaults = { vcpus: 1, memoryMiB: 512 };

t.test('no limits: the defaults', async (t) => {
  t.same(vmSize(defaults, undefined, host), defaults);
  t.same(vmSize(defaults, { memory: { limit: -1 }, cpu: { quota: -1, period: 100000 } }, host), defaults, '-1 means unlimited');
});

t.test('a memory limit adds its size, rounded up to MiB', async (t) => {
  t.same(vmSize(defaults, { memory: { limit: 256 * 1024 * 1024 } }, host), { vcpus: 1, memoryMiB: 768 });
  t.same(vmSize(defaults, { memory: { limit: 1 } }, host), { vcpus: 1, memoryMiB: 513 });
});

t.test('a CPU quota adds whole vCPUs, capped at the host', async (t) => {
  t.same(vmSize(defaults, { cpu: { quota: 150000, period: 100000 } }, host), { vcpus: 3, memoryMiB: 512 });
  t.same(vmSize(defaults, { cpu: { quota: 1600000, period: 100000 } }, host), { vcpus: 4, memoryMiB: 512 });
  t.same(vmSize(defaults, { cpu: { quota: 50000 } }, host), defaults, 'a quota without a period is ignored');
});

t.test('more memory than the host has is an error naming the limit', async (t) => {
  t.throws(() => vmSize(defaults, { memory: { limit: 16 * 1024 * 1024 * 1024 } }, host), /needs 16896 MiB \(default_memory 512 \+ memory limit 17179869184 bytes\), more than the host's 8192 MiB/);
});
