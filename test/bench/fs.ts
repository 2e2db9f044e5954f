// Bench suite "fs": the container filesystem over virtio-fs (virtiofsd, cache from the shipped
// configuration) against virtio-9p (cache=none), measured inside a busybox container, one sandbox
// of each kind on the same kernel and initrd, rounds alternated in one run: untar of 5,000 small
// files into the rootfs, `find | xargs stat` over them, a sequential write and a sequential read of
// 256 MiB (the read file is written on the host, so the guest reads it cold), and the host PSS of
// the virtio-fs daemon per pod. Times are taken in the guest (/proc/uptime, 10 ms steps). Goal:
// virtio-fs ≥ 2× faster than 9p on the small-file and metadata figures.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { baseSpec, makeBundle, rootfsSkipReason } from '../helpers/rootfs.js';
import { vmConfig } from '../helpers/vm-config.js';
import type { SharedFs } from '../../lib/config/types.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { Sandbox } from '../../lib/runtime/sandbox.js';
import { type BenchRow, type BenchSuite, median, pss } from './result.js';

const RUNS = Number(process.env.KATA_TS_BENCH_FS_RUNS ?? 3);
const FILES = 5000;
const BIG_MIB = 256;
const MiB = 1048576;

/** A tar of FILES small files (0.5–4 KiB) in 50 directories, built once on the host. */
function smallFilesTar(dir: string): string {
  const src = join(dir, 'tree');
  for (let d = 0; d < 50; d++) {
    mkdirSync(join(src, `d${d}`), { recursive: true });
    for (let f = 0; f < FILES / 50; f++) writeFileSync(join(src, `d${d}`, `f${f}`), 'x'.repeat(512 + ((d * 131 + f * 71) % 3584)));
  }
  const tar = join(dir, 'files.tar');
  execFileSync('tar', ['-cf', tar, '-C', src, '.']);
  rmSync(src, { recursive: true });
  return tar;
}

function writeBig(path: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(MiB, 0x5a);
  for (let i = 0; i < BIG_MIB; i++) writeSync(fd, chunk);
  closeSync(fd);
}

// Seconds from /proc/uptime before and after each step; the tar is copied to tmpfs first so only
// the extraction writes to the shared filesystem.
const SCRIPT = (round: number): string => `
t() { cut -d' ' -f1 /proc/uptime; }
cp /bench/files.tar /tmp/files.tar
a=$(t); mkdir /w${round} && tar -xf /tmp/files.tar -C /w${round}; b=$(t)
sleep 2
c=$(t); find /w${round} | xargs stat > /dev/null; d=$(t)
e=$(t); dd if=/dev/zero of=/w${round}/big bs=1M count=${BIG_MIB} conv=fsync 2>/dev/null; f=$(t)
g=$(t); dd if=/bench/read${round} of=/dev/null bs=1M 2>/dev/null; h=$(t)
n=$(find /w${round} -type f | wc -l)
rm /tmp/files.tar
echo "$a $b $c $d $e $f $g $h $n"
`;

interface Round {
  untar: number;
  stat: number;
  write: number;
  read: number;
}

class FsPod {
  private constructor(
    readonly kind: SharedFs,
    readonly sb: Sandbox,
    readonly rootfs: string,
    private readonly remove: () => void,
  ) {}

  static async create(kind: SharedFs, kernel: string, initrd: string, stateRoot: string, tar: string): Promise<FsPod> {
    const cfg = vmConfig(kernel, { kind: 'initrd', path: initrd }, 240);
    cfg.hypervisor.qemu.sharedFs = kind;
    cfg.hypervisor.qemu.defaultMemory = 1024; // room for the 256 MiB file in the guest's page cache
    const bundle = makeBundle(`kata-bench-fs-${kind}-`);
    try {
      mkdirSync(join(bundle.rootfs, 'bench'));
      execFileSync('cp', [tar, join(bundle.rootfs, 'bench', 'files.tar')]);
      const sb = await Sandbox.create({ id: `bench-fs-${kind}-${process.pid}`, config: cfg, log: silentLogger(), stateRoot });
      try {
        await sb.createContainer('c', bundle.dir, baseSpec(['sleep', '100000']));
        await sb.startContainer('c');
      } catch (e) {
        await sb.delete();
        throw e;
      }
      return new FsPod(kind, sb, bundle.rootfs, bundle.remove);
    } catch (e) {
      bundle.remove();
      throw e;
    }
  }

