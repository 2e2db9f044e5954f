// VM templating, Kata's `[factory] enable_template`: one VM is booted to its listening agent,
// paused, and saved — its RAM in a file (`memory`), its device state in another (`state`), what it
// was made from in `template.json`. A new sandbox whose VM would be the same (template key: every
// guest-visible part of the QEMU spec) starts QEMU on that RAM copy-on-write and loads the state:
// no kernel boot, no agent start, and the template's pages are shared by every clone until one
// writes to them. The runtime then gives the clone's guest fresh entropy and the host's time
// (sandbox.ts). A sandbox that differs (another size, kernel parameters, a NIC, the debug console)
// boots as usual, and says why in its log. Made by `kata-runtime factory init`.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAssets } from '../config/assets.js';
import type { RuntimeConfig } from '../config/types.js';
import { chooseAccel, probeHost } from '../hypervisor/accel.js';
import type { Vm } from '../hypervisor/hypervisor.js';
import type { VmPlan } from '../hypervisor/plan.js';
import type { QemuVmSpec } from '../hypervisor/qemu-args.js';
import { qemuSpec } from '../hypervisor/qemu/spec.js';
import { hypervisorFor } from '../hypervisor/select.js';
import type { Logger } from '../common/log/logger.js';
import { SandboxChannel } from '../agent/channel.js';
import { connect } from '../agent/connect.js';
import { ConsoleWatch } from '../agent/console-watch.js';
import { configuredDeadlines } from '../agent/deadlines.js';
import { AGENT_READY_PREFIX } from '../common/agent/ready-line.js';
import { warmUpAgent } from './warm-up.js';
import { SandboxSharedFs } from '../runtime/shared-fs.js';
import { baseSize, guestKernelParams, vmPlan } from '../runtime/vm-plan.js';

const RECORD = 'template.json';
const MEMORY = 'memory';
const STATE = 'state';
const VERSION = 1;
/** What the agent's deadline errors call the template's VM (in place of a sandbox id). */
const TEMPLATE_ID = 'template';
/**
 * After the agent listens, the guest still finishes its own start (deferred kernel work, the first
 * free page report): done once in the template instead of again in every clone.
 */
const SETTLE_MS = 500;

/** Every part of a VM that its guest can see, which a clone must share with its template. */
export type TemplateKey = Record<string, unknown>;

export interface TemplateFiles {
  dir: string;
  memory: string;
  state: string;
}

interface TemplateRecord {
  version: number;
  createdAt: string;
  key: TemplateKey;
}

/** A file as the key knows it: path, size and modification time (a rebuilt kernel is another). */
function fileId(path: string): string {
  try {
    const st = statSync(path);
    return `${path} (${st.size} bytes, modified ${new Date(st.mtimeMs).toISOString()})`;
  } catch {
    return `${path} (missing)`;
  }
}

/**
 * The guest-visible parts of a QEMU spec: machine, CPU, memory and its growth room, firmware and
 * guest assets, kernel command line, devices and their guest names. Host-side paths (sockets,
 * logs, the shared directory), the network namespace, the seccomp filter and the identity QEMU
 * runs as are left out: a clone has its own.
 */
export function templateKey(s: QemuVmSpec): TemplateKey {
  return {
    qemu: fileId(s.qemuPath),
    machineType: s.machineType,
    accel: s.accel,
    cpuModel: s.cpuModel ?? null,
    vcpus: s.vcpus,
    memoryMiB: s.memoryMiB,
    hotplug: s.hotplug ?? null,
    kernel: fileId(s.kernel),
    image: s.image ? { file: fileId(s.image.path), nvdimm: s.image.nvdimm } : null,
    initrd: s.initrd ? fileId(s.initrd) : null,
    kernelParams: s.kernelParams,
    agentChannel: s.agentChannel?.name ?? null,
    debugConsoleChannel: s.debugConsoleChannel?.name ?? null,
    serialPorts: (s.serialPorts ?? []).map((p) => p.name),
    vhostUserVsock: !!s.vhostUserVsock,
    sharedDirTag: s.sharedDir?.tag ?? null,
    virtioFsTag: s.virtioFs?.tag ?? null,
    nics: s.nics?.length ?? 0,
    tcgTbSizeMiB: s.tcgTbSizeMiB ?? 0,
    entropySource: s.entropySource ?? '',
    freePageReporting: !!s.freePageReporting,
  };
}

/** The first part where `vm` differs from the template, or undefined when a clone fits. */
export function keyDifference(template: TemplateKey, vm: TemplateKey): string | undefined {
  for (const k of new Set([...Object.keys(template), ...Object.keys(vm)])) {
    const a = JSON.stringify(template[k]);
    const b = JSON.stringify(vm[k]);
    if (a !== b) return `${k}: the template has ${a ?? 'nothing'}, this VM ${b ?? 'nothing'}`;
  }
  return undefined;
}

