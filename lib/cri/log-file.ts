// Reads a container log in the CRI log format (what containerd's CRI plugin writes at the
// container's log_path from the task's stdio): one record per line,
//   <RFC 3339 nano time> <stdout|stderr> <P|F> <content>
// where P marks a partial line continued by the next record and F ends it. Used by kata-crictl logs.
export interface LogLine {
  time: string;
  stream: 'stdout' | 'stderr';
  /** The whole line, partial records joined, without its newline. */
  text: string;
}

export class LogFormatError extends Error {}

/** Whole lines of a CRI log, in order; a partial record at the end (still being written) is kept as a line. */
export function parseCriLog(content: string): LogLine[] {
  const out: LogLine[] = [];
  const pending = new Map<string, LogLine>();
  const records = content.split('\n');
  if (records[records.length - 1] === '') records.pop();
  records.forEach((rec, i) => {
    const m = /^(\S+) (stdout|stderr) ([PF])(?: (.*))?$/s.exec(rec);
    if (!m) throw new LogFormatError(`line ${i + 1}: not a CRI log record: ${JSON.stringify(rec.slice(0, 80))}`);
    const [, time, stream, tag, text = ''] = m as unknown as [string, string, 'stdout' | 'stderr', string, string | undefined];
    const open = pending.get(stream);
    const line = open ? { ...open, text: open.text + text } : { time, stream, text };
    if (tag === 'P') pending.set(stream, line);
    else {
      pending.delete(stream);
      out.push(line);
    }
  });
  out.push(...pending.values());
  return out;
}
