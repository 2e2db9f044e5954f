// Turns the text of a configuration.toml into a RuntimeConfig: TOML syntax (smol-toml), then the
// schema in schema.ts (unknown keys and sections, types, allowed values, ranges), defaults, and
// path resolution. Called by load.ts, and by tests and tools that hold the text themselves.
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { ConfigSyntaxError, ConfigValidationError, type ConfigProblem } from './errors.js';
import { packageRoot, shippedConfigPath } from '../common/package-root.js';
import {
  FACTORY_SPEC,
  KATA_AGENT_SPEC,
  QEMU_SPEC,
  RUNTIME_SPEC,
  SUPPORTED_AGENTS,
  SUPPORTED_HYPERVISORS,
  TOP_LEVEL_SECTIONS,
  type AnyFieldSpec,
  type SectionSpec,
} from './schema.js';
import { IGNORED_SECTIONS, type KataKeyType, kataKeyType } from './kata-keys.js';
import { GATE_FIELDS } from './annotation-rules.js';
import { globProblem } from './path-glob.js';
import { cpuFeaturesProblem, machineTypeProblem } from './qemu-values.js';
import type { ConfigSource, IgnoredSetting, KataAgentConfig, QemuConfig, RuntimeConfig } from './types.js';

type Table = Record<string, unknown>;

export interface ParseOptions {
  /** Directory that relative paths in the file resolve against; default: the file's directory, or the package root for the shipped file. */
  baseDir?: string;
  /** Recorded in `origin.source`; default 'argument'. */
  source?: ConfigSource;
}

export function parseConfig(text: string, fileName: string, opts: ParseOptions = {}): RuntimeConfig {
  const file = resolve(fileName);
  const baseDir = opts.baseDir ?? defaultBaseDir(file);
  const doc = parseToml(text, file);
  const problems: ConfigProblem[] = [];
  const ignored: IgnoredSetting[] = [];
  const sections = readTopLevel(doc, problems);

  const qemuTable = sections.hypervisor.qemu ?? {};
  const qemu = readSection(qemuTable, QEMU_SPEC, 'hypervisor.qemu', baseDir, problems, ignored);
  // A file that names either the image or the initrd chooses between them, so the other's
  // default must not also apply (both set is an error, see assets.ts).
  if ('initrd' in qemuTable && !('image' in qemuTable)) qemu.image = '';
  if ('image' in qemuTable && !('initrd' in qemuTable)) qemu.initrd = '';

  const kata = readSection(sections.agent.kata ?? {}, KATA_AGENT_SPEC, 'agent.kata', baseDir, problems, ignored);
  const runtime = readSection(sections.runtime, RUNTIME_SPEC, 'runtime', baseDir, problems, ignored);
  const factory = readSection(sections.factory, FACTORY_SPEC, 'factory', baseDir, problems, ignored);
  if (factory.enableTemplate) problems.push(...templateProblems(qemu, kata));
  const cpu = cpuFeaturesProblem(qemu.cpuFeatures);
  if (cpu) problems.push({ kind: 'not-supported', key: 'hypervisor.qemu.cpu_features', value: qemu.cpuFeatures, reason: cpu });
  const machine = machineTypeProblem(qemu.machineType);
  if (machine) problems.push({ kind: 'not-supported', key: 'hypervisor.qemu.machine_type', value: qemu.machineType, reason: machine });
  problems.push(...gateProblems(qemu));
  for (const [name, table] of Object.entries(sections.ignoredSections)) readSection<Record<string, never>>(table, {}, name, baseDir, problems, ignored);
  // Kata's value, so a Kata file parses, but refused here rather than silently run as tcfilter.
  if (runtime.internetworkingModel === 'macvtap') {
    problems.push({ kind: 'not-supported', key: 'runtime.internetworking_model', value: 'macvtap', reason: 'use "tcfilter" (the default) or "none"' });
  }
  if (problems.length > 0) throw new ConfigValidationError(file, problems);
  return {
    hypervisor: { qemu },
    agent: { kata },
    runtime,
    factory,
    ignored,
    origin: { path: file, source: opts.source ?? 'argument' },
  };
}

