// The raw disk image the guest sees as /dev/pmem0: the MBR this module writes has exactly one
// Linux partition where the filesystem is, the file size is 2 MiB-aligned for the nvdimm, and the
// ext4 in the partition is clean and holds the directory it was made from (read back with debugfs).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { ALIGN, MIB, SECTOR, alignUp, makeDiskImage, mbrSector } from '../../guest/osbuilder/rootfs/disk-image.js';
import { PFN_INFO_BYTES, PFN_INFO_OFFSET, PFN_MODE_RAM, parsePfnInfo } from '../../guest/osbuilder/rootfs/pfn-info.js';

function haveTools(): string | false {
  for (const tool of ['mkfs.ext4', 'e2fsck', 'debugfs']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `${tool} is missing (e2fsprogs)`;
    }
  }
  return false;
}

t.test('mbrSector writes one primary Linux partition and the boot signature', async (t) => {
  const b = mbrSector(4096, 10000, 0x11223344);
  t.equal(b.length, SECTOR);
  t.equal(b.readUInt32LE(440), 0x11223344, 'disk identifier');
  t.equal(b[446], 0x00, 'not marked bootable');
  t.equal(b[446 + 4], 0x83, 'type Linux');
  t.equal(b.readUInt32LE(446 + 8), 4096, 'first LBA');
  t.equal(b.readUInt32LE(446 + 12), 10000, 'sector count');
  t.ok(b.subarray(462, 510).every((x) => x === 0), 'the other three entries are empty');
  t.same([b[510], b[511]], [0x55, 0xaa]);
});

t.test('mbrSector rejects partitions the table cannot describe', async (t) => {
  t.throws(() => mbrSector(0, 10, 1), /partition start LBA 0 is out of range/);
  t.throws(() => mbrSector(2048, 0, 1), /partition of 0 sectors/);
  t.throws(() => mbrSector(2048, 0xffffffff, 1), /does not fit a 32-bit LBA table/);
  t.throws(() => mbrSector(1.5, 10, 1), /out of range/);
});

t.test('alignUp', async (t) => {
  t.equal(alignUp(0, ALIGN), 0);
  t.equal(alignUp(1, ALIGN), ALIGN);
  t.equal(alignUp(ALIGN, ALIGN), ALIGN);
  t.equal(alignUp(ALIGN + 1, ALIGN), 2 * ALIGN);
});

t.test('makeDiskImage: an aligned MBR disk whose partition is a clean ext4 of the directory', { skip: haveTools() }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-disk-image-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const rootfs = join(dir, 'rootfs');
  mkdirSync(join(rootfs, 'etc'), { recursive: true });
  writeFileSync(join(rootfs, 'etc', 'hello'), 'from the host\n');
  const img = join(dir, 'disk.img');
  const r = makeDiskImage(rootfs, img, join(dir, 'fs.ext4'), { diskId: 0xabcdef01 });
  t.equal(r.bytes % ALIGN, 0, 'file size is a multiple of 2 MiB');
  t.equal(r.partitionOffset, 4 * MIB, 'the filesystem follows the 2 MiB DAX header and the inner table');
  t.equal(r.daxDataOffset, 2 * MIB);
  t.ok(r.bytes >= r.partitionOffset + r.fsBytes);
  const read = (at: number, n: number): Buffer => {
    const b = Buffer.alloc(n);
    const fd = openSync(img, 'r');
    try {
      readSync(fd, b, 0, n, at);
    } finally {
      closeSync(fd);
    }
    return b;
  };
  const mbr = read(0, SECTOR);
  t.equal(mbr.readUInt32LE(454) * SECTOR, r.partitionOffset, 'as a disk (virtio-blk) the table points at the filesystem');
  t.equal(mbr.readUInt32LE(458) * SECTOR, r.fsBytes);
  const pfn = parsePfnInfo(read(PFN_INFO_OFFSET, PFN_INFO_BYTES));
  t.same(pfn, { dataOffset: r.daxDataOffset, npfns: (r.bytes - r.daxDataOffset) / 4096, mode: PFN_MODE_RAM, align: 2 * MIB }, 'a valid pfn info block at 4 KiB');
  const inner = read(r.daxDataOffset, SECTOR);
  t.equal(inner.readUInt32LE(454) * SECTOR + r.daxDataOffset, r.partitionOffset, 'as an nvdimm (/dev/pmem0 from the data offset) the inner table points at the same filesystem');
  t.equal(inner.readUInt32LE(458) * SECTOR, r.fsBytes);
  t.same([inner[510], inner[511]], [0x55, 0xaa]);
  const part = join(dir, 'part.ext4');
  execFileSync('dd', [`if=${img}`, `of=${part}`, `bs=${MIB}`, `skip=${r.partitionOffset / MIB}`, `count=${r.fsBytes / MIB}`, 'status=none']);
  execFileSync('e2fsck', ['-fn', part], { stdio: 'pipe' });
  t.pass('e2fsck finds the partition clean');
  t.equal(execFileSync('debugfs', ['-R', 'cat /etc/hello', part], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), 'from the host\n');
  const blockSize = /Block size:\s+(\d+)/.exec(execFileSync('dumpe2fs', ['-h', part], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1];
  t.equal(blockSize, '4096', 'page-sized blocks, as DAX needs');
  t.notOk(/\bfs\.ext4\b/.test(execFileSync('ls', [dir], { encoding: 'utf8' })), 'the scratch filesystem file is removed');
});

t.test('makeDiskImage names a missing rootfs', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-disk-image-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  t.throws(() => makeDiskImage(join(dir, 'nope'), join(dir, 'd.img'), join(dir, 'fs')), /the rootfs .*nope is not a directory/);
});
