// The one loader of the native addon (kata_ts.node) and its type. Everything in lib/ imports the
// addon from here; nothing else calls require() on a .node file.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../package-root.js';

/** The addon's JS surface. Each native/binding/*.cc file adds its functions here. */
export interface NativeAddon {
  /** Version of the binding's JS-facing surface. */
  abiVersion(): number;
  /** Symbolic errno name from the C++ core, e.g. errnoName(2) === 'ENOENT'. */
  errnoName(errno: number): string;

  // fd readiness (native/binding/poll.cc); used through lib/common/native/poll.ts only.
  pollSetHandler(handler: (tag: number, events: number) => void): void;
  pollWatch(fd: number, events: number, tag: number): void;
  pollUnwatch(fd: number, tag: number): void;
  /** Closes an fd the addon returned (no worker-thread fd-tracking warning, unlike fs.closeSync). */
  closeFd(fd: number): void;
  /** An epoll fd holding fd edge-triggered: readable while a change of fd is pending (native/src/poll/edge_watch.h). */
  edgeWatchOpen(fd: number, events: number): number;
  /** Consumes an edge watch's pending changes; returns how many there were. */
  edgeWatchDrain(watchFd: number): number;
  /** poll(2) revents of fd right now (POLLHUP/POLLERR always included). */
  pollNow(fd: number, events: number): number;
  /** A close-on-exec duplicate of fd: closing it does not release the open file. */
  dupFd(fd: number): number;

  // child exit (native/binding/process.cc); used through guest/agent/process/reaper.ts.
  pidfdOpen(pid: number): number;
  pidfdWait(pidfd: number, pid: number, reap: boolean): NativeExitStatus | null;
  reapPid(pid: number): NativeExitStatus | null;
  zombieChildren(): number[];
  setChildSubreaper(on: boolean): void;
  isChildSubreaper(): boolean;
  signalNumber(name: string): number;

  // cgroup v1 OOM eventfd (native/binding/cgroup.cc); used through lib/common/cgroup/oom.ts.
  cgroupV1OomEventFd(memoryCgroupDir: string): number;
  readEventFd(fd: number): number;

  // AF_VSOCK (native/binding/af_vsock.cc); used through lib/common/vsock/.
  vsockListen(cid: number, port: number, backlog: number): number;
  vsockAccept(listenFd: number): { fd: number; cid: number; port: number } | null;
  vsockConnect(cid: number, port: number): { fd: number; connected: boolean };
  vsockConnectResult(fd: number, cid: number, port: number): void;
  vsockLocalAddr(fd: number): { cid: number; port: number };
  streamSocketPair(): [number, number];
  /** A vhost-user-vsock back-end on its own thread (native/binding/vhost_vsock.cc); used through lib/vsock/hybrid-backend.ts. */
  VhostVsockBackend: new (vhostSocket: string, udsPath: string, guestCid: number) => NativeVhostVsockBackend;

  // the agent's system calls as init and sandbox owner (native/binding/system.cc).
  mountFs(source: string, target: string, fstype: string, flags: number, data: string): void;
  unmount(target: string, flags: number): void;
  setClock(sec: number, usec: number): void;
  /** Writes data to device (/dev/random) and forces the kernel's crng to reseed (RNDRESEEDCRNG). */
  reseedRandom(device: string, data: Buffer): void;
  setHostname(name: string): void;
  powerOff(): never;
  /** flock(fd, LOCK_EX | LOCK_NB): true when taken, false when another open file of it holds it. */
  tryLockExclusive(fd: number): boolean;
  // container process setup (native/binding/container.cc); used through guest/agent/container/.
  /** Forks and sets up the process; resolves when it waits for containerStart. */
  containerCreate(plan: NativeContainerPlan): Promise<NativeCreated>;
  /** Lets the created process exec; throws (with .step) when execve fails. Closes syncFd. */
  containerStart(syncFd: number): void;
  ptyResize(masterFd: number, rows: number, cols: number): void;
  /** Capability number for "CAP_CHOWN", -1 when unknown. */
  capabilityNumber(name: string): number;
  /** Compiles a seccomp profile; throws a NativeFieldError (a TypeError) for a profile it cannot use. */
  seccompCheck(profile: NativeSeccompProfile): void;

