// Where things are inside the guest, as the runtime tells the agent: the 9p share of the
// sandbox's shared directory and each container's rootfs in it. Kata's paths, so logs and
// habits carry over.
export const SHARED_TAG = 'kataShared';
export const GUEST_SHARED_DIR = '/run/kata-containers/shared/containers';

export const guestRootfs = (containerId: string): string => `${GUEST_SHARED_DIR}/${containerId}/rootfs`;
