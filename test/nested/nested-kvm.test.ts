// The KVM path, run for real: one nested test host for the file (test/helpers/nested-host.ts: this
// machine's userland in a TCG VM with AMD SVM and a KVM kernel), and in it /dev/kvm, QEMU with
// -accel kvm -cpu host booting our kernel and initrd to the agent, `kata-runtime check` choosing
// KVM, a container through containerd and our shim on KVM (kvm-pod.inside.ts), and the CNI network
// e2e suite run there on KVM (KATA_TS_E2E_ACCEL=kvm).
import { join } from 'node:path';
import t from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { agentBootScript, innerPassed, startNestedHost } from '../helpers/nested-host.js';

t.setTimeout(1500000);

const root = packageRoot();

const kernel = cachedKernel();
const initrd = cachedInitrd();
if (!kernel || !initrd) throw new Error('guest assets missing: run `npm run guest` (npm test does)');

const host = await startNestedHost(t.teardown.bind(t));
t.comment(`nested host serving jobs ${host.bootMs} ms after QEMU started`);

t.test('the nested host has hardware virtualization: an svm flag and a working /dev/kvm', async (t) => {
  const r = await host.run('grep -m1 -o -w svm /proc/cpuinfo; ls -l /dev/kvm; ls /sys/module | grep -x kvm_amd');
  t.equal(r.status, 0, r.output);
  t.match(r.output, /^svm\n/);
  t.match(r.output, /^crw.* \/dev\/kvm$/m);
  t.match(r.output, /^kvm_amd$/m);
});

t.test('the addon\'s KVM core against a real /dev/kvm: kata_kvm_probe and the C++ KVM tests', async (t) => {
  const probe = await host.run(`${join(root, 'build', 'kata_kvm_probe')}`);
  t.equal(probe.status, 0, `kata_kvm_probe: ${probe.output}`);
  const result = JSON.parse(probe.output.trim().split('\n').pop()!) as { usable?: boolean; realMode?: { exits?: string[] } };
  t.equal(result.usable, true, 'a VM ran the real-mode guest');
  const exits = result.realMode?.exits ?? [];
  t.equal(exits.length, 2, 'two exits');
  t.match(exits[0], /^KVM_EXIT_IO out port 0x3f8 .*'K'/, 'OUT to the serial port');
  t.match(exits[1], /^KVM_EXIT_HLT/, 'then HLT');
  const tests = await host.run(`${join(root, 'build', 'kata_native_tests')} kvm_`);
  t.equal(tests.status, 0, tests.output);
  t.match(tests.output, /^\d+ passed, 0 failed$/m);
  t.notMatch(tests.output, /not run/, 'every KVM test ran');
});

t.test('kata-runtime check in the nested host chooses KVM', async (t) => {
  const conf = `${host.jobDir}/check.toml`;
  const r = await host.run(`printf '[hypervisor.qemu]\\nkernel = "${kernel.vmlinux}"\\ninitrd = "${initrd.path}"\\n' > ${conf}
KATA_CONF_FILE=${conf} node ${join(root, 'bin', 'kata-runtime.js')} check; echo "exit $?"`);
  t.match(r.output, /^OK +accel: KVM \(svm, kvm_amd, \/dev\/kvm: a VM ran the real-mode guest\)/m, r.output);
  t.match(r.output, /^OK +kvm KVM_CAP_IRQFD: /m, 'with each capability');
  t.notMatch(r.output, /^FAIL/m);
});

t.test('QEMU with -accel kvm -cpu host boots our kernel and initrd to the agent', async (t) => {
  const r = await host.run(agentBootScript({ accel: 'kvm', kernel: kernel.vmlinux, initrd: initrd.path, log: `${host.jobDir}/kvm-boot.log` }), 700000);
  t.equal(r.status, 0, 'the agent was ready before the limit');
  t.match(r.output, /kata-agent ready: listening on unix:\/run\/agent\.sock \(version [^,]+, pid 1, (snapshot|bundle), \d+ ms\)/, `the agent is up under KVM:\n${r.output.slice(-3000)}`);
  t.notMatch(r.output, /Kernel panic|failed to set MSR|Failed to load the startup snapshot/);
  t.comment(`start mode under KVM -cpu host: ${/pid 1, (\w+),/.exec(r.output)?.[1]}; ${/warning: [^\n]*/.exec(r.output)?.[0] ?? 'no launcher warning'}`);
  t.comment(`QEMU start → agent ready under KVM in the nested host: ${/boot-ms (\d+)/.exec(r.output)?.[1]} ms`);
});

t.test('through containerd and our shim with accel = "kvm": a container runs on KVM, exec works, nothing is left', async (t) => {
  const r = await host.run(`cd ${root} && KATA_TS_E2E_INITRD=${initrd.path} npx tap --disable-coverage --timeout=900 dist/test/nested/kvm-pod.inside.js; echo "tap exit $?"`, 1200000);
  innerPassed(t, r.output, 'kvm-pod.inside.js');
  t.comment(`${r.ms} ms in the nested host`);
});

t.test('the CNI network suite on KVM: pods on a bridge answer a client, as under runc, and nothing is left', async (t) => {
  const r = await host.run(`cd ${root} && KATA_TS_E2E_ACCEL=kvm KATA_TS_E2E_INITRD=${initrd.path} npx tap --disable-coverage --timeout=1200 dist/test/e2e/ctr-network.test.js; echo "tap exit $?"`, 1500000);
  innerPassed(t, r.output, 'ctr-network.test.js');
  t.match(r.output, /a server reached from a client/, 'the suite ran its client-server case');
  t.comment(`${r.ms} ms in the nested host`);
});
