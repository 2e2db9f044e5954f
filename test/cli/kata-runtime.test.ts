// kata-runtime as a child process: check's exit status follows its FAIL lines, env --json names
// the configuration file and why, list reads records written by lib/runtime/state.ts, version,
// help on every command, and bad arguments exit 2 with a message naming them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { shippedConfigPath } from '../../lib/common/package-root.js';
import { type SandboxRecord, writeRecord } from '../../lib/runtime/state.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { kvmChecks } from '../../lib/cli/check.js';
import { probeKvm } from '../../lib/hypervisor/kvm-probe.js';
import { cli, tempDir } from './helpers.js';

t.setTimeout(300000); // some forty runs of the CLI, each a node start

const kernel = cachedKernel();
const initrd = cachedInitrd();

function configFile(dir: string, qemu: Record<string, string>): string {
  const body = Object.entries(qemu).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join('\n');
  const path = join(dir, 'configuration.toml');
  writeFileSync(path, `[hypervisor.qemu]\n${body}\n`);
  return path;
}

const LINE = /^(OK|FAIL|WARN|INFO) +[\w -]+: /;

// check's KVM lines: one per capability and one for the VM where /dev/kvm exists (the nested test
// host), one INFO line where it does not (computed from this host's probe, as check does).
const kvmLines = existsSync('/dev/kvm') ? kvmChecks('auto', probeKvm()).map((l) => l.name) : ['kvm'];

t.test('check: one line per check, exit 1 naming the missing kernel', async (t) => {
  const dir = tempDir(t);
  const conf = configFile(dir, { path: '/usr/bin/qemu-system-x86_64', kernel: join(dir, 'no-bzImage'), initrd: join(dir, 'no-initrd') });
  const r = cli(['check'], { KATA_CONF_FILE: conf });
  t.equal(r.status, 1, 'a missing guest asset fails the check');
  const lines = r.stdout.trim().split('\n');
  const checks = lines.slice(0, -1);
  t.ok(checks.every((l) => LINE.test(l)), `every check line has a status: ${r.stdout}`);
  t.same(checks.map((l) => l.replace(/^\w+ +([\w -]+):.*$/, '$1')), ['root', 'config', 'qemu', 'accel', ...kvmLines, 'agent start', 'vhost-user', 'shared fs', 'guest assets', 'containerd']);
  if (existsSync('/dev/kvm')) t.match(r.stdout, /^(OK|WARN) +kvm KVM_CAP_IRQCHIP: /m, 'a capability line where /dev/kvm exists');
  else t.match(r.stdout, /^INFO kvm: capabilities not checked: \/dev\/kvm does not exist/m, 'no /dev/kvm: one INFO line saying why');
  t.match(r.stdout, new RegExp(`^FAIL guest assets: .*hypervisor\\.qemu\\.kernel = ${join(dir, 'no-bzImage')}: no such file`, 'm'));
  t.match(r.stdout, /^OK +vhost-user: QEMU has vhost-user-vsock-pci; the addon serves it/m, 'the default hybrid vsock channel: QEMU and the addon can serve it');
  t.match(r.stdout, /^OK +config: .*configuration\.toml \(env\)$/m);
  t.match(r.stdout, /^OK +shared fs: virtio-fs: \/usr\/lib\/qemu\/virtiofsd \(virtiofsd version [\d.]+.*\), cache=auto; QEMU has vhost-user-fs-pci$/m, 'virtio-fs is the default: the daemon runs and QEMU has the device');
});

