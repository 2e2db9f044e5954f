// The QEMU hypervisor with real assets on TCG: a VM starts, QMP reports it running, the agent in
// it answers over the serial channel, stop quits it through QMP and leaves no process or socket;
// a QEMU killed from outside is seen as such; a missing kernel fails before anything starts.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { healthService } from '../../lib/common/agent/api.js';
import { QemuVm } from '../../lib/hypervisor/qemu/vm.js';
import type { QemuVmSpec } from '../../lib/hypervisor/qemu-args.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { TtrpcClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';

const kernel = cachedKernel();
const initrd = cachedInitrd();
if (!kernel || !initrd) throw new Error('guest assets missing: run `npm run guest` (npm test does)');

function spec(t: { teardown(f: () => void): void }, over: Partial<QemuVmSpec> = {}): QemuVmSpec {
  const dir = mkdtempSync(join(tmpdir(), 'kata-qemu-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return {
    qemuPath: '/usr/bin/qemu-system-x86_64', machineType: 'q35', accel: 'tcg', vcpus: 1, memoryMiB: 512,
    kernel: kernel!.bzImage, initrd: initrd!.path, kernelParams: ['agent.listen=serial:agent.channel.0'],
    consoleLog: join(dir, 'console.log'), qmpSocket: join(dir, 'qmp.sock'),
    agentChannel: { socket: join(dir, 'agent.sock'), name: 'agent.channel.0' },
    ...over,
  };
}

function alive(pid: number): boolean {
  try {
    return !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

async function untilAgent(socket: string, timeoutMs: number): Promise<TtrpcClient> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const c = await TtrpcClient.connect(socket);
      await serviceClient(c, healthService).Check({}, { timeoutMs: Math.max(1000, until - Date.now()) });
      return c;
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

t.test('start, QMP status, agent health over the channel, stop through QMP', async (t) => {
  const s = spec(t);
  const vm = await QemuVm.start(s, silentLogger());
  t.teardown(() => vm.stop(1000));
  t.equal(await vm.status(), 'running');
  const status = readFileSync(`/proc/${vm.pid}/status`, 'utf8');
  t.match(status, /^Seccomp:\s+0$/m, 'no seccompSandbox in the spec: QEMU runs without -sandbox (and still works)');
  t.match(status, /^CapEff:\s+0+$/m, 'QEMU holds no capability either way');
  const c = await untilAgent(s.agentChannel!.socket, 120000);
  c.close();
  t.match(vm.consoleTail(50), /kata-agent ready: listening on serial:agent\.channel\.0/, 'the console log holds the agent ready line');
  const exit = await vm.stop();
  t.same(exit, { code: 0, signal: null }, 'QEMU quit through QMP');
  t.notOk(alive(vm.pid), 'no QEMU process left');
  t.notOk(existsSync(s.qmpSocket), 'QMP socket removed');
  t.notOk(existsSync(s.agentChannel!.socket), 'agent channel socket removed');
});

t.test('a QEMU killed from outside: wait reports the signal and stop still cleans up', async (t) => {
  const s = spec(t);
  const vm = await QemuVm.start(s, silentLogger());
  process.kill(vm.pid, 'SIGKILL');
  t.same(await vm.wait(), { code: null, signal: 'SIGKILL' });
  await vm.stop();
  t.notOk(existsSync(s.qmpSocket));
});

t.test('a missing kernel fails before QEMU starts, naming the path', async (t) => {
  const s = spec(t, { kernel: '/nonexistent/bzImage' });
  await t.rejects(QemuVm.start(s, silentLogger()), /kernel \/nonexistent\/bzImage does not exist/);
  t.notOk(existsSync(s.qmpSocket));
});

t.test('QEMU refusing its arguments fails with QEMU\'s own message', async (t) => {
  const s = spec(t, { machineType: 'no-such-machine' as QemuVmSpec['machineType'] });
  const started = QemuVm.start(s, silentLogger());
  t.teardown(() => started.then((vm) => vm.stop(100)).catch(() => undefined));
  await t.rejects(started, /QEMU exited at start \(1\): qemu-system-x86_64: unsupported machine type/);
});
