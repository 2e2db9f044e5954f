// The VM's size: the configuration's defaults plus every container's limits (Kata's rule),
// capped at default_maxvcpus (0: the host's CPUs), an error naming the limits when the memory
// exceeds default_maxmemory (0: the host's), and the growth a joining container asks for.
import t from 'tap';
import { containerSize, growth, vmLimits, vmSize } from '../../lib/runtime/sizing.js';

const host = { cpus: 4, memoryMiB: 8192 };
const limits = vmLimits({ maxVcpus: 0, maxMemory: 0, memorySlots: 10 }, host);
const defaults = { vcpus: 1, memoryMiB: 512 };

t.test('ceilings: 0 means the host\'s; a set value is taken as it is', async (t) => {
  t.same(limits, { maxVcpus: 4, maxMemoryMiB: 8192, memorySlots: 10 });
  t.same(vmLimits({ maxVcpus: 8, maxMemory: 2048, memorySlots: 3 }, host), { maxVcpus: 8, maxMemoryMiB: 2048, memorySlots: 3 }, 'more vCPUs than host CPUs is honoured');
});

t.test('no limits: the defaults (the pause container of a CRI pod)', async (t) => {
  t.same(vmSize(defaults, [], limits), defaults);
  t.same(vmSize(defaults, [undefined], limits), defaults);
  t.same(vmSize(defaults, [{ memory: { limit: -1 }, cpu: { quota: -1, period: 100000 } }], limits), defaults, '-1 means unlimited');
});

t.test('a memory limit adds its size, rounded up to MiB', async (t) => {
  t.same(vmSize(defaults, [{ memory: { limit: 256 * 1024 * 1024 } }], limits), { vcpus: 1, memoryMiB: 768 });
  t.same(vmSize(defaults, [{ memory: { limit: 1 } }], limits), { vcpus: 1, memoryMiB: 513 });
});

t.test('a CPU quota adds ceil(quota/period) vCPUs, capped at the ceiling', async (t) => {
  t.same(vmSize(defaults, [{ cpu: { quota: 150000, period: 100000 } }], limits), { vcpus: 3, memoryMiB: 512 });
  t.same(vmSize(defaults, [{ cpu: { quota: 1600000, period: 100000 } }], limits), { vcpus: 4, memoryMiB: 512 });
  t.same(vmSize(defaults, [{ cpu: { quota: 50000 } }], limits), defaults, 'a quota without a period is ignored');
  t.same(containerSize({ cpu: { quota: 200000, period: 100000 }, memory: { limit: 1 << 30 } }), { vcpus: 2, memoryMiB: 1024 });
});

t.test('every container of the pod counts', async (t) => {
  const pause = undefined;
  const web = { cpu: { quota: 100000, period: 100000 }, memory: { limit: 128 << 20 } };
  const db = { cpu: { quota: 200000, period: 100000 }, memory: { limit: 1 << 30 } };
  t.same(vmSize(defaults, [pause, web, db], vmLimits({ maxVcpus: 8, maxMemory: 0, memorySlots: 10 }, host)), { vcpus: 4, memoryMiB: 512 + 128 + 1024 });
});

t.test('more memory than the ceiling is an error naming the limits', async (t) => {
  t.throws(() => vmSize(defaults, [{ memory: { limit: 16 * 1024 * 1024 * 1024 } }], limits), /needs 16896 MiB \(default_memory 512 \+ memory limits 17179869184 bytes\), more than the 8192 MiB it may have \(default_maxmemory/);
});

t.test('growth: only upwards, memory in whole 128 MiB blocks', async (t) => {
  t.same(growth({ vcpus: 1, memoryMiB: 512 }, { vcpus: 3, memoryMiB: 1536 }), { vcpus: 2, memoryMiB: 1024 });
  t.same(growth({ vcpus: 1, memoryMiB: 512 }, { vcpus: 1, memoryMiB: 513 }), { vcpus: 0, memoryMiB: 128 });
  t.same(growth({ vcpus: 3, memoryMiB: 1536 }, { vcpus: 1, memoryMiB: 512 }), { vcpus: 0, memoryMiB: 0 }, 'never shrinks');
});
