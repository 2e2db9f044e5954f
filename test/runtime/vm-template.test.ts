// The VM template's pure parts (lib/runtime/vm-template.ts; QEMU's key: lib/hypervisor/qemu/guest-key.ts), without a VM: which parts of a QEMU spec
// the template fixes, how a difference is named, and when a sandbox boots instead of cloning
// (no template, a corrupt record, a missing file, another VM) — each said in the log.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { Logger } from '../../lib/common/log/logger.js';
import type { QemuVmSpec } from '../../lib/hypervisor/qemu-args.js';
import type { VmPlan } from '../../lib/hypervisor/plan.js';
import { qemuGuestKey } from '../../lib/hypervisor/qemu/guest-key.js';
import { clonePlan, keyDifference, loadTemplate, usableTemplate } from '../../lib/runtime/vm-template.js';

const spec = (dir: string, over: Partial<QemuVmSpec> = {}): QemuVmSpec => ({
  qemuPath: '/usr/bin/qemu-system-x86_64', machineType: 'q35', accel: 'tcg', vcpus: 1, memoryMiB: 512,
  kernel: '/k/vmlinux', initrd: '/k/initrd.img', kernelParams: ['agent.listen=serial:agent.channel.0'],
  consoleLog: join(dir, 'console.log'), qmpSocket: join(dir, 'qmp.sock'),
  agentChannel: { socket: join(dir, 'agent.sock'), name: 'agent.channel.0' }, sharedDir: { path: join(dir, 'shared'), tag: 'kataShared' },
  newNetns: true, seccompSandbox: 'on', ...over,
});

function capture(): { log: Logger; lines: () => Record<string, unknown>[] } {
  let out = '';
  const log = new Logger({ component: 'test', level: 'debug', stream: { write: (l: string) => ((out += l), true) } });
  return { log, lines: () => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

t.test('the key holds what the guest sees and nothing host-side', async (t) => {
  t.same(qemuGuestKey(spec('/a')), qemuGuestKey(spec('/b', { seccompSandbox: '', newNetns: false, netns: '/run/netns/x', runAs: { uid: 1, gid: 1, groups: [] } })), 'paths, namespace, seccomp and identity are the clone\'s own');
  t.equal(keyDifference(qemuGuestKey(spec('/a')), qemuGuestKey(spec('/a', { vcpus: 2 }))), 'vcpus: the template has 1, this VM 2');
  t.match(keyDifference(qemuGuestKey(spec('/a')), qemuGuestKey(spec('/a', { nics: [{ fd: 3, mac: '02:00:00:00:00:01', vhost: false }] }))), /^nics: the template has 0, this VM 1$/);
  t.match(keyDifference(qemuGuestKey(spec('/a')), qemuGuestKey(spec('/a', { kernelParams: ['agent.listen=serial:agent.channel.0', 'agent.log=debug'] }))), /^kernelParams: /);
  t.match(keyDifference(qemuGuestKey(spec('/a')), qemuGuestKey(spec('/a', { debugConsoleChannel: { socket: '/a/c.sock', name: 'console' } }))), /^debugConsoleChannel: the template has null, this VM "console"$/);
  t.match(qemuGuestKey(spec('/a')).kernel, '/k/vmlinux (missing)', 'a file is known by path, size and time');
  const plan: VmPlan = { consoleLog: '/a/console.log', controlSocket: '/a/qmp.sock', accel: 'tcg', vcpus: 1, memoryMiB: 512, limits: { maxVcpus: 1, memorySlots: 0, maxMemoryMiB: 512 }, kernelParams: [], devices: {} };
  t.same(clonePlan(plan, { dir: '/t', memory: '/t/memory', state: '/t/state' }), { ...plan, memoryFile: { path: '/t/memory', share: false }, incoming: true }, "a clone maps the template's RAM copy-on-write and waits for its state");
});

t.test('a sandbox boots instead when the template is missing, corrupt, incomplete or made for another VM, and says why', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-tpl-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const tpl = join(dir, 'template');
  let c = capture();
  t.equal(usableTemplate(tpl, qemuGuestKey(spec('/s')), c.log), undefined);
  t.match(c.lines()[0], { level: 'warn', msg: 'VM template not used; booting the VM', reason: `no VM template in ${tpl} (run kata-runtime factory init)` });

  rmSync(tpl, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(tpl);
  writeFileSync(join(tpl, 'template.json'), '{ "version": 1');
  c = capture();
  t.equal(usableTemplate(tpl, qemuGuestKey(spec('/s')), c.log), undefined);
  t.match(c.lines()[0]!.reason, new RegExp(`^${tpl}/template\\.json is corrupt: `));
  writeFileSync(join(tpl, 'template.json'), JSON.stringify({ version: 9, createdAt: 'x', key: {} }));
  t.throws(() => loadTemplate(tpl), /template\.json is not a version 1 template record/);

  writeFileSync(join(tpl, 'template.json'), JSON.stringify({ version: 1, createdAt: new Date().toISOString(), key: qemuGuestKey(spec(tpl)) }));
  writeFileSync(join(tpl, 'memory'), '');
  t.throws(() => loadTemplate(tpl), new RegExp(`the VM template in ${tpl} has no ${tpl}/state`));
  writeFileSync(join(tpl, 'state'), '');
  c = capture();
  t.same(usableTemplate(tpl, qemuGuestKey(spec('/s')), c.log), { dir: tpl, memory: join(tpl, 'memory'), state: join(tpl, 'state') }, 'the same VM clones');
  t.same(c.lines(), [], 'and says nothing');
  c = capture();
  t.equal(usableTemplate(tpl, qemuGuestKey(spec('/s', { memoryMiB: 1024 })), c.log), undefined);
  t.match(c.lines()[0], { level: 'info', msg: 'VM template not used: this VM differs from it; booting the VM', reason: 'memoryMiB: the template has 512, this VM 1024', template: tpl });
});
