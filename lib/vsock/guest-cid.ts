// The guest's vsock CID: the one constant the runtime, the boot tests and the bench give a VM, and
// the one check of a CID a back-end is asked to serve (0–2 are reserved: hypervisor, local, host).
// Used by lib/vsock/hybrid-backend.ts and lib/agent/channel.ts.

/** Each VM has its own vsock back-end, so every guest can have the first guest CID. */
export const GUEST_CID = 3;

const MAX_CID = 0xffffffff;

/** Throws a RangeError naming the value unless it is a CID a guest may have. */
export function checkGuestCid(cid: number): void {
  if (!Number.isInteger(cid) || cid < GUEST_CID || cid > MAX_CID) {
    throw new RangeError(`guest CID must be an integer from ${GUEST_CID} to ${MAX_CID}, got ${cid}`);
  }
}
