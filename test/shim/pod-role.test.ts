// pod.ts: which pod a container belongs to, from CRI's annotations, the errors for annotations that
// contradict each other, and the pod's resources containerd passes with the sandbox.
import t from 'tap';
import { CONTAINER_TYPE, CRIO_CONTAINER_TYPE, CRIO_SANDBOX_ID, SANDBOX_ID, podCgroupPath, podResources, podRole } from '../../lib/shim/pod.js';

t.test('no annotations: a pod of its own', async (t) => {
  t.same(podRole('c1', {}), { kind: 'sandbox', sandboxId: 'c1' });
});

t.test('CRI sandbox and container annotations', async (t) => {
  t.same(podRole('p1', { annotations: { [CONTAINER_TYPE]: 'sandbox', [SANDBOX_ID]: 'p1' } }), { kind: 'sandbox', sandboxId: 'p1' });
  t.same(podRole('c1', { annotations: { [CONTAINER_TYPE]: 'container', [SANDBOX_ID]: 'p1' } }), { kind: 'container', sandboxId: 'p1' });
});

t.test('contradictory annotations are refused with the annotation named', async (t) => {
  t.throws(() => podRole('c1', { annotations: { [CONTAINER_TYPE]: 'container' } }), new RegExp(`needs ${SANDBOX_ID}`));
  t.throws(() => podRole('c1', { annotations: { [CONTAINER_TYPE]: 'container', [SANDBOX_ID]: 'c1' } }), /names the container itself/);
  t.throws(() => podRole('c1', { annotations: { [CONTAINER_TYPE]: 'pod' } }), /neither "sandbox" nor "container"/);
  t.throws(() => podRole('p1', { annotations: { [CONTAINER_TYPE]: 'sandbox', [SANDBOX_ID]: 'p2' } }), /must name the sandbox container itself/);
});

t.test("CRI-O's annotations decide the same way, and errors name CRI-O's keys", async (t) => {
  t.same(podRole('p1', { annotations: { [CRIO_CONTAINER_TYPE]: 'sandbox', [CRIO_SANDBOX_ID]: 'p1' } }), { kind: 'sandbox', sandboxId: 'p1' });
  t.same(podRole('c1', { annotations: { [CRIO_CONTAINER_TYPE]: 'container', [CRIO_SANDBOX_ID]: 'p1' } }), { kind: 'container', sandboxId: 'p1' });
  t.throws(() => podRole('c1', { annotations: { [CRIO_CONTAINER_TYPE]: 'container' } }), new RegExp(`${CRIO_CONTAINER_TYPE}=container needs ${CRIO_SANDBOX_ID}`));
  t.same(podRole('c1', { annotations: { [CONTAINER_TYPE]: 'container', [SANDBOX_ID]: 'p1', [CRIO_CONTAINER_TYPE]: 'sandbox' } }), { kind: 'container', sandboxId: 'p1' }, "containerd's CRI annotation wins when both are present");
});

t.test('the pod cgroup comes from the sandbox spec\'s cgroupsPath (cgroupfs form), relative to the root', async (t) => {
  t.same(podCgroupPath('s1', { linux: { cgroupsPath: '/kubepods/pod-u1/s1' } }), { driver: 'cgroupfs', path: 'kubepods/pod-u1/s1' });
  t.same(podCgroupPath('s1', { linux: { cgroupsPath: 'k8s.io/s1' } }), { driver: 'cgroupfs', path: 'k8s.io/s1' });
  t.equal(podCgroupPath('s1', { linux: {} }), undefined, 'none given: the runtime\'s default');
  t.equal(podCgroupPath('s1', {}), undefined);
  // kubelet's systemd driver through containerd's CRI: the pod's slice, then cri-containerd-<id>.scope.
  t.same(podCgroupPath('s1', { linux: { cgroupsPath: 'kubepods-burstable-pod_u1.slice:cri-containerd:s1' } }), {
    driver: 'systemd', slice: 'kubepods-burstable-pod_u1.slice', unit: 'cri-containerd-s1.scope',
    path: 'kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod_u1.slice/cri-containerd-s1.scope',
  }, 'systemd form: a scope in the expanded slice');
  t.throws(() => podCgroupPath('s1', { linux: { cgroupsPath: 'kubepods-.slice:cri-containerd:s1' } }), /s1: linux\.cgroupsPath: slice "kubepods-\.slice": a "-" may not start or end the name/);
  t.throws(() => podCgroupPath('s1', { linux: { cgroupsPath: 'kubepods:cri-containerd:s1' } }), /"kubepods" is not a slice name/);
  t.throws(() => podCgroupPath('s1', { linux: { cgroupsPath: '/a/../../etc' } }), /must name a cgroup below the root/);
  t.throws(() => podCgroupPath('s1', { linux: { cgroupsPath: '/' } }), /must name a cgroup below the root/);
});

t.test("the pod's resources from containerd's sandbox annotations (kubelet's sum of its containers' limits)", async (t) => {
  const a = (o: Record<string, string>) => ({ annotations: Object.fromEntries(Object.entries(o).map(([k, v]) => [`io.kubernetes.cri.sandbox-${k}`, v])) });
  t.equal(podResources({}), undefined, 'none: sized by the configuration alone');
  t.same(podResources(a({ 'cpu-period': '100000', 'cpu-quota': '150000', 'cpu-shares': '1536', memory: '268435456' })), { cpu: { period: 100000, quota: 150000, shares: 1536 }, memory: { limit: 268435456 } });
  t.same(podResources(a({ memory: '134217728' })), { memory: { limit: 134217728 } });
  t.equal(podResources(a({ 'cpu-quota': '-1', memory: '0' })), undefined, 'no limit (-1, 0) is no size');
  t.equal(podResources(a({ memory: '1e9' })), undefined, 'not a whole number: ignored');
});