  // rtnetlink and tc (native/binding/netlink.cc), each in the network namespace at `netns` ("" for
  // this process's own); used through lib/runtime/network.ts and guest/agent/network.ts.
  netLinks(netns: string): NativeLink[];
  netAddresses(netns: string, family?: number): NativeAddress[];
  netRoutes(netns: string, family?: number): NativeRoute[];
  netNeighbours(netns: string, family?: number): NativeNeighbour[];
  netSetLink(netns: string, index: number, change: { name?: string; mtu?: number; mac?: string; up?: boolean }): void;
  netDeleteLink(netns: string, index: number): void;
  netCreateVeth(netns: string, name: string, peer: string): void;
  /** A TCP listener on 127.0.0.1:port made inside the network namespace (non-blocking fd, the caller's). */
  listenLoopback(netns: string, port: number, backlog?: number): { fd: number; port: number };
  /** A redirected connection's destination before the nat table changed it (SO_ORIGINAL_DST). */
  originalDestination(fd: number): { address: string; port: number };
  netAddAddress(netns: string, address: Pick<NativeAddress, 'index' | 'address' | 'prefixLen'> & Partial<Pick<NativeAddress, 'scope' | 'flags'>>): void;
  netDeleteAddress(netns: string, address: Pick<NativeAddress, 'index' | 'address' | 'prefixLen'>): void;
  netAddRoute(netns: string, route: Partial<NativeRoute>): void;
  netDeleteRoute(netns: string, route: Partial<NativeRoute>): void;
  netAddNeighbour(netns: string, neighbour: Pick<NativeNeighbour, 'index' | 'address' | 'mac'> & Partial<Pick<NativeNeighbour, 'state' | 'flags'>>): void;
  /** Creates tap `name` (IFF_TAP|IFF_NO_PI|IFF_VNET_HDR, not persistent) and returns its fd. */
  netOpenTap(netns: string, name: string): number;
  tcAddIngress(netns: string, index: number, name: string): void;
  tcDeleteIngress(netns: string, index: number, name: string): void;
  /** A u32 match-all filter on from's ingress with a mirred egress redirect to `to`. */
  tcAddRedirect(netns: string, from: number, to: number, fromName: string, toName: string): void;
  tcQdiscs(netns: string, index: number): { index: number; kind: string; handle: number; parent: number }[];
  tcIngressFilters(netns: string, index: number, name: string): { index: number; kind: string; redirectTo: number; actions: string[] }[];

  // KVM (native/binding/kvm.cc); used through lib/hypervisor/kvm-probe.ts.
  /**
   * Probes a KVM device (default /dev/kvm): API version, capabilities, a VM create and a real-mode
   * vCPU run bounded by timeoutMs (default 2000). Never throws for what the device answers.
   */
  kvmProbe(path?: string, timeoutMs?: number): NativeKvmProbe;
}

/** A failed system call inside the KVM probe, as data. */
export interface NativeKvmError {
  /** "open /dev/kvm: ENOENT (No such file or directory)" */
  message: string;
  code: string;
  errno: number;
}

/** native/src/kvm/probe.h's ProbeResult. Without deviceError every other field is set. */
export interface NativeKvmProbe {
  path: string;
  /** A VM was created and ran the real-mode guest. */
  usable: boolean;
  /** open, KVM_GET_API_VERSION or KVM_GET_VCPU_MMAP_SIZE failed: nothing else was probed. */
  deviceError?: NativeKvmError;
  apiVersion?: number;
  vcpuMmapSize?: number;
  /** Capabilities were asked on the VM fd (KVM_CAP_CHECK_EXTENSION_VM), else on /dev/kvm. */
  checkedOnVm?: boolean;
  capabilities?: NativeKvmCapability[];
  vmCreated?: boolean;
  vmError?: NativeKvmError;
  /** The real-mode smoke run (OUT 'K' to port 0x3f8, then HLT); only once a VM exists. */
  realMode?: NativeKvmRealModeRun;
}

