// Bench suite "guest": the guest assets' sizes, and where a VM's boot goes, QEMU (TCG on these
// machines) against the same kernel and guest as the runtime boots: phases from QEMU start to the
// agent listening (boot-phases.ts), median of several boots, alternated, for the initrd (agent as
// PID 1), the rootfs image as a DAX nvdimm (systemd starts the agent) and the agent-init image (the
// agent as PID 1 from the DAX nvdimm); the guest RAM each has touched once the agent listens; and
// the physical floor of this machine: the same kernel booting a busybox-only initrd whose /init
// powers off at once, QEMU start → QEMU exit. The bare boots here are also the runtime and ctr
// suites' floors. The assets are the cached ones `npm run guest` builds (npm run bench runs it).
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestVmSpec, bootVm } from '../helpers/qemu.js';
import { BUSYBOX } from '../../guest/osbuilder/rootfs/busybox-initrd.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedAgentInitImage } from '../../guest/osbuilder/rootfs/agent-init-image.js';
import { cachedImage } from '../../guest/osbuilder/rootfs/image.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { type BootPhases, LineStamper, PHASE_PARAMS, bootPhases, guestRamUse, phaseRows } from './boot-phases.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

const BOOTS = 3;
const MiB = 1048576;
const MEMORY_MIB = 512;

async function bootToReady(spec: TestVmSpec): Promise<number> {
  const cleanups: Array<() => void> = [];
  try {
    const vm = bootVm(spec, (f) => cleanups.push(f));
    return await vm.waitFor(/kata-agent ready: /, 180000);
  } finally {
    for (const f of cleanups) f();
  }
}

const AGENT_PARAMS = ['console=ttyS0', 'panic=-1', 'quiet', 'agent.listen=serial:agent.channel.0'];

/** A bare VM (qemu-args.ts, minimal) with the agent's virtio-serial channel on this socket. */
function agentVm(socket: string, guest: Pick<TestVmSpec, 'kernel' | 'initrd' | 'image'>, extraParams: string[] = []): TestVmSpec {
  return { memoryMiB: MEMORY_MIB, kernelParams: [...AGENT_PARAMS, ...extraParams], agentChannel: { socket, name: 'agent.channel.0' }, ...guest };
}

