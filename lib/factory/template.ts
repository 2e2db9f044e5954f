// Making the VM template of Kata's `[factory] enable_template` (the template itself, its key and
// a clone's plan: lib/runtime/vm-template.ts): one VM is booted to its listening agent, warmed up,
// paused, and saved — its RAM in a file (`memory`), its device state in another (`state`), what
// it was made from in `template.json`. A new sandbox whose VM would be the same then starts QEMU
// on that RAM copy-on-write and loads the state: no kernel boot, no agent start, and the
// template's pages are shared by every clone until one writes to them. Its VMs are launched as a
// sandbox's are (lib/runtime/sandbox-vm.ts), without a cgroup, network or start slot. Made by
// `kata-runtime factory init`.
import { existsSync, mkdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAssets } from '../config/assets.js';
import type { RuntimeConfig } from '../config/types.js';
import { chooseAccel, probeHost } from '../hypervisor/accel.js';
import { hypervisorFor } from '../hypervisor/select.js';
import type { Logger } from '../common/log/logger.js';
import { SandboxChannel } from '../agent/channel.js';
import { SandboxSharedFs } from '../runtime/shared-fs.js';
import type { VmPlan } from '../hypervisor/plan.js';
import { SandboxVm, type VmStart, sandboxKernelParams } from '../runtime/sandbox-vm.js';
import { baseSize, vmPlan } from '../runtime/vm-plan.js';
import { TEMPLATE_RECORD, TEMPLATE_VERSION, type TemplateFiles, type TemplateRecord, keyDifference, loadTemplate, templateFiles } from '../runtime/vm-template.js';
import { warmUpAgent } from './warm-up.js';

/** What the agent's deadline errors call the template's VM (in place of a sandbox id). */
const TEMPLATE_ID = 'template';
/**
 * After the agent listens, the guest still finishes its own start (deferred kernel work, the first
 * free page report): done once in the template instead of again in every clone.
 */
const SETTLE_MS = 500;

/** The template's VM's plan, as a sandbox of the base size with no network plans its own. */
function templateVmPlan(c: RuntimeConfig, dir: string, accel: 'kvm' | 'tcg'): VmPlan {
  const channel = SandboxChannel.plan(c.agent.kata.channel, dir, c.agent.kata.debugConsoleEnabled);
  const sharedFs = SandboxSharedFs.plan(c.hypervisor.qemu, dir, join(dir, 'shared'));
  return vmPlan(c, { dir, accel, size: baseSize(c), kernelParams: sandboxKernelParams(c, channel), channel, sharedFs });
}

function requireEnabled(c: RuntimeConfig): void {
  if (!c.factory.enableTemplate) throw new Error(`VM templating is off: set enable_template = true in [factory] of ${c.origin.path}`);
}

/** A VM of the template's kind in `dir`, launched as a sandbox's is but with nothing of a pod's. */
function launchTemplateVm(c: RuntimeConfig, dir: string, start: VmStart, log: Logger): Promise<SandboxVm> {
  return SandboxVm.launch({ id: TEMPLATE_ID, config: c, log, dir, size: baseSize(c), start });
}

/**
 * Starts one clone of the template in `dir` as a sandbox would, and waits for its agent's Health
 * answer: a template that cannot be cloned (QEMU refuses the state, the agent does not come back)
 * fails here, once, and not in every sandbox.
 */
async function checkClone(c: RuntimeConfig, files: TemplateFiles, dir: string, log: Logger): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const svm = await launchTemplateVm(c, dir, { kind: 'clone', template: files }, log);
  try {
    await svm.settleClone();
    return performance.now() - t0;
  } finally {
    for (const p of await svm.stop()) log.warn('template check: not undone', { error: p });
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
  if (!existsSync(join(dir, TEMPLATE_RECORD))) return { dir, exists: false };
  try {
    const { files, record } = loadTemplate(dir);
    const accel = chooseAccel(c.hypervisor.qemu.accel, probeHost()).accel;
    const diff = keyDifference(record.key, hypervisorFor(c).guestKey(templateVmPlan(c, dir, accel)));
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
  if (existsSync(join(dir, TEMPLATE_RECORD))) throw new Error(`a VM template already exists in ${dir}: run kata-runtime factory destroy first`);
  await checkAssets(c);
  const build = `${dir}.build-${process.pid}`;
  const check = `${dir}.check-${process.pid}`;
  rmSync(build, { recursive: true, force: true });
  mkdirSync(join(build, 'shared'), { recursive: true });
  let svm: SandboxVm | undefined;
  try {
    const accel = chooseAccel(c.hypervisor.qemu.accel, probeHost()).accel;
    const size = baseSize(c);
    const files = templateFiles(build);
    const t0 = performance.now();
    say(`booting the template VM (${size.vcpus} vCPU, ${size.memoryMiB} MiB, ${accel})`);
    svm = await launchTemplateVm(c, build, { kind: 'boot-into', memoryFile: files.memory }, log);
    const bootMs = performance.now() - t0;
    say(`the agent listens after ${Math.round(bootMs)} ms; warming it up (a clone's first requests and a container, once)`);
    await warmUpAgent(svm.client, c.agent.kata.dialTimeout * 1000);
    svm.client.close(); // a clone's runtime connects anew
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    say('saving the VM');
    await svm.vm.saveState(files.state);
    const key = hypervisorFor(c).guestKey(svm.plan);
    const stopped = svm;
    svm = undefined;
    for (const p of await stopped.stop()) log.warn('template VM: not undone', { error: p });
    const record: TemplateRecord = { version: TEMPLATE_VERSION, createdAt: new Date().toISOString(), key };
    writeFileSync(join(build, TEMPLATE_RECORD), JSON.stringify(record, null, 2) + '\n');
    rmSync(join(build, 'shared'), { recursive: true, force: true });
    if (existsSync(dir)) rmdirSync(dir); // an empty directory only: a template there was refused above
    renameSync(build, dir);
    say('checking that a clone starts and its agent answers');
    let cloneMs: number;
    try {
      cloneMs = await checkClone(c, templateFiles(dir), check, log);
    } catch (e) {
      destroyTemplate(dir);
      throw new Error(`the template was made but a clone of it did not start, so it was removed: ${(e as Error).message}`, { cause: e });
    }
    say(`a clone's agent answered ${Math.round(cloneMs)} ms after QEMU started`);
    return { ...templateStatus(c), bootMs, cloneMs };
  } finally {
    if (svm) for (const p of await svm.stop()) log.warn('template VM: not undone', { error: p });
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
