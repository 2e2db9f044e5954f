// OnlineCPUMem's sysfs side against a directory shaped like /sys/devices/system/{cpu,memory}:
// it waits for vCPUs and memory blocks that appear late (as an ACPI hot-add does), onlines exactly
// what was asked, and names what never came. The real path (QEMU hot-plug, the guest kernel's
// sysfs) is test/e2e/cri-resources.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { CpuMemOnliner } from '../../guest/agent/online-cpu-mem.js';
import { captureLog } from '../ttrpc/helpers.js';

function sysfs(t: Test): { cpuDir: string; memoryDir: string; cpu(n: number, online: string | undefined): void; block(n: number, state: string): void } {
  const root = mkdtempSync(join(tmpdir(), 'online-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  const cpuDir = join(root, 'cpu');
  const memoryDir = join(root, 'memory');
  mkdirSync(cpuDir);
  mkdirSync(memoryDir);
  return {
    cpuDir,
    memoryDir,
    cpu: (n, online) => {
      mkdirSync(join(cpuDir, `cpu${n}`), { recursive: true });
      if (online !== undefined) writeFileSync(join(cpuDir, `cpu${n}`, 'online'), online);
    },
    block: (n, state) => {
      mkdirSync(join(memoryDir, `memory${n}`), { recursive: true });
      writeFileSync(join(memoryDir, `memory${n}`, 'state'), state);
    },
  };
}

const read = (p: string): string => readFileSync(p, 'utf8').trim();

t.test('vCPUs and memory blocks that appear late are onlined; only as many vCPUs as asked', async (t) => {
  const s = sysfs(t);
  s.cpu(0, undefined); // the boot CPU has no online file
  s.cpu(1, '1');
  s.block(0, 'online');
  const o = new CpuMemOnliner(captureLog().logger, { cpuDir: s.cpuDir, memoryDir: s.memoryDir, timeoutMs: 5000, pollMs: 20 });
  setTimeout(() => {
    s.cpu(2, '0');
    s.cpu(3, '0');
    s.cpu(4, '0');
  }, 150);
  setTimeout(() => {
    s.block(8, 'offline');
    s.block(9, 'offline');
  }, 300);
  await o.handle({ wait: true, nbCpus: 2, cpuOnly: false });
  t.same([2, 3, 4].map((n) => read(join(s.cpuDir, `cpu${n}`, 'online'))), ['1', '1', '0'], 'the first two new vCPUs, not the third');
  t.same([8, 9].map((n) => read(join(s.memoryDir, `memory${n}`, 'state'))), ['online', 'online']);
  t.equal(read(join(s.memoryDir, 'memory0', 'state')), 'online');
});

t.test('cpu_only leaves memory alone; what never appears is named', async (t) => {
  const s = sysfs(t);
  s.cpu(1, '0');
  s.block(8, 'offline');
  const o = new CpuMemOnliner(captureLog().logger, { cpuDir: s.cpuDir, memoryDir: s.memoryDir, timeoutMs: 300, pollMs: 20 });
  await o.handle({ wait: true, nbCpus: 1, cpuOnly: true });
  t.equal(read(join(s.cpuDir, 'cpu1', 'online')), '1');
  t.equal(read(join(s.memoryDir, 'memory8', 'state')), 'offline', 'cpu_only: memory untouched');
  await t.rejects(o.handle({ wait: true, nbCpus: 1, cpuOnly: true }), { name: 'DeadlineExceededError', message: /OnlineCPUMem: 1 of 1 vCPUs did not appear offline/ });
  await t.rejects(o.handle({ wait: true, nbCpus: 5000 }), { message: /nb_cpus 5000 is more than 1024/ });
});
