// The pfn info block the guest kernel validates before it lets ext4 use DAX on the image's pmem:
// field offsets and the checksum match drivers/nvdimm (pinned here against hand-computed values),
// and sizes the kernel would refuse are refused when the image is built, not at boot.
import t from 'tap';
import { PFN_INFO_BYTES, PFN_MODE_RAM, fletcher64, parsePfnInfo, pfnInfoBlock } from '../../guest/osbuilder/rootfs/pfn-info.js';

const MIB = 1024 * 1024;

t.test('fletcher64 sums little-endian u32 words as nd_fletcher64 does', async (t) => {
  const b = Buffer.alloc(12);
  b.writeUInt32LE(1, 0);
  b.writeUInt32LE(2, 4);
  b.writeUInt32LE(0xffffffff, 8);
  // lo: 1, 3, 2 (wrapped); hi: 1, 4, 6
  t.equal(fletcher64(b), (6n << 32n) | 2n);
});

t.test('the block: signature, version 1.4, RAM mode, offsets, a checksum over the block', async (t) => {
  const uuid = Buffer.alloc(16, 0xab);
  const b = pfnInfoBlock({ namespaceBytes: 310 * MIB, dataOffset: 2 * MIB, uuid });
  t.equal(b.length, PFN_INFO_BYTES);
  t.equal(b.subarray(0, 16).toString('latin1'), 'NVDIMM_PFN_INFO\0');
  t.same(b.subarray(16, 32), uuid);
  t.ok(b.subarray(32, 48).every((x) => x === 0), 'null parent uuid (label-less namespace)');
  t.equal(b.readUInt16LE(52), 1);
  t.equal(b.readUInt16LE(54), 4);
  t.equal(b.readBigUInt64LE(56), BigInt(2 * MIB), 'dataoff');
  t.equal(b.readBigUInt64LE(64), BigInt((308 * MIB) / 4096), 'npfns');
  t.equal(b.readUInt32LE(72), PFN_MODE_RAM);
  t.equal(b.readUInt32LE(84), 2 * MIB, 'align');
  t.equal(b.readUInt32LE(88), 4096, 'page_size');
  t.equal(b.readUInt16LE(92), 64, 'page_struct_size');
  const zeroed = Buffer.from(b);
  zeroed.writeBigUInt64LE(0n, 4088);
  t.equal(b.readBigUInt64LE(4088), fletcher64(zeroed), 'checksum computed with its own field zero');
  t.same(parsePfnInfo(b), { dataOffset: 2 * MIB, npfns: (308 * MIB) / 4096, mode: PFN_MODE_RAM, align: 2 * MIB });
});

t.test('a corrupted block does not parse', async (t) => {
  const b = pfnInfoBlock({ namespaceBytes: 8 * MIB, dataOffset: 2 * MIB });
  b[100] ^= 1;
  t.throws(() => parsePfnInfo(b), /bad checksum/);
  t.throws(() => parsePfnInfo(Buffer.alloc(PFN_INFO_BYTES)), /no NVDIMM_PFN_INFO signature/);
});

t.test('sizes the guest kernel would reject are refused', async (t) => {
  t.throws(() => pfnInfoBlock({ namespaceBytes: 9 * MIB, dataOffset: 2 * MIB }), /image size .* not a multiple of 2 MiB/);
  t.throws(() => pfnInfoBlock({ namespaceBytes: 8 * MIB, dataOffset: 4096 }), /data offset 4096 must be/);
  t.throws(() => pfnInfoBlock({ namespaceBytes: 2 * MIB, dataOffset: 2 * MIB }), /leaves no data/);
});
