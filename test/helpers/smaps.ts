// Reads /proc/PID/smaps and smaps_rollup and sorts a process's proportional set size (PSS: each
// page divided among the processes that map it) into what it is for. Used by the `pods` bench
// suite (test/bench/pods.ts) for the memory one pod costs the host, and by the free page reporting
// VM test (test/hypervisor/free-page-reporting.test.ts); pure parsing apart from the read.
import { readFileSync } from 'node:fs';

/** One mapping of /proc/PID/smaps, sizes in KiB. */
export interface Mapping {
  perms: string;
  /** The path, a [bracketed] kernel name, '/memfd:…' for a memfd, or '' for anonymous memory. */
  name: string;
  sizeKiB: number;
  rssKiB: number;
  pssKiB: number;
}

const HEADER = /^([0-9a-f]+)-([0-9a-f]+)\s+(\S+)\s+\S+\s+\S+\s+\d+\s*(.*)$/;

export function parseSmaps(text: string): Mapping[] {
  const out: Mapping[] = [];
  let cur: Mapping | undefined;
  for (const line of text.split('\n')) {
    const h = HEADER.exec(line);
    if (h) {
      cur = { perms: h[3]!, name: h[4]!.trim(), sizeKiB: 0, rssKiB: 0, pssKiB: 0 };
      out.push(cur);
      continue;
    }
    const f = /^(Size|Rss|Pss):\s+(\d+) kB/.exec(line);
    if (f && cur) {
      const v = Number(f[2]);
      if (f[1] === 'Size') cur.sizeKiB = v;
      else if (f[1] === 'Rss') cur.rssKiB = v;
      else cur.pssKiB = v;
    }
  }
  return out;
}

export function readSmaps(pid: number): Mapping[] {
  return parseSmaps(readFileSync(`/proc/${pid}/smaps`, 'utf8'));
}

/** smaps_rollup's PSS fields in bytes (Pss, Pss_Anon, Pss_File, Pss_Shmem); zeros for a process that is gone. */
export function pssRollup(pid: number): { pss: number; anon: number; file: number; shmem: number } {
  let text = '';
  try {
    text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  } catch {
    /* exited */
  }
  const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  return { pss: kib('Pss'), anon: kib('Pss_Anon'), file: kib('Pss_File'), shmem: kib('Pss_Shmem') };
}

/** A QEMU's PSS by purpose, in bytes; the parts add up to its whole PSS. */
export interface QemuMemory {
  /** Guest RAM the guest has touched (the memfd, or the anonymous block of at least the guest's size). */
  guestRam: number;
  /** The TCG translation cache: QEMU's executable anonymous block (or its split-wx 'tcg-jit' memfd). */
  tcgCache: number;
  /** The guest's boot files QEMU maps (the initrd, the rootfs image): shared page cache. */
  bootFiles: number;
  /** The QEMU binary and its libraries. */
  code: number;
  /** Everything else anonymous: the malloc heap and arenas, thread stacks. */
  heap: number;
}

/** ramFiles: files guest RAM is mapped from (a VM template's, which a clone maps copy-on-write). */
export function qemuMemory(maps: Mapping[], guestMiB: number, bootFiles: string[], ramFiles: string[] = []): QemuMemory {
  const m: QemuMemory = { guestRam: 0, tcgCache: 0, bootFiles: 0, code: 0, heap: 0 };
  for (const x of maps) {
    const pss = x.pssKiB * 1024;
    // The executable test first: the default 1 GiB translation cache is as large as a guest's RAM.
    if (x.name.includes('tcg-jit') || (x.name === '' && x.perms.includes('x'))) m.tcgCache += pss;
    else if (x.name.startsWith('/memfd:memory-backend') || ramFiles.includes(x.name) || (x.name === '' && x.perms.startsWith('rw') && x.sizeKiB >= guestMiB * 1024)) m.guestRam += pss;
    else if (bootFiles.some((f) => x.name === f)) m.bootFiles += pss;
    else if (x.name.startsWith('/')) m.code += pss;
    else m.heap += pss;
  }
  return m;
}
