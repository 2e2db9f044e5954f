// Turns an OCI runtime spec into the plan the addon carries out (NativeContainerPlan), checking
// everything that can be checked before a fork; errors name the spec field
// (`mounts[2].type: unknown mount type "foo"`). Called by guest/agent/container/container.ts for create
// (planFromSpec) and exec (execPlan).
import { existsSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { isNativeFieldError, loadAddon, type NativeContainerPlan, type NativeProcessPlan } from '../../../lib/common/native/addon.js';
import type { NamespaceType, ProcessSpec, Spec } from '../../../lib/common/oci/spec.js';
import { expandCgroupMount } from './cgroup-mount.js';
import { resolveUser } from './user.js';

/** A spec that cannot run; `field` is the spec path that is wrong. */
export class PlanError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'PlanError';
  }
}

// runtime-spec config-linux.md "Namespaces" type → /proc/<pid>/ns entry.
export const NAMESPACE_PROC_NAMES: Record<NamespaceType, string> = {
  pid: 'pid',
  network: 'net',
  mount: 'mnt',
  ipc: 'ipc',
  uts: 'uts',
  user: 'user',
  cgroup: 'cgroup',
};

// getrlimit(2) names the spec allows.
const RLIMITS = new Set([
  'RLIMIT_AS', 'RLIMIT_CORE', 'RLIMIT_CPU', 'RLIMIT_DATA', 'RLIMIT_FSIZE', 'RLIMIT_LOCKS', 'RLIMIT_MEMLOCK',
  'RLIMIT_MSGQUEUE', 'RLIMIT_NICE', 'RLIMIT_NOFILE', 'RLIMIT_NPROC', 'RLIMIT_RSS', 'RLIMIT_RTPRIO',
  'RLIMIT_RTTIME', 'RLIMIT_SIGPENDING', 'RLIMIT_STACK',
]);

let knownFs: Set<string> | undefined;
/** File system types this kernel can mount (/proc/filesystems), plus "bind". */
function mountableTypes(): Set<string> {
  if (!knownFs) {
    knownFs = new Set(['bind', 'rbind']);
    for (const line of readFileSync('/proc/filesystems', 'utf8').split('\n')) {
      const t = line.split('\t').pop()?.trim();
      if (t) knownFs.add(t);
    }
  }
  return knownFs;
}

export interface PlanOptions {
  /** The bundle directory: root.path is relative to it. */
  bundle: string;
  /** cgroup.procs files the process joins before its setup (from lib/common/cgroup Cgroup.dirs). */
  cgroupProcs?: string[];
}

function processPlan(p: ProcessSpec | undefined, rootfs: string, field: string): NativeProcessPlan {
  if (!p) throw new PlanError(field, 'missing');
  if (!p.args || p.args.length === 0) throw new PlanError(`${field}.args`, 'must name the program to run');
  if (!p.cwd || !isAbsolute(p.cwd)) throw new PlanError(`${field}.cwd`, `must be an absolute path, got ${JSON.stringify(p.cwd)}`);
  let { uid, gid } = p.user ?? { uid: 0, gid: 0 };
  let additionalGids = p.user?.additionalGids ?? [];
  if (p.user?.username) {
    try {
      const u = resolveUser(rootfs, p.user.username);
      ({ uid, gid } = u);
      additionalGids = [...new Set([...u.additionalGids, ...additionalGids])];
    } catch (e) {
      throw new PlanError(`${field}.user.username`, (e as Error).message);
    }
  }
  const addon = loadAddon();
  let capabilities: NativeProcessPlan['capabilities'];
  if (p.capabilities) {
    const c = p.capabilities;
    const sets = { bounding: c.bounding ?? [], effective: c.effective ?? [], permitted: c.permitted ?? [], inheritable: c.inheritable ?? [], ambient: c.ambient ?? [] };
    for (const [set, names] of Object.entries(sets))
      names.forEach((n, i) => {
        if (addon.capabilityNumber(n) < 0) throw new PlanError(`${field}.capabilities.${set}[${i}]`, `unknown capability ${JSON.stringify(n)}`);
      });
    capabilities = sets;
  }
  const rlimits = (p.rlimits ?? []).map((r, i) => {
    if (!RLIMITS.has(r.type)) throw new PlanError(`${field}.rlimits[${i}].type`, `unknown rlimit ${JSON.stringify(r.type)}`);
    if (r.soft > r.hard) throw new PlanError(`${field}.rlimits[${i}]`, `soft limit ${r.soft} is above hard limit ${r.hard}`);
    return { type: r.type, soft: r.soft, hard: r.hard };
  });
  const plan: NativeProcessPlan = {
    args: p.args,
    env: p.env ?? [],
    cwd: p.cwd,
    uid,
    gid,
    additionalGids,
    noNewPrivileges: p.noNewPrivileges ?? false,
    rlimits,
    terminal: p.terminal ?? false,
  };
  if (p.user?.umask !== undefined) plan.umask = p.user.umask;
  if (capabilities) plan.capabilities = capabilities;
  if (p.consoleSize) plan.consoleSize = p.consoleSize;
  if (p.oomScoreAdj !== undefined) {
    if (!Number.isInteger(p.oomScoreAdj) || p.oomScoreAdj < -1000 || p.oomScoreAdj > 1000)
      throw new PlanError(`${field}.oomScoreAdj`, `must be an integer in -1000..1000, got ${p.oomScoreAdj}`);
    plan.oomScoreAdj = p.oomScoreAdj;
  }
  return plan;
}