/**
 * What a VM template cannot work with. A clone maps the template's RAM privately (its writes are
 * its own), so no vhost-user back-end can share its memory: not virtiofsd, not the hybrid vsock
 * back-end; Kata refuses virtio-fs with templates for the same reason. A rootless QEMU could not
 * read the root-owned template.
 */
function templateProblems(qemu: QemuConfig, kata: KataAgentConfig): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  const why = 'factory.enable_template: a clone of the VM template has private RAM, which no vhost-user back-end can map';
  if (qemu.sharedFs !== 'virtio-9p') out.push({ kind: 'not-supported', key: 'hypervisor.qemu.shared_fs', value: qemu.sharedFs, reason: `set "virtio-9p" (${why})` });
  if (kata.channel !== 'virtio-serial') out.push({ kind: 'not-supported', key: 'agent.kata.channel', value: kata.channel, reason: `set "virtio-serial" (${why})` });
  if (qemu.rootless) out.push({ kind: 'not-supported', key: 'hypervisor.qemu.rootless', value: 'true', reason: 'factory.enable_template: a rootless QEMU cannot read the root-owned template; set false' });
  return out;
}

/** Each glob of a `valid_*` list that could mean more than it shows (path-glob.ts); the file is refused. */
function gateProblems(qemu: QemuConfig): ConfigProblem[] {
  return GATE_FIELDS.flatMap((field) => qemu[field].flatMap((pattern) => {
    const why = globProblem(pattern);
    return why ? [{ kind: 'not-supported' as const, key: `hypervisor.qemu.${QEMU_SPEC[field].toml}`, value: pattern, reason: why }] : [];
  }));
}

function defaultBaseDir(file: string): string {
  // The shipped file is written for the package, not for its own config/ directory.
  return file === shippedConfigPath() ? packageRoot() : dirname(file);
}

function parseToml(text: string, file: string): Table {
  try {
    return parse(text) as Table;
  } catch (e) {
    if (e instanceof TomlError) {
      const detail = (e.message.split('\n')[0] ?? '').replace(/^Invalid TOML document: /, '');
      throw new ConfigSyntaxError(file, e.line, e.column, `${detail}\n${e.codeblock.trimEnd()}`);
    }
    throw e;
  }
}

interface Sections {
  hypervisor: { qemu?: Table };
  agent: { kata?: Table };
  runtime: Table;
  factory: Table;
  /** Kata's sections kata-ts has nothing for ([image], [netmon]): every key is ignored. */
  ignoredSections: Record<string, Table>;
}

/** Checks the section structure; a problem leaves that section empty (its keys get defaults). */
function readTopLevel(doc: Table, problems: ConfigProblem[]): Sections {
  const out: Sections = { hypervisor: {}, agent: {}, runtime: {}, factory: {}, ignoredSections: {} };
  for (const [name, value] of Object.entries(doc)) {
    switch (name) {
      case 'hypervisor': {
        const q = readNamed(value, 'hypervisor', SUPPORTED_HYPERVISORS, problems);
        if (q) out.hypervisor.qemu = q;
        break;
      }
      case 'agent': {
        const k = readNamed(value, 'agent', SUPPORTED_AGENTS, problems);
        if (k) out.agent.kata = k;
        break;
      }
      case 'runtime':
      case 'factory':
        if (isTable(value)) out[name] = value;
        else problems.push({ kind: 'wrong-type', key: name, expected: 'table', got: tomlType(value) });
        break;
      default:
        if ((IGNORED_SECTIONS as readonly string[]).includes(name) && isTable(value)) {
          out.ignoredSections[name] = value;
          break;
        }
        problems.push(
          isTable(value)
            ? { kind: 'unknown-section', key: name, supported: [...TOP_LEVEL_SECTIONS, ...IGNORED_SECTIONS] }
            : { kind: 'unknown-key', key: name, valid: [...TOP_LEVEL_SECTIONS, ...IGNORED_SECTIONS].map((s) => `[${s}]`) },
        );
    }
  }
  return out;
}

