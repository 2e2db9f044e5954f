// A busybox initrd with the host's socat and its shared libraries (found with ldd), so a guest
// has an independent vsock peer for the hybrid vsock tests: socat's VSOCK-LISTEN/VSOCK-CONNECT
// use the guest kernel's virtio-vsock driver, not our code.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { busyboxInitrd } from '../../guest/osbuilder/rootfs/busybox-initrd.js';
import { sharedLibraries } from '../../guest/osbuilder/rootfs/shared-libraries.js';

export const SOCAT = '/usr/bin/socat';

/** The reason socat cannot serve as the guest peer here, or undefined when it can. */
export function socatMissing(): string | undefined {
  if (!existsSync(SOCAT)) return `${SOCAT} is missing (apt-get install socat)`;
  const v = execFileSync(SOCAT, ['-V'], { encoding: 'utf8' });
  if (!/WITH_VSOCK 1/.test(v)) return `${SOCAT} was built without VSOCK support`;
  return undefined;
}

export function socatInitrd(init: string, dir: string): string {
  return busyboxInitrd(init, dir, [SOCAT, ...sharedLibraries(SOCAT)]);
}
