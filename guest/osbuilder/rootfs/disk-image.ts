// A raw disk image holding one ext4 filesystem made from a directory, laid out to serve two ways:
//
//   0      MBR whose partition 1 is the filesystem at 4 MiB   (virtio-blk: /dev/vda1)
//   4 KiB  pfn info block, data offset 2 MiB                   (nvdimm: libnvdimm's pfn device)
//   2 MiB  MBR whose partition 1 is the filesystem at +2 MiB   (nvdimm: /dev/pmem0, /dev/pmem0p1)
//   4 MiB  ext4
//
// As an nvdimm the guest kernel finds the pfn info block, makes a pfn device whose data starts at
// 2 MiB, and ext4 can mount /dev/pmem0p1 with -o dax (raw pmem has no DAX). As a plain disk the
// first MBR describes the same filesystem. The partition tables are written here (one primary
// Linux partition is 16 bytes, no partitioning tool); the file is a multiple of 2 MiB because the
// nvdimm's size and the pfn device's end must be aligned. Used by image.ts.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { PFN_INFO_OFFSET, pfnInfoBlock } from './pfn-info.js';

export const SECTOR = 512;
export const MIB = 1024 * 1024;
/** What the file size and every offset is a multiple of. */
export const ALIGN = 2 * MIB;
/** Where /dev/pmem0 starts in the file: the pfn info block's data offset. */
export const DAX_DATA_OFFSET = ALIGN;

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
  /** Where the filesystem is in the file. */
  partitionOffset: number;
  /** Where the nvdimm's data (/dev/pmem0) starts in the file. */
  daxDataOffset: number;
}

/** Bytes a directory tree holds (apparent sizes), as du counts them. */
export function treeBytes(dir: string): number {
  const out = execFileSync('du', ['-s', '--apparent-size', '--block-size=1', dir], { encoding: 'utf8' });
  return Number(out.split(/\s/)[0]);
}

/**
 * Writes `out` (layout above): MBRs, pfn info block, ext4 (4 KiB blocks, as DAX needs page-sized blocks) populated from rootfs by
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
  const partitionOffset = DAX_DATA_OFFSET + ALIGN;
  const bytes = alignUp(partitionOffset + fsBytes, ALIGN);
  const diskId = opts.diskId ?? 0x6b617461;
  rmSync(out, { force: true });
  const fd = openSync(out, 'w');
  try {
    writeSync(fd, mbrSector(partitionOffset / SECTOR, fsBytes / SECTOR, diskId), 0, SECTOR, 0);
    writeSync(fd, pfnInfoBlock({ namespaceBytes: bytes, dataOffset: DAX_DATA_OFFSET }), 0, undefined, PFN_INFO_OFFSET);
    writeSync(fd, mbrSector((partitionOffset - DAX_DATA_OFFSET) / SECTOR, fsBytes / SECTOR, diskId), 0, SECTOR, DAX_DATA_OFFSET);
  } finally {
    closeSync(fd);
  }
  // dd keeps the holes of the filesystem file (conv=sparse), so the image stays sparse on the host.
  execFileSync('dd', [`if=${fs}`, `of=${out}`, `bs=${MIB}`, `seek=${partitionOffset / MIB}`, 'conv=notrunc,sparse', 'status=none']);
  truncateSync(out, bytes);
  rmSync(fs, { force: true });
  const st = statSync(out);
  return { bytes: st.size, allocatedBytes: st.blocks * 512, fsBytes, partitionOffset, daxDataOffset: DAX_DATA_OFFSET };
}