function filesIn(dir: string): TemplateFiles {
  return { dir, memory: join(dir, MEMORY), state: join(dir, STATE) };
}

/** The template in `dir` and its record; throws naming what is missing or corrupt. */
export function loadTemplate(dir: string): { files: TemplateFiles; record: TemplateRecord } {
  const recordFile = join(dir, RECORD);
  if (!existsSync(recordFile)) throw new Error(`no VM template in ${dir} (run kata-runtime factory init)`);
  let record: TemplateRecord;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8')) as TemplateRecord;
  } catch (e) {
    throw new Error(`${recordFile} is corrupt: ${(e as Error).message}`);
  }
  if (typeof record !== 'object' || record === null || record.version !== VERSION || typeof record.key !== 'object' || record.key === null || typeof record.createdAt !== 'string') {
    throw new Error(`${recordFile} is not a version ${VERSION} template record`);
  }
  const files = filesIn(dir);
  for (const f of [files.memory, files.state]) if (!existsSync(f)) throw new Error(`the VM template in ${dir} has no ${f}`);
  return { files, record };
}

/**
 * The template a sandbox's VM can be cloned from, or undefined (logged: why it boots instead).
 * A missing or corrupt template is a warning, as in Kata: the sandbox still starts.
 */
export function usableTemplate(dir: string, spec: QemuVmSpec, log: Logger): TemplateFiles | undefined {
  let t: ReturnType<typeof loadTemplate>;
  try {
    t = loadTemplate(dir);
  } catch (e) {
    log.warn('VM template not used; booting the VM', { reason: (e as Error).message });
    return undefined;
  }
  const diff = keyDifference(t.record.key, templateKey(spec));
  if (diff) {
    log.info('VM template not used: this VM differs from it; booting the VM', { reason: diff, template: dir });
    return undefined;
  }
  return t.files;
}

/** The template a sandbox's planned VM can be cloned from (usableTemplate), or undefined. */
export function templateFor(c: RuntimeConfig, plan: VmPlan, log: Logger): TemplateFiles | undefined {
  return usableTemplate(c.factory.templatePath, qemuSpec(c, plan), log);
}

/** A clone's plan: the template's RAM file mapped copy-on-write, the VM waiting for the state. */
export function clonePlan(plan: VmPlan, t: TemplateFiles): VmPlan {
  return { ...plan, memoryFile: { path: t.memory, share: false }, incoming: true };
}

/** What the template's VM is: a sandbox of the base size, with no network and no extra parameters. */
function templateVmPlan(c: RuntimeConfig, dir: string, accel: 'kvm' | 'tcg'): { plan: VmPlan; channel: SandboxChannel } {
  const channel = SandboxChannel.plan(c.agent.kata.channel, dir, c.agent.kata.debugConsoleEnabled);
  const sharedFs = SandboxSharedFs.plan(c.hypervisor.qemu, dir, join(dir, 'shared'));
  return { plan: vmPlan(c, { dir, accel, size: baseSize(c), kernelParams: guestKernelParams(c, channel), channel, sharedFs }), channel };
}

function requireEnabled(c: RuntimeConfig): void {
  if (!c.factory.enableTemplate) throw new Error(`VM templating is off: set enable_template = true in [factory] of ${c.origin.path}`);
}

/** The agent's first run of each clone's requests, done once in the template (warm-up.ts). */
async function warmAgent(c: RuntimeConfig, channel: SandboxChannel, vm: Vm, timeoutMs: number): Promise<void> {
  const client = await connect(channel, { boot: { vm, timeoutMs }, deadlines: configuredDeadlines(c, TEMPLATE_ID) });
  try {
    await warmUpAgent(client, timeoutMs);
  } finally {
    client.close(); // a clone's runtime connects anew
  }
}

