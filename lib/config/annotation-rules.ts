// What a pod's `io.katacontainers.config.hypervisor.<key>` annotation may do to each key of
// [hypervisor.qemu], and why (issue 34: no annotation names a host program or file unchecked).
// enable_annotations decides which keys a pod may set at all (annotations.ts); this table decides
// what values it may give them:
//
// - 'host-path': the value names a host file or program that the host's root (QEMU, virtiofsd, the
//   runtime) opens or runs. Allowed only where a glob of the key's own `valid_*` list matches the
//   whole value (path-glob.ts); each such key has a list of its own, so a glob written for one key
//   never allows a value of another.
// - 'never': no annotation may set it, whatever enable_annotations says.
// - 'value': names nothing on the host; checked as the file's value would be, and where the value
//   becomes part of a QEMU option string, against its syntax (qemu-values.ts).
//
// The table is exhaustive over QemuConfig, so a key added to the schema does not compile until it
// is decided here. Kata's keys that kata-ts does not implement (jailer_path, ctlpath, firmware,
// vhost_user_store_path, file_mem_backend, pflashes, …) are not in QemuConfig: an allowed
// annotation of one is ignored with a warning and changes nothing; implementing one means adding
// it here, with its Kata gate (valid_jailer_paths, valid_ctlpaths, valid_vhost_user_store_paths,
// valid_file_mem_backends).
import { cpuFeaturesProblem, machineTypeProblem } from './qemu-values.js';
import type { QemuConfig } from './types.js';

/** The fields of QemuConfig that hold a `valid_*` glob list. */
export type GateField = 'validHypervisorPaths' | 'validKernelPaths' | 'validImagePaths' | 'validInitrdPaths' | 'validVirtioFsDaemonPaths' | 'validEntropySources';

export type AnnotationRule =
  | { kind: 'host-path'; gate: GateField; why: string }
  | { kind: 'never'; why: string }
  /** `syntax`: why a value is not valid for QEMU's option string, or undefined. */
  | { kind: 'value'; why: string; syntax?: (value: string) => string | undefined };

const LIST = 'an allow-list of the configuration: a pod that could set it would choose what it is allowed';
const RESOURCE = "a size of the pod's own VM; names nothing on the host";

export const ANNOTATION_RULES: { readonly [K in keyof QemuConfig]-?: AnnotationRule } = {
  path: { kind: 'host-path', gate: 'validHypervisorPaths', why: 'the QEMU binary, which the runtime runs on the host' },
  kernel: { kind: 'host-path', gate: 'validKernelPaths', why: "a host file QEMU reads into the guest's memory as its kernel" },
  image: { kind: 'host-path', gate: 'validImagePaths', why: 'a host file QEMU maps into the guest as its root disk' },
  initrd: { kind: 'host-path', gate: 'validInitrdPaths', why: "a host file QEMU reads into the guest's memory as its initrd" },
  virtioFsDaemon: { kind: 'host-path', gate: 'validVirtioFsDaemonPaths', why: 'the virtio-fs daemon, which the runtime runs as root on the host' },
  entropySource: { kind: 'host-path', gate: 'validEntropySources', why: "a host file QEMU reads for the guest's virtio-rng" },

  // Arguments to virtiofsd, run as root: "-o source=/" would serve the host's whole tree to the
  // guest. An argument's meaning depends on its neighbours, so no glob over single values could
  // allow only harmless lists; Kata warns against allowing it, kata-ts does not take it from a pod.
  virtioFsExtraArgs: { kind: 'never', why: 'arguments to virtiofsd, which runs as root on the host' },
  // QEMU's own seccomp filter guards the host against a compromised QEMU: "" turns it off, and
  // spawn=allow lets QEMU run programs. Kata has no annotation for it.
  seccompSandbox: { kind: 'never', why: "QEMU's seccomp filter, which guards the host against QEMU" },
  rootless: { kind: 'never', why: 'whether QEMU runs as root on the host' },
  // One limit over every sandbox of the host: a pod raising it would boot past the others' queue.
  maxConcurrentBoots: { kind: 'never', why: "a limit over all of the host's sandboxes, not one pod's" },
  enableAnnotations: { kind: 'never', why: LIST },
  validHypervisorPaths: { kind: 'never', why: LIST },
  validKernelPaths: { kind: 'never', why: LIST },
  validImagePaths: { kind: 'never', why: LIST },
  validInitrdPaths: { kind: 'never', why: LIST },
  validVirtioFsDaemonPaths: { kind: 'never', why: LIST },
  validEntropySources: { kind: 'never', why: LIST },

  // QEMU reads -machine as name,prop=value,…, and some machine properties name host files.
  machineType: { kind: 'value', why: "a QEMU machine type's name", syntax: machineTypeProblem },
  cpuFeatures: { kind: 'value', why: "properties of the guest's CPU model", syntax: cpuFeaturesProblem },
  // QEMU hands -append to the guest kernel whole (it does not split it on commas): the parameters
  // reach only the guest, which the pod's code runs in anyway. They come after the runtime's own,
  // so a pod may change its agent's guest-side settings (log level, debug console in the guest);
  // nothing on the host listens differently for it.
  kernelParams: { kind: 'value', why: "the guest kernel's command line; read only inside the guest" },
  defaultVcpus: { kind: 'value', why: RESOURCE },
  defaultMemory: { kind: 'value', why: RESOURCE },
  maxVcpus: { kind: 'value', why: RESOURCE },
  memorySlots: { kind: 'value', why: RESOURCE },
  maxMemory: { kind: 'value', why: RESOURCE },
  tcgTbSizeMb: { kind: 'value', why: RESOURCE },
  virtioFsCacheSize: { kind: 'value', why: RESOURCE },
  // virtio-9p makes QEMU serve the sandbox's shared directory itself: the same directory.
  sharedFs: { kind: 'value', why: "how the sandbox's own shared directory reaches the guest" },
  virtioFsCache: { kind: 'value', why: "virtiofsd's cache mode for the sandbox's own shared directory" },
  disableImageNvdimm: { kind: 'value', why: 'how the root disk the configuration chose is attached' },
  accel: { kind: 'value', why: 'KVM or TCG for the pod\'s VM' },
  reclaimGuestFreedMemory: { kind: 'value', why: 'a virtio-balloon in the guest' },
  // Debug logging of QEMU and virtiofsd, to the runtime's own log.
  enableDebug: { kind: 'value', why: 'more logging to the runtime\'s own log' },
};

/** The field of every `valid_*` list, one per host-path key. */
export const GATE_FIELDS: readonly GateField[] = Object.values(ANNOTATION_RULES).flatMap((r) => (r.kind === 'host-path' ? [r.gate] : []));
