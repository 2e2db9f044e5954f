// Per-pod configuration from the sandbox's OCI annotations, as Kata does it: an annotation
// `io.katacontainers.config.hypervisor.<key>` overrides [hypervisor.qemu] <key> for this pod's VM,
// but only when <key> matches one of `enable_annotations` (regular expressions, unanchored, as
// Kata's regexpContains), and a `path` or an `entropy_source` only when it matches one of
// `valid_hypervisor_paths` or `valid_entropy_sources` (globs). Agent and runtime annotations
// (`…config.agent.*`, `…config.runtime.*`) are not implemented: each is ignored with a warning.
// Called by the shim when it creates a sandbox.
import { isAbsolute, matchesGlob } from 'node:path';
import { QEMU_SPEC, type AnyFieldSpec } from './schema.js';
import type { IgnoredSetting, QemuConfig, RuntimeConfig } from './types.js';

export const CONFIG_ANNOTATION_PREFIX = 'io.katacontainers.config.';
export const HYPERVISOR_ANNOTATION_PREFIX = `${CONFIG_ANNOTATION_PREFIX}hypervisor.`;

// The keys that say what may be overridden can never be overridden themselves, nor can a pod
// choose whether its hypervisor runs as root (Kata has no annotation for rootless either).
const NEVER: ReadonlySet<string> = new Set(['enable_annotations', 'valid_hypervisor_paths', 'valid_entropy_sources', 'rootless']);

// A host file QEMU opens, named by a pod: only where the operator's globs allow (Kata's rule).
const GLOBBED: Readonly<Record<string, { toml: string; field: 'validHypervisorPaths' | 'validEntropySources' }>> = {
  path: { toml: 'valid_hypervisor_paths', field: 'validHypervisorPaths' },
  entropy_source: { toml: 'valid_entropy_sources', field: 'validEntropySources' },
};

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
    if (NEVER.has(key) || !allowed(config.hypervisor.qemu.enableAnnotations, key)) {
      throw new AnnotationError(name, `not allowed: "${key}" matches no entry of hypervisor.qemu.enable_annotations (${JSON.stringify(config.hypervisor.qemu.enableAnnotations)}) in ${config.origin.path}`);
    }
    const target = fields.get(key);
    if (!target) {
      ignored.push({ key: name, value });
      continue;
    }
    (qemu as unknown as Record<string, unknown>)[target.field] = convert(name, target.spec, value);
    const globs = GLOBBED[key];
    if (globs && !config.hypervisor.qemu[globs.field].some((g) => matchesGlob(value, g))) {
      throw new AnnotationError(name, `${value} matches no glob of hypervisor.qemu.${globs.toml} (${JSON.stringify(config.hypervisor.qemu[globs.field])}) in ${config.origin.path}`);
    }
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
    case 'path':
      if (!isAbsolute(value)) throw new AnnotationError(name, `${JSON.stringify(value)} is not an absolute path`);
      return value;
    case 'string':
      return value;
    case 'strings':
      throw new AnnotationError(name, 'a list cannot be set by an annotation');
  }
}
