// Per-pod configuration from the sandbox's OCI annotations, as Kata does it and stricter: an
// annotation `io.katacontainers.config.hypervisor.<key>` overrides [hypervisor.qemu] <key> for this
// pod's VM only when <key> matches one of `enable_annotations` (regular expressions, unanchored, as
// Kata's regexpContains), and only with a value that annotation-rules.ts allows for <key>: a key
// naming a host file or program needs a glob of its own `valid_*` list to match the whole,
// normalised value (path-glob.ts); some keys are never settable. Agent and runtime annotations
// (`…config.agent.*`, `…config.runtime.*`) are not implemented: each is ignored with a warning.
// Called by the shim when it creates a sandbox, before anything of it exists.
import { ANNOTATION_RULES } from './annotation-rules.js';
import { matchesAnyPathGlob, pathProblem } from './path-glob.js';
import { QEMU_SPEC, type AnyFieldSpec } from './schema.js';
import type { IgnoredSetting, QemuConfig, RuntimeConfig } from './types.js';

export const CONFIG_ANNOTATION_PREFIX = 'io.katacontainers.config.';
export const HYPERVISOR_ANNOTATION_PREFIX = `${CONFIG_ANNOTATION_PREFIX}hypervisor.`;

/** An annotation the configuration does not allow, or whose value is not valid for its key. */
export class AnnotationError extends Error {
  constructor(readonly annotation: string, reason: string) {
    super(`annotation ${annotation}: ${reason}`);
    this.name = 'AnnotationError';
  }
}

export interface AnnotatedConfig {
  config: RuntimeConfig;
  /** Annotations accepted but not implemented by kata-ts: one warning each. */
  ignored: IgnoredSetting[];
}

/** The configuration for a sandbox with these annotations; throws AnnotationError for the first bad one. */
export function applyAnnotations(config: RuntimeConfig, annotations: Readonly<Record<string, string>> = {}): AnnotatedConfig {
  const qemu: QemuConfig = { ...config.hypervisor.qemu };
  const ignored: IgnoredSetting[] = [];
  const fields = new Map((Object.entries(QEMU_SPEC) as [keyof QemuConfig, AnyFieldSpec][]).map(([field, spec]) => [spec.toml, { field, spec }]));
  for (const [name, value] of Object.entries(annotations)) {
    if (!name.startsWith(CONFIG_ANNOTATION_PREFIX)) continue;
    if (!name.startsWith(HYPERVISOR_ANNOTATION_PREFIX)) {
      ignored.push({ key: name, value });
      continue;
    }
    const key = name.slice(HYPERVISOR_ANNOTATION_PREFIX.length);
    const target = fields.get(key);
    const rule = target && ANNOTATION_RULES[target.field];
    if (rule?.kind === 'never') throw new AnnotationError(name, `not allowed: no annotation may set ${key} (${rule.why})`);
    if (!allowed(config.hypervisor.qemu.enableAnnotations, key)) {
      throw new AnnotationError(name, `not allowed: "${key}" matches no entry of hypervisor.qemu.enable_annotations (${JSON.stringify(config.hypervisor.qemu.enableAnnotations)}) in ${config.origin.path}`);
    }
    if (!target || !rule) {
      ignored.push({ key: name, value });
      continue;
    }
    if (rule.kind === 'host-path') {
      const gate = `hypervisor.qemu.${QEMU_SPEC[rule.gate].toml}`;
      const globs = config.hypervisor.qemu[rule.gate];
      const bad = pathProblem(value);
      if (bad !== undefined) throw new AnnotationError(name, `${JSON.stringify(value)} ${bad}; only an absolute, normalised path can be allowed, by a glob of ${gate} in ${config.origin.path}`);
      if (!matchesAnyPathGlob(value, globs)) {
        throw new AnnotationError(name, `${JSON.stringify(value)} matches no glob of ${gate} (${JSON.stringify(globs)}) in ${config.origin.path}; add one that matches it to allow it: ${key} names ${rule.why}`);
      }
    }
    const converted = convert(name, target.spec, value);
    const syntax = rule.kind === 'value' ? rule.syntax?.(value) : undefined;
    if (syntax !== undefined) throw new AnnotationError(name, `${JSON.stringify(value)} is not valid: ${syntax}`);
    (qemu as unknown as Record<string, unknown>)[target.field] = converted;
    // As in the file: naming one of image and initrd turns the other off.
    if (key === 'image') qemu.initrd = '';
    if (key === 'initrd') qemu.image = '';
  }
  return { config: { ...config, hypervisor: { ...config.hypervisor, qemu } }, ignored };
}

function allowed(patterns: readonly string[], key: string): boolean {
  return patterns.some((p) => {
    try {
      return new RegExp(p).test(key);
    } catch {
      return false; // an invalid pattern allows nothing
    }
  });
}

/** The annotation's text as the key's type, with the checks the file's value would get. */
function convert(name: string, spec: AnyFieldSpec, value: string): unknown {
  switch (spec.type) {
    case 'integer': {
      if (!/^\d+$/.test(value)) throw new AnnotationError(name, `${JSON.stringify(value)} is not a whole number`);
      const n = Number(value);
      if (n < spec.min) throw new AnnotationError(name, `${n} is out of range; minimum ${spec.min}`);
      return n;
    }
    case 'boolean':
      if (value !== 'true' && value !== 'false') throw new AnnotationError(name, `${JSON.stringify(value)} is neither true nor false`);
      return value === 'true';
    case 'enum':
      if (!spec.values.includes(value)) throw new AnnotationError(name, `${JSON.stringify(value)} is not allowed; allowed values: ${spec.values.join(', ')}`);
      return value;
    case 'path': // checked against its key's globs before (annotation-rules.ts)
    case 'string':
      return value;
    case 'strings':
      throw new AnnotationError(name, 'a list cannot be set by an annotation');
  }
}
