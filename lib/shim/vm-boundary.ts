// What a pod may ask of the host that a VM cannot give, refused at create with the field and the
// reason (Kubernetes users meet these as hostNetwork: true and mountPropagation), before anything
// is made, rather than a pod that starts and silently differs from runc.
import type { Spec } from '../common/oci/spec.js';

/** Propagation options that tie a container's mount to the host's mount table. */
const HOST_PROPAGATION = new Set(['shared', 'rshared', 'slave', 'rslave']);

/** Throws naming the first thing in spec the VM boundary cannot carry. */
export function refuseAcrossVm(id: string, spec: Pick<Spec, 'linux' | 'mounts'>): void {
  const ns = spec.linux?.namespaces;
  // A spec that lists namespaces but not "network" runs in the runtime's own: the host's.
  if (ns && !ns.some((n) => n.type === 'network')) {
    throw new Error(`container ${id}: linux.namespaces has no "network" entry, so the container would share the host's network (hostNetwork: true, ctr --net-host); a VM has a network stack of its own and cannot join the host's: run this pod with runc`);
  }
  for (const [i, m] of (spec.mounts ?? []).entries()) {
    const prop = (m.options ?? []).find((o) => HOST_PROPAGATION.has(o));
    if (!prop) continue;
    const bidirectional = prop.endsWith('shared');
    throw new Error(`container ${id}: mounts[${i}] (${m.destination}) asks for propagation "${prop}" (mountPropagation: ${bidirectional ? 'Bidirectional' : 'HostToContainer'}): the guest sees ${m.source ?? 'the source'} through the shared filesystem, across which mounts made ${bidirectional ? 'on either side' : 'on the host'} never appear on the other; kata-ts refuses it rather than run a pod that differs from runc`);
  }
  // After the mounts: containerd sets it to rshared for a Bidirectional mount, which is the clearer name.
  const rootProp = spec.linux?.rootfsPropagation;
  if (rootProp && HOST_PROPAGATION.has(rootProp)) {
    throw new Error(`container ${id}: linux.rootfsPropagation "${rootProp}": the guest's mounts are its own kernel's and cannot propagate to or from the host's`);
  }
}
