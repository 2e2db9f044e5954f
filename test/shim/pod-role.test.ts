// pod.ts: which pod a container belongs to, from CRI's annotations, and the errors for
// annotations that contradict each other.
import t from 'tap';
import { CONTAINER_TYPE, CRIO_CONTAINER_TYPE, CRIO_SANDBOX_ID, SANDBOX_ID, podCgroupPath, podRole } from '../../lib/shim/pod.js';

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
