// What the runtime decides about one VM, in no VMM's terms: its size and room to grow, kernel
// parameters, devices (the agent's channel, the shared directory), identity, network, and for a VM
// template its RAM file and whether it waits for a saved state. The configuration's own section
// (guest assets, machine, paths) is the hypervisor implementation's to read. Made by
// lib/runtime/vm-plan.ts; turned into a command line by an implementation (qemu/spec.ts).

/** A process identity: uid, gid and exactly these supplementary groups. */
export interface RunAs {
  uid: number;
  gid: number;
  groups: number[];
}

/** A guest device whose host end is a unix socket or a directory of this process's making. */
export interface VmDevices {
  /** The agent's channel as a named virtio-serial port, the host end this unix socket. */
  agentChannel?: { socket: string; name: string };
  /** The agent's debug console: a second named port on the same bus. */
  debugConsoleChannel?: { socket: string; name: string };
  /** vhost-user-vsock, served on this socket by the addon's back-end (lib/agent/channel.ts). */
  vhostUserVsock?: { socket: string };
  /** A host directory shared over virtio-9p under this mount tag. */
  sharedDir?: { path: string; tag: string };
  /** virtio-fs, served on this socket by the sandbox's virtiofsd (lib/runtime/virtiofsd.ts). */
  virtioFs?: { socket: string; tag: string };
}

/** The pod's network: the VMM runs in this namespace with a virtio-net NIC over each open tap fd. */
export interface VmNetwork {
  netns: string;
  nics: { fd: number; mac: string; vhost: boolean }[];
}

export interface VmPlan {
  /** Where the guest's serial console is written (in the VM's own directory). */
  consoleLog: string;
  /** The VMM's control socket (QEMU's QMP), by which cleanup also knows the VMM's process. */
  controlSocket: string;
  accel: 'kvm' | 'tcg';
  vcpus: number;
  memoryMiB: number;
  /** How far a running VM may grow; an implementation without hot-plug ignores it (Vm.canGrow). */
  limits: { maxVcpus: number; memorySlots: number; maxMemoryMiB: number };
  /** Every kernel parameter after the implementation's base ones. */
  kernelParams: string[];
  devices: VmDevices;
  runAs?: RunAs;
  network?: VmNetwork;
  /**
   * Guest RAM from this file (a VM template's): the template writes through to it (share), a
   * clone maps it copy-on-write.
   */
  memoryFile?: { path: string; share: boolean };
  /** Starts paused, waiting for Vm.restoreState (a template's clone). */
  incoming?: boolean;
}

// The guest's memory block, the unit plugged memory comes in: a guest fact, defined beside the
// QEMU code that aligns DIMMs to it.
export { GUEST_MEMORY_BLOCK } from './qemu-args.js';