/** One capability of native/src/kvm/capabilities.cc and KVM_CHECK_EXTENSION's answer. */
export interface NativeKvmCapability {
  /** The <linux/kvm.h> name, "KVM_CAP_IRQCHIP". */
  name: string;
  number: number;
  /** A VM kata-ts starts cannot run without it. */
  required: boolean;
  neededFor: string;
  present: boolean;
  /** 0 absent; > 0 present: a count for KVM_CAP_NR_VCPUS and the like, else 1. */
  value: number;
  /** The ioctl itself failed. */
  error?: NativeKvmError;
}

export interface NativeKvmRealModeRun {
  ok: boolean;
  /** What the vCPU did, in order: "KVM_EXIT_IO out port 0x3f8 size 1 count 1 byte 0x4b 'K'", "KVM_EXIT_HLT". */
  exits: string[];
  elapsedMs: number;
  /** Why not ok: an ioctl's error, an unexpected exit, or the time bound. */
  failure?: string;
}

/** A network interface as rtnetlink reports it (flags: IFF_*, type: ARPHRD_*). */
export interface NativeLink {
  index: number;
  name: string;
  /** IFLA_INFO_KIND: "veth", "tun", "bridge", or "" for plain devices. */
  kind: string;
  mac: string;
  mtu: number;
  flags: number;
  type: number;
  master: number;
}

export interface NativeAddress {
  index: number;
  /** AF_INET (2) or AF_INET6 (10). */
  family: number;
  address: string;
  prefixLen: number;
  scope: number;
  flags: number;
}

/** A unicast route of the main table; dst "" is the default route. */
export interface NativeRoute {
  family: number;
  dst: string;
  dstLen: number;
  gateway: string;
  source: string;
  oif: number;
  scope: number;
  protocol: number;
  table: number;
  priority: number;
  flags: number;
}

export interface NativeNeighbour {
  index: number;
  family: number;
  address: string;
  mac: string;
  /** NUD_* (NUD_PERMANENT = 0x80). */
  state: number;
  flags: number;
}

/** One VM's vhost-user-vsock back-end (native/binding/vhost_vsock.cc); used through lib/vsock/hybrid-backend.ts. */
export interface NativeVhostVsockBackend {
  /**
   * Ends the back-end's thread, closes its fds and removes both sockets; idempotent. With
   * timeoutMs, false when the thread did not end in time (hung): it is then left running, with
   * its fds and sockets, until the process exits.
   */
  stop(timeoutMs?: number): boolean;
  /** The error that ended the back-end's thread early (as soon as it has), or null. */
  error(): string | null;
  /** Device resets so far (QEMU gone, or the guest driver reset the device). */
  resetCount(): number;
}

/** What guest/agent/container/plan.ts hands the addon: an OCI spec resolved to what the kernel needs. */
export interface NativeContainerPlan {
  /** Absolute; empty for an exec into a running container. */
  rootfs: string;
  readonlyRoot: boolean;
  rootfsPropagation?: string;
  hostname: string;
  namespaces: { type: string; path?: string }[];
  uidMappings: { containerID: number; hostID: number; size: number }[];
  gidMappings: { containerID: number; hostID: number; size: number }[];
  mounts: { source: string; destination: string; type: string; options: string[] }[];
  devices: { path: string; type: string; major: number; minor: number; fileMode?: number; uid?: number; gid?: number }[];
  maskedPaths: string[];
  readonlyPaths: string[];
  /** linux.sysctl: "net.ipv4.ip_forward" → "1", written after pivot_root. */
  sysctl?: Record<string, string>;
  /** cgroup.procs files the process is written into before its setup. */
  cgroupProcs: string[];
  seccomp?: NativeSeccompProfile;
  process: NativeProcessPlan;
}

