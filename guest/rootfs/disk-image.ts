// A raw disk image holding one ext4 filesystem made from a directory: an MBR partition table
// (written here: one primary Linux partition needs 16 bytes of table, no partitioning tool) and
// the filesystem at a 2 MiB-aligned offset, the file padded to a multiple of 2 MiB because QEMU
// maps it as an nvdimm whose size must be aligned. Used by image.ts; the layout is what the guest
// kernel sees as /dev/pmem0 with /dev/pmem0p1.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';

export const SECTOR = 512;
export const MIB = 1024 * 1024;
/** Where the partition starts and what the file size is a multiple of. */
export const ALIGN = 2 * MIB;

export function alignUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/**
 * The first sector of the disk: a classic MBR with one primary partition of type 0x83 (Linux)
 * covering [startLba, startLba + sectors). CHS fields hold the "beyond CHS" marker, as every
 * current tool writes for LBA-only disks.
 */
export function mbrSector(startLba: number, sectors: number, diskId: number): Buffer {
  if (!Number.isInteger(startLba) || startLba < 1 || startLba > 0xffffffff) throw new Error(`MBR: partition start LBA ${startLba} is out of range`);
  if (!Number.isInteger(sectors) || sectors < 1 || startLba + sectors > 0x100000000) throw new Error(`MBR: partition of ${sectors} sectors does not fit a 32-bit LBA table`);
  const b = Buffer.alloc(SECTOR);
  b.writeUInt32LE(diskId >>> 0, 440);
  const e = 446;
  b[e] = 0x00; // not bootable: the kernel is loaded by the VMM
  b.set([0xfe, 0xff, 0xff], e + 1);
  b[e + 4] = 0x83;
  b.set([0xfe, 0xff, 0xff], e + 5);
  b.writeUInt32LE(startLba, e + 8);
  b.writeUInt32LE(sectors, e + 12);
  b[510] = 0x55;
  b[511] = 0xaa;
  return b;
}

export interface DiskImageResult {
  /** Size of the image file (a multiple of ALIGN). */
  bytes: number;
  /** Bytes the sparse file occupies on the host. */
  allocatedBytes: number;
  fsBytes: number;
  partitionOffset: number;
}

/** Bytes a directory tree holds (apparent sizes), as du counts them. */
export function treeBytes(dir: string): number {
  const out = execFileSync('du', ['-s', '--apparent-size', '--block-size=1', dir], { encoding: 'utf8' });
  return Number(out.split(/\s/)[0]);
}

/**
 * Writes `out`: MBR, ext4 (4 KiB blocks, as DAX needs page-sized blocks) populated from rootfs by
 * mkfs.ext4 -d, checked with e2fsck before it goes in. `fs` is a scratch path for the filesystem.
 */
export function makeDiskImage(rootfs: string, out: string, fs: string, opts: { label?: string; diskId?: number } = {}): DiskImageResult {
  if (!existsSync(rootfs) || !statSync(rootfs).isDirectory()) throw new Error(`disk image: the rootfs ${rootfs} is not a directory`);
  // Room for metadata (inodes, journal) and a little slack; the root is mounted read-only.
  const fsBytes = alignUp(Math.ceil(treeBytes(rootfs) * 1.2) + 64 * MIB, ALIGN);
  rmSync(fs, { force: true });
  writeFileSync(fs, '');
  truncateSync(fs, fsBytes);
  execFileSync('mkfs.ext4', ['-q', '-F', '-b', '4096', '-L', opts.label ?? 'kata-rootfs', '-E', 'root_owner=0:0', '-d', rootfs, fs], { stdio: ['ignore', 'inherit', 'inherit'] });
  execFileSync('e2fsck', ['-fn', fs], { stdio: ['ignore', 'pipe', 'pipe'] }); // throws with its output when the fs is not clean
  const partitionOffset = ALIGN;
  const bytes = alignUp(partitionOffset + fsBytes, ALIGN);
  rmSync(out, { force: true });
  const fd = openSync(out, 'w');
  try {
    writeSync(fd, mbrSector(partitionOffset / SECTOR, fsBytes / SECTOR, opts.diskId ?? 0x6b617461), 0, SECTOR, 0);
  } finally {
    closeSync(fd);
  }
  // dd keeps the holes of the filesystem file (conv=sparse), so the image stays sparse on the host.
  execFileSync('dd', [`if=${fs}`, `of=${out}`, `bs=${MIB}`, `seek=${partitionOffset / MIB}`, 'conv=notrunc,sparse', 'status=none']);
  truncateSync(out, bytes);
  rmSync(fs, { force: true });
  const st = statSync(out);
  return { bytes: st.size, allocatedBytes: st.blocks * 512, fsBytes, partitionOffset };
}
