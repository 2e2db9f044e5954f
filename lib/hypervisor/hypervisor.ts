// The hypervisor interface the runtime depends on, as Kata's runtime-rs `hypervisor` crate draws
// it: a Hypervisor starts a VM from a plan (plan.ts), and a running Vm stops, pauses and resumes,
// saves and restores its state, grows by hot-plugged vCPUs and memory, and names its processes and
// sockets for cleanup. QEMU (qemu/) is the first implementation; another VMM is a folder of its own
// that implements these two interfaces, chosen in select.ts. Used by lib/runtime/sandbox-vm.ts, which
// launches every VM (a sandbox's and the VM template's), and by the template's key (guestKey).
import type { Logger } from '../common/log/logger.js';
import type { VmPlan } from './plan.js';

export interface VmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Vm {
  /** The VMM's process: containerd's pid for every task of the pod, the sandbox cgroup's member. */
  readonly pid: number;
  readonly running: boolean;
  /** Where the guest's serial console is written. */
  readonly consoleLog: string;
  /** Whether the VM can grow (hotplugVcpus, hotplugMemory) within its plan's limits. */
  readonly canGrow: boolean;
  /** The last lines of the guest's serial console. */
  consoleTail(lines?: number): string;
  /** The VMM's run state (running, paused, …); rejects when it does not answer within timeoutMs. */
  status(timeoutMs?: number): Promise<string>;
  wait(): Promise<VmExit>;
  /** Stops the VM, the VMM asked first and killed after graceMs; removes its sockets. Idempotent. */
  stop(graceMs?: number): Promise<VmExit>;
  /** Stops and restarts the guest's vCPUs. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Pauses the VM and saves its device state to a file; it stays paused. */
  saveState(file: string): Promise<void>;
  /** Loads a saved state into a VM planned as incoming, and runs it. */
  restoreState(file: string): Promise<void>;
  /** Plugs more vCPUs in; returns the new devices' ids. */
  hotplugVcpus(count: number): Promise<string[]>;
  /** Plugs `mib` MiB more memory in; returns the new device's id. */
  hotplugMemory(mib: number): Promise<string>;
  /** Every host process the VM runs as. */
  pids(): number[];
  /** The host sockets the VM's processes serve, removed by stop(). */
  sockets(): string[];
}

/**
 * Every part of a VM that its guest can see (machine, CPU, memory, devices, kernel and command
 * line, …), with files known by path, size and time: a saved VM restores only into one whose key
 * is the same. Host-side paths, namespaces and identities are not part of it.
 */
export type GuestKey = Record<string, unknown>;

export interface Hypervisor {
  readonly name: string;
  /** The guest-visible parts of the VM this plan makes (a VM template's key). */
  guestKey(plan: VmPlan): GuestKey;
  /** Starts a VM; throws naming a missing file, or with the VMM's own error when it refuses. */
  start(plan: VmPlan, log: Logger): Promise<Vm>;
}