/** `[hypervisor.<name>]` / `[agent.<name>]`: only the supported name, and it must be a table. */
function readNamed(value: unknown, parent: string, supported: readonly string[], problems: ConfigProblem[]): Table | undefined {
  if (!isTable(value)) {
    problems.push({ kind: 'wrong-type', key: parent, expected: 'table', got: tomlType(value) });
    return undefined;
  }
  let found: Table | undefined;
  for (const [name, sub] of Object.entries(value)) {
    const key = `${parent}.${name}`;
    const names = supported.map((s) => `${parent}.${s}`);
    if (!supported.includes(name)) {
      problems.push(
        isTable(sub)
          ? { kind: 'unknown-section', key, supported: names }
          : { kind: 'unknown-key', key, valid: names.map((n) => `[${n}]`) },
      );
    } else if (!isTable(sub)) {
      problems.push({ kind: 'wrong-type', key, expected: 'table', got: tomlType(sub) });
    } else {
      found = sub;
    }
  }
  return found;
}

/**
 * The section's fields from the table. A key the schema lacks is ignored (and recorded) when Kata
 * defines it there with a value of Kata's type, and is an error otherwise.
 */
function readSection<T>(table: Table, spec: SectionSpec<T>, prefix: string, baseDir: string, problems: ConfigProblem[], ignored: IgnoredSetting[]): T {
  const fields = Object.entries(spec) as [string, AnyFieldSpec][];
  const known = new Set(fields.map(([, f]) => f.toml));
  for (const [key, value] of Object.entries(table)) {
    if (known.has(key)) continue;
    const kataType = kataKeyType(prefix, key);
    if (kataType === undefined) problems.push({ kind: 'unknown-key', key: `${prefix}.${key}`, valid: [...known] });
    else if (!hasKataType(value, kataType)) problems.push({ kind: 'wrong-type', key: `${prefix}.${key}`, expected: kataType === 'array' ? 'array of strings' : kataType, got: tomlType(value) });
    else ignored.push({ key: `${prefix}.${key}`, value });
  }
  const out: Record<string, unknown> = {};
  for (const [field, f] of fields) {
    const key = `${prefix}.${f.toml}`;
    const given = Object.hasOwn(table, f.toml);
    const raw = given ? table[f.toml] : f.default;
    out[field] = readValue(f, raw, key, given ? baseDir : packageRoot(), problems) ?? (Array.isArray(f.default) ? [...f.default] : f.default);
  }
  // Every field of T has a spec (SectionSpec is exhaustive) and readValue returns the spec's type.
  return out as T;
}

/** The value converted to the spec's type, or undefined after recording why it is not valid. */
function readValue(f: AnyFieldSpec, raw: unknown, key: string, baseDir: string, problems: ConfigProblem[]): unknown {
  const got = tomlType(raw);
  switch (f.type) {
    case 'string':
    case 'enum':
    case 'path':
      if (typeof raw !== 'string') {
        problems.push({ kind: 'wrong-type', key, expected: 'string', got });
        return undefined;
      }
      if (f.type === 'enum' && !f.values.includes(raw)) {
        problems.push({ kind: 'not-allowed', key, value: raw, allowed: [...f.values] });
        return undefined;
      }
      if (f.type === 'path') return raw === '' || isAbsolute(raw) ? raw : resolve(baseDir, raw);
      return raw;
    case 'integer':
      if (got !== 'integer') {
        problems.push({ kind: 'wrong-type', key, expected: 'integer', got });
        return undefined;
      }
      if ((raw as number) < f.min) {
        problems.push({ kind: 'out-of-range', key, value: raw as number, min: f.min });
        return undefined;
      }
      return raw;
    case 'strings':
      if (!Array.isArray(raw) || !raw.every((e) => typeof e === 'string')) {
        problems.push({ kind: 'wrong-type', key, expected: 'array of strings', got: Array.isArray(raw) ? 'array' : got });
        return undefined;
      }
      return [...raw];
    case 'boolean':
      if (typeof raw !== 'boolean') {
        problems.push({ kind: 'wrong-type', key, expected: 'boolean', got });
        return undefined;
      }
      return raw;
  }
}

function hasKataType(v: unknown, type: KataKeyType): boolean {
  if (type === 'array') return Array.isArray(v) && v.every((e) => typeof e === 'string');
  return tomlType(v) === type;
}

function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** The TOML name of a parsed value's type, for "expected X, got Y". */
function tomlType(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'float';
  if (typeof v === 'bigint') return 'integer';
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'datetime';
  return 'table';
}
