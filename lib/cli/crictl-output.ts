// How kata-crictl prints CRI answers, in crictl's shapes: column tables for ps/pods/images/stats,
// and for inspect/inspectp/info the status message as protobuf JSON with the verbose `info`
// values (JSON text from containerd) parsed into the document. Pure functions; unit tested.
import { stringify as toYaml } from 'yaml';

export type OutputFormat = 'table' | 'json' | 'yaml';

/** Left-aligned columns separated by three spaces, as crictl's tabwriter prints them. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('   ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** A CRI timestamp (nanoseconds since the epoch) as crictl's "N units ago". */
export function ago(nanos: number, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - nanos / 1e6) / 1000));
  if (s < 1) return 'Less than a second ago';
  if (s < 60) return `${s} second${s === 1 ? '' : 's'} ago`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'} ago`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} hour${h === 1 ? '' : 's'} ago`;
  return `${Math.round(h / 24)} days ago`;
}

/** A byte count as crictl prints sizes (decimal units, 3 significant digits). */
export function humanBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${i === 0 ? v : Number(v.toPrecision(3))}${units[i]}`;
}

export const truncId = (id: string, full: boolean): string => (full ? id : id.slice(0, 13));

/** Each value of a verbose info map parsed as JSON where it is JSON (containerd's are), else kept as text. */
export function parseInfo(info: Record<string, string> | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(info ?? {})) {
    try {
      out[k] = JSON.parse(v);
    } catch {
      out[k] = v;
    }
  }
  return out;
}

export function document(doc: unknown, format: OutputFormat): string {
  return format === 'yaml' ? toYaml(doc).trimEnd() : JSON.stringify(doc, null, 2);
}

export function parseFormat(v: string | undefined, dflt: OutputFormat, allowed: OutputFormat[]): OutputFormat {
  const f = (v ?? dflt) as OutputFormat;
  if (!allowed.includes(f)) throw new Error(`-o ${v}: expected one of ${allowed.join(', ')}`);
  return f;
}
