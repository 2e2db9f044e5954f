// A QEMU VM's guest key (the Hypervisor's guestKey, ../hypervisor.ts): the parts of its spec that
// its guest can see, so a VM template's clone restores only into a VM that matches its template
// (lib/runtime/vm-template.ts).
import { statSync } from 'node:fs';
import type { GuestKey } from '../hypervisor.js';
import type { QemuVmSpec } from '../qemu-args.js';

/** A file as the key knows it: path, size and modification time (a rebuilt kernel is another). */
function fileId(path: string): string {
  try {
    const st = statSync(path);
    return `${path} (${st.size} bytes, modified ${new Date(st.mtimeMs).toISOString()})`;
  } catch {
    return `${path} (missing)`;
  }
}

/**
 * The guest-visible parts of a QEMU spec: machine, CPU, memory and its growth room, firmware and
 * guest assets, kernel command line, devices and their guest names. Host-side paths (sockets,
 * logs, the shared directory), the network namespace, the seccomp filter and the identity QEMU
 * runs as are left out: a clone has its own.
 */
export function qemuGuestKey(s: QemuVmSpec): GuestKey {
  return {
    qemu: fileId(s.qemuPath),
    machineType: s.machineType,
    accel: s.accel,
    cpuModel: s.cpuModel ?? null,
    vcpus: s.vcpus,
    memoryMiB: s.memoryMiB,
    hotplug: s.hotplug ?? null,
    kernel: fileId(s.kernel),
    image: s.image ? { file: fileId(s.image.path), nvdimm: s.image.nvdimm } : null,
    initrd: s.initrd ? fileId(s.initrd) : null,
    kernelParams: s.kernelParams,
    agentChannel: s.agentChannel?.name ?? null,
    debugConsoleChannel: s.debugConsoleChannel?.name ?? null,
    serialPorts: (s.serialPorts ?? []).map((p) => p.name),
    vhostUserVsock: !!s.vhostUserVsock,
    sharedDirTag: s.sharedDir?.tag ?? null,
    virtioFsTag: s.virtioFs?.tag ?? null,
    nics: s.nics?.length ?? 0,
    tcgTbSizeMiB: s.tcgTbSizeMiB ?? 0,
    entropySource: s.entropySource ?? '',
    freePageReporting: !!s.freePageReporting,
  };
}
