// The libnvdimm "pfn info block" that turns a raw pmem namespace into a pfn device, which is what
// lets ext4 mount the guest's root with -o dax. QEMU's nvdimm has no labels, so the guest kernel
// sees one raw namespace over the whole image file; nd_pfn_probe() reads this block at 4 KiB into
// the namespace and, when it validates, /dev/pmem0 starts `dataOffset` bytes into the file.
// Layout and checks: drivers/nvdimm/pfn.h (struct nd_pfn_sb) and nd_pfn_validate() in
// drivers/nvdimm/pfn_devs.c of linux 6.1. Used by disk-image.ts.
import { randomBytes } from 'node:crypto';

/** Where the kernel reads the block: SZ_4K into the namespace (nd_pfn_validate). */
export const PFN_INFO_OFFSET = 4096;
/** sizeof(struct nd_pfn_sb). */
export const PFN_INFO_BYTES = 4096;
/** PFN_SIG in drivers/nvdimm/pfn.h, NUL included. */
const PFN_SIG = Buffer.from('NVDIMM_PFN_INFO\0', 'latin1');
/** enum nd_pfn_mode (drivers/nvdimm/nd.h): the struct pages live in guest RAM, not on the device. */
export const PFN_MODE_RAM = 1;
/** nd_info_block_reserve(): the kernel refuses a RAM-mode data offset below 8 KiB. */
const INFO_BLOCK_RESERVE = 8192;
const PAGE = 4096;
/** memremap_compat_align() on x86 (SUBSECTION_SIZE): namespace start and end must be 2 MiB-aligned. */
export const PFN_ALIGN = 2 * 1024 * 1024;

// Byte offsets in struct nd_pfn_sb.
const OFF = {
  signature: 0, uuid: 16, parentUuid: 32, flags: 48, versionMajor: 52, versionMinor: 54,
  dataoff: 56, npfns: 64, mode: 72, startPad: 76, endTrunc: 80, align: 84, pageSize: 88,
  pageStructSize: 92, checksum: 4088,
} as const;

/** nd_fletcher64(addr, len, le=true) from drivers/nvdimm/core.c: over little-endian u32 words. */
export function fletcher64(buf: Buffer): bigint {
  let lo = 0n;
  let hi = 0n;
  for (let i = 0; i + 4 <= buf.length; i += 4) {
    lo = (lo + BigInt(buf.readUInt32LE(i))) & 0xffffffffn;
    hi = (hi + lo) & 0xffffffffn;
  }
  return (hi << 32n) | lo;
}

export interface PfnInfo {
  /** Bytes of the namespace (the whole image file). */
  namespaceBytes: number;
  /** Where the data (what the guest sees as /dev/pmem0) starts in the namespace. */
  dataOffset: number;
  uuid?: Buffer;
}

/**
 * The 4 KiB block, version 1.4, mode RAM (a struct page array on the device would need far more
 * than the 2 MiB we reserve), parent uuid null (a label-less namespace has none), no padding or
 * truncation because the image is 2 MiB-aligned at both ends.
 */
export function pfnInfoBlock(p: PfnInfo): Buffer {
  if (p.namespaceBytes % PFN_ALIGN !== 0) throw new Error(`pfn info: the image size ${p.namespaceBytes} is not a multiple of 2 MiB (the guest kernel would reject the namespace end)`);
  if (p.dataOffset < INFO_BLOCK_RESERVE || p.dataOffset % PFN_ALIGN !== 0) throw new Error(`pfn info: the data offset ${p.dataOffset} must be a non-zero multiple of 2 MiB`);
  if (p.dataOffset >= p.namespaceBytes) throw new Error(`pfn info: the data offset ${p.dataOffset} leaves no data in a ${p.namespaceBytes}-byte image`);
  const uuid = p.uuid ?? randomBytes(16);
  if (uuid.length !== 16) throw new Error('pfn info: a uuid is 16 bytes');
  const b = Buffer.alloc(PFN_INFO_BYTES);
  PFN_SIG.copy(b, OFF.signature);
  uuid.copy(b, OFF.uuid);
  // parent_uuid stays zero: nd_dev_to_uuid() of a raw (io) namespace is uuid_null.
  b.writeUInt32LE(0, OFF.flags);
  b.writeUInt16LE(1, OFF.versionMajor);
  b.writeUInt16LE(4, OFF.versionMinor); // 4: page_size and page_struct_size are recorded
  b.writeBigUInt64LE(BigInt(p.dataOffset), OFF.dataoff);
  b.writeBigUInt64LE(BigInt((p.namespaceBytes - p.dataOffset) / PAGE), OFF.npfns);
  b.writeUInt32LE(PFN_MODE_RAM, OFF.mode);
  b.writeUInt32LE(0, OFF.startPad);
  b.writeUInt32LE(0, OFF.endTrunc);
  b.writeUInt32LE(PFN_ALIGN, OFF.align);
  b.writeUInt32LE(PAGE, OFF.pageSize);
  b.writeUInt16LE(64, OFF.pageStructSize); // sizeof(struct page) on x86_64
  b.writeBigUInt64LE(fletcher64(b), OFF.checksum); // computed with the checksum field zero
  return b;
}

/** Reads back a block: its data offset when signature and checksum hold, else why not. */
export function parsePfnInfo(b: Buffer): { dataOffset: number; npfns: number; mode: number; align: number } {
  if (b.length !== PFN_INFO_BYTES) throw new Error(`pfn info: ${b.length} bytes, want ${PFN_INFO_BYTES}`);
  if (!b.subarray(0, 16).equals(PFN_SIG)) throw new Error('pfn info: no NVDIMM_PFN_INFO signature');
  const copy = Buffer.from(b);
  const sum = copy.readBigUInt64LE(OFF.checksum);
  copy.writeBigUInt64LE(0n, OFF.checksum);
  if (fletcher64(copy) !== sum) throw new Error('pfn info: bad checksum');
  return {
    dataOffset: Number(b.readBigUInt64LE(OFF.dataoff)),
    npfns: Number(b.readBigUInt64LE(OFF.npfns)),
    mode: b.readUInt32LE(OFF.mode),
    align: b.readUInt32LE(OFF.align),
  };
}