/** The plan to create a container's first process from its spec. Throws PlanError. */
export function planFromSpec(spec: Spec, opts: PlanOptions): NativeContainerPlan {
  if (!spec.root?.path) throw new PlanError('root.path', 'missing');
  const rootfs = resolve(opts.bundle, spec.root.path);
  if (!existsSync(rootfs)) throw new PlanError('root.path', `${rootfs} does not exist`);
  if (!statSync(rootfs).isDirectory()) throw new PlanError('root.path', `${rootfs} is not a directory`);
  const linux = spec.linux ?? {};
  const namespaces = (linux.namespaces ?? []).map((n, i) => {
    if (!(n.type in NAMESPACE_PROC_NAMES)) throw new PlanError(`linux.namespaces[${i}].type`, `unknown namespace type ${JSON.stringify(n.type)}`);
    if (n.path !== undefined && !existsSync(n.path)) throw new PlanError(`linux.namespaces[${i}].path`, `${n.path} does not exist`);
    return n.path ? { type: n.type, path: n.path } : { type: n.type };
  });
  const hasNew = (t: NamespaceType) => namespaces.some((n) => n.type === t && !n.path);
  if (!namespaces.some((n) => n.type === 'mount'))
    throw new PlanError('linux.namespaces', 'a mount namespace is required: the container mounts its root');
  if (spec.hostname && !hasNew('uts')) throw new PlanError('hostname', 'needs a new uts namespace');
  const types = mountableTypes();
  const mounts = (spec.mounts ?? []).flatMap((m, i) => (m.type === 'cgroup' ? expandCgroupMount(m).map((x) => [x, i] as const) : [[m, i] as const])).map(([m, i]) => {
    const options = m.options ?? [];
    const bind = options.includes('bind') || options.includes('rbind');
    const type = m.type ?? (bind ? 'bind' : '');
    if (!m.destination || !isAbsolute(m.destination))
      throw new PlanError(`mounts[${i}].destination`, `must be an absolute path, got ${JSON.stringify(m.destination)}`);
    if (m.destination.split('/').includes('..')) throw new PlanError(`mounts[${i}].destination`, 'must not contain ".."');
    if (!bind && !types.has(type)) throw new PlanError(`mounts[${i}].type`, `unknown mount type ${JSON.stringify(m.type ?? '')}`);
    if ((bind || type === 'bind') && !options.some((o) => o === 'bind' || o === 'rbind')) options.push('rbind');
    if ((bind || type === 'bind') && (!m.source || !existsSync(m.source)))
      throw new PlanError(`mounts[${i}].source`, `bind source ${JSON.stringify(m.source ?? '')} does not exist`);
    return { source: m.source ?? '', destination: m.destination, type, options };
  });
  const devices = (linux.devices ?? []).map((d, i) => {
    if (!isAbsolute(d.path)) throw new PlanError(`linux.devices[${i}].path`, 'must be an absolute path');
    if (!['c', 'b', 'u', 'p'].includes(d.type)) throw new PlanError(`linux.devices[${i}].type`, `unknown device type ${JSON.stringify(d.type)}`);
    const dev: NativeContainerPlan['devices'][number] = { path: d.path, type: d.type, major: d.major ?? 0, minor: d.minor ?? 0 };
    if (d.fileMode !== undefined) dev.fileMode = d.fileMode;
    if (d.uid !== undefined) dev.uid = d.uid;
    if (d.gid !== undefined) dev.gid = d.gid;
    return dev;
  });
  const plan: NativeContainerPlan = {
    rootfs,
    readonlyRoot: spec.root.readonly ?? false,
    hostname: spec.hostname ?? '',
    namespaces,
    uidMappings: linux.uidMappings ?? [],
    gidMappings: linux.gidMappings ?? [],
    mounts,
    devices,
    maskedPaths: linux.maskedPaths ?? [],
    readonlyPaths: linux.readonlyPaths ?? [],
    cgroupProcs: opts.cgroupProcs ?? [],
    process: processPlan(spec.process, rootfs, 'process'),
  };
  if (hasNew('user') && (plan.uidMappings.length === 0 || plan.gidMappings.length === 0))
    throw new PlanError('linux.uidMappings', 'a new user namespace needs uidMappings and gidMappings');
  if (linux.rootfsPropagation) plan.rootfsPropagation = linux.rootfsPropagation;
  if (linux.sysctl) {
    for (const [key, value] of Object.entries(linux.sysctl)) {
      // A key names a file under /proc/sys; nothing may climb out of it.
      if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(key)) throw new PlanError(`linux.sysctl.${key}`, 'not a sysctl name');
      if (typeof value !== 'string') throw new PlanError(`linux.sysctl.${key}`, 'value must be a string');
    }
    plan.sysctl = linux.sysctl;
  }
  if (linux.seccomp) {
    const s = linux.seccomp;
    plan.seccomp = {
      defaultAction: s.defaultAction,
      architectures: s.architectures ?? [],
      syscalls: (s.syscalls ?? []).map((r) => {
        const rule: NonNullable<NativeContainerPlan['seccomp']>['syscalls'][number] = { names: r.names, action: r.action, args: r.args ?? [] };
        if (r.errnoRet !== undefined) rule.errnoRet = r.errnoRet;
        return rule;
      }),
    };
    if (s.defaultErrnoRet !== undefined) plan.seccomp.defaultErrnoRet = s.defaultErrnoRet;
    try {
      loadAddon().seccompCheck(plan.seccomp);
    } catch (e) {
      // The plan's "seccomp.…" is the spec's "linux.seccomp.…".
      if (isNativeFieldError(e)) throw new PlanError(`linux.${e.field}`, e.detail);
      throw new PlanError('linux.seccomp', (e as Error).message);
    }
  }
  return plan;
}

