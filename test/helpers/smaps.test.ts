// The smaps reader of the pods bench and the memory tests (test/helpers/smaps.ts): a QEMU's mappings sorted by purpose, from a
// fixture shaped like a real QEMU's smaps, and smaps_rollup of this very process.
import t from 'tap';
import { parseSmaps, pssRollup, qemuMemory } from './smaps.js';

const map = (range: string, perms: string, name: string, size: number, pss: number): string =>
  `${range} ${perms} 00000000 00:00 0          ${name}\nSize:            ${size} kB\nRss:             ${pss} kB\nPss:             ${pss} kB\nPss_Dirty:       ${pss} kB\nVmFlags: rd wr mr mw me ac\n`;

const FIXTURE = [
  map('55d0c0000000-55d0c0100000', 'r-xp', '/usr/bin/qemu-system-x86_64', 5724, 5460),
  map('55d0c2000000-55d0c3000000', 'rw-p', '[heap]', 17232, 5072),
  map('7f0000000000-7f0020000000', 'rw-s', '/memfd:memory-backend-memfd (deleted)', 524288, 230914),
  map('7f0040000000-7f0080000000', 'rwxp', '', 1048572, 98304),
  map('7f0090000000-7f0091000000', 'rw-p', '', 16948, 12292),
  map('7f00a0000000-7f00a2300000', 'r--p', '/cache/initrd.img', 35840, 3584),
  map('7ffd00000000-7ffd00021000', 'rw-p', '[stack]', 132, 40),
].join('');

t.test('smaps: each mapping with its perms, name and sizes', async (t) => {
  const m = parseSmaps(FIXTURE);
  t.equal(m.length, 7);
  t.same(m[2], { perms: 'rw-s', name: '/memfd:memory-backend-memfd (deleted)', sizeKiB: 524288, rssKiB: 230914, pssKiB: 230914 });
  t.equal(m[3]!.name, '', 'anonymous');
});

t.test('a QEMU by purpose: memfd guest RAM, the executable TCG block, the initrd, code, the rest as heap', async (t) => {
  const q = qemuMemory(parseSmaps(FIXTURE), 512, ['/cache/initrd.img']);
  t.same(q, { guestRam: 230914 * 1024, tcgCache: 98304 * 1024, bootFiles: 3584 * 1024, code: 5460 * 1024, heap: (5072 + 12292 + 40) * 1024 });
  const anon = qemuMemory(parseSmaps(map('7f0000000000-7f0020200000', 'rw-p', '', 526336, 200000)), 512, []);
  t.equal(anon.guestRam, 200000 * 1024, 'plain guest RAM: an anonymous block of at least the guest\'s size');
  t.equal(qemuMemory(parseSmaps(map('7f0000000000-7f0020200000', 'rw-p', '', 526336, 200000)), 1024, []).heap, 200000 * 1024, 'smaller than the guest: heap');
});

t.test('smaps_rollup of a live process adds up; of a gone one, zeros', async (t) => {
  const r = pssRollup(process.pid);
  t.ok(r.pss > 0 && r.anon > 0 && r.file > 0, `this process: ${(r.pss / 1048576).toFixed(1)} MiB PSS`);
  t.ok(Math.abs(r.anon + r.file + r.shmem - r.pss) <= 3 * 1024, 'anon + file + shmem = PSS (to rounding)');
  t.same(pssRollup(2 ** 22 + 1), { pss: 0, anon: 0, file: 0, shmem: 0 });
});
