// The QEMU command line for one sandbox VM, as a pure function of what the runtime decided
// (machine, accelerator, sizes, guest assets, sockets, shares), so it can be read and tested
// without starting anything. Used by lib/hypervisor/qemu/spec.ts and qemu/vm.ts, and by the VM tests and the bench
// (test/helpers/qemu.ts), which boot bare VMs through it (QemuArgsSpec: minimal, console on stdio).
export interface QemuVmSpec {
  qemuPath: string;
  machineType: 'q35' | 'pc' | 'microvm';
  accel: 'kvm' | 'tcg';
  /** QEMU's -cpu model; absent: host under KVM, max under TCG (every feature TCG can emulate). */
  cpuModel?: string;
  vcpus: number;
  memoryMiB: number;
  kernel: string;
  /** Exactly one of image and initrd. The image is a DAX nvdimm, or a read-only virtio-blk disk when nvdimm is false. */
  image?: { path: string; bytes: number; nvdimm: boolean };
  initrd?: string;
  /** Extra kernel parameters: the configuration's, then the runtime's (agent.*). */
  kernelParams: string[];
  consoleLog: string;
  qmpSocket: string;
  /** The agent channel: a named virtio-serial port whose host end is this unix socket. */
  agentChannel?: { socket: string; name: string };
  /** The agent's debug console: a second named port on the same virtio-serial bus. */
  debugConsoleChannel?: { socket: string; name: string };
  /**
   * Hybrid vsock: QEMU's vhost-user-vsock-pci device, served by the addon's back-end listening on
   * this socket (lib/vsock/hybrid-backend.ts), which must be running before QEMU starts. Guest RAM
   * is already a shared memfd, which the back-end maps.
   */
  vhostUserVsock?: { socket: string };
  /** A host directory shared with the guest over virtio-9p under this mount tag. */
  sharedDir?: { path: string; tag: string };
  /**
   * virtio-fs: QEMU's vhost-user-fs-pci device, served by a virtiofsd listening on this socket
   * (lib/runtime/virtiofsd.ts), which must be running before QEMU starts; the guest mounts it by
   * tag. Guest RAM is already a shared memfd, which the daemon maps.
   */
  virtioFs?: { socket: string; tag: string };
  /**
   * Room to grow a running VM (q35 and pc, whose ACPI tables announce hot-plug): up to maxVcpus
   * vCPUs (-smp N,maxcpus=M) and memory up to maxMemoryMiB in at most memorySlots DIMMs
   * (-m SIZE,slots=S,maxmem=X). qemu.ts plugs them over QMP.
   */
  hotplug?: { maxVcpus: number; memorySlots: number; maxMemoryMiB: number };
  /** Start QEMU in a new network namespace of its own (the process, not the guest, is confined). */
  newNetns?: boolean;
  /** Start QEMU in this existing network namespace (the pod's); wins over newNetns. */
  netns?: string;
  /**
   * The guest's NICs: virtio-net-pci over an open tap fd each. qemu.ts hands nic i's fd to QEMU
   * as its fd NIC_FD_BASE + i. vhost: the in-kernel data path (needs /dev/vhost-net).
   */
  nics?: { fd: number; mac: string; vhost: boolean }[];
  /** QEMU's -sandbox options (its seccomp filter), e.g. "on,spawn=deny"; absent or '': none. */
  seccompSandbox?: string;
  /** rootless: the unprivileged identity QEMU runs as (qemu.ts; not a command-line argument). Absent: root without capabilities. */
  runAs?: RunAs;
  /** More named ports on the virtio-serial bus (nr: the port number the guest sees, when it matters). */
  serialPorts?: Array<{ socket: string; name: string; nr?: number }>;
  /**
   * TCG only: the translation cache in MiB (`-accel tcg,tb-size=N`). QEMU's default reserves 1 GiB,
   * which a long-lived guest fills as it runs. Absent or 0: QEMU's default.
   */
  tcgTbSizeMiB?: number;
  /**
   * A virtio-rng device fed from this host file (QEMU's rng-random backend), as Kata adds one: the
   * guest's random pool is ready early instead of blocking the first getrandom() (the agent's Node).
   */
  entropySource?: string;
  /**
   * A virtio-balloon device with free page reporting: the guest reports the free pages it gathers
   * (in 2 MiB blocks) and QEMU discards them, so memory the guest frees goes back to the host.
   */
  freePageReporting?: boolean;
  /**
   * A bare QEMU (the tests' VMs and the bench's floor): only the caller's kernel parameters (no
   * runtime defaults, so `quiet` is the caller's choice) and guest RAM as plain anonymous memory
   * unless a vhost-user device needs it shared.
   */
  minimal?: boolean;
  /**
   * Guest RAM from this file instead of a memfd: a VM template's RAM (lib/factory/template.ts).
   * share: the template itself writes through to the file; a clone (share false) maps it
   * copy-on-write, so its writes are its own and no vhost-user back-end can see them.
   */
  ramFile?: { path: string; share: boolean };
  /** Start paused, waiting for a migration stream over QMP (migrate-incoming): a template's clone. */
  incoming?: boolean;
}

