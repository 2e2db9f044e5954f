// The parts of an OCI runtime spec (config.json, runtime-spec 1.0.2) that the container process
// setup reads. Field names follow specs-go/config.go exactly. Read by guest/agent/container/plan.ts.
import type { LinuxResources } from '../cgroup/resources.js';

export interface Spec {
  ociVersion: string;
  process?: ProcessSpec;
  root?: { path: string; readonly?: boolean };
  hostname?: string;
  mounts?: MountSpec[];
  annotations?: Record<string, string>;
  linux?: LinuxSpec;
}

export interface ProcessSpec {
  terminal?: boolean;
  consoleSize?: { height: number; width: number };
  user: UserSpec;
  args?: string[];
  env?: string[];
  cwd: string;
  capabilities?: CapabilitiesSpec;
  rlimits?: RlimitSpec[];
  noNewPrivileges?: boolean;
  apparmorProfile?: string;
  oomScoreAdj?: number;
  selinuxLabel?: string;
}

export interface UserSpec {
  uid: number;
  gid: number;
  umask?: number;
  additionalGids?: number[];
  /** Resolved through the rootfs's /etc/passwd and /etc/group when set. */
  username?: string;
}

export interface CapabilitiesSpec {
  bounding?: string[];
  effective?: string[];
  inheritable?: string[];
  permitted?: string[];
  ambient?: string[];
}

export interface RlimitSpec {
  type: string;
  hard: number;
  soft: number;
}

export interface MountSpec {
  destination: string;
  type?: string;
  source?: string;
  options?: string[];
}

export interface LinuxSpec {
  uidMappings?: IdMappingSpec[];
  gidMappings?: IdMappingSpec[];
  sysctl?: Record<string, string>;
  resources?: LinuxResources;
  cgroupsPath?: string;
  namespaces?: NamespaceSpec[];
  devices?: DeviceSpec[];
  seccomp?: SeccompSpec;
  rootfsPropagation?: string;
  maskedPaths?: string[];
  readonlyPaths?: string[];
  mountLabel?: string;
}

export interface IdMappingSpec {
  containerID: number;
  hostID: number;
  size: number;
}

export type NamespaceType = 'pid' | 'network' | 'mount' | 'ipc' | 'uts' | 'user' | 'cgroup';

export interface NamespaceSpec {
  type: NamespaceType;
  path?: string;
}

export interface DeviceSpec {
  type: string;
  path: string;
  major?: number;
  minor?: number;
  fileMode?: number;
  uid?: number;
  gid?: number;
}

export interface SeccompSpec {
  defaultAction: string;
  defaultErrnoRet?: number;
  architectures?: string[];
  flags?: string[];
  listenerPath?: string;
  syscalls?: SyscallSpec[];
}

export interface SyscallSpec {
  names: string[];
  action: string;
  errnoRet?: number;
  args?: { index: number; value: number; valueTwo?: number; op: string }[];
}
