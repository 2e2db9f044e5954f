// The VM template a sandbox can start from (Kata's `[factory] enable_template`): where it lives
// (`template.json`, `memory`, `state` in factory.template_path), the key that says which VMs may be
// cloned from it (every guest-visible part of the VM, as its hypervisor names them), and a clone's plan: QEMU on the
// template's RAM copy-on-write, waiting for its state. The sandbox's VM (sandbox-vm.ts) clones
// from it when one fits; lib/factory/template.ts makes, checks and removes it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VmPlan } from '../hypervisor/plan.js';
import type { GuestKey } from '../hypervisor/hypervisor.js';
import type { Logger } from '../common/log/logger.js';

export const TEMPLATE_RECORD = 'template.json';
const MEMORY = 'memory';
const STATE = 'state';
export const TEMPLATE_VERSION = 1;

/** Every part of a VM that its guest can see (the hypervisor's guestKey), which a clone must share with its template. */
export type TemplateKey = GuestKey;

export interface TemplateFiles {
  dir: string;
  memory: string;
  state: string;
}

export interface TemplateRecord {
  version: number;
  createdAt: string;
  key: TemplateKey;
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

export function templateFiles(dir: string): TemplateFiles {
  return { dir, memory: join(dir, MEMORY), state: join(dir, STATE) };
}

/** The template in `dir` and its record; throws naming what is missing or corrupt. */
export function loadTemplate(dir: string): { files: TemplateFiles; record: TemplateRecord } {
  const recordFile = join(dir, TEMPLATE_RECORD);
  if (!existsSync(recordFile)) throw new Error(`no VM template in ${dir} (run kata-runtime factory init)`);
  let record: TemplateRecord;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8')) as TemplateRecord;
  } catch (e) {
    throw new Error(`${recordFile} is corrupt: ${(e as Error).message}`);
  }
  if (typeof record !== 'object' || record === null || record.version !== TEMPLATE_VERSION || typeof record.key !== 'object' || record.key === null || typeof record.createdAt !== 'string') {
    throw new Error(`${recordFile} is not a version ${TEMPLATE_VERSION} template record`);
  }
  const files = templateFiles(dir);
  for (const f of [files.memory, files.state]) if (!existsSync(f)) throw new Error(`the VM template in ${dir} has no ${f}`);
  return { files, record };
}

/**
 * The template a sandbox's VM can be cloned from, or undefined (logged: why it boots instead).
 * A missing or corrupt template is a warning, as in Kata: the sandbox still starts.
 */
export function usableTemplate(dir: string, key: TemplateKey, log: Logger): TemplateFiles | undefined {
  let t: ReturnType<typeof loadTemplate>;
  try {
    t = loadTemplate(dir);
  } catch (e) {
    log.warn('VM template not used; booting the VM', { reason: (e as Error).message });
    return undefined;
  }
  const diff = keyDifference(t.record.key, key);
  if (diff) {
    log.info('VM template not used: this VM differs from it; booting the VM', { reason: diff, template: dir });
    return undefined;
  }
  return t.files;
}

/** A clone's plan: the template's RAM file mapped copy-on-write, the VM waiting for the state. */
export function clonePlan(plan: VmPlan, t: TemplateFiles): VmPlan {
  return { ...plan, memoryFile: { path: t.memory, share: false }, incoming: true };
}