/** A process identity: uid, gid and exactly these supplementary groups. */
export interface RunAs {
  uid: number;
  gid: number;
  groups: number[];
}

/**
 * The guest's CPU model when the spec names none: the host's under KVM, `max` (every feature TCG
 * can emulate) under TCG. The agent's V8 snapshot is proven on this model
 * (guest/osbuilder/rootfs/guest-snapshot.ts).
 */
export function defaultCpuModel(accel: 'kvm' | 'tcg'): string {
  return accel === 'kvm' ? 'host' : 'max';
}

/**
 * The guest CPU a QEMU gives, as one name: `vm:ACCEL:MODEL:VERSION`. What the agent's snapshot
 * records as proven on (guest/osbuilder/rootfs/guest-snapshot.ts) and what `kata-runtime check`
 * compares.
 */
export function guestCpuTarget(accel: 'kvm' | 'tcg', cpuModel: string, qemuVersion: string): string {
  return `vm:${accel}:${cpuModel}:${qemuVersion}`;
}

/** QEMU's version number from its `--version` line ("QEMU emulator version 7.2.22 (Debian …)"). */
export function qemuVersionOf(versionLine: string): string | undefined {
  return /version (\S+)/.exec(versionLine)?.[1];
}

/** The first fd number QEMU sees the NICs' tap fds at (after stdin, stdout, stderr). */
export const NIC_FD_BASE = 3;
/** What qemuArgs needs: without a console log the serial console is QEMU's stdio; without a QMP socket there is no QMP. */
export type QemuArgsSpec = Omit<QemuVmSpec, 'consoleLog' | 'qmpSocket'> & { consoleLog?: string; qmpSocket?: string };

// The rootfs image's partition and mount options (osbuilder makes one ext4 partition). The image
// carries a pfn info block (guest/osbuilder/rootfs/pfn-info.ts), so the guest's pmem is a pfn
// device and ext4 maps the root with DAX: file pages come straight from the host's page cache of
// the image.
export const IMAGE_ROOT_PARAMS = ['root=/dev/pmem0p1', 'rootflags=dax,data=ordered,errors=remount-ro', 'ro', 'rootfstype=ext4'];
export const BLK_ROOT_PARAMS = ['root=/dev/vda1', 'rootflags=data=ordered,errors=remount-ro', 'ro', 'rootfstype=ext4'];
const BASE_PARAMS = ['console=ttyS0', 'panic=1', 'quiet', 'reboot=k', 'tsc=reliable', 'no_timer_check'];

/**
 * vhost-user back-ends (the hybrid-vsock one, virtiofsd) map guest RAM: it must then be a shareable
 * memfd (and so must every DIMM plugged later). The runtime's VMs use one even without them: plain
 * anonymous RAM, which QEMU backs with transparent huge pages, measured no smaller (docs/memory.md).
 */
function sharesRam(s: Pick<QemuArgsSpec, 'minimal' | 'vhostUserVsock' | 'virtioFs'>): boolean {
  return !s.minimal || !!s.vhostUserVsock || !!s.virtioFs;
}

/** Guest RAM's backend object: the template's file, or a shared memfd. */
function ramBackend(s: QemuArgsSpec): string {
  if (!s.ramFile) return `memory-backend-memfd,id=ram,size=${s.memoryMiB}M,share=on`;
  if (!s.ramFile.share && (s.vhostUserVsock || s.virtioFs)) {
    throw new Error(`guest RAM mapped copy-on-write from ${s.ramFile.path} cannot be shared with a vhost-user back-end (${s.vhostUserVsock ? 'hybrid vsock' : 'virtio-fs'}): use virtio-serial and virtio-9p`);
  }
  if (s.ramFile.path.includes(',')) throw new Error(`guest RAM file ${s.ramFile.path}: QEMU cannot take a path with a comma`);
  return `memory-backend-file,id=ram,size=${s.memoryMiB}M,mem-path=${s.ramFile.path},share=${s.ramFile.share ? 'on' : 'off'}`;
}

