// `kata-runtime factory init|destroy|status` (Kata's command): make, remove and show the VM
// template of the configuration in effect (lib/factory/template.ts). Progress goes to stderr; the
// result (and --json) to stdout.
import { loadConfig } from '../config/load.js';
import { Logger } from '../common/log/logger.js';
import { type TemplateStatus, destroyTemplate, makeTemplate, templateStatus } from '../factory/template.js';

const MiB = 1048576;

export function formatStatus(s: TemplateStatus): string {
  if (!s.exists) return `no VM template in ${s.dir}`;
  const lines = [`VM template in ${s.dir}`];
  if (s.createdAt) lines.push(`  made       : ${s.createdAt}`);
  if (s.memoryBytes !== undefined) lines.push(`  guest RAM  : ${(s.memoryBytes / MiB).toFixed(1)} MiB held (shared by every clone)`);
  if (s.stateBytes !== undefined) lines.push(`  state      : ${(s.stateBytes / 1024).toFixed(0)} KiB`);
  lines.push(s.problem ? `  not usable : ${s.problem}` : '  usable     : yes, by sandboxes of the default size');
  return lines.join('\n');
}

export async function factoryInit(say: (line: string) => void): Promise<TemplateStatus & { bootMs: number; cloneMs: number }> {
  const config = loadConfig();
  // QEMU's and the template's messages at warn and above: the steps are said by `say`.
  const log = new Logger({ component: 'kata-runtime', level: 'warn' });
  return makeTemplate(config, log, say);
}

export function factoryDestroy(): { dir: string; removed: boolean } {
  const dir = loadConfig().factory.templatePath;
  return { dir, removed: destroyTemplate(dir) };
}

export function factoryStatus(): TemplateStatus {
  return templateStatus(loadConfig());
}
