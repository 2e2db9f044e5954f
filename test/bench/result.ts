// What a benchmark suite reports: one row per figure, printed as a table by test/bench/main.ts.
import { readFileSync } from 'node:fs';
export interface BenchRow {
  suite: string;
  name: string;
  value: number;
  unit: string;
  /** Optional reference figure measured in the same run (runc, bare QEMU, …) and its label. */
  reference?: { label: string; value: number };
  note?: string;
  /** Which way is better; when left out, rates (a unit per second) are better higher and everything else lower. */
  better?: 'lower' | 'higher';
}

/** The direction a row is better in, as printed beside it. */
export function betterOf(row: BenchRow): 'lower' | 'higher' {
  return row.better ?? (/\/s$/.test(row.unit) ? 'higher' : 'lower');
}

export interface BenchSuite {
  name: string;
  /** Returns the rows, or throws an Error whose message says what is missing to run it. */
  run(): Promise<BenchRow[]>;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Proportional set size of a process in bytes (shared pages split among their users). */
export function pss(pid: number): number {
  const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}
