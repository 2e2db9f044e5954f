// mount(8)-style option lists ("ro,nosuid,size=64m") split into MS_* flags and the data string
// the file system parses. Used by the agent for the storages it mounts in the guest and by the
// shim for the container rootfs containerd hands it. Flag values are linux/mount.h's.
// umount2(2) flag (linux/mount.h): detach now, finish when no longer busy.
export const MNT_DETACH = 2;

export const MS = {
  RDONLY: 0x1,
  NOSUID: 0x2,
  NODEV: 0x4,
  NOEXEC: 0x8,
  SYNCHRONOUS: 0x10,
  REMOUNT: 0x20,
  MANDLOCK: 0x40,
  DIRSYNC: 0x80,
  NOATIME: 0x400,
  NODIRATIME: 0x800,
  BIND: 0x1000,
  REC: 0x4000,
  /** Propagation type (MS_SHARED, linux/mount.h): mounts below it show in its peers and slaves. */
  SHARED: 0x100000,
  RELATIME: 0x200000,
  STRICTATIME: 0x1000000,
} as const;

const SET: Record<string, number> = {
  ro: MS.RDONLY, nosuid: MS.NOSUID, nodev: MS.NODEV, noexec: MS.NOEXEC, sync: MS.SYNCHRONOUS,
  remount: MS.REMOUNT, mand: MS.MANDLOCK, dirsync: MS.DIRSYNC, noatime: MS.NOATIME,
  nodiratime: MS.NODIRATIME, bind: MS.BIND, rbind: MS.BIND | MS.REC, relatime: MS.RELATIME,
  strictatime: MS.STRICTATIME,
};
const CLEAR: Record<string, number> = {
  rw: MS.RDONLY, suid: MS.NOSUID, dev: MS.NODEV, exec: MS.NOEXEC, async: MS.SYNCHRONOUS,
  nomand: MS.MANDLOCK, atime: MS.NOATIME, diratime: MS.NODIRATIME, norelatime: MS.RELATIME,
};

export interface ParsedOptions {
  flags: number;
  data: string;
}

export function parseMountOptions(options: readonly string[]): ParsedOptions {
  let flags = 0;
  const data: string[] = [];
  for (const o of options.flatMap((x) => x.split(','))) {
    if (o === '' || o === 'defaults') continue;
    if (o in SET) flags |= SET[o]!;
    else if (o in CLEAR) flags &= ~CLEAR[o]!;
    else data.push(o);
  }
  return { flags, data: data.join(',') };
}