/** Median QEMU start → agent ready over `boots` boots; specFor(socket) is the VM. */
async function medianBootMs(boots: number, specFor: (agentSocket: string) => TestVmSpec): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'kata-bench-guest-'));
  try {
    const times: number[] = [];
    for (let i = 0; i < boots; i++) times.push(await bootToReady(specFor(join(dir, `c${i}.sock`))));
    return median(times);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Guest = Pick<TestVmSpec, 'kernel' | 'initrd' | 'image'>;

function initrdGuest(): Guest {
  const kernel = cachedKernel();
  const initrd = cachedInitrd();
  if (!kernel || !initrd) throw new Error('guest assets are not built: run `npm run guest`');
  return { kernel: kernel.vmlinux, initrd: initrd.path };
}

// qemu-args.ts adds root=/dev/pmem0p1 with rootflags=dax.
function imageGuest(agentInit: boolean): Guest {
  const kernel = cachedKernel();
  const image = agentInit ? cachedAgentInitImage() : cachedImage();
  if (!kernel || !image) throw new Error('guest assets are not built: run `npm run guest`');
  return { kernel: kernel.vmlinux, image: { path: image.path, bytes: statSync(image.path).size, nvdimm: true } };
}

/** Median QEMU start → agent ready of a bare QEMU (no runtime) booting the kernel with the initrd. */
export async function bareInitrdBootMs(boots = BOOTS, extraParams: string[] = []): Promise<number> {
  const guest = initrdGuest();
  return medianBootMs(boots, (socket) => agentVm(socket, guest, extraParams));
}

/** The same for the rootfs image as a read-only DAX nvdimm (root=/dev/pmem0p1, rootflags=dax), systemd as init. */
export async function bareImageBootMs(boots = BOOTS, extraParams: string[] = []): Promise<number> {
  const guest = imageGuest(false);
  return medianBootMs(boots, (socket) => agentVm(socket, guest, extraParams));
}

/** The same for the agent-init image (the agent as PID 1 from the DAX nvdimm). */
export async function bareAgentInitBootMs(boots = BOOTS, extraParams: string[] = []): Promise<number> {
  const guest = imageGuest(true);
  return medianBootMs(boots, (socket) => agentVm(socket, guest, extraParams));
}

/** One phase boot (console at loglevel 7 with printk times) and the guest RAM touched 2 s after the agent listens. */
async function phaseBoot(spec: TestVmSpec, imagePath?: string): Promise<{ phases: BootPhases; touched: number }> {
  const cleanups: Array<() => void> = [];
  try {
    const stamper = new LineStamper();
    const vm = bootVm(spec, (f) => cleanups.push(f));
    const started = vm.startedAt;
    let seen = 0;
    const feed = (): void => {
      const out = vm.output();
      stamper.feed(out.slice(seen));
      seen = out.length;
    };
    vm.child.stdout!.on('data', feed);
    await vm.waitFor(/kata-agent ready: /, 180000);
    feed();
    await new Promise((r) => setTimeout(r, 2000));
    const touched = guestRamUse(vm.child.pid!, MEMORY_MIB, imagePath).touched;
    return { phases: bootPhases(stamper.lines, started), touched };
  } finally {
    for (const f of cleanups) f();
  }
}

/** The physical floor's initrd: static busybox and an /init that powers off, nothing else. */
export function floorInitrd(dir: string): string {
  const root = join(dir, 'floor-root');
  for (const d of ['bin', 'dev']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync(BUSYBOX, join(root, 'bin', 'busybox'));
  chmodSync(join(root, 'bin', 'busybox'), 0o755);
  writeFileSync(join(root, 'init'), '#!/bin/busybox sh\nexec /bin/busybox poweroff -f\n', { mode: 0o755 });
  execFileSync('mknod', ['-m', '600', join(root, 'dev', 'console'), 'c', '5', '1']);
  const out = join(dir, 'floor.cpio');
  execFileSync('sh', ['-c', `cd "${root}" && find . | cpio -o -H newc --quiet > "${out}"`]);
  return out;
}

/** QEMU start → QEMU exit of the floor VM: the same kernel and accelerator, TCG. */
export async function floorBootMs(kernel: string, initrd: string): Promise<number> {
  const cleanups: Array<() => void> = [];
  try {
    // Nothing but the kernel and the trivial init: no virtio-rng either (the floor needs no entropy).
    const vm = bootVm({ kernel, initrd, memoryMiB: MEMORY_MIB, kernelParams: ['console=ttyS0', 'panic=-1', 'quiet'], entropySource: undefined }, (f) => cleanups.push(f));
    const code = await vm.exited(120000);
    if (code !== 0) throw new Error(`the floor VM exited ${code}; console:\n${vm.output().slice(-2000)}`);
    return Date.now() - vm.startedAt;
  } finally {
    for (const f of cleanups) f();
  }
}

export const guestSuite: BenchSuite = {
  name: 'guest',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    const image = cachedImage();
    const agentInit = cachedAgentInitImage();
    if (!kernel || !initrd || !image || !agentInit) throw new Error('guest assets are not built: run `npm run guest`');
    const imageFile = statSync(image.path);
    const rows: BenchRow[] = [
      { suite: 'guest', name: 'kernel bzImage size', value: statSync(kernel.bzImage).size / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'kernel vmlinux size', value: statSync(kernel.vmlinux).size / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'initrd size (zstd cpio)', value: statSync(initrd.path).size / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'image size (file)', value: imageFile.size / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'image size (allocated, sparse)', value: (imageFile.blocks * 512) / MiB, unit: 'MiB' },
      { suite: 'guest', name: 'agent-init image size (allocated, sparse)', value: (statSync(agentInit.path).blocks * 512) / MiB, unit: 'MiB' },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-guest-'));
    const kinds = [
      { label: 'initrd', guest: initrdGuest(), imagePath: undefined },
      { label: 'image (DAX nvdimm, systemd)', guest: imageGuest(false), imagePath: image.path },
      { label: 'agent-init image (DAX nvdimm)', guest: imageGuest(true), imagePath: agentInit.path },
    ];
    const boots = kinds.map(() => [] as BootPhases[]);
    const touched = kinds.map(() => [] as number[]);
    const floor: number[] = [];
    try {
      const floorCpio = floorInitrd(dir);
      // Alternated, so a drift of the machine's load spreads over every kind.
      for (let i = 0; i < BOOTS; i++) {
        floor.push(await floorBootMs(kernel.vmlinux, floorCpio));
        for (const [k, kind] of kinds.entries()) {
          const r = await phaseBoot(agentVm(join(dir, `c${i}-${k}.sock`), kind.guest, PHASE_PARAMS), kind.imagePath);
          boots[k]!.push(r.phases);
          touched[k]!.push(r.touched);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const floorMs = median(floor);
    rows.push({ suite: 'guest', name: 'physical floor: busybox initrd, /init powers off: QEMU start → QEMU exit', value: floorMs, unit: 'ms', note: `median of ${BOOTS}, same kernel, TCG, ${MEMORY_MIB} MiB` });
    for (const [k, kind] of kinds.entries()) {
      rows.push(...phaseRows('guest', kind.label, boots[k]!, [], 'console at loglevel 7'));
      rows.push({ suite: 'guest', name: `${kind.label}: QEMU start → agent listening, over the floor`, value: median(boots[k]!.map((p) => p.listening)), unit: 'ms', reference: { label: 'physical floor', value: floorMs } });
      rows.push({ suite: 'guest', name: `${kind.label}: guest RAM touched, agent listening`, value: median(touched[k]!) / MiB, unit: 'MiB', ...(k > 0 ? { reference: { label: 'initrd', value: median(touched[0]!) / MiB } } : {}), note: `Rss of QEMU's ${MEMORY_MIB} MiB RAM mapping 2 s after ready, median of ${BOOTS}` });
    }
    return rows;
  },
};
