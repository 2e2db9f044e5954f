// What a VM cannot give is refused at create, naming the field: the host's network namespace
// (hostNetwork: true, ctr --net-host) and mount propagation to or from the host.
import t from 'tap';
import type { NamespaceSpec, Spec } from '../../lib/common/oci/spec.js';
import { refuseAcrossVm } from '../../lib/shim/vm-boundary.js';

const ns = (...types: NamespaceSpec['type'][]): Pick<Spec, 'linux'> => ({ linux: { namespaces: types.map((type) => ({ type })) } });

t.test('the host network namespace is refused; a new or named one is not', async (t) => {
  t.doesNotThrow(() => refuseAcrossVm('c', ns('pid', 'network', 'mount')), 'a new network namespace');
  t.doesNotThrow(() => refuseAcrossVm('c', { linux: { namespaces: [{ type: 'network', path: '/var/run/netns/cni-1' }] } }), 'the pod\'s named one');
  t.doesNotThrow(() => refuseAcrossVm('c', {}), 'no namespaces listed at all: the VM\'s defaults');
  t.throws(() => refuseAcrossVm('c', ns('pid', 'ipc', 'uts', 'mount')), /container c: linux\.namespaces has no "network" entry, so the container would share the host's network \(hostNetwork: true, ctr --net-host\); a VM has a network stack of its own/);
});

t.test('propagation to or from the host is refused, by mount', async (t) => {
  const bind = (options: string[]) => ({ ...ns('network'), mounts: [{ destination: '/etc/hosts', source: '/h', type: 'bind', options: ['rbind', 'rprivate'] }, { destination: '/data', source: '/srv/data', type: 'bind', options }] });
  t.doesNotThrow(() => refuseAcrossVm('c', bind(['rbind', 'rprivate'])), 'rprivate (mountPropagation: None)');
  t.throws(() => refuseAcrossVm('c', bind(['rbind', 'rshared'])), /mounts\[1\] \(\/data\) asks for propagation "rshared" \(mountPropagation: Bidirectional\): the guest sees \/srv\/data through the shared filesystem, across which mounts made on either side never appear/);
  t.throws(() => refuseAcrossVm('c', bind(['rbind', 'rslave'])), /"rslave" \(mountPropagation: HostToContainer\).*mounts made on the host never appear/);
  t.throws(() => refuseAcrossVm('c', { ...ns('network'), linux: { namespaces: [{ type: 'network' }], rootfsPropagation: 'rshared' } }), /linux\.rootfsPropagation "rshared"/);
});
