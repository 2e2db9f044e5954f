// Where a VM's boot time goes, for the guest, runtime and ctr bench suites: the serial console's
// lines stamped with the host time they appeared (a live stream or a console log file polled),
// the kernel's own printk timestamps, and the agent's own start-up figure from its ready line,
// turned into phases counted from QEMU's start: first console line → the kernel runs init → the
// agent process started → the agent listening. Also the guest RAM a QEMU has touched, from its
// smaps. Only the bench uses this (test/bench/*.ts).
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { type BenchRow, median } from './result.js';

/**
 * Kernel parameters for a phase boot: printk timestamps, and the console loglevel raised past
 * `quiet` (later wins) so the KERN_INFO line "Run <init> as init process" is printed.
 */
export const PHASE_PARAMS = ['printk.time=1', 'loglevel=7'];

export interface StampedLine {
  /** Host time the line was seen (epoch ms). */
  atMs: number;
  text: string;
}

/** Splits a byte stream into lines, each stamped with the host time its end arrived. */
export class LineStamper {
  readonly lines: StampedLine[] = [];
  private partial = '';

  feed(chunk: string, atMs = Date.now()): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop()!;
    for (const p of parts) this.lines.push({ atMs, text: p.replace(/\r$/, '') });
  }
}

/**
 * Follows a console log file that may not exist yet, reading what was appended every few ms.
 * stop() returns every line seen (and reads what is left).
 */
export function followFile(path: () => string | undefined, everyMs = 5): { stop(): StampedLine[] } {
  const stamper = new LineStamper();
  let fd: number | undefined;
  let offset = 0;
  const buf = Buffer.alloc(65536);
  const poll = (): void => {
    if (fd === undefined) {
      const p = path();
      if (!p || !existsSync(p)) return;
      try {
        fd = openSync(p, 'r');
      } catch {
        return;
      }
    }
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, offset);
      } catch {
        return; // the file went with its sandbox
      }
      if (n <= 0) return;
      offset += n;
      stamper.feed(buf.subarray(0, n).toString('utf8'));
    }
  };
  const timer = setInterval(poll, everyMs);
  let stopped = false;
  return {
    stop(): StampedLine[] {
      if (stopped) return stamper.lines;
      stopped = true;
      clearInterval(timer);
      poll();
      if (fd !== undefined) closeSync(fd);
      return stamper.lines;
    },
  };
}

/** When a process started, as epoch ms (10 ms resolution: /proc/PID/stat counts clock ticks since boot). */
export function processStartMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  const now = Date.now();
  const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  return now - (uptime - ticks / 100) * 1000; // USER_HZ is 100 on Linux
}

export interface BootPhases {
  /** ms from QEMU's start (host clock) to each mark. */
  firstLine: number;
  init: number;
  agentStarted: number;
  listening: number;
  /** The kernel's own clock (printk) when it ran init: the kernel's part alone, in ms. */
  kernelToInit: number;
}

const INIT_LINE = /\[\s*(\d+\.\d+)\] Run (\S+) as init process/;
const READY_LINE = /kata-agent ready: .*, (\d+) ms\)/;

/** The phases of one boot from its stamped console lines; throws naming the mark that is missing. */
export function bootPhases(lines: readonly StampedLine[], qemuStartMs: number): BootPhases {
  // The kernel's first line (QEMU's own warnings share the stream in bare boots).
  const first = lines.find((l) => /^\[\s*\d+\.\d+\] /.test(l.text));
  const init = lines.find((l) => INIT_LINE.test(l.text));
  const ready = lines.find((l) => READY_LINE.test(l.text));
  const missing = !first ? 'kernel line (printk.time=1)' : !init ? '"Run … as init process" (is printk.time=1 loglevel=7 on the command line?)' : !ready ? 'the agent\'s ready line' : undefined;
  if (missing) throw new Error(`boot phases: the console has no ${missing}; it ends:\n${lines.slice(-20).map((l) => l.text).join('\n')}`);
  const agentOwnMs = Number(READY_LINE.exec(ready!.text)![1]);
  return {
    firstLine: first!.atMs - qemuStartMs,
    init: init!.atMs - qemuStartMs,
    agentStarted: ready!.atMs - agentOwnMs - qemuStartMs,
    listening: ready!.atMs - qemuStartMs,
    kernelToInit: Number(INIT_LINE.exec(init!.text)![1]) * 1000,
  };
}