export interface NativeProcessPlan {
  args: string[];
  env: string[];
  cwd: string;
  uid: number;
  gid: number;
  additionalGids: number[];
  umask?: number;
  noNewPrivileges: boolean;
  capabilities?: { bounding: string[]; effective: string[]; permitted: string[]; inheritable: string[]; ambient: string[] };
  rlimits: { type: string; soft: number; hard: number }[];
  terminal: boolean;
  oomScoreAdj?: number;
  consoleSize?: { height: number; width: number };
}

export interface NativeSeccompProfile {
  defaultAction: string;
  defaultErrnoRet?: number;
  architectures: string[];
  syscalls: { names: string[]; action: string; errnoRet?: number; args: { index: number; value: number; valueTwo?: number; op: string }[] }[];
}

/** A created container process: its pid and the parent's ends of its sync socket and stdio. */
export interface NativeCreated {
  pid: number;
  syncFd: number;
  stdin?: number;
  stdout?: number;
  stderr?: number;
  ptyMaster?: number;
}

/** How a process ended, as the addon reports it: code for an exit, signal name for a kill. */
export interface NativeExitStatus {
  pid: number;
  code?: number;
  signal?: string;
  coreDumped?: boolean;
}

/** An Error raised by the addon for a failed system call. */
export interface NativeError extends Error {
  code: string;
  errno: number;
  context: string;
  /** Container setup: the step that failed ("pivot_root", "exec"). */
  step?: string;
}

/**
 * A TypeError from native/binding/container.cc: a plan value it cannot convert, or a seccomp
 * profile libseccomp refuses (containerCreate, seccompCheck).
 */
export interface NativeFieldError extends TypeError {
  /** The path in the NativeContainerPlan: "seccomp.syscalls[0].action", "process.rlimits[1].type". */
  field: string;
  /** What is wrong with it: `unknown action "SCMP_ACT_MAYBE"`. */
  detail: string;
  /** The syscall whose seccomp rule was refused, when that was the trouble. */
  syscall?: string;
}

export function isNativeFieldError(e: unknown): e is NativeFieldError {
  return e instanceof TypeError && typeof (e as Partial<NativeFieldError>).field === 'string' && typeof (e as Partial<NativeFieldError>).detail === 'string';
}

export const EXPECTED_ABI_VERSION = 1;


/** Places searched for the addon, in order. */
export function addonCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const list: string[] = [];
  if (env.KATA_TS_ADDON) list.push(resolve(env.KATA_TS_ADDON));
  list.push(join(packageRoot(), 'build', 'Release', 'kata_ts.node'));
  list.push(join(packageRoot(), 'build', 'Debug', 'kata_ts.node'));
  return list;
}

let cached: NativeAddon | undefined;

export function loadAddon(): NativeAddon {
  if (cached) return cached;
  const candidates = addonCandidates();
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `kata-ts native addon not found; searched:\n  ${candidates.join('\n  ')}\n` +
        'run `npm run build:native` (or set KATA_TS_ADDON to the .node file)',
    );
  }
  const require = createRequire(import.meta.url);
  const addon = require(found) as NativeAddon;
  const abi = addon.abiVersion();
  if (abi !== EXPECTED_ABI_VERSION) {
    throw new Error(`kata-ts native addon at ${found} has ABI ${abi}, expected ${EXPECTED_ABI_VERSION}; rebuild it`);
  }
  cached = addon;
  return addon;
}

export function isNativeError(e: unknown): e is NativeError {
  return e instanceof Error && typeof (e as Partial<NativeError>).errno === 'number';
}
