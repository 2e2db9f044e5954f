// The configuration.toml schema: every section, key, type, allowed value and default, in one table
// that parse.ts walks and the tests compare against the shipped file. Key names follow Kata
// Containers' configuration.toml where the concept is the same.
import type { FactoryConfig, KataAgentConfig, QemuConfig, RuntimeSection } from './types.js';

interface Common {
  /** The TOML key (snake_case, as in Kata). */
  toml: string;
}
export interface StringSpec extends Common { type: 'string'; default: string }
/** A file path; relative values resolve against the file's directory (the package root for the shipped file). */
export interface PathSpec extends Common { type: 'path'; default: string }
export interface EnumSpec<T extends string> extends Common { type: 'enum'; values: readonly T[]; default: T }
export interface IntegerSpec extends Common { type: 'integer'; min: number; default: number }
export interface BooleanSpec extends Common { type: 'boolean'; default: boolean }
/** An array of strings (Kata's lists: allow-lists, path globs, extra arguments). */
export interface StringListSpec extends Common { type: 'strings'; default: readonly string[] }

// Brackets keep the conditional from distributing over a union of string literals.
type FieldSpec<V> = [V] extends [readonly string[]]
  ? StringListSpec
  : [V] extends [boolean]
  ? BooleanSpec
  : [V] extends [number]
    ? IntegerSpec
    : [V] extends [string]
      ? string extends V
        ? StringSpec | PathSpec
        : EnumSpec<V>
      : never;

export type AnyFieldSpec = StringSpec | PathSpec | EnumSpec<string> | IntegerSpec | BooleanSpec | StringListSpec;

/** A spec for every field of T, so a field added to types.ts without a spec fails to compile. */
export type SectionSpec<T> = { [K in keyof T]-?: FieldSpec<T[K]> };

// Guest asset defaults are package-relative: `npm run guest` (a later issue) builds them there.
export const QEMU_SPEC: SectionSpec<QemuConfig> = {
  path: { toml: 'path', type: 'path', default: '/usr/bin/qemu-system-x86_64' },
  kernel: { toml: 'kernel', type: 'path', default: 'build/guest/vmlinux' },
  image: { toml: 'image', type: 'path', default: 'build/guest/kata-containers-agent-init.img' },
  initrd: { toml: 'initrd', type: 'path', default: '' },
  machineType: { toml: 'machine_type', type: 'string', default: 'q35' },
  // Kata's key; its default "pmu=off" is Kata's choice for KVM, kata-ts adds nothing by default.
  cpuFeatures: { toml: 'cpu_features', type: 'string', default: '' },
  kernelParams: { toml: 'kernel_params', type: 'string', default: '' },
  defaultVcpus: { toml: 'default_vcpus', type: 'integer', min: 1, default: 1 },
  defaultMemory: { toml: 'default_memory', type: 'integer', min: 64, default: 512 },
  maxVcpus: { toml: 'default_maxvcpus', type: 'integer', min: 0, default: 0 },
  memorySlots: { toml: 'memory_slots', type: 'integer', min: 1, default: 10 },
  maxMemory: { toml: 'default_maxmemory', type: 'integer', min: 0, default: 0 },
  sharedFs: { toml: 'shared_fs', type: 'enum', values: ['virtio-fs', 'virtio-9p'], default: 'virtio-fs' },
  virtioFsDaemon: { toml: 'virtio_fs_daemon', type: 'path', default: '/usr/lib/qemu/virtiofsd' },
  virtioFsCache: { toml: 'virtio_fs_cache', type: 'enum', values: ['auto', 'always', 'never', 'none'], default: 'auto' },
  virtioFsExtraArgs: { toml: 'virtio_fs_extra_args', type: 'strings', default: [] },
  virtioFsCacheSize: { toml: 'virtio_fs_cache_size', type: 'integer', min: 0, default: 0 },
  disableImageNvdimm: { toml: 'disable_image_nvdimm', type: 'boolean', default: false },
  accel: { toml: 'accel', type: 'enum', values: ['auto', 'kvm', 'tcg'], default: 'auto' },
  // kata-ts's own key (Kata has no TCG setting); the default is the bench's `pods` suite's choice.
  tcgTbSizeMb: { toml: 'tcg_tb_size_mb', type: 'integer', min: 0, default: 64 },
  // kata-ts's own key: 0 is the host's CPUs under TCG, no limit under KVM (lib/runtime/start-slots.ts).
  maxConcurrentBoots: { toml: 'max_concurrent_boots', type: 'integer', min: 0, default: 0 },
  entropySource: { toml: 'entropy_source', type: 'path', default: '/dev/urandom' },
  reclaimGuestFreedMemory: { toml: 'reclaim_guest_freed_memory', type: 'boolean', default: true },
  enableDebug: { toml: 'enable_debug', type: 'boolean', default: false },
  seccompSandbox: { toml: 'seccompsandbox', type: 'string', default: 'on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny' },
  rootless: { toml: 'rootless', type: 'boolean', default: false },
  enableAnnotations: { toml: 'enable_annotations', type: 'strings', default: [] },
  // What a pod's annotation may name, key by key (annotation-rules.ts); empty: nothing. Kata's keys
  // where Kata has one; kernel, image and initrd have none in Kata, so these three are ours.
  validHypervisorPaths: { toml: 'valid_hypervisor_paths', type: 'strings', default: [] },
  validKernelPaths: { toml: 'valid_kernel_paths', type: 'strings', default: [] },
  validImagePaths: { toml: 'valid_image_paths', type: 'strings', default: [] },
  validInitrdPaths: { toml: 'valid_initrd_paths', type: 'strings', default: [] },
  validVirtioFsDaemonPaths: { toml: 'valid_virtio_fs_daemon_paths', type: 'strings', default: [] },
  validEntropySources: { toml: 'valid_entropy_sources', type: 'strings', default: [] },
};