/**
 * Rows for the medians of several boots' phases, each counted from QEMU's start, then `later`:
 * marks after the agent listens (CreateSandbox done, container running), same origin.
 */
export function phaseRows(suite: string, label: string, boots: readonly BootPhases[], later: Array<{ mark: string; ms: number[] }> = [], note = ''): BenchRow[] {
  const n = boots.length;
  const m = (f: (p: BootPhases) => number): number => median(boots.map(f));
  const why = `median of ${n}; host clock from QEMU's start${note ? `; ${note}` : ''}`;
  return [
    { suite, name: `${label}: QEMU start → first console line`, value: m((p) => p.firstLine), unit: 'ms', note: why },
    { suite, name: `${label}: QEMU start → kernel runs init`, value: m((p) => p.init), unit: 'ms', note: 'the "Run … as init process" line' },
    { suite, name: `${label}: kernel → init (kernel clock)`, value: m((p) => p.kernelToInit), unit: 'ms', note: 'printk timestamp of that line; goal for the image ≤ 1500 on TCG' },
    { suite, name: `${label}: QEMU start → agent process started`, value: m((p) => p.agentStarted), unit: 'ms', note: 'ready line minus the agent\'s own start-up figure' },
    { suite, name: `${label}: QEMU start → agent listening`, value: m((p) => p.listening), unit: 'ms', note: 'the agent\'s ready line' },
    ...later.map((l) => ({ suite, name: `${label}: QEMU start → ${l.mark}`, value: median(l.ms), unit: 'ms', note: `median of ${l.ms.length}` })),
  ];
}

export interface GuestRamUse {
  /** Resident bytes of the mapping that backs guest RAM: the guest memory QEMU has touched. */
  touched: number;
  /** Resident bytes of the rootfs image's mapping (an nvdimm), shared by every VM of the host. */
  imageMapped: number;
}

/**
 * The guest RAM a QEMU has touched: the Rss of its RAM mapping (the shared memfd, or the
 * anonymous mapping of the guest's size), and of the image file when it is an nvdimm.
 */
export function guestRamUse(pid: number, memoryMiB: number, imagePath?: string): GuestRamUse {
  const blocks = readFileSync(`/proc/${pid}/smaps`, 'utf8').split(/\n(?=[0-9a-f]+-[0-9a-f]+ )/);
  const parsed = blocks.map((b) => {
    const head = b.slice(0, b.indexOf('\n'));
    const path = head.split(/\s+/).slice(5).join(' ');
    const kb = (k: string): number => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(b)?.[1] ?? 0);
    return { path, size: kb('Size') * 1024, rss: kb('Rss') * 1024 };
  });
  const bytes = memoryMiB * 1048576;
  // A memory-backend-memfd maps as /memfd:<backend> (deleted) of exactly the RAM's size; plain -m RAM
  // is an anonymous mapping of that size (QEMU's guard page is a mapping of its own).
  const ram = parsed.find((p) => p.path.startsWith('/memfd:') && p.size === bytes) ?? parsed.find((p) => p.path === '' && p.size >= bytes && p.size <= bytes + 4 * 1048576);
  if (!ram) throw new Error(`QEMU ${pid}: no mapping of the ${memoryMiB} MiB guest RAM in its smaps`);
  const image = imagePath ? parsed.filter((p) => p.path === imagePath).reduce((a, p) => a + p.rss, 0) : 0;
  return { touched: ram.rss, imageMapped: image };
}
