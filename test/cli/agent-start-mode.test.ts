// Which agent start `kata-runtime check` and `env` predict (lib/cli/agent-start-mode.ts), from the
// kernel parameters and the guest asset's record of where its snapshot was proven, against the
// accelerator, CPU model and QEMU this host's guests get.
import t from 'tap';
import { parseConfig } from '../../lib/config/parse.js';
import { guestTarget, predictAgentStart } from '../../lib/cli/agent-start-mode.js';
import type { AssetInfo } from '../../lib/cli/assets.js';
import { versionLine } from '../../lib/cli/probe.js';

const QEMU = '/usr/bin/qemu-system-x86_64';
const v = versionLine(QEMU);
const qemuVersion = 'version' in v ? /version (\S+)/.exec(v.version)![1]! : 'none';

const config = (params = ''): ReturnType<typeof parseConfig> =>
  parseConfig(`[hypervisor.qemu]\npath = "${QEMU}"\nkernel = "/k"\ninitrd = "/i"\nkernel_params = "${params}"\n`, 'test.toml');
const asset = (agentSnapshot?: unknown): AssetInfo => ({
  key: 'hypervisor.qemu.initrd', path: '/i', present: true, detailsPath: '/details.json',
  details: { kind: 'initrd', ...(agentSnapshot ? { agentSnapshot } : {}) },
});
const provenHere = { provenOn: guestTarget('tcg', qemuVersion), cpuSignature: 'AuthenticAMD/6/6 pni', v8Tag: '840518d0' };

t.test('a snapshot proven on this host\'s guest target is the start', async (t) => {
  const p = predictAgentStart(config(), 'tcg', asset(provenHere));
  t.equal(p.mode, 'snapshot');
  t.match(p.why, `proven in a VM like this host's guests (vm:tcg:max:${qemuVersion}), CPU AuthenticAMD/6/6 pni`);
});

t.test('another target (KVM here, or another QEMU) predicts the bundle, naming both', async (t) => {
  const kvm = predictAgentStart(config(), 'kvm', asset(provenHere));
  t.equal(kvm.mode, 'bundle');
  t.match(kvm.why, `the snapshot was proven on vm:tcg:max:${qemuVersion}, this host's guests run on vm:kvm:host:${qemuVersion}`);
  const old = predictAgentStart(config(), 'tcg', asset({ ...provenHere, provenOn: 'vm:tcg:max:6.2.0' }));
  t.equal(old.mode, 'bundle');
  t.match(old.why, /proven on vm:tcg:max:6\.2\.0/);
});

t.test('kernel_params agent.start= wins; an unknown one means the bundle', async (t) => {
  t.same(predictAgentStart(config('quiet agent.start=modules'), 'tcg', asset(provenHere)), { mode: 'modules', why: 'kernel_params sets agent.start=modules' });
  t.equal(predictAgentStart(config('agent.start=bundle'), 'tcg', asset(provenHere)).mode, 'bundle');
  t.match(predictAgentStart(config('agent.start=fast'), 'tcg', asset(provenHere)), { mode: 'bundle', why: /agent\.start=fast, which is not snapshot, bundle or modules/ });
  t.equal(predictAgentStart(config('agent.start=snapshot'), 'tcg', asset(provenHere)).mode, 'snapshot', 'asking for the snapshot still needs it proven');
});

t.test('an asset without a proven snapshot, without details, or missing', async (t) => {
  t.match(predictAgentStart(config(), 'tcg', asset()), { mode: 'bundle', why: /records no snapshot proven in a VM .* run npm run guest/ });
  t.match(predictAgentStart(config(), 'tcg', asset({ provenOn: 7 })), { mode: 'bundle' }, 'a malformed record is no record');
  t.match(predictAgentStart(config(), 'tcg', { key: 'hypervisor.qemu.initrd', path: '/i', present: true }), { mode: 'unknown', why: /no details\.json/ });
  t.match(predictAgentStart(config(), 'tcg', { key: 'hypervisor.qemu.initrd', path: '/i', present: false }), { mode: 'unknown', why: /\/i is missing/ });
  t.match(predictAgentStart(config(), undefined, asset(provenHere)), { mode: 'unknown', why: /no accelerator/ });
});
