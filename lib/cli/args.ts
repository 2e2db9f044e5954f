// Command-line parsing for kata-runtime: each subcommand declares its flags and how many
// positional arguments it takes; anything else is a UsageError, which the entry point turns
// into a message naming the bad argument and exit status 2. Used by kata-runtime.ts.

export class UsageError extends Error {}

export interface FlagSpec {
  /** Takes a value (--state-dir DIR or --state-dir=DIR) rather than being a switch. */
  value?: boolean;
  /** A one-letter alias (-c VALUE). */
  short?: string;
  /** May be given more than once; every value is kept, in order, in Parsed.lists. */
  repeat?: boolean;
}

export interface Parsed {
  flags: Map<string, string | true>;
  /** The values of repeatable flags. */
  lists?: Map<string, string[]>;
  positionals: string[];
}

export function parseArgs(cmd: string, argv: string[], flags: Record<string, FlagSpec>, positionals: { min: number; max: number; names: string }): Parsed {
  const out: Parsed = { flags: new Map(), lists: new Map(), positionals: [] };
  const shorts = new Map(Object.entries(flags).filter(([, f]) => f.short).map(([n, f]) => [`-${f.short}`, n]));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const given = eq < 0 ? a : a.slice(0, eq);
      const name = shorts.get(given) ?? given.replace(/^--/, '');
      const spec = a.startsWith('--') || shorts.has(given) ? flags[name] : undefined; // -h is handled before
      if (!spec) throw new UsageError(`${cmd}: unknown option ${a.slice(0, eq < 0 ? undefined : eq)}`);
      if (spec.value) {
        const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (v === undefined || v === '') throw new UsageError(`${cmd}: option --${name} needs a value`);
        out.flags.set(name, v);
        if (spec.repeat) out.lists!.set(name, [...(out.lists!.get(name) ?? []), v]);
      } else {
        if (eq >= 0) throw new UsageError(`${cmd}: option --${name} takes no value`);
        out.flags.set(name, true);
      }
      continue;
    }
    out.positionals.push(a);
  }
  const n = out.positionals.length;
  if (n < positionals.min) throw new UsageError(`${cmd}: missing argument ${positionals.names}`);
  if (n > positionals.max) throw new UsageError(`${cmd}: unexpected argument ${JSON.stringify(out.positionals[positionals.max])}`);
  return out;
}

export const stringFlag = (p: Parsed, name: string): string | undefined => {
  const v = p.flags.get(name);
  return typeof v === 'string' ? v : undefined;
};