async function waitForAgent(vm: Vm, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  const ready = new ConsoleWatch(vm.consoleLog, AGENT_READY_PREFIX);
  for (;;) {
    if (!vm.running) throw new Error(`the template VM exited before its agent listened; console:\n${vm.consoleTail(30)}`);
    if (ready.seen()) return;
    if (Date.now() > until) throw new Error(`the template VM's agent did not listen within ${timeoutMs / 1000} s (dial_timeout); console:\n${vm.consoleTail(30)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Boots one clone of the template in `dir` and waits for its agent's Health answer: a template
 * that cannot be cloned (QEMU refuses the state, the agent does not come back) fails here, once,
 * and not in every sandbox.
 */
async function checkClone(c: RuntimeConfig, files: TemplateFiles, dir: string, accel: 'kvm' | 'tcg', log: Logger): Promise<number> {
  mkdirSync(join(dir, 'shared'), { recursive: true });
  const { plan, channel } = templateVmPlan(c, dir, accel);
  const t0 = performance.now();
  const vm = await hypervisorFor(c).start(clonePlan(plan, files), log);
  try {
    await vm.restoreState(files.state);
    const client = await connect(channel, { boot: { vm, timeoutMs: c.agent.kata.dialTimeout * 1000 }, deadlines: configuredDeadlines(c, TEMPLATE_ID) });
    client.close();
    return performance.now() - t0;
  } finally {
    await vm.stop(2000);
  }
}

export interface TemplateStatus {
  dir: string;
  exists: boolean;
  createdAt?: string;
  /** Why it cannot be used: corrupt, or made for another VM than this configuration's (the first difference). */
  problem?: string;
  /** Bytes of RAM the template holds (the file's allocated blocks). */
  memoryBytes?: number;
  stateBytes?: number;
}

/** The template of this configuration: there or not, usable by its default sandbox or not, its size. */
export function templateStatus(c: RuntimeConfig): TemplateStatus {
  const dir = c.factory.templatePath;
  if (!existsSync(join(dir, RECORD))) return { dir, exists: false };
  try {
    const { files, record } = loadTemplate(dir);
    const accel = chooseAccel(c.hypervisor.qemu.accel, probeHost()).accel;
    const diff = keyDifference(record.key, templateKey(qemuSpec(c, templateVmPlan(c, dir, accel).plan)));
    return {
      dir,
      exists: true,
      createdAt: record.createdAt,
      ...(diff ? { problem: `made for another VM than this configuration's: ${diff}` } : {}),
      memoryBytes: statSync(files.memory).blocks * 512,
      stateBytes: statSync(files.state).size,
    };
  } catch (e) {
    return { dir, exists: true, problem: (e as Error).message };
  }
}

/**
 * Makes the configuration's template in factory.template_path: boots the VM with its RAM in a
 * shared file, waits for the agent, warms it up (warm-up.ts), lets the guest settle, saves the
 * state, stops QEMU, and checks that a clone's agent answers. Built beside the final directory
 * and renamed into place, so a failure (or a crash) never leaves a half-made template where
 * sandboxes look for one.
 */
export async function makeTemplate(c: RuntimeConfig, log: Logger, say: (line: string) => void = () => undefined): Promise<TemplateStatus & { bootMs: number; cloneMs: number }> {
  requireEnabled(c);
  const dir = c.factory.templatePath;
  if (existsSync(join(dir, RECORD))) throw new Error(`a VM template already exists in ${dir}: run kata-runtime factory destroy first`);
  await checkAssets(c);
  const build = `${dir}.build-${process.pid}`;
  const check = `${dir}.check-${process.pid}`;
  rmSync(build, { recursive: true, force: true });
  mkdirSync(join(build, 'shared'), { recursive: true });
  let vm: Vm | undefined;
  try {
    const accel = chooseAccel(c.hypervisor.qemu.accel, probeHost());
    if (accel.warning) log.warn(accel.warning);
    const { plan, channel } = templateVmPlan(c, build, accel.accel);
    const t0 = performance.now();
    say(`booting the template VM (${plan.vcpus} vCPU, ${plan.memoryMiB} MiB, ${accel.accel})`);
    vm = await hypervisorFor(c).start({ ...plan, memoryFile: { path: join(build, MEMORY), share: true } }, log);
    await waitForAgent(vm, c.agent.kata.dialTimeout * 1000);
    const bootMs = performance.now() - t0;
    say(`the agent listens after ${Math.round(bootMs)} ms; warming it up (a clone's first requests and a container, once)`);
    await warmAgent(c, channel, vm, c.agent.kata.dialTimeout * 1000);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    say('saving the VM');
    await vm.saveState(join(build, STATE));
    await vm.stop(5000);
    const record: TemplateRecord = { version: VERSION, createdAt: new Date().toISOString(), key: templateKey(qemuSpec(c, plan)) };
    writeFileSync(join(build, RECORD), JSON.stringify(record, null, 2) + '\n');
    rmSync(join(build, 'shared'), { recursive: true, force: true });
    if (existsSync(dir)) rmdirSync(dir); // an empty directory only: a template there was refused above
    renameSync(build, dir);
    say('checking that a clone starts and its agent answers');
    let cloneMs: number;
    try {
      cloneMs = await checkClone(c, filesIn(dir), check, accel.accel, log);
    } catch (e) {
      destroyTemplate(dir);
      throw new Error(`the template was made but a clone of it did not start, so it was removed: ${(e as Error).message}`, { cause: e });
    }
    say(`a clone's agent answered ${Math.round(cloneMs)} ms after QEMU started`);
    return { ...templateStatus(c), bootMs, cloneMs };
  } finally {
    await vm?.stop(2000).catch(() => undefined);
    rmSync(build, { recursive: true, force: true });
    rmSync(check, { recursive: true, force: true });
  }
}

/**
 * Removes the template; returns whether there was one. Running clones are not affected: each has
 * its state loaded and keeps its own mapping of the RAM file, which lives on until the last goes.
 */
export function destroyTemplate(dir: string): boolean {
  if (!existsSync(dir)) return false;
  rmSync(dir, { recursive: true, force: true });
  return true;
}
