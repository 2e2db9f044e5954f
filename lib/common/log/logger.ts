// Structured JSON logging for every component (shim, runtime, agent, tools): one JSON object per
// line with time, level, component and, where known, the sandbox and container ids.
import type { Writable } from 'node:stream';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface LoggerOptions {
  component: string;
  level?: LogLevel;
  stream?: Pick<Writable, 'write'>;
  fields?: LogFields;
}

export class Logger {
  readonly component: string;
  private level: LogLevel;
  private readonly stream: Pick<Writable, 'write'>;
  private readonly fields: LogFields;

  constructor(opts: LoggerOptions) {
    this.component = opts.component;
    this.level = opts.level ?? 'info';
    this.stream = opts.stream ?? process.stderr;
    this.fields = opts.fields ?? {};
  }

  /** A logger that adds fields (e.g. { sandbox, container }) to every line. */
  child(fields: LogFields): Logger {
    const l = new Logger({ component: this.component, level: this.level, stream: this.stream, fields: { ...this.fields, ...fields } });
    return l;
  }

  setLevel(level: LogLevel): void {
    this.level = level;
  }

  enabled(level: LogLevel): boolean {
    return ORDER[level] >= ORDER[this.level];
  }

  debug(msg: string, fields?: LogFields): void {
    this.log('debug', msg, fields);
  }
  info(msg: string, fields?: LogFields): void {
    this.log('info', msg, fields);
  }
  warn(msg: string, fields?: LogFields): void {
    this.log('warn', msg, fields);
  }
  error(msg: string, fields?: LogFields): void {
    this.log('error', msg, fields);
  }

  log(level: LogLevel, msg: string, fields?: LogFields): void {
    if (!this.enabled(level)) return;
    const line: LogFields = { time: new Date().toISOString(), level, component: this.component, msg, ...this.fields };
    if (fields) {
      for (const [k, v] of Object.entries(fields)) line[k] = v instanceof Error ? errorText(v) : v;
    }
    this.stream.write(JSON.stringify(line) + '\n');
  }
}

function errorText(e: Error): string {
  return e.message;
}

/** A logger that writes nothing (for library callers that pass none). */
export function silentLogger(component = 'silent'): Logger {
  return new Logger({ component, level: 'error', stream: { write: () => true } });
}