/** The plan to run one more process in the running container whose init is pid. */
export function execPlan(pid: number, process: ProcessSpec, opts: { cgroupProcs?: string[]; seccomp?: NativeContainerPlan['seccomp'] } = {}): NativeContainerPlan {
  const namespaces: NativeContainerPlan['namespaces'] = [];
  for (const [type, name] of Object.entries(NAMESPACE_PROC_NAMES)) {
    const theirs = `/proc/${pid}/ns/${name}`;
    let same: boolean;
    try {
      same = readlinkSync(theirs) === readlinkSync(`/proc/self/ns/${name}`);
    } catch (e) {
      throw new PlanError('pid', `read ${theirs}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    // Joining the namespace we are already in is refused for user namespaces, pointless for others.
    if (!same) namespaces.push({ type, path: theirs });
  }
  const plan: NativeContainerPlan = {
    rootfs: '',
    readonlyRoot: false,
    hostname: '',
    namespaces,
    uidMappings: [],
    gidMappings: [],
    mounts: [],
    devices: [],
    maskedPaths: [],
    readonlyPaths: [],
    cgroupProcs: opts.cgroupProcs ?? [],
    process: processPlan(process, `/proc/${pid}/root`, 'process'),
  };
  if (opts.seccomp) plan.seccomp = opts.seccomp;
  return plan;
}
