// Kernel config fragments: reads guest/osbuilder/kernel/fragments/*.conf (one concern per file),
// merges them for `make allnoconfig KCONFIG_ALLCONFIG=…`, and checks the final .config, because
// Kconfig drops an option silently when one of its dependencies is missing. Used by
// guest/osbuilder/kernel/build.ts and its tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Fragment {
  file: string;
  text: string;
  /** CONFIG_NAME → wanted value ("y", "n", or a literal such as "64" or "\"x\""). */
  options: Map<string, string>;
}

const SET = /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/;
const UNSET = /^# (CONFIG_[A-Za-z0-9_]+) is not set$/;

/** Parses .config syntax: `CONFIG_X=v` and `# CONFIG_X is not set`; other comments are ignored. */
export function parseConfig(text: string, file = '<config>'): Map<string, string> {
  const out = new Map<string, string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const set = SET.exec(line);
    const unset = UNSET.exec(line);
    if (set) out.set(set[1]!, set[2]!);
    else if (unset) out.set(unset[1]!, 'n');
    else if (!line.startsWith('#')) throw new Error(`${file}:${i + 1}: not a kernel config line: ${JSON.stringify(line)}`);
  });
  return out;
}

export function readFragments(dir: string): Fragment[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.conf')).sort();
  if (files.length === 0) throw new Error(`no kernel config fragments (*.conf) in ${dir}`);
  return files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    return { file: f, text, options: parseConfig(text, join(dir, f)) };
  });
}

/** The fragments as one allconfig file; a later fragment setting the same option differently is an error. */
export function mergeFragments(fragments: Fragment[]): string {
  const seen = new Map<string, { value: string; file: string }>();
  for (const fr of fragments) {
    for (const [k, v] of fr.options) {
      const prev = seen.get(k);
      if (prev && prev.value !== v) throw new Error(`${k} is ${prev.value} in ${prev.file} but ${v} in ${fr.file}`);
      seen.set(k, { value: v, file: fr.file });
    }
  }
  return [...seen].map(([k, { value }]) => (value === 'n' ? `# ${k} is not set` : `${k}=${value}`)).join('\n') + '\n';
}

export interface Mismatch {
  option: string;
  wanted: string;
  got: string; // "n" when absent
  file: string;
}

/** Every option a fragment asks for that the final config does not have as asked. */
export function checkConfig(fragments: Fragment[], final: Map<string, string>): Mismatch[] {
  const out: Mismatch[] = [];
  for (const fr of fragments) {
    for (const [option, wanted] of fr.options) {
      const got = final.get(option) ?? 'n';
      if (got !== wanted) out.push({ option, wanted, got, file: fr.file });
    }
  }
  return out;
}

export function describeMismatches(ms: Mismatch[]): string {
  return ms.map((m) => `  ${m.option}: asked ${m.wanted} in ${m.file}, got ${m.got === 'n' ? 'not set' : m.got}`).join('\n');
}
