// What the shim may do with a pod's sandbox: the one door to the guest. lib/runtime/sandbox.ts
// (the VM and its agent) implements it; test/helpers/fake-sandbox.ts is a double the shim's task
// model is tested against without a VM. Container and exec ids are the agent's; an exec id equal
// to the container id is the container's init process.
import type { LinuxResources } from '../common/cgroup/resources.js';
import type { HostCgroup } from '../common/cgroup/systemd-path.js';
import type { ProcessSpec, Spec } from '../common/oci/spec.js';
import type { Logger } from '../common/log/logger.js';
import type { grpc } from '../common/proto/gen/protocols.js';
import type { RuntimeConfig } from '../config/types.js';
import type { ProcessStdio } from '../agent/process-stdio.js';

export type { ProcessStdio };

export interface OomEvent {
  /** The container whose cgroup had an OOM kill, as the agent names it. */
  containerId?: string;
}

export interface TaskSandbox {
  readonly id: string;
  /** The VM's process id: what containerd sees as every task's pid. */
  readonly pid: number;
  /** The VM is up. */
  readonly running: boolean;
  createContainer(id: string, bundle: string, spec: Spec): Promise<void>;
  startContainer(id: string): Promise<void>;
  pauseContainer(id: string): Promise<void>;
  resumeContainer(id: string): Promise<void>;
  updateContainer(id: string, resources: LinuxResources): Promise<void>;
  statsContainer(id: string): Promise<grpc.ICgroupStats>;
  exec(id: string, execId: string, process: ProcessSpec): Promise<void>;
  /** An empty execId signals every process of the container. */
  signal(id: string, execId: string, signal: number): Promise<void>;
  /** The exit status (code or 128+signal); rejects when the VM goes away first. */
  wait(id: string, execId: string): Promise<number>;
  stdio(id: string, execId: string): ProcessStdio;
  closeStdin(id: string, execId: string): Promise<void>;
  resizePty(id: string, execId: string, rows: number, columns: number): Promise<void>;
  /** The guest's OOM kills, until the VM stops. */
  oomEvents(): AsyncIterable<OomEvent>;
  deleteContainer(id: string): Promise<void>;
  /** Removes the containers and stops the VM. */
  delete(): Promise<void>;
}

export interface NewSandbox {
  id: string;
  config: RuntimeConfig;
  log: Logger;
  stateRoot?: string;
  hostname?: string;
  resources?: LinuxResources;
  /** The pod's network namespace (the spec's network namespace path), wired to the VM (network.ts). */
  netns?: string;
  /** QEMU's cgroup on the host (the pod's cgroupsPath: a directory or a systemd scope). */
  hostCgroup?: HostCgroup;
}

/** How the shim gets a configuration and a new pod's sandbox (the real one: lib/shim/pod-config.ts and launch.ts). */
export interface SandboxLauncher {
  /** The configuration containerd's runtime options name (their ConfigPath), or the default one. */
  loadConfig(options: { type_url?: string | null; value?: Uint8Array | null } | null | undefined, log: Logger): RuntimeConfig;
  create(o: NewSandbox): Promise<TaskSandbox>;
}
