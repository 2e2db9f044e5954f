// The agent's three starts, on the host without a VM: the guest build's bundle and V8 snapshot
// (guest/osbuilder/rootfs/agent-snapshot.ts) exist and boot with this node, and the launcher the
// initrd and the image carry (agent-launcher.ts) starts the mode agent.start= asks for — and falls
// back to the bundle, with a warning on stderr and in the agent's log, when the blob is missing,
// cut short or stamped for another node binary, or the mode is unknown. Runs the launcher under
// dash (the image's /bin/sh) and busybox sh (the initrd's).
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { healthService } from '../../lib/common/agent/api.js';
import { grpc } from '../../lib/common/proto/gen/protocols.js';
import { packageRoot } from '../../lib/common/package-root.js';
import { TtrpcClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { GUEST_AGENT_DIR, GUEST_LAUNCHER } from '../../guest/osbuilder/rootfs/agent-bundle.js';
import { LAUNCHER_NAME, launcherScript } from '../../guest/osbuilder/rootfs/agent-launcher.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { BLOB_NAME, BUNDLE_NAME, STAMP_NAME, buildAgentStart, formatStamp, parseStamp, selfCheck } from '../../guest/osbuilder/rootfs/agent-snapshot.js';
import { cpuSignature } from '../../guest/osbuilder/rootfs/cpu-signature.js';

t.setTimeout(300000);

const node = realpathSync(process.execPath);
// Built by `npm run guest` (cached), or here when it has not run.
const built = buildAgentStart({ say: (l) => t.comment(l) });

t.test('the guest build makes a bundle, a snapshot that boots with this node, and their stamp', async (t) => {
  t.ok(statSync(built.bundle).size > 100000, 'the bundle is one file with the agent and its packages');
  t.match(readFileSync(built.bundle, 'utf8'), /grpc\.AgentService/, 'the bundle carries the agent API');
  t.ok(built.blobBytes > statSync(built.bundle).size, 'the blob holds the heap');
  const check = selfCheck(node, built.blob);
  t.ok(check.ms >= 0, 'the blob deserialises with this node');
  t.same(readFileSync(built.stamp, 'utf8'), formatStamp({
    node_bytes: statSync(node).size, blob_bytes: built.blobBytes, node_version: process.version,
    cpu_signature: cpuSignature(readFileSync('/proc/cpuinfo', 'utf8')), v8_tag: check.v8Tag, proven_on: 'host',
  }), 'the stamp names this node, this blob, this CPU and the tag it loaded with');
  t.match(check.v8Tag, /^[0-9a-f]+$/);
});

t.test('a blob cut short makes node itself fail, so the launcher must check first', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-agent-start-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const cut = join(dir, BLOB_NAME);
  copyFileSync(built.blob, cut);
  truncateSync(cut, Math.floor(built.blobBytes / 2));
  const r = spawnSync(node, ['--snapshot-blob', cut, '--', '--self-check'], { encoding: 'utf8', timeout: 60000 });
  t.not(r.status, 0, `node fails (${r.signal ?? r.status}) instead of starting`);
});

interface Started {
  mode: string;
  output: string;
}

/** Runs the launcher from `dir` with the agent on a unix socket; resolves at the ready line, after a health check. */
async function launch(t: Test, shell: string[], dir: string, cmdline: string, env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const work = mkdtempSync(join(tmpdir(), 'kata-agent-start-run-'));
  t.teardown(() => rmSync(work, { recursive: true, force: true }));
  writeFileSync(join(work, 'cmdline'), cmdline);
  const socket = join(work, 'agent.sock');
  const child: ChildProcess = spawn(shell[0]!, [...shell.slice(1), join(dir, LAUNCHER_NAME), '--listen', `unix:${socket}`, '--state-dir', join(work, 'state'), '--cmdline', join(work, 'cmdline')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KATA_TS_PACKAGE_ROOT: '', ...env },
  });
  let output = '';
  child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  t.teardown(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM'); // the launcher exec'd node: this is the agent
      await Promise.race([exit, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exit;
    }
  });
  const mode = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`agent not ready after 30 s:\n${output}`)), 30000);
    child.stdout!.on('data', () => {
      const m = /kata-agent ready: .*pid (\d+), (\w+), \d+ ms\)/.exec(output);
      if (m) {
        clearTimeout(timer);
        t.equal(Number(m[1]), child.pid, 'the launcher exec\'d node (the agent keeps its PID)');
        resolve(m[2]!);
      }
    });
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`the agent exited before it was ready:\n${output}`));
    });
  });
  const client = await TtrpcClient.connect(socket);
  t.teardown(() => client.close());
  t.equal((await serviceClient(client, healthService).Check({}, { timeoutMs: 10000 })).status, grpc.HealthCheckResponse.ServingStatus.SERVING, `the ${mode} agent serves`);
  return { mode, output };
}

