// The namespaces a container gets in the guest, from the host spec's. Host paths mean nothing in
// the VM, so they are rewritten: with a pod network the network namespace entry goes (the
// container runs in the VM's own namespace, where the agent configured the pod's interfaces — as
// Kata does); a later container of the pod whose spec names paths for its network, IPC or UTS
// namespace (CRI passes the pause container's /proc/PID/ns/…) joins the sandbox container's in the
// guest; other paths are dropped (a new namespace). Used by Sandbox.createContainer.
import type { Spec } from '../common/oci/spec.js';
import { guestSandboxNs } from '../common/agent/sandbox-namespaces.js';

type Namespaces = NonNullable<NonNullable<Spec['linux']>['namespaces']>;

export function guestNamespaces(host: Namespaces, o: { podNetwork: boolean; sandboxContainer: boolean }): { namespaces: Namespaces; joinsUts: boolean } {
  const out: Namespaces = [];
  let joinsUts = false;
  for (const n of host) {
    if (n.type === 'network' && o.podNetwork) continue;
    if (!o.sandboxContainer && n.path && (n.type === 'network' || n.type === 'ipc' || n.type === 'uts')) {
      out.push({ type: n.type, path: guestSandboxNs(n.type) });
      joinsUts ||= n.type === 'uts';
    } else {
      out.push({ type: n.type });
    }
  }
  return { namespaces: out, joinsUts };
}
