// Reading and writing cgroup control files with errors that name the file and the value, and the
// parsers for their formats (single values, "key value" lines). Used by lib/common/cgroup/v1.ts and v2.ts.
import { readFile, writeFile } from 'node:fs/promises';

export class CgroupFileError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'CgroupFileError';
  }
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'EIO';
}

export async function writeControl(path: string, value: string | number): Promise<void> {
  try {
    await writeFile(path, String(value));
  } catch (e) {
    throw new CgroupFileError(path, codeOf(e), `write ${JSON.stringify(String(value))} to ${path}: ${codeOf(e)}`, { cause: e });
  }
}

export async function readControl(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (e) {
    throw new CgroupFileError(path, codeOf(e), `read ${path}: ${codeOf(e)}`, { cause: e });
  }
}

/** Like readControl but undefined when the file does not exist (older kernels, absent controller). */
export async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readControl(path);
  } catch (e) {
    if (e instanceof CgroupFileError && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

/** v1 reports "no limit" as a page-rounded 2^63-1; v2 as "max". Both become undefined. */
export function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined || text === 'max' || text === '-1') return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n >= 2 ** 62) return undefined;
  return n;
}

export function parseNumber(text: string | undefined): number {
  if (text === undefined) return 0;
  const n = Number(text);
  return Number.isFinite(n) ? n : 0;
}

/** "key value" per line (memory.stat, cpu.stat, memory.events, memory.oom_control). */
export function parseKeyed(text: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (!text) return out;
  for (const line of text.split('\n')) {
    const [k, v] = line.trim().split(/\s+/);
    if (k && v !== undefined && Number.isFinite(Number(v))) out[k] = Number(v);
  }
  return out;
}

/** Whitespace-separated numbers (cpuacct.usage_percpu). */
export function parseList(text: string | undefined): number[] {
  if (!text) return [];
  return text.split(/\s+/).filter(Boolean).map(Number);
}

/** Pids in cgroup.procs. */
export function parsePids(text: string | undefined): number[] {
  return parseList(text).filter((n) => n > 0);
}
