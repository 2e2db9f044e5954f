// The host side of the pod network without a VM: a pod namespace wired by the real CNI bridge
// plugin is read (interface, MAC, MTU, addresses, routes), mirrored to a tap with tc (checked with
// tc(8) and ip(8) as independent observers), and detach() leaves the veth exactly as the plugin
// made it. Bad pod namespaces are refused with errors that name the problem, leaving nothing.
import { spawnSync } from 'node:child_process';
import t from 'tap';
import { addNetns, CniBridge, cniMissing, delNetns, netnsNamed, netnsPath } from '../demo/cni.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { loadAddon } from '../../lib/common/native/addon.js';
import { attachNetwork, detachNetwork, guestRequests, readPodNetwork, SandboxNetwork } from '../../lib/runtime/network.js';

const missing = cniMissing();
if (missing) throw new Error(missing);
const TAG = String(process.pid);
const sh = (args: string[]): string => spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' }).stdout;
// eth0's addresses and link attributes. "qlen N" is left out: the kernel starts reporting a
// veth's queue length once any qdisc was attached to it, and tc(8)'s own add/del does the same.
const linkState = (ns: string): string =>
  (sh(['ip', '-n', ns, '-o', 'addr', 'show', 'dev', 'eth0']).replace(/valid_lft.*$/gm, '') + sh(['ip', '-n', ns, '-o', 'link', 'show', 'dev', 'eth0']).replace(/qlen \d+/, ''))
    .replace(/[\s\\]+/g, ' ');

t.test('a CNI pod namespace: read, mirrored to a tap with tc both ways, restored by detach', async (t) => {
  const br = new CniBridge(`n${TAG}`, 201);
  t.teardown(() => br.destroy());
  const pod = `ktpod${TAG}`;
  const { netns, result } = await br.add(pod);
  const v4 = result.ips.find((i) => i.address.includes('.'))!.address; // "10.222.201.x/24"
  const before = linkState(pod);

  const net = readPodNetwork(netns);
  t.equal(net.interfaces.length, 1, 'one interface besides lo');
  const eth0 = net.interfaces[0]!;
  t.equal(eth0.name, 'eth0');
  t.equal(eth0.kind, 'veth');
  t.equal(eth0.mtu, 1400, 'the plugin\'s MTU');
  t.match(eth0.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
  t.ok(eth0.addresses.some((a) => `${a.address}/${a.prefixLen}` === v4), `the plugin's IPv4 address ${v4}`);
  t.ok(eth0.addresses.some((a) => a.address.startsWith('fd00:222:201:')), 'and its IPv6 address');
  t.notOk(eth0.addresses.some((a) => a.address.startsWith('fe80')), 'not the link-local one');
  t.ok(net.routes.some((r) => r.dst === '' && r.gateway === '10.222.201.1' && r.device === 'eth0'), 'the default route via the bridge');
  const req = guestRequests(net);
  t.equal(req.interfaces[0]!.hwAddr, eth0.mac, 'the guest finds its NIC by the veth\'s MAC');
  t.equal(req.routes.findIndex((r) => !!r.gateway) > req.routes.findIndex((r) => !r.gateway), true, 'link routes go before gateway routes');

  const { endpoints, record } = attachNetwork(net, 'tcfilter', silentLogger());
  t.teardown(() => detachNetwork(record));
  t.same(record.endpoints, [{ veth: 'eth0', tap: 'tap0_kata' }]);
  const tap = endpoints[0]!;
  t.ok(tap.fd >= 0, 'the tap fd for QEMU');
  t.match(sh(['ip', '-n', pod, '-d', 'link', 'show', 'tap0_kata']), /mtu 1400 .*state (UP|DOWN|UNKNOWN)[\s\S]*tun type tap/, 'tap0_kata: a tap with the veth\'s MTU');
  t.match(sh(['tc', '-n', pod, 'filter', 'show', 'dev', 'eth0', 'ingress']), /u32[\s\S]*mirred \(Egress Redirect to device tap0_kata\)/, 'eth0 → tap0_kata');
  t.match(sh(['tc', '-n', pod, 'filter', 'show', 'dev', 'tap0_kata', 'ingress']), /mirred \(Egress Redirect to device eth0\)/, 'tap0_kata → eth0');
  t.throws(() => attachNetwork(net, 'tcfilter', silentLogger()), /pod network in .*: create tap tap0_kata \(TUNSETIFF\): EBUSY/, 'a second attach names the tap, the operation and errno');
  t.match(sh(['tc', '-n', pod, 'filter', 'show', 'dev', 'eth0', 'ingress']), /Egress Redirect/, 'and its undo left the first attach\'s filters alone');

  const whileOpen = detachNetwork(record);
  t.match(whileOpen, [/tap tap0_kata in .* is still open \(is QEMU still running\?\)/], 'a tap still held open is reported, not silently left');
  loadAddon().closeFd(tap.fd);
  t.same(detachNetwork(record), [], 'once its fd is closed, detach reports no problem');
  t.equal(sh(['tc', '-n', pod, 'qdisc', 'show', 'dev', 'eth0']).includes('ingress'), false, 'no ingress qdisc left on eth0');
  t.equal(sh(['ip', '-n', pod, 'link', 'show']).includes('tap0_kata'), false, 'no tap left');
  t.equal(linkState(pod), before, 'eth0 and its addresses as the plugin left them');
  t.same(detachNetwork(record), [], 'detach again: nothing to do, no error');
});

t.test('bad pod namespaces: a missing path, an interface without an address, a MAC clash; nothing left behind', async (t) => {
  t.throws(() => SandboxNetwork.attach(`/var/run/netns/kt-none${TAG}`, 'tcfilter', silentLogger()), new RegExp(`network namespace /var/run/netns/kt-none${TAG} does not exist`));
  const bare = `ktbare${TAG}`;
  addNetns(bare);
  t.teardown(() => delNetns(bare));
  spawnSync('ip', ['-n', bare, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', 'eth1']);
  t.throws(() => SandboxNetwork.attach(netnsPath(bare), 'tcfilter', silentLogger()), /interface eth[01] has no IP address/);
  spawnSync('ip', ['-n', bare, 'addr', 'add', '10.223.0.1/24', 'dev', 'eth0']);
  spawnSync('ip', ['-n', bare, 'addr', 'add', '10.223.1.1/24', 'dev', 'eth1']);
  spawnSync('ip', ['-n', bare, 'link', 'set', 'eth1', 'address', readMac(bare)]);
  t.throws(() => SandboxNetwork.attach(netnsPath(bare), 'tcfilter', silentLogger()), /interfaces eth[01] and eth[01] have the same MAC/);
  t.equal(sh(['ip', '-n', bare, 'link', 'show']).includes('_kata'), false, 'no tap made');
  t.equal(sh(['tc', '-n', bare, 'qdisc', 'show']).includes('ingress'), false, 'no qdisc made');
});

function readMac(ns: string): string {
  return /link\/ether ([0-9a-f:]+)/.exec(sh(['ip', '-n', ns, 'link', 'show', 'eth0']))![1]!;
}

t.test('no network namespace of this test is left', async (t) => {
  t.same(netnsNamed(TAG), [], 'ip netns list has none of ours');
});