t.test('check: a virtio-fs daemon that does not exist is a FAIL naming the key, in shared fs and guest assets; 9p needs none', async (t) => {
  const dir = tempDir(t);
  const conf = configFile(dir, { path: '/usr/bin/qemu-system-x86_64', kernel: join(dir, 'k'), initrd: join(dir, 'i'), virtio_fs_daemon: '/nonexistent/virtiofsd' });
  const r = cli(['check'], { KATA_CONF_FILE: conf });
  t.equal(r.status, 1);
  t.match(r.stdout, /^FAIL shared fs: hypervisor\.qemu\.virtio_fs_daemon = \/nonexistent\/virtiofsd: missing or not executable/m);
  t.match(r.stdout, /^FAIL guest assets: .*hypervisor\.qemu\.virtio_fs_daemon = \/nonexistent\/virtiofsd: no such file/m);
  const p9 = configFile(dir, { path: '/usr/bin/qemu-system-x86_64', kernel: join(dir, 'k'), initrd: join(dir, 'i'), shared_fs: 'virtio-9p', virtio_fs_daemon: '/nonexistent/virtiofsd' });
  const r9 = cli(['check'], { KATA_CONF_FILE: p9 });
  t.match(r9.stdout, /^OK +shared fs: virtio-9p \(QEMU's virtio-9p-pci\)$/m, 'with 9p the daemon is not needed');
  t.notMatch(r9.stdout, /virtio_fs_daemon/);
});

t.test('check: with the built guest assets the exit status is 0 exactly when nothing FAILs', { skip: !kernel || !initrd ? 'guest assets missing: run `npm run guest`' : false }, async (t) => {
  const dir = tempDir(t);
  const conf = configFile(dir, { path: '/usr/bin/qemu-system-x86_64', kernel: kernel!.bzImage, initrd: initrd!.path });
  const r = cli(['check'], { KATA_CONF_FILE: conf });
  t.match(r.stdout, /^OK +guest assets: kernel /m);
  t.match(r.stdout, /^OK +qemu: \/usr\/bin\/qemu-system-x86_64: QEMU emulator version \d/m);
  t.match(r.stdout, /^(OK|WARN) +accel: (KVM|TCG)/m, 'KVM, or TCG with the reason, is not a failure');
  t.match(r.stdout, /^OK +agent start: snapshot: proven in a VM like this host's guests \(vm:(tcg:max|kvm:host):[\d.]+\), CPU \S+\/\d+\/\d+/m, 'the built initrd\'s snapshot was proven on this host\'s guest CPU');
  const bundle = cli(['check'], { KATA_CONF_FILE: configFile(dir, { path: '/usr/bin/qemu-system-x86_64', kernel: kernel!.bzImage, initrd: initrd!.path, kernel_params: 'agent.start=bundle' }) });
  t.match(bundle.stdout, /^INFO agent start: bundle: kernel_params sets agent\.start=bundle$/m);
  t.equal(r.status, /^FAIL/m.test(r.stdout) ? 1 : 0, `exit status follows the FAIL lines:\n${r.stdout}`);
  const j = cli(['check', '--json'], { KATA_CONF_FILE: conf });
  const parsed = JSON.parse(j.stdout) as { ok: boolean; checks: { name: string; status: string }[] };
  t.equal(parsed.ok, j.status === 0);
  t.equal(parsed.checks.length, 9 + kvmLines.length);
});

t.test('check: a configuration file that does not exist is a FAIL naming it', async (t) => {
  const r = cli(['check'], { KATA_CONF_FILE: '/nonexistent/kata.toml' });
  t.equal(r.status, 1);
  t.match(r.stdout, /^FAIL config: .*\/nonexistent\/kata\.toml/m);
});

t.test('env --json: the configuration file, its source and reason, hypervisor and asset details', async (t) => {
  const dir = tempDir(t);
  const conf = configFile(dir, { path: '/usr/bin/qemu-system-x86_64', kernel: kernel?.bzImage ?? join(dir, 'k'), initrd: initrd?.path ?? join(dir, 'i'), accel: 'tcg' });
  const r = cli(['env', '--json'], { KATA_CONF_FILE: conf });
  t.equal(r.status, 0, r.stderr);
  const env = JSON.parse(r.stdout) as {
    config: { path: string; source: string; reason: string; values: { hypervisor: { qemu: { initrd: string } } } };
    hypervisor: { path: string; version?: string; accel?: string };
    assets: { key: string; present: boolean; details?: Record<string, unknown> }[];
    agentStart: { mode: string; why: string };
  };
  t.equal(env.config.path, conf);
  t.equal(env.config.source, 'env');
  t.match(env.config.reason, /KATA_CONF_FILE/);
  t.equal(env.hypervisor.accel, 'tcg');
  t.match(env.hypervisor.version ?? '', /^QEMU emulator version/);
  t.same(env.assets.map((a) => a.key), ['hypervisor.qemu.kernel', 'hypervisor.qemu.initrd']);
  if (kernel && initrd) {
    t.match(env.assets[0]!.details, { sourceVersion: /^6\.1\./ }, 'the kernel details.json');
    t.match(env.assets[1]!.details, { kind: 'initrd', agentSnapshot: { provenOn: /^vm:tcg:max:/, cpuSignature: /\/\d+\/\d+/ } }, 'the initrd details.json, with where its snapshot was proven');
    t.match(env.agentStart, { mode: 'snapshot', why: /^proven in a VM like this host's guests \(vm:tcg:max:/ });
  }
});

t.test('env: the shipped default, and the human format', { skip: existsSync('/etc/kata-ts/configuration.toml') ? '/etc/kata-ts/configuration.toml exists on this host, so the shipped default is not used' : false }, async (t) => {
  const r = cli(['env'], { KATA_CONF_FILE: '' });
  t.equal(r.status, 0, r.stderr);
  t.match(r.stdout, `Path = ${shippedConfigPath()}`);
  t.match(r.stdout, /Source = shipped/);
  t.match(r.stdout, /\[Hypervisor\]\n {2}Path = /);
  t.match(r.stdout, /\[Agent start\]\n {2}Mode = (snapshot|bundle|modules|unknown)\n {2}Reason = \S/, 'which start the guest will use, and why');
});

t.test('env: a configuration with an unknown key exits 1 naming the key', async (t) => {
  const dir = tempDir(t);
  const conf = join(dir, 'bad.toml');
  writeFileSync(conf, '[hypervisor.qemu]\nno_such_key = 1\n');
  const r = cli(['env'], { KATA_CONF_FILE: conf });
  t.equal(r.status, 1);
  t.match(r.stderr, /no_such_key/);
});

t.test('factory: status and destroy with no template, an unknown action, and --help', async (t) => {
  const dir = tempDir(t);
  const conf = join(dir, 'tpl.toml');
  writeFileSync(conf, `[hypervisor.qemu]\nshared_fs = "virtio-9p"\n[agent.kata]\nchannel = "virtio-serial"\n[factory]\nenable_template = true\ntemplate_path = "${join(dir, 'template')}"\n`);
  const status = cli(['factory', 'status'], { KATA_CONF_FILE: conf });
  t.equal(status.status, 1, 'status fails without a template');
  t.equal(status.stdout, `no VM template in ${join(dir, 'template')}\n`);
  t.same(JSON.parse(cli(['factory', 'status', '--json'], { KATA_CONF_FILE: conf }).stdout), { dir: join(dir, 'template'), exists: false });
  const destroy = cli(['factory', 'destroy'], { KATA_CONF_FILE: conf });
  t.equal(destroy.status, 0);
  t.equal(destroy.stdout, `no VM template in ${join(dir, 'template')}\n`);
  const bad = cli(['factory', 'frob'], { KATA_CONF_FILE: conf });
  t.equal(bad.status, 2);
  t.match(bad.stderr, /factory: unknown action "frob"; expected init, destroy or status\nUsage: kata-runtime factory init\|destroy\|status/);
  t.match(cli(['factory', '--help']).stdout, /^Usage: kata-runtime factory init\|destroy\|status \[--json\]\n\nVM templating/);
  t.match(cli(['--help']).stdout, /factory +make, remove or show the VM template new sandboxes are cloned from/);
  t.match(cli(['check'], { KATA_CONF_FILE: conf }).stdout, new RegExp(`^WARN vm template: none in ${join(dir, 'template')}: sandboxes boot until kata-runtime factory init makes one$`, 'm'), 'check says there is no template yet');
});

function record(stateRoot: string, over: Partial<SandboxRecord> = {}): SandboxRecord {
  const rec: SandboxRecord = {
    id: 'sb-1',
    createdAt: '2026-11-25T12:00:00.000Z',
    qemuPid: 999_999_99,
    qmpSocket: join(stateRoot, 'sandboxes', 'sb-1', 'qmp.sock'),
    agentSocket: join(stateRoot, 'sandboxes', 'sb-1', 'agent.sock'),
    consoleLog: join(stateRoot, 'sandboxes', 'sb-1', 'console.log'),
    sharedDir: join(stateRoot, 'sandboxes', 'sb-1', 'shared'),
    debugConsole: false,
    kernel: '/k',
    rootfs: { kind: 'initrd', path: '/i' },
    containers: ['c1', 'c2'].map((c) => ({ id: c, bundle: `/b/${c}`, sharedRootfs: join(stateRoot, 'sandboxes', 'sb-1', 'shared', c, 'rootfs') })),
    ...over,
  };
  writeRecord(stateRoot, rec);
  return rec;
}

t.test('list: an empty state dir, then one recorded sandbox whose QEMU is gone', async (t) => {
  const state = tempDir(t);
  const empty = cli(['list', '--state-dir', state]);
  t.equal(empty.status, 0);
  t.equal(empty.stdout.trim(), 'ID  CREATED  QEMU PID  QEMU  CONTAINERS', 'only the header');
  t.same(JSON.parse(cli(['list', '--json', `--state-dir=${state}`]).stdout), []);

  record(state);
  const r = cli(['list', '--state-dir', state]);
  t.equal(r.status, 0);
  t.match(r.stdout, /^sb-1 +2026-11-25T12:00:00\.000Z +99999999 +gone +c1,c2$/m);
  const j = JSON.parse(cli(['list', '--json', '--state-dir', state]).stdout) as unknown;
  t.same(j, [{ id: 'sb-1', createdAt: '2026-11-25T12:00:00.000Z', qemuPid: 99999999, qemuAlive: false, debugConsole: false, containers: ['c1', 'c2'] }]);
});

t.test('list: a live pid whose command line is not the sandbox QEMU counts as gone (pid reuse)', async (t) => {
  const state = tempDir(t);
  record(state, { qemuPid: process.pid });
  const j = JSON.parse(cli(['list', '--json', '--state-dir', state]).stdout) as { qemuAlive: boolean }[];
  t.equal(j[0]!.qemuAlive, false);
});

t.test('list: a sandbox recorded before its QEMU started (a shim killed while making it) is "not started"', async (t) => {
  const state = tempDir(t);
  record(state, { qemuPid: 0 });
  t.match(cli(['list', '--state-dir', state]).stdout, /^sb-1 +2026-11-25T12:00:00\.000Z +0 +not started +c1,c2$/m);
});

t.test('exec: clear messages for a missing sandbox, no debug console, and a QEMU that is gone', async (t) => {
  const state = tempDir(t);
  let r = cli(['exec', '--state-dir', state, 'nope']);
  t.equal(r.status, 1);
  t.match(r.stderr, /no sandbox "nope"/);
  record(state);
  r = cli(['exec', '--state-dir', state, 'sb-1']);
  t.equal(r.status, 1);
  t.match(r.stderr, /was not started with the debug console; set debug_console_enabled = true/);
  record(state, { debugConsole: true, debugConsoleSocket: join(state, 'sandboxes', 'sb-1', 'console.sock') });
  r = cli(['exec', '--state-dir', state, 'sb-1']);
  t.equal(r.status, 1);
  t.match(r.stderr, /QEMU \(pid 99999999\) is not running/);
  // Recorded before QEMU started: a shim still making the sandbox, or one killed meanwhile.
  record(state, { debugConsole: true, debugConsoleSocket: join(state, 'sandboxes', 'sb-1', 'console.sock'), qemuPid: 0 });
  r = cli(['exec', '--state-dir', state, 'sb-1']);
  t.equal(r.status, 1);
  t.match(r.stderr, /exec: sandbox sb-1: its QEMU has not started \(the sandbox is being made, or its shim stopped before; containerd's `containerd-shim-kata-v2 delete` cleans that up\)/);
  const m = cli(['metrics', '--state-dir', state, 'sb-1']);
  t.match(m.stdout, /# hypervisor metrics unavailable: the sandbox record has no hypervisor pid \(QEMU has not started\)/);
});

t.test('a corrupt record: list names its file on stderr, lists the others and exits 1; exec and metrics name it; nothing is changed', async (t) => {
  const state = tempDir(t);
  record(state);
  const dir = join(state, 'sandboxes', 'sb-2');
  const file = join(dir, 'state.json');
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(recordText(state, 'sb-2')));
  t.same((JSON.parse(cli(['list', '--json', '--state-dir', state]).stdout) as { id: string }[]).map((e) => e.id).sort(), ['sb-1', 'sb-2'], 'the base record below is a valid one');
  const corrupt: Array<[string, string, RegExp]> = [
    ['cut short', '{"id": "sb-2", "qemuPid": 12', /not JSON/],
    ['empty', '', /not JSON/],
    ['an array', '[]', /the record must be an object/],
    ['a pid as a string', JSON.stringify({ ...recordText(state, 'sb-2'), qemuPid: 'abc' }), /qemuPid must be a positive integer, or 0 before QEMU started, got "abc"/],
    ['no containers', JSON.stringify({ ...recordText(state, 'sb-2'), containers: undefined }), /containers is missing|containers must be an array/],
    ['another sandbox\'s id', JSON.stringify({ ...recordText(state, 'sb-2'), id: 'sb-1' }), /id must be the directory's name "sb-2", got "sb-1"/],
    ['a shared dir outside the sandbox', JSON.stringify({ ...recordText(state, 'sb-2'), sharedDir: '/' }), /sharedDir must be ".*\/sandboxes\/sb-2\/shared", got "\/"/],
    ['a shared rootfs outside it', JSON.stringify({ ...recordText(state, 'sb-2'), containers: [{ id: 'c', bundle: '/b', sharedRootfs: '/etc' }] }), /containers\[0\]\.sharedRootfs must be a path in .*\/sb-2\/shared, got "\/etc"/],
    ['a climbing path', JSON.stringify({ ...recordText(state, 'sb-2'), qmpSocket: `${dir}/../../x.sock` }), /qmpSocket must be a path in/],
    ['a cgroup of ..', JSON.stringify({ ...recordText(state, 'sb-2'), cgroupPath: 'kata-ts/../..' }), /cgroupPath must be a cgroup below the root/],
  ];
  for (const [what, text, why] of corrupt) {
    writeFileSync(file, text);
    const r = cli(['list', '--state-dir', state]);
    t.equal(r.status, 1, `list exits 1 (${what})`);
    t.match(r.stdout, /^sb-1 /m, `the good sandbox is still listed (${what})`);
    t.notMatch(r.stdout, /sb-2/);
    t.match(r.stderr, new RegExp(`^kata-runtime list: sandbox record ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is corrupt: `, 'm'), `stderr names the file (${what})`);
    t.match(r.stderr, why, `and what is wrong (${what})`);
    const j = cli(['list', '--json', '--state-dir', state]);
    t.same((JSON.parse(j.stdout) as { id: string }[]).map((e) => e.id), ['sb-1'], 'list --json: the good one');
    for (const cmd of ['exec', 'metrics']) {
      const e = cli([cmd, '--state-dir', state, 'sb-2']);
      t.equal(e.status, 1, `${cmd} exits 1 (${what})`);
      t.match(e.stderr, /sandbox record .*sb-2\/state\.json is corrupt/, `${cmd} names the file`);
    }
    t.equal(readFileSync(file, 'utf8'), text, 'the record is left as it was');
  }
});

/** A valid record's fields for sandbox `id` under state (not written). */
function recordText(stateRoot: string, id: string): Record<string, unknown> {
  const d = join(stateRoot, 'sandboxes', id);
  return { id, createdAt: '2026-11-25T12:00:00.000Z', qemuPid: 99999999, qmpSocket: join(d, 'qmp.sock'), agentSocket: join(d, 'agent.sock'), consoleLog: join(d, 'console.log'), sharedDir: join(d, 'shared'), debugConsole: true, kernel: '/k', rootfs: { kind: 'initrd', path: '/i' }, containers: [] };
}

t.test('version', async (t) => {
  const r = cli(['version']);
  t.equal(r.status, 0);
  t.match(r.stdout, /^kata-runtime +: \d+\.\d+\.\d+$/m);
  t.equal(cli(['--version']).stdout, r.stdout);
});

t.test('help: the main usage and --help on every command', async (t) => {
  const main = cli(['--help']);
  t.equal(main.status, 0);
  for (const c of ['check', 'env', 'list', 'exec', 'metrics', 'version']) {
    t.match(main.stdout, new RegExp(`^  ${c} +\\S`, 'm'), `main help lists ${c}`);
    const h = cli([c, '--help']);
    t.equal(h.status, 0, `${c} --help`);
    t.match(h.stdout, new RegExp(`^Usage: kata-runtime ${c}`), `${c} --help prints its usage`);
  }
});

t.test('bad arguments exit 2 with a message naming them', async (t) => {
  const cases: [string[], RegExp][] = [
    [[], /missing command/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['list', '--bogus'], /list: unknown option --bogus/],
    [['list', '--state-dir'], /list: option --state-dir needs a value/],
    [['check', 'extra'], /check: unexpected argument "extra"/],
    [['version', '--json=1'], /version: unknown option --json/],
    [['exec'], /exec: missing argument <sandbox-id>/],
    [['exec', 'a', 'b'], /exec: unexpected argument "b"/],
    [['metrics'], /metrics: missing argument <sandbox-id>/],
    [['env', '--json=yes'], /env: option --json takes no value/],
    [['list', '-json'], /list: unknown option -json/],
  ];
  for (const [args, msg] of cases) {
    const r = cli(args);
    t.equal(r.status, 2, `${args.join(' ')} exits 2`);
    t.match(r.stderr, msg, `${args.join(' ')}: ${r.stderr.split('\n')[0]}`);
    t.equal(r.stdout, '', 'nothing on stdout');
  }
});
