// Where the agent links the sandbox container's network, IPC and UTS namespaces (→ /proc/PID/ns/…)
// in the guest, so that a later container of the pod joins them by path. One definition for both
// sides: the runtime names these paths in a container's spec (lib/runtime/guest-namespaces.ts),
// the agent makes them (guest/agent/container/registry.ts).
export const GUEST_SANDBOX_NS_DIR = '/run/kata-ts/sandbox-ns';
export const guestSandboxNs = (type: 'network' | 'ipc' | 'uts'): string => `${GUEST_SANDBOX_NS_DIR}/${type}`;
