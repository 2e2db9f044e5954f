// The typed runtime configuration (camelCase) that lib/config/parse.ts builds from
// configuration.toml; the shim, the runtime and the hypervisor read it, never the TOML.

export type Accel = 'auto' | 'kvm' | 'tcg';
export type SharedFs = 'virtio-fs' | 'virtio-9p';
/** virtiofsd's cache mode; Kata's "never" is the C daemon's "none". */
export type VirtioFsCache = 'auto' | 'always' | 'never' | 'none';
export type InternetworkingModel = 'macvtap' | 'tcfilter' | 'none';

/** `[hypervisor.qemu]`. Paths are absolute once parsed; '' means "not set" for image and initrd. */
export interface QemuConfig {
  path: string;
  kernel: string;
  image: string;
  initrd: string;
  machineType: string;
  /** Kata's cpu_features: QEMU -cpu properties after the model (host under KVM, max under TCG), comma-separated. */
  cpuFeatures: string;
  kernelParams: string;
  defaultVcpus: number;
  /** MiB. */
  defaultMemory: number;
  /** The most vCPUs hot-plug may grow the VM to; 0: the host's CPUs. */
  maxVcpus: number;
  /** DIMM slots for memory hot-plug (each growth of a running pod takes one). */
  memorySlots: number;
  /** MiB the VM's memory may grow to by hot-plug; 0: the host's memory. */
  maxMemory: number;
  sharedFs: SharedFs;
  /** The virtio-fs daemon (one per sandbox when sharedFs is virtio-fs). */
  virtioFsDaemon: string;
  virtioFsCache: VirtioFsCache;
  /** Passed to the daemon after the runtime's own arguments. */
  virtioFsExtraArgs: string[];
  /** MiB of DAX cache window; only 0 works with QEMU 7.2 (its vhost-user-fs-pci has no cache-size). */
  virtioFsCacheSize: number;
  disableImageNvdimm: boolean;
  accel: Accel;
  /** MiB of TCG translation cache (QEMU's -accel tcg,tb-size); 0: QEMU's default (1 GiB). Ignored under KVM. */
  tcgTbSizeMb: number;
  /**
   * At most this many sandboxes of the host start at once (QEMU start until the first container
   * has started); 0: as many as the host has CPUs under TCG, no limit under KVM.
   */
  maxConcurrentBoots: number;
  /**
   * The host file the guest's virtio-rng device reads (Kata's key; QEMU's rng-random backend): the
   * guest kernel's random pool is ready within its first second instead of blocking the agent's
   * first getrandom() while it gathers jitter entropy (over a second under TCG). '': no device.
   */
  entropySource: string;
  /** A virtio-balloon with free page reporting, so memory the guest frees goes back to the host (Kata's key). */
  reclaimGuestFreedMemory: boolean;
  enableDebug: boolean;
  /** QEMU's -sandbox (its own seccomp filter) options; '' runs QEMU without one. */
  seccompSandbox: string;
  /** QEMU runs as an unprivileged user of its own sandbox (lib/runtime/rootless.ts), not as root. */
  rootless: boolean;
  /**
   * Which `io.katacontainers.config.hypervisor.<key>` annotations a pod may set: regular
   * expressions matched against <key> (lib/config/annotations.ts, Kata's semantics). Empty: none.
   */
  enableAnnotations: string[];
  /**
   * Globs (lib/config/path-glob.ts) that the value of an `…hypervisor.<key>` annotation naming a
   * host file or program must match, one list per key (lib/config/annotation-rules.ts). Empty: no
   * annotation of that key is valid. Kata's `valid_hypervisor_paths` (path)…
   */
  validHypervisorPaths: string[];
  /** …kata-ts's `valid_kernel_paths` (kernel; Kata has none)… */
  validKernelPaths: string[];
  /** …kata-ts's `valid_image_paths` (image; Kata has none)… */
  validImagePaths: string[];
  /** …kata-ts's `valid_initrd_paths` (initrd; Kata has none)… */
  validInitrdPaths: string[];
  /** …Kata's `valid_virtio_fs_daemon_paths` (virtio_fs_daemon)… */
  validVirtioFsDaemonPaths: string[];
  /** …and Kata's `valid_entropy_sources` (entropy_source). */
  validEntropySources: string[];
}

/** `[agent.kata]`. */
/** How the runtime reaches the agent: vsock through the addon's vhost-user back-end, or a virtio-serial port. */
export type AgentChannel = 'hybrid-vsock' | 'virtio-serial';

export interface KataAgentConfig {
  channel: AgentChannel;
  debugConsoleEnabled: boolean;
  /** Seconds. */
  dialTimeout: number;
  /**
   * Seconds an agent request that should answer promptly (exec, signal, stats, remove, …) may take
   * before it fails naming the request; waits, stdio reads and writes and OOM polls have none.
   */
  requestTimeout: number;
  /**
   * Seconds between the sandbox's health checks (the agent's Check and QEMU's QMP status, each
   * bounded by requestTimeout); a VM failing one is stopped, so its tasks exit. 0: no checks.
   */
  healthCheckInterval: number;
  enableDebug: boolean;
  /** The agent's own spans (agent.trace=true), sent to the runtime's trace forwarder. */
  enableTracing: boolean;
}

/** `[runtime]`. */
export interface RuntimeSection {
  enableDebug: boolean;
  sandboxCgroupOnly: boolean;
  /** true: QEMU stays in the caller's network namespace instead of a new one of its own. */
  disableNewNetns: boolean;
  /** Spans of the shim and the runtime, exported to jaegerEndpoint (an OTLP/HTTP traces endpoint). */
  enableTracing: boolean;
  /** http(s)://HOST:PORT/v1/traces or unix:/PATH (Kata's key name; the protocol is OTLP/HTTP protobuf). */
  jaegerEndpoint: string;
  jaegerUser: string;
  jaegerPassword: string;
  internetworkingModel: InternetworkingModel;
  /** Seconds the agent's CreateContainer may take (Kata's key). */
  createContainerTimeout: number;
}

/**
 * `[factory]` (Kata's section): new sandboxes boot as clones of one VM template, booted once and
 * saved (lib/factory/template.ts, lib/runtime/vm-template.ts). Kata's VM cache keys (vm_cache_number, vm_cache_endpoint) are ignored.
 */
export interface FactoryConfig {
  enableTemplate: boolean;
  /** The template's directory: its RAM file, its device state and what it was made from. */
  templatePath: string;
}

/** Why a file was chosen (see lib/config/locate.ts); 'argument' when parseConfig was called directly. */
export type ConfigSource = 'config-path' | 'env' | 'etc' | 'shipped' | 'argument';

/** A key Kata Containers defines that kata-ts does not implement: loaded, warned about, ignored. */
export interface IgnoredSetting {
  /** Dotted, e.g. hypervisor.qemu.enable_iommu. */
  key: string;
  value: unknown;
}

export interface RuntimeConfig {
  hypervisor: { qemu: QemuConfig };
  agent: { kata: KataAgentConfig };
  runtime: RuntimeSection;
  factory: FactoryConfig;
  /** Kata's keys in the file that kata-ts ignores, in file order; each deserves one warning at load. */
  ignored: IgnoredSetting[];
  /** The file the values came from and why it was the one used. */
  origin: { path: string; source: ConfigSource };
}
