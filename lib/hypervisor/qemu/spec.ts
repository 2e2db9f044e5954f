// The QEMU spec of a planned VM: the runtime's plan (../plan.ts) with what the configuration's
// [hypervisor.qemu] section says (QEMU's path, machine type, CPU features, guest assets, translation cache,
// entropy source, free page reporting, seccomp filter) and whether QEMU gets a network namespace of
// its own. One function for every VM, the sandbox's and the VM template's: a clone restores only
// into a VM whose devices are its template's. Used by hypervisor.ts and the VM template's key
// (lib/factory/template.ts).
import { statSync } from 'node:fs';
import type { RuntimeConfig } from '../../config/types.js';
import { type QemuVmSpec, defaultCpuModel } from '../qemu-args.js';
import type { VmPlan } from '../plan.js';

export function qemuSpec(c: RuntimeConfig, p: VmPlan): QemuVmSpec {
  const q = c.hypervisor.qemu;
  // microvm has no ACPI: its VM keeps its boot size.
  const hotplug = q.machineType === 'microvm' ? undefined : { maxVcpus: p.limits.maxVcpus, memorySlots: p.limits.memorySlots, maxMemoryMiB: p.limits.maxMemoryMiB };
  return {
    qemuPath: q.path,
    machineType: q.machineType as 'q35',
    accel: p.accel,
    // cpu_features (Kata's key) follow the model the accelerator implies.
    ...(q.cpuFeatures ? { cpuModel: `${defaultCpuModel(p.accel)},${q.cpuFeatures}` } : {}),
    tcgTbSizeMiB: q.tcgTbSizeMb,
    freePageReporting: q.reclaimGuestFreedMemory,
    entropySource: q.entropySource, // '': no device
    vcpus: p.vcpus,
    memoryMiB: p.memoryMiB,
    ...(hotplug ? { hotplug } : {}),
    kernel: q.kernel,
    ...(q.image ? { image: { path: q.image, bytes: statSync(q.image).size, nvdimm: !q.disableImageNvdimm } } : { initrd: q.initrd }),
    kernelParams: p.kernelParams,
    consoleLog: p.consoleLog,
    qmpSocket: p.controlSocket,
    ...p.devices,
    newNetns: !c.runtime.disableNewNetns,
    seccompSandbox: q.seccompSandbox,
    ...(p.runAs ? { runAs: p.runAs } : {}),
    ...p.network,
    ...(p.memoryFile ? { ramFile: p.memoryFile } : {}),
    ...(p.incoming ? { incoming: true } : {}),
  };
}
