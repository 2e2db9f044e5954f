// Where things are inside the guest, as the runtime tells the agent: the 9p share of the
// sandbox's shared directory and each container's rootfs in it. Kata's paths, so logs and
// habits carry over.
export const SHARED_TAG = 'kataShared';
export const GUEST_SHARED_DIR = '/run/kata-containers/shared/containers';
export const AGENT_CHANNEL = 'agent.channel.0';

export const guestRootfs = (containerId: string): string => `${GUEST_SHARED_DIR}/${containerId}/rootfs`;
/** The debug console's virtio-serial port (agent.debug_console_serial=), when it is enabled. */
export const DEBUG_CONSOLE_CHANNEL = 'agent.debug_console.0';