/**
 * The QMP object-add arguments for a hot-plugged DIMM's memory, backed as the boot RAM is: a
 * shared memfd when vhost-user back-ends (vsock, virtiofsd) map guest memory, which they must be
 * able to do for the new DIMM too; plain anonymous RAM otherwise.
 */
export function dimmBackend(s: Pick<QemuArgsSpec, 'minimal' | 'vhostUserVsock' | 'virtioFs'>, id: string, bytes: number): Record<string, unknown> {
  return sharesRam(s) ? { 'qom-type': 'memory-backend-memfd', id, size: bytes, share: true } : { 'qom-type': 'memory-backend-ram', id, size: bytes };
}

/** The guest's memory block size on x86-64 below 64 GiB (drivers/base/memory.c, arch/x86/mm/init_64.c): the unit it onlines. */
export const GUEST_MEMORY_BLOCK = 128 * 1024 * 1024;

/**
 * Where the next DIMM goes: after every memory device QEMU already has (query-memory-devices:
 * DIMMs, and the rootfs nvdimm, whose size is the image's), aligned to the guest's memory block, so
 * the guest can add and online all of it (Linux refuses a hot-add range that is not block-aligned).
 * Undefined when there is none: QEMU's first address, the 1 GiB-aligned start of its device memory.
 */
export function nextDimmAddress(devices: ReadonlyArray<{ data?: { addr?: number; size?: number } }>): number | undefined {
  const ends = devices.flatMap((d) => (typeof d.data?.addr === 'number' && typeof d.data.size === 'number' ? [d.data.addr + d.data.size] : []));
  if (ends.length === 0) return undefined;
  return Math.ceil(Math.max(...ends) / GUEST_MEMORY_BLOCK) * GUEST_MEMORY_BLOCK;
}

