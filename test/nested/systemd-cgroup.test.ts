// kubelet's systemd cgroup driver against a real systemd: these machines' PID 1 is not systemd, so
// the nested test host boots this machine's userland with systemd as PID 1 (and D-Bus), and runs
// systemd-pod.inside.ts there: pods whose cgroup parent is a slice, under runc and under kata, each
// sandbox a transient scope created over D-Bus, gone after rmp.
import t from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { innerPassed, startNestedHost } from '../helpers/nested-host.js';

t.setTimeout(1500000);

const root = packageRoot();
const initrd = cachedInitrd();
if (!initrd) throw new Error('guest assets missing: run `npm run guest` (npm test does)');

const host = await startNestedHost(t.teardown.bind(t), { systemd: true });
t.comment(`nested host with systemd serving jobs ${host.bootMs} ms after QEMU started`);

t.test('the nested host runs systemd as PID 1 with its bus', async (t) => {
  const r = await host.run('cat /proc/1/comm; test -d /run/systemd/system && echo booted; test -S /run/dbus/system_bus_socket && echo bus; ls /dev/kvm');
  t.equal(r.status, 0, r.output);
  t.match(r.output, /^systemd\nbooted\nbus\n\/dev\/kvm$/m);
});

t.test('pods in a systemd slice through containerd\'s CRI: transient scopes, as under runc', async (t) => {
  const r = await host.run(`cd ${root} && KATA_TS_E2E_INITRD=${initrd.path} npx tap --disable-coverage --timeout=1200 dist/test/nested/systemd-pod.inside.js; echo "tap exit $?"`, 1400000);
  innerPassed(t, r.output, 'systemd-pod.inside.js');
  t.comment(`${r.ms} ms in the nested host`);
});
