// Bench suite "container": start → `true` exits, for our addon (Container create + start + wait)
// and for `runc run` on the same OCI bundle, run one after the other; prints both and the ratio.
// The bundle is the busybox-static one the container tests build (test/helpers/rootfs.ts).
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { baseSpec, makeBundle, rootfsSkipReason } from '../helpers/rootfs.js';
import { Container } from '../../guest/agent/container/container.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

const RUNS = 30;
const RUNC = '/usr/sbin/runc';
const run = promisify(execFile);

async function ours(bundleDir: string, i: number, cgroup: boolean): Promise<number> {
  const spec = baseSpec(['true']);
  // runc always makes a cgroup; this row pays for one too (made and removed by lib/common/cgroup).
  if (cgroup) spec.linux!.cgroupsPath = `kata-ts-bench-${process.pid}/c${i}`;
  const t0 = performance.now();
  const c = await Container.create({ id: `bench-${process.pid}-${i}`, bundle: bundleDir, spec });
  c.init.stdin?.end();
  await c.start();
  const exit = await c.wait();
  await c.destroy();
  const ms = performance.now() - t0;
  if (exit.code !== 0) throw new Error(`container exited with ${JSON.stringify(exit)}`);
  return ms;
}

async function runc(bundleDir: string, i: number): Promise<number> {
  const t0 = performance.now();
  await run(RUNC, ['run', '--bundle', bundleDir, `kata-ts-bench-${process.pid}-${i}`], { stdio: 'ignore' } as never);
  return performance.now() - t0;
}

export const containerSuite: BenchSuite = {
  name: 'container',
  async run(): Promise<BenchRow[]> {
    const skip = rootfsSkipReason();
    if (skip) throw new Error(skip);
    if (!existsSync(RUNC)) throw new Error(`${RUNC} is missing (Debian package runc)`);
    const bundle = makeBundle('kata-ts-bench-container-');
    try {
      writeFileSync(join(bundle.dir, 'config.json'), JSON.stringify(baseSpec(['true']), null, 2));
      for (let i = 0; i < 3; i++) {
        await ours(bundle.dir, -1 - i, true); // warm up the JIT and the page cache
        await runc(bundle.dir, -1 - i);
      }
      const plain: number[] = [];
      const withCgroup: number[] = [];
      const r: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        plain.push(await ours(bundle.dir, i, false));
        withCgroup.push(await ours(bundle.dir, i, true));
        r.push(await runc(bundle.dir, i));
      }
      const runcMs = Number(median(r).toFixed(2));
      const row = (name: string, xs: number[], note: string): BenchRow => ({
        suite: 'container',
        name,
        value: Number(median(xs).toFixed(2)),
        unit: 'ms',
        reference: { label: 'runc run', value: runcMs },
        note,
      });
      const same = `median of ${RUNS}, same bundle (busybox-static, new pid/net/ipc/uts/mount/cgroup ns), create to exit and teardown`;
      return [
        row('start → `true` exits, no cgroup', plain, same),
        row('start → `true` exits, with a cgroup', withCgroup, `${same}; cgroup created and removed like runc's`),
      ];
    } finally {
      bundle.remove();
    }
  },
};
