// The OCI spec as it arrives in CreateContainer/ExecProcess (proto/oci.proto, Kata's Go-style
// field names) converted to the runtime-spec JSON shape guest/agent/container reads. proto3 cannot tell
// "0" from "absent", so a zero limit (memory, pids, cpu shares) is read as "not set", as Kata does.
import type { LinuxResources } from '../../lib/common/cgroup/resources.js';
import type { MountSpec, NamespaceType, ProcessSpec, SeccompSpec, Spec } from '../../lib/common/oci/spec.js';
import type { grpc } from '../../lib/common/proto/gen/protocols.js';

const nz = (v: number | null | undefined): number | undefined => (v ? Number(v) : undefined);
const list = <T>(v: T[] | null | undefined): T[] | undefined => (v && v.length > 0 ? v : undefined);

export function processFromProto(p: grpc.IProcess): ProcessSpec {
  const u = p.User ?? {};
  return {
    terminal: p.Terminal ?? false,
    consoleSize: p.ConsoleSize && (p.ConsoleSize.Height || p.ConsoleSize.Width) ? { height: p.ConsoleSize.Height ?? 0, width: p.ConsoleSize.Width ?? 0 } : undefined,
    user: { uid: u.UID ?? 0, gid: u.GID ?? 0, additionalGids: list(u.AdditionalGids ?? undefined), username: u.Username || undefined },
    args: p.Args ?? [],
    env: p.Env ?? [],
    cwd: p.Cwd || '/',
    capabilities: p.Capabilities
      ? {
          bounding: p.Capabilities.Bounding ?? [],
          effective: p.Capabilities.Effective ?? [],
          inheritable: p.Capabilities.Inheritable ?? [],
          permitted: p.Capabilities.Permitted ?? [],
          ambient: p.Capabilities.Ambient ?? [],
        }
      : undefined,
    rlimits: list((p.Rlimits ?? []).map((r) => ({ type: r.Type ?? '', hard: Number(r.Hard ?? 0), soft: Number(r.Soft ?? 0) }))),
    noNewPrivileges: p.NoNewPrivileges ?? false,
    apparmorProfile: p.ApparmorProfile || undefined,
    oomScoreAdj: p.OOMScoreAdj ? Number(p.OOMScoreAdj) : undefined,
  };
}

export function resourcesFromProto(r: grpc.ILinuxResources | null | undefined): LinuxResources {
  if (!r) return {};
  const out: LinuxResources = {};
  const m = r.Memory;
  if (m && (m.Limit || m.Reservation || m.Swap || m.Swappiness || m.DisableOOMKiller)) {
    out.memory = { limit: nz(m.Limit), reservation: nz(m.Reservation), swap: nz(m.Swap), swappiness: nz(m.Swappiness), disableOOMKiller: m.DisableOOMKiller || undefined };
  }
  const c = r.CPU;
  if (c && (c.Shares || c.Quota || c.Period || c.Cpus || c.Mems)) {
    out.cpu = { shares: nz(c.Shares), quota: nz(c.Quota), period: nz(c.Period), cpus: c.Cpus || undefined, mems: c.Mems || undefined };
  }
  if (r.Pids?.Limit) out.pids = { limit: Number(r.Pids.Limit) };
  return out;
}

function seccompFromProto(s: grpc.ILinuxSeccomp | null | undefined): SeccompSpec | undefined {
  if (!s || !s.DefaultAction) return undefined;
  return {
    defaultAction: s.DefaultAction,
    architectures: list(s.Architectures ?? undefined),
    flags: list(s.Flags ?? undefined),
    syscalls: (s.Syscalls ?? []).map((sc) => ({
      names: sc.Names ?? [],
      action: sc.Action ?? '',
      // The oneof tells "errno 0 given" from "no errno given".
      errnoRet: sc.errnoret !== undefined && sc.errnoret !== null ? sc.errnoret : undefined,
      args: list((sc.Args ?? []).map((a) => ({ index: Number(a.Index ?? 0), value: Number(a.Value ?? 0), valueTwo: Number(a.ValueTwo ?? 0), op: a.Op ?? '' }))),
    })),
  };
}

export function specFromProto(s: grpc.ISpec): Spec {
  const l = s.Linux ?? {};
  const mounts: MountSpec[] = (s.Mounts ?? []).map((m) => ({ destination: m.destination ?? '', type: m.type || undefined, source: m.source || undefined, options: list(m.options ?? undefined) }));
  return {
    ociVersion: s.Version || '1.0.2',
    process: s.Process ? processFromProto(s.Process) : undefined,
    root: s.Root ? { path: s.Root.Path ?? '', readonly: s.Root.Readonly ?? false } : undefined,
    hostname: s.Hostname || undefined,
    mounts,
    annotations: s.Annotations ?? undefined,
    linux: {
      uidMappings: list((l.UIDMappings ?? []).map((m) => ({ containerID: m.ContainerID ?? 0, hostID: m.HostID ?? 0, size: m.Size ?? 0 }))),
      gidMappings: list((l.GIDMappings ?? []).map((m) => ({ containerID: m.ContainerID ?? 0, hostID: m.HostID ?? 0, size: m.Size ?? 0 }))),
      sysctl: l.Sysctl && Object.keys(l.Sysctl).length > 0 ? l.Sysctl : undefined,
      resources: resourcesFromProto(l.Resources),
      cgroupsPath: l.CgroupsPath || undefined,
      // The type is checked (and an unknown one named) by guest/agent/container/plan.ts.
      namespaces: (l.Namespaces ?? []).map((n) => ({ type: (n.Type ?? '') as NamespaceType, path: n.Path || undefined })),
      devices: list((l.Devices ?? []).map((d) => ({ type: d.Type ?? '', path: d.Path ?? '', major: Number(d.Major ?? 0), minor: Number(d.Minor ?? 0), fileMode: d.FileMode || undefined, uid: d.UID ?? 0, gid: d.GID ?? 0 }))),
      seccomp: seccompFromProto(l.Seccomp),
      rootfsPropagation: l.RootfsPropagation || undefined,
      maskedPaths: list(l.MaskedPaths ?? undefined),
      readonlyPaths: list(l.ReadonlyPaths ?? undefined),
    },
  };
}