export function qemuArgs(s: QemuArgsSpec): string[] {
  if (!!s.image === !!s.initrd) throw new Error('a VM boots from exactly one of a rootfs image and an initrd');
  const sharedRam = sharesRam(s) || !!s.ramFile;
  const machine: string[] = [s.machineType];
  if (sharedRam) machine.push('memory-backend=ram');
  const mem = [`${s.memoryMiB}M`];
  if (s.hotplug && s.machineType === 'microvm') throw new Error('machine type microvm has no ACPI hot-plug; use q35 for a VM that grows');
  const hotplug = s.hotplug;
  // The nvdimm and the DIMMs are memory devices: each needs a slot and address space.
  let slots = hotplug && hotplug.maxMemoryMiB > s.memoryMiB ? hotplug.memorySlots : 0;
  let maxMiB = slots > 0 ? hotplug!.maxMemoryMiB : s.memoryMiB;
  if (s.image?.nvdimm) {
    if (s.machineType === 'microvm') throw new Error('the rootfs image is an nvdimm, which machine type microvm does not have; use q35 or an initrd');
    machine.push('nvdimm=on');
    const imageMiB = Math.ceil(s.image.bytes / 1048576);
    slots += slots > 0 ? 1 : 2;
    maxMiB += imageMiB + 1024;
  }
  if (slots > 0) mem.push(`slots=${slots}`, `maxmem=${maxMiB}M`);
  const smp = [String(s.vcpus)];
  if (hotplug && hotplug.maxVcpus > s.vcpus) smp.push(`maxcpus=${hotplug.maxVcpus}`);
  const accel: string[] = [s.accel];
  if (s.tcgTbSizeMiB !== undefined && s.tcgTbSizeMiB !== 0) {
    if (!Number.isInteger(s.tcgTbSizeMiB) || s.tcgTbSizeMiB < 0) throw new Error(`the TCG translation cache size must be a whole number of MiB, got ${s.tcgTbSizeMiB}`);
    // KVM runs guest code natively: it has no translation cache, so the size is for TCG only.
    if (s.accel === 'tcg') accel.push(`tb-size=${s.tcgTbSizeMiB}`);
  }
  const args = [
    '-name', 'kata-ts', '-no-user-config', '-nodefaults', '-nographic', '-no-reboot',
    '-machine', machine.join(','),
    '-accel', accel.join(','),
    '-cpu', s.cpuModel ?? defaultCpuModel(s.accel),
    '-smp', smp.join(','),
    '-m', mem.join(','),
  ];
  if (sharedRam) args.push('-object', ramBackend(s));
  // append=on: the runtime rotates the log under QEMU (lib/runtime/console-log.ts).
  if (s.consoleLog) args.push('-chardev', `file,id=console,path=${s.consoleLog},append=on`, '-serial', 'chardev:console');
  else args.push('-serial', 'stdio');
  if (s.qmpSocket) args.push('-qmp', `unix:${s.qmpSocket},server=on,wait=off`);
  args.push('-kernel', s.kernel);
  const params = s.minimal ? [] : [...BASE_PARAMS];
  if (s.image?.nvdimm) {
    args.push('-object', `memory-backend-file,id=img0,mem-path=${s.image.path},size=${s.image.bytes},share=on,readonly=on`,
      '-device', 'nvdimm,id=nv0,memdev=img0,unarmed=on');
    params.push(...IMAGE_ROOT_PARAMS);
  } else if (s.image) {
    // The first virtio-blk device, so the guest sees it as /dev/vda.
    args.push('-drive', `file=${s.image.path},if=none,id=rootfs,format=raw,readonly=on`, '-device', 'virtio-blk-pci,drive=rootfs');
    params.push(...BLK_ROOT_PARAMS);
  } else {
    args.push('-initrd', s.initrd!);
  }
  if (s.agentChannel) {
    args.push('-device', 'virtio-serial-pci,id=serial0', '-chardev', `socket,id=agent,path=${s.agentChannel.socket},server=on,wait=off`,
      '-device', `virtserialport,chardev=agent,name=${s.agentChannel.name}`);
  }
  if (s.debugConsoleChannel) {
    if (!s.agentChannel) args.push('-device', 'virtio-serial-pci,id=serial0');
    args.push('-chardev', `socket,id=debugcon,path=${s.debugConsoleChannel.socket},server=on,wait=off`,
      '-device', `virtserialport,chardev=debugcon,name=${s.debugConsoleChannel.name}`);
  }
  if (s.serialPorts?.length) {
    if (!s.agentChannel && !s.debugConsoleChannel) args.push('-device', 'virtio-serial-pci,id=serial0');
    s.serialPorts.forEach((p, i) => {
      args.push('-chardev', `socket,id=port${i},path=${p.socket},server=on,wait=off`,
        '-device', `virtserialport,chardev=port${i},${p.nr !== undefined ? `nr=${p.nr},` : ''}name=${p.name}`);
    });
  }
  if (s.vhostUserVsock) {
    args.push('-chardev', `socket,id=vsock0,path=${s.vhostUserVsock.socket}`, '-device', 'vhost-user-vsock-pci,chardev=vsock0');
  }
  if (s.sharedDir) {
    args.push('-fsdev', `local,id=shared,path=${s.sharedDir.path},security_model=none,multidevs=remap`, '-device', `virtio-9p-pci,fsdev=shared,mount_tag=${s.sharedDir.tag}`);
  }
  if (s.virtioFs) {
    // queue-size 1024 as Kata sets it: the default 128 throttles parallel requests.
    args.push('-chardev', `socket,id=virtiofs0,path=${s.virtioFs.socket}`, '-device', `vhost-user-fs-pci,chardev=virtiofs0,tag=${s.virtioFs.tag},queue-size=1024`);
  }
  (s.nics ?? []).forEach((n, i) => {
    args.push('-netdev', `tap,id=net${i},fd=${NIC_FD_BASE + i}${n.vhost ? ',vhost=on' : ''}`,
      // romfile= : no PXE option ROM (the guest boots a kernel directly, and Debian's ROMs may be absent).
      '-device', `virtio-net-pci,netdev=net${i},mac=${n.mac},romfile=`);
  });
  if (s.entropySource) args.push('-object', `rng-random,id=rng0,filename=${s.entropySource}`, '-device', 'virtio-rng-pci,rng=rng0');
  // virtio v1.2 §5.5.6.7 (free page reporting); QEMU discards each reported range (MADV_DONTNEED,
  // or a hole punched in the memfd).
  if (s.freePageReporting) args.push('-device', 'virtio-balloon-pci,id=balloon0,free-page-reporting=on');
  if (s.seccompSandbox) args.push('-sandbox', s.seccompSandbox);
  args.push('-append', [...params, ...s.kernelParams].join(' '));
  if (s.incoming) args.push('-incoming', 'defer');
  return args;
}
