// Every section and key that Kata Containers' QEMU configuration defines, with the TOML type Kata
// reads it as: the data that lets an operator's configuration-qemu.toml load unchanged. parse.ts
// consults it for keys kata-ts does not implement (schema.ts): a key listed here is ignored with a
// warning, a key listed nowhere is still an error, so typos are caught.
//
// Source (facts, not text): the toml tags of the `hypervisor`, `agent`, `runtime`, `image` and
// `factory` structs in kata-containers src/runtime/pkg/katautils/config.go, the keys of
// src/runtime/config/configuration-qemu.toml.in (main branch, 2024–2025), and the `[netmon]`
// section of Kata 1.x/2.0 files (path, enable_netmon, enable_debug), which older installs still carry.

/** How a key's value is typed in TOML; 'array' is an array of strings in every Kata key. */
export type KataKeyType = 'string' | 'integer' | 'boolean' | 'array';

type Keys = Readonly<Record<string, KataKeyType>>;

const S = 'string';
const I = 'integer';
const B = 'boolean';
const A = 'array';

const HYPERVISOR: Keys = {
  path: S, jailer_path: S, kernel: S, ctlpath: S, initrd: S, image: S, firmware: S, firmware_volume: S,
  machine_accelerators: S, cpu_features: S, kernel_params: S, machine_type: S, block_device_driver: S,
  block_device_aio: S, entropy_source: S, shared_fs: S, virtio_fs_daemon: S, virtio_fs_cache: S,
  virtio_fs_inode_file_handles: S, vhost_user_store_path: S, file_mem_backend: S, guest_hook_path: S,
  guest_memory_dump_path: S, seccompsandbox: S, rootfs_type: S, extra_monitor_socket: S, hot_plug_vfio: S,
  cold_plug_vfio: S,
  valid_hypervisor_paths: A, valid_jailer_paths: A, valid_ctlpaths: A, valid_virtio_fs_daemon_paths: A,
  virtio_fs_extra_args: A, pflashes: A, valid_vhost_user_store_paths: A, valid_file_mem_backends: A,
  valid_entropy_sources: A, enable_annotations: A,
  rx_rate_limiter_max_rate: I, tx_rate_limiter_max_rate: I, memory_offset: I,
  disk_rate_limiter_bw_max_rate: I, disk_rate_limiter_bw_one_time_burst: I, disk_rate_limiter_ops_max_rate: I,
  disk_rate_limiter_ops_one_time_burst: I, net_rate_limiter_bw_max_rate: I, net_rate_limiter_bw_one_time_burst: I,
  net_rate_limiter_ops_max_rate: I, net_rate_limiter_ops_one_time_burst: I, virtio_fs_cache_size: I,
  virtio_fs_queue_size: I, default_maxvcpus: I, default_memory: I, default_maxmemory: I, memory_slots: I,
  default_bridges: I, msize_9p: I, pcie_root_port: I, default_vcpus: I, vhost_user_reconnect_timeout_sec: I,
  block_device_cache_set: B, block_device_cache_direct: B, block_device_cache_noflush: B,
  enable_vhost_user_store: B, disable_block_device_use: B, enable_mem_prealloc: B, enable_hugepages: B,
  enable_virtio_mem: B, enable_iommu: B, enable_iommu_platform: B, enable_debug: B, disable_nesting_checks: B,
  enable_iothreads: B, disable_image_nvdimm: B, hotplug_vfio_on_root_bus: B, disable_vhost_net: B,
  guest_memory_dump_paging: B, confidential_guest: B, sev_snp_guest: B, enable_guest_swap: B, rootless: B,
  disable_seccomp: B, disable_selinux: B, disable_guest_selinux: B, use_legacy_serial: B,
  reclaim_guest_freed_memory: B,
};

const AGENT: Keys = {
  kernel_modules: A, enable_debug: B, enable_tracing: B, debug_console_enabled: B, dial_timeout: I,
  cdh_api_timeout: I,
};

const RUNTIME: Keys = {
  internetworking_model: S, jaeger_endpoint: S, jaeger_user: S, jaeger_password: S, vfio_mode: S,
  guest_selinux_label: S, dan_conf: S,
  sandbox_bind_mounts: A, experimental: A,
  enable_debug: B, enable_tracing: B, disable_new_netns: B, disable_guest_seccomp: B, sandbox_cgroup_only: B,
  static_sandbox_resource_mgmt: B, enable_pprof: B, disable_guest_empty_dir: B, enable_vcpus_pinning: B,
  create_container_timeout: I,
};

const IMAGE: Keys = { provision: S, service_offload: B };
const FACTORY: Keys = { template_path: S, vm_cache_endpoint: S, vm_cache_number: I, enable_template: B };
const NETMON: Keys = { path: S, enable_netmon: B, enable_debug: B };

/** Kata's sections for a QEMU configuration, by the dotted name parse.ts uses. */
export const KATA_SECTIONS: Readonly<Record<string, Keys>> = {
  'hypervisor.qemu': HYPERVISOR,
  'agent.kata': AGENT,
  runtime: RUNTIME,
  image: IMAGE,
  factory: FACTORY,
  netmon: NETMON,
};

/** Top-level sections kata-ts accepts only for compatibility: every key in them is ignored. */
export const IGNORED_SECTIONS = ['image', 'netmon'] as const;

/** The type Kata gives `key` in `section`, or undefined when Kata does not define it there. */
export function kataKeyType(section: string, key: string): KataKeyType | undefined {
  const keys = KATA_SECTIONS[section];
  return keys && Object.hasOwn(keys, key) ? keys[key] : undefined;
}

/** The one warning a loader logs for each ignored key. */
export function ignoredWarning(s: { key: string }): string {
  return `${s.key}: not supported by kata-ts, ignored`;
}
