// Which pod a container belongs to, from its OCI spec's annotations: the CRI plugin marks the
// pause container "sandbox" and every other container of the pod "container", both with the
// pod's sandbox id (pkg/cri/annotations in containerd; CRI-O's equivalents are accepted too). One
// shim and one VM serve a whole pod:
// the shim's `start` uses this to hand a pod's containers the address of the pod's shim, and
// the Task API's Create to put them into the pod's VM. A container with no annotations (plain
// `ctr run`) is a pod of its own.
import { type HostCgroup, isSystemdCgroupsPath, parseSystemdCgroupsPath } from '../common/cgroup/systemd-path.js';
import type { LinuxResources } from '../common/cgroup/resources.js';
import type { Spec } from '../common/oci/spec.js';
import { readBundleSpec } from './bundle.js';

export const CONTAINER_TYPE = 'io.kubernetes.cri.container-type';
export const SANDBOX_ID = 'io.kubernetes.cri.sandbox-id';
// CRI-O's names for the same facts (its pkg/annotations), with the same values.
export const CRIO_CONTAINER_TYPE = 'io.kubernetes.cri-o.ContainerType';
export const CRIO_SANDBOX_ID = 'io.kubernetes.cri-o.SandboxID';

export interface PodRole {
  /** 'sandbox': this container's create starts the VM; 'container': it joins sandboxId's VM. */
  kind: 'sandbox' | 'container';
  sandboxId: string;
}

export function podRole(id: string, spec: Pick<Spec, 'annotations'>): PodRole {
  const a = spec.annotations ?? {};
  const cri = a[CONTAINER_TYPE] !== undefined || a[CRIO_CONTAINER_TYPE] === undefined;
  const [typeKey, idKey] = cri ? [CONTAINER_TYPE, SANDBOX_ID] : [CRIO_CONTAINER_TYPE, CRIO_SANDBOX_ID];
  const type = a[typeKey];
  const sandboxId = a[idKey];
  if (type === undefined || type === 'sandbox') {
    if (type === 'sandbox' && sandboxId && sandboxId !== id) throw new Error(`container ${id}: annotation ${idKey}=${sandboxId} must name the sandbox container itself`);
    return { kind: 'sandbox', sandboxId: id };
  }
  if (type !== 'container') throw new Error(`container ${id}: annotation ${typeKey}=${JSON.stringify(type)} is neither "sandbox" nor "container"`);
  if (!sandboxId) throw new Error(`container ${id}: annotation ${typeKey}=container needs ${idKey} (the pod's sandbox id)`);
  if (sandboxId === id) throw new Error(`container ${id}: annotation ${idKey} names the container itself, but its type is "container"`);
  return { kind: 'container', sandboxId };
}

/** The role of the container whose bundle this is (config.json in it). */
export function podRoleOfBundle(id: string, bundle: string): PodRole {
  return podRole(id, readBundleSpec(bundle));
}

/**
 * The sandbox's host cgroup from the sandbox container's linux.cgroupsPath, as the CRI plugin sets
 * it: with a cgroupfs parent a directory (e.g. /kubepods/pod<uid>/<sandbox id>, relative to the
 * cgroup root); with a systemd slice parent (kubelet's systemd driver) "slice:prefix:name", a scope
 * in that slice (lib/runtime/host-cgroup.ts). QEMU (and the shim with sandbox_cgroup_only) is
 * accounted there, as Kata does. Undefined when the spec has none (the runtime's default kata-ts/<id>).
 */
export function podCgroupPath(id: string, spec: Pick<Spec, 'linux'>): HostCgroup | undefined {
  const p = spec.linux?.cgroupsPath;
  if (!p) return undefined;
  if (isSystemdCgroupsPath(p)) {
    try {
      return parseSystemdCgroupsPath(p);
    } catch (e) {
      throw new Error(`container ${id}: linux.cgroupsPath: ${(e as Error).message}`, { cause: e });
    }
  }
  const rel = p.replace(/^\/+/, '');
  if (!rel || rel.split('/').includes('..')) throw new Error(`container ${id}: linux.cgroupsPath ${JSON.stringify(p)} must name a cgroup below the root, or be systemd's slice:prefix:name`);
  return { driver: 'cgroupfs', path: rel };
}

/** The network namespace path a spec names (linux.namespaces type network with a path), if any. */
export function specNetnsPath(spec: { linux?: { namespaces?: { type: string; path?: string }[] } }): string | undefined {
  const ns = spec.linux?.namespaces?.find((n) => n.type === 'network');
  return ns?.path || undefined;
}

/**
 * The pod's resources as containerd's CRI gives them to the sandbox container: the sum of its
 * containers' limits that kubelet (1.23 and later) sends with RunPodSandbox, as the annotations
 * io.kubernetes.cri.sandbox-cpu-period, -cpu-quota, -cpu-shares and -memory. Kata sizes the VM by
 * them; so does kata-ts, so a pod's VM starts as big as its containers will need (no hot-plug
 * later). Undefined when none is set; a value that is not a whole number is ignored.
 */
export function podResources(spec: Pick<Spec, 'annotations'>): LinuxResources | undefined {
  const a = spec.annotations ?? {};
  const num = (key: string): number | undefined => {
    const v = a[`io.kubernetes.cri.sandbox-${key}`];
    return v !== undefined && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
  };
  const period = num('cpu-period');
  const quota = num('cpu-quota');
  const shares = num('cpu-shares');
  const memory = num('memory');
  const cpu = { ...(period ? { period } : {}), ...(quota ? { quota } : {}), ...(shares ? { shares } : {}) };
  if (Object.keys(cpu).length === 0 && !memory) return undefined;
  return { ...(Object.keys(cpu).length ? { cpu } : {}), ...(memory ? { memory: { limit: memory } } : {}) };
}