  async round(i: number): Promise<Round> {
    writeBig(join(this.rootfs, 'bench', `read${i}`));
    const execId = `r${i}`;
    await this.sb.exec('c', execId, { args: ['sh', '-c', SCRIPT(i)], cwd: '/', env: ['PATH=/bin'], user: { uid: 0, gid: 0 } });
    const out = await this.sb.readAll('c', execId);
    const code = await this.sb.wait('c', execId);
    const v = out.trim().split(/\s+/).map(Number);
    if (code !== 0 || v.length !== 9 || v.some((x) => Number.isNaN(x))) throw new Error(`${this.kind} round ${i}: exit ${code}, output ${JSON.stringify(out)}`);
    if (v[8] !== FILES + 1) throw new Error(`${this.kind} round ${i}: ${v[8]} files extracted, expected ${FILES + 1} (with the big file)`);
    rmSync(join(this.rootfs, 'bench', `read${i}`));
    const ms = (a: number, b: number): number => (v[b]! - v[a]!) * 1000;
    return { untar: ms(0, 1), stat: ms(2, 3), write: ms(4, 5), read: ms(6, 7) };
  }

  /** PSS of the sandbox's virtio-fs daemon and its worker (0 for 9p: QEMU serves it). */
  daemonPss(): number {
    const sock = `${this.sb.id}/virtiofsd.sock`;
    const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((p) => {
      try {
        const cmd = readFileSync(`/proc/${p}/cmdline`, 'utf8');
        return cmd.includes('virtiofsd') && cmd.includes(sock);
      } catch {
        return false;
      }
    });
    return pids.reduce((sum, p) => sum + pss(p), 0);
  }

  async close(): Promise<void> {
    try {
      await this.sb.delete();
    } finally {
      this.remove();
    }
  }
}

export const fsSuite: BenchSuite = {
  name: 'fs',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    if (!kernel || !initrd) throw new Error('guest assets are not built: run `npm run guest`');
    const skip = rootfsSkipReason();
    if (skip) throw new Error(skip);
    const work = mkdtempSync(join(tmpdir(), 'kata-bench-fs-'));
    const stateRoot = join(work, 'state');
    const pods: FsPod[] = [];
    try {
      const tar = smallFilesTar(work);
      const vfs = await FsPod.create('virtio-fs', kernel.vmlinux, initrd.path, stateRoot, tar);
      pods.push(vfs);
      const p9 = await FsPod.create('virtio-9p', kernel.vmlinux, initrd.path, stateRoot, tar);
      pods.push(p9);
      const rounds: Record<SharedFs, Round[]> = { 'virtio-fs': [], 'virtio-9p': [] };
      for (let i = 0; i < RUNS; i++) {
        // Alternated, and the order flipped each round, so neither kind always goes first.
        for (const pod of i % 2 === 0 ? [vfs, p9] : [p9, vfs]) {
          const r = await pod.round(i);
          rounds[pod.kind].push(r);
          process.stderr.write(`bench fs: ${pod.kind} round ${i}: ${JSON.stringify(r)}\n`);
        }
      }
      const daemon = vfs.daemonPss();
      const med = (kind: SharedFs, k: keyof Round): number => median(rounds[kind].map((r) => r[k]));
      const row = (k: keyof Round, name: string, note: string): BenchRow => ({
        suite: 'fs',
        name: `${name} (virtio-fs)`,
        value: med('virtio-fs', k),
        unit: 'ms',
        reference: { label: '9p', value: med('virtio-9p', k) },
        note: `median of ${RUNS}, alternated; ${note}`,
      });
      return [
        row('untar', `untar ${FILES} small files`, `ratio < 0.5 is the goal; virtio-fs cache=auto (the shipped default) vs 9p cache=none`),
        row('stat', `find | xargs stat over ${FILES} files`, 'ratio < 0.5 is the goal; after 2 s, past the 1 s attribute timeout'),
        row('write', `sequential write ${BIG_MIB} MiB (dd, fsync)`, `${(BIG_MIB / (med('virtio-fs', 'write') / 1000)).toFixed(0)} MiB/s vs ${(BIG_MIB / (med('virtio-9p', 'write') / 1000)).toFixed(0)} MiB/s`),
        row('read', `sequential read ${BIG_MIB} MiB (cold in the guest)`, `${(BIG_MIB / (med('virtio-fs', 'read') / 1000)).toFixed(0)} MiB/s vs ${(BIG_MIB / (med('virtio-9p', 'read') / 1000)).toFixed(0)} MiB/s`),
        { suite: 'fs', name: 'PSS of virtiofsd per pod (after the rounds)', value: daemon / MiB, unit: 'MiB', note: '9p has no daemon: QEMU serves it' },
      ];
    } finally {
      for (const p of pods) await p.close().catch((e: Error) => process.stderr.write(`bench fs: cleanup: ${e.message}\n`));
      rmSync(work, { recursive: true, force: true });
    }
  },
};