/** A guest-like agent directory: the built files and a launcher for this package and node. */
function agentDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'kata-agent-start-dir-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const name of [BUNDLE_NAME, BLOB_NAME, STAMP_NAME]) copyFileSync(join(built.dir, name), join(dir, name));
  writeFileSync(join(dir, LAUNCHER_NAME), launcherScript({ root: packageRoot(), dir, node, defaultMode: 'snapshot' }), { mode: 0o755 });
  return dir;
}

const shells: Array<[string, string[]]> = [['dash (the image)', ['/bin/sh']], ['busybox sh (the initrd)', ['/bin/busybox', 'sh']]];

for (const [name, shell] of shells) {
  t.test(`under ${name} the launcher starts the snapshot by default and each mode agent.start= names`, async (t) => {
    const dir = agentDir(t);
    t.equal((await launch(t, shell, dir, 'console=ttyS0 quiet')).mode, 'snapshot');
    for (const mode of ['bundle', 'modules', 'snapshot']) {
      const s = await launch(t, shell, dir, `quiet agent.start=${mode} panic=-1`);
      t.equal(s.mode, mode);
      t.notMatch(s.output, /warning|fell back/, 'no warning');
    }
  });

  t.test(`under ${name} a blob cut short falls back to the bundle with a warning`, async (t) => {
    const dir = agentDir(t);
    truncateSync(join(dir, BLOB_NAME), 4096);
    const s = await launch(t, shell, dir, '');
    t.equal(s.mode, 'bundle');
    t.match(s.output, /kata-agent-start: warning: the snapshot .* is damaged \(4096 bytes, built with \d+\); starting the bundle/);
    t.match(s.output, /"level":"warn".*"msg":"agent start fell back","reason":"the snapshot .* is damaged/, 'the agent logs the reason');
  });
}

for (const [name, shell] of shells) {
  t.test(`under ${name} a blob proven on another CPU is not started: the bundle is, with a warning naming both CPUs`, async (t) => {
    const dir = agentDir(t);
    const stamp = parseStamp(readFileSync(built.stamp, 'utf8'));
    writeFileSync(join(dir, STAMP_NAME), formatStamp({ ...stamp, cpu_signature: 'GenuineIntel/6/85 pni ssse3 sse4_1 sse4_2' }));
    const s = await launch(t, shell, dir, '');
    t.equal(s.mode, 'bundle');
    t.match(s.output, /warning: the snapshot \S+ was proven on another CPU \(GenuineIntel\/6\/85 pni ssse3 sse4_1 sse4_2\), this guest's is \S+\/\d+\/\d+ .*; starting the bundle/);
    t.match(s.output, /"msg":"agent start fell back","reason":"the snapshot .* was proven on another CPU/, 'the agent logs the reason');
  });
}

t.test('the launcher reads the CPU it runs on: a cpuinfo of QEMU\'s qemu64 model does not start a blob proven here', async (t) => {
  const dir = agentDir(t);
  const work = mkdtempSync(join(tmpdir(), 'kata-agent-start-cpu-'));
  t.teardown(() => rmSync(work, { recursive: true, force: true }));
  const qemu64 = join(work, 'cpuinfo');
  writeFileSync(qemu64, 'processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 15\nmodel\t\t: 107\nmodel name\t: QEMU Virtual CPU version 2.5+\nflags\t\t: fpu de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 syscall nx lm nopl cpuid pni cx16 hypervisor lahf_lm svm\n\n');
  const s = await launch(t, ['/bin/busybox', 'sh'], dir, '', { KATA_AGENT_START_CPUINFO: qemu64 });
  t.equal(s.mode, 'bundle');
  t.match(s.output, /proven on another CPU \(.*\), this guest's is AuthenticAMD\/15\/107 pni lahf_lm; starting the bundle/);
  writeFileSync(qemu64, readFileSync('/proc/cpuinfo'));
  t.equal((await launch(t, ['/bin/busybox', 'sh'], dir, '', { KATA_AGENT_START_CPUINFO: qemu64 })).mode, 'snapshot', 'this host\'s own cpuinfo starts the snapshot');
});

t.test('a blob stamped for another node binary falls back to the bundle with a warning', async (t) => {
  const dir = agentDir(t);
  const stamp = parseStamp(readFileSync(built.stamp, 'utf8'));
  writeFileSync(join(dir, STAMP_NAME), formatStamp({ ...stamp, node_bytes: statSync(node).size + 1, node_version: 'v0.0.0' }));
  const s = await launch(t, ['/bin/sh'], dir, '');
  t.equal(s.mode, 'bundle');
  t.match(s.output, /warning: the snapshot .* was built for another node binary \(.* has \d+ bytes, the blob's had \d+\)/);
});

t.test('a missing blob or an unknown agent.start= falls back to the bundle, naming the problem', async (t) => {
  const dir = agentDir(t);
  const bogus = await launch(t, ['/bin/sh'], dir, 'agent.start=fastest');
  t.equal(bogus.mode, 'bundle');
  t.match(bogus.output, /warning: agent\.start=fastest is not snapshot, bundle or modules; starting the bundle/);
  rmSync(join(dir, BLOB_NAME));
  const missing = await launch(t, ['/bin/sh'], dir, 'agent.start=snapshot');
  t.equal(missing.mode, 'bundle');
  t.match(missing.output, /warning: no snapshot at .*kata-agent\.blob; starting the bundle/);
});

const initrd = cachedInitrd();
t.test('the initrd carries the bundle, the snapshot stamped for its node and proven on the guest CPU, and an /init that execs the launcher', { skip: initrd ? false : 'no cached initrd: run `npm run guest`' }, async (t) => {
  const verbose = execFileSync('sh', ['-c', `zstd -dc "${initrd!.path}" | cpio -itv --quiet`], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\n');
  const list = verbose.map((l) => `/${l.split(/\s+/).pop()!.replace(/^\.?\//, '')}`);
  for (const f of [LAUNCHER_NAME, BUNDLE_NAME, BLOB_NAME, STAMP_NAME]) t.ok(list.includes(`${GUEST_AGENT_DIR}/${f}`), `the initrd holds ${f}`);
  t.ok(list.includes('/usr/lib/kata-ts/dist/guest/agent/main.js'), 'and the module tree (agent.start=modules)');
  const nodeBytes = /^\S+\s+\d+\s+\S+\s+\S+\s+(\d+)\s.*\s(\.\/)?usr\/bin\/node$/m.exec(verbose.join('\n'))?.[1];
  t.ok(nodeBytes, 'the initrd carries node');
  const file = (name: string): string => execFileSync('sh', ['-c', `zstd -dc "${initrd!.path}" | cpio -i --quiet --to-stdout "${name}"`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  t.match(file('init'), new RegExp(`^exec ${GUEST_LAUNCHER}$`, 'm'));
  const stamp = file(`${GUEST_AGENT_DIR.slice(1)}/${STAMP_NAME}`);
  t.match(stamp, new RegExp(`^node_bytes=${nodeBytes}$`, 'm'), 'stamped for the node it carries');
  t.match(stamp, /^proven_on=vm:(tcg:max|kvm:host):\S+$/m, 'proven in a VM with the guest\'s CPU, never only on the build host');
  t.match(stamp, /^cpu_signature=\S+\/\d+\/\d+/m, 'with the CPU signature the launcher compares');
  t.same(initrd!.details.agentSnapshot, { provenOn: /^proven_on=(.*)$/m.exec(stamp)![1], cpuSignature: /^cpu_signature=(.*)$/m.exec(stamp)![1], v8Tag: /^v8_tag=(.*)$/m.exec(stamp)![1] }, 'and the initrd\'s details.json says so');
});

t.test('the launcher refuses to be written with an unknown default mode', async (t) => {
  t.throws(() => launcherScript({ root: '/r', dir: '/d', node: '/n', defaultMode: 'fast' as never }), /unknown start mode "fast"/);
});