export const KATA_AGENT_SPEC: SectionSpec<KataAgentConfig> = {
  channel: { toml: 'channel', type: 'enum', values: ['hybrid-vsock', 'virtio-serial'], default: 'hybrid-vsock' },
  debugConsoleEnabled: { toml: 'debug_console_enabled', type: 'boolean', default: false },
  dialTimeout: { toml: 'dial_timeout', type: 'integer', min: 1, default: 45 },
  requestTimeout: { toml: 'request_timeout', type: 'integer', min: 1, default: 60 },
  healthCheckInterval: { toml: 'health_check_interval', type: 'integer', min: 0, default: 10 },
  enableDebug: { toml: 'enable_debug', type: 'boolean', default: false },
  enableTracing: { toml: 'enable_tracing', type: 'boolean', default: false },
};

export const RUNTIME_SPEC: SectionSpec<RuntimeSection> = {
  enableDebug: { toml: 'enable_debug', type: 'boolean', default: false },
  sandboxCgroupOnly: { toml: 'sandbox_cgroup_only', type: 'boolean', default: false },
  disableNewNetns: { toml: 'disable_new_netns', type: 'boolean', default: false },
  internetworkingModel: {
    toml: 'internetworking_model',
    type: 'enum',
    values: ['macvtap', 'tcfilter', 'none'],
    default: 'tcfilter',
  },
  enableTracing: { toml: 'enable_tracing', type: 'boolean', default: false },
  jaegerEndpoint: { toml: 'jaeger_endpoint', type: 'string', default: '' },
  jaegerUser: { toml: 'jaeger_user', type: 'string', default: '' },
  jaegerPassword: { toml: 'jaeger_password', type: 'string', default: '' },
  createContainerTimeout: { toml: 'create_container_timeout', type: 'integer', min: 1, default: 60 },
};

export const FACTORY_SPEC: SectionSpec<FactoryConfig> = {
  enableTemplate: { toml: 'enable_template', type: 'boolean', default: false },
  // Kata's default is /run/vc/vm/template; /run is a tmpfs, so the template's RAM stays in memory.
  templatePath: { toml: 'template_path', type: 'path', default: '/run/kata-ts/template' },
};

/** Hypervisors and agents this build supports (Kata's files may name others, e.g. firecracker). */
export const SUPPORTED_HYPERVISORS = ['qemu'] as const;
export const SUPPORTED_AGENTS = ['kata'] as const;
export const TOP_LEVEL_SECTIONS = ['hypervisor', 'agent', 'runtime', 'factory'] as const;
