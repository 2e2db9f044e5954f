// OnlineCPUMem: after the runtime hot-plugs vCPUs or a DIMM into the running VM (QMP device_add,
// lib/hypervisor/qemu/vm.ts), the guest kernel adds them through ACPI but leaves them offline (the
// kernel has no CONFIG_MEMORY_HOTPLUG_DEFAULT_ONLINE and nothing in the guest runs udev rules), so
// the agent onlines them: /sys/devices/system/cpu/cpuN/online ← 1 and
// /sys/devices/system/memory/memoryN/state ← online (Documentation/core-api/cpu_hotplug.rst,
// Documentation/admin-guide/mm/memory-hotplug.rst). The ACPI notification reaches the guest some
// time after QEMU answered, so the agent waits for the devices to appear. Called by agent.ts.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeadlineExceededError, InvalidArgumentError } from '../../lib/common/errors.js';
import type { Logger } from '../../lib/common/log/logger.js';
import type { grpc } from '../../lib/common/proto/gen/protocols.js';

export interface OnlineOptions {
  /** /sys/devices/system/cpu and /sys/devices/system/memory; tests point them elsewhere. */
  cpuDir?: string;
  memoryDir?: string;
  /** How long to wait for hot-plugged devices to appear in sysfs. */
  timeoutMs?: number;
  pollMs?: number;
}

const CPU_DIR = '/sys/devices/system/cpu';
const MEMORY_DIR = '/sys/devices/system/memory';
// Far beyond any vCPU count QEMU allows (its x86 limit is 288 with q35 in 7.2).
const MAX_CPUS = 1024;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Writes 1 to every offline vCPU's online file (at most `want`); returns the ones onlined. */
function onlineCpus(dir: string, want: number): string[] {
  const done: string[] = [];
  for (const name of readdirSync(dir).filter((n) => /^cpu\d+$/.test(n)).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))) {
    if (done.length >= want) break;
    const file = join(dir, name, 'online');
    // cpu0 has no online file when it cannot be taken offline.
    if (!existsSync(file) || readFileSync(file, 'utf8').trim() !== '0') continue;
    writeFileSync(file, '1');
    done.push(name);
  }
  return done;
}

/** Writes online to every offline memory block; returns the ones onlined. */
function onlineMemory(dir: string): string[] {
  const done: string[] = [];
  for (const name of readdirSync(dir).filter((n) => /^memory\d+$/.test(n))) {
    const file = join(dir, name, 'state');
    if (!existsSync(file) || readFileSync(file, 'utf8').trim() !== 'offline') continue;
    writeFileSync(file, 'online');
    done.push(name);
  }
  return done;
}

export class CpuMemOnliner {
  // One request at a time: two requests counting the same offline vCPUs would each claim them.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly log: Logger, private readonly opts: OnlineOptions = {}) {}

  /** With wait, answers once nb_cpus vCPUs (and, unless cpu_only, the new memory) are online; otherwise at once. */
  handle(req: grpc.IOnlineCPUMemRequest): Promise<void> {
    const nbCpus = req.nbCpus ?? 0;
    if (nbCpus > MAX_CPUS) return Promise.reject(new InvalidArgumentError(`OnlineCPUMem: nb_cpus ${nbCpus} is more than ${MAX_CPUS}`));
    const run = this.queue.then(() => this.online(nbCpus, !req.cpuOnly));
    this.queue = run.catch(() => undefined);
    if (req.wait) return run;
    run.catch((e: Error) => this.log.error('onlining hot-plugged vCPUs or memory failed', { error: e }));
    return Promise.resolve();
  }

  private async online(nbCpus: number, memory: boolean): Promise<void> {
    const cpuDir = this.opts.cpuDir ?? CPU_DIR;
    const memoryDir = this.opts.memoryDir ?? MEMORY_DIR;
    const timeoutMs = this.opts.timeoutMs ?? 10000;
    const pollMs = this.opts.pollMs ?? 50;
    const until = Date.now() + timeoutMs;
    const cpus: string[] = [];
    const blocks: string[] = [];
    // A DIMM's blocks are added together when its ACPI notification is handled: the first
    // offline block means they are all there.
    while (cpus.length < nbCpus || (memory && blocks.length === 0)) {
      if (cpus.length < nbCpus) cpus.push(...onlineCpus(cpuDir, nbCpus - cpus.length));
      if (memory && blocks.length === 0) {
        if (!existsSync(memoryDir)) throw new InvalidArgumentError(`OnlineCPUMem: ${memoryDir} does not exist: the guest kernel has no memory hot-plug (CONFIG_MEMORY_HOTPLUG)`);
        blocks.push(...onlineMemory(memoryDir));
      }
      if (cpus.length >= nbCpus && (!memory || blocks.length > 0)) break;
      if (Date.now() > until) {
        const missing = [cpus.length < nbCpus ? `${nbCpus - cpus.length} of ${nbCpus} vCPUs` : '', memory && blocks.length === 0 ? 'the hot-plugged memory' : ''].filter(Boolean).join(' and ');
        throw new DeadlineExceededError(`OnlineCPUMem: ${missing} did not appear offline in ${cpuDir} / ${memoryDir} within ${timeoutMs} ms`);
      }
      await sleep(pollMs);
    }
    this.log.info('onlined hot-plugged resources', { cpus: cpus.join(' '), memoryBlocks: blocks.length });
  }
}
