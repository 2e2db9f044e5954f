// An OCI runtime spec (config.json, runtime-spec JSON shape) as the agent API carries it
// (proto/oci.proto, Kata's Go-style field names): what the runtime sends in CreateContainer and
// ExecProcess. The reverse of guest/agent/oci.ts.
import type { LinuxResources } from '../common/cgroup/resources.js';
import type { ProcessSpec, Spec } from '../common/oci/spec.js';
import type { grpc } from '../common/proto/gen/protocols.js';

export function processToProto(p: ProcessSpec): grpc.IProcess {
  return {
    Terminal: p.terminal ?? false,
    ConsoleSize: p.consoleSize ? { Height: p.consoleSize.height, Width: p.consoleSize.width } : undefined,
    User: { UID: p.user.uid, GID: p.user.gid, AdditionalGids: p.user.additionalGids ?? [], Username: p.user.username ?? '' },
    Args: p.args ?? [],
    Env: p.env ?? [],
    Cwd: p.cwd,
    Capabilities: p.capabilities
      ? { Bounding: p.capabilities.bounding ?? [], Effective: p.capabilities.effective ?? [], Inheritable: p.capabilities.inheritable ?? [], Permitted: p.capabilities.permitted ?? [], Ambient: p.capabilities.ambient ?? [] }
      : undefined,
    Rlimits: (p.rlimits ?? []).map((r) => ({ Type: r.type, Hard: r.hard, Soft: r.soft })),
    NoNewPrivileges: p.noNewPrivileges ?? false,
    ApparmorProfile: p.apparmorProfile ?? '',
    OOMScoreAdj: p.oomScoreAdj ?? 0,
  };
}

export function resourcesToProto(r: LinuxResources | undefined): grpc.ILinuxResources | undefined {
  if (!r) return undefined;
  return {
    Memory: r.memory ? { Limit: r.memory.limit ?? 0, Reservation: r.memory.reservation ?? 0, Swap: r.memory.swap ?? 0, Swappiness: r.memory.swappiness ?? 0, DisableOOMKiller: r.memory.disableOOMKiller ?? false } : undefined,
    CPU: r.cpu ? { Shares: r.cpu.shares ?? 0, Quota: r.cpu.quota ?? 0, Period: r.cpu.period ?? 0, Cpus: r.cpu.cpus ?? '', Mems: r.cpu.mems ?? '' } : undefined,
    Pids: r.pids ? { Limit: r.pids.limit } : undefined,
  };
}

export function specToProto(s: Spec): grpc.ISpec {
  const l = s.linux;
  return {
    Version: s.ociVersion,
    Process: s.process ? processToProto(s.process) : undefined,
    Root: s.root ? { Path: s.root.path, Readonly: s.root.readonly ?? false } : undefined,
    Hostname: s.hostname ?? '',
    Mounts: (s.mounts ?? []).map((m) => ({ destination: m.destination, source: m.source ?? '', type: m.type ?? '', options: m.options ?? [] })),
    Annotations: s.annotations ?? {},
    Linux: l
      ? {
          UIDMappings: (l.uidMappings ?? []).map((m) => ({ HostID: m.hostID, ContainerID: m.containerID, Size: m.size })),
          GIDMappings: (l.gidMappings ?? []).map((m) => ({ HostID: m.hostID, ContainerID: m.containerID, Size: m.size })),
          Sysctl: l.sysctl ?? {},
          Resources: resourcesToProto(l.resources),
          CgroupsPath: l.cgroupsPath ?? '',
          Namespaces: (l.namespaces ?? []).map((n) => ({ Type: n.type, Path: n.path ?? '' })),
          Devices: (l.devices ?? []).map((d) => ({ Path: d.path, Type: d.type, Major: d.major ?? 0, Minor: d.minor ?? 0, FileMode: d.fileMode ?? 0, UID: d.uid ?? 0, GID: d.gid ?? 0 })),
          Seccomp: l.seccomp
            ? {
                DefaultAction: l.seccomp.defaultAction,
                Architectures: l.seccomp.architectures ?? [],
                Flags: l.seccomp.flags ?? [],
                Syscalls: (l.seccomp.syscalls ?? []).map((sc) => ({
                  Names: sc.names,
                  Action: sc.action,
                  ...(sc.errnoRet !== undefined ? { errnoret: sc.errnoRet } : {}),
                  Args: (sc.args ?? []).map((a) => ({ Index: a.index, Value: a.value, ValueTwo: a.valueTwo ?? 0, Op: a.op })),
                })),
              }
            : undefined,
          RootfsPropagation: l.rootfsPropagation ?? '',
          MaskedPaths: l.maskedPaths ?? [],
          ReadonlyPaths: l.readonlyPaths ?? [],
        }
      : undefined,
  };
}
