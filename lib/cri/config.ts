// Pod and container configs as crictl reads them (runp POD.json, create POD CTR.json POD.json):
// JSON or YAML whose keys are CRI's field names in snake_case (crictl's format) or camelCase
// (protobuf JSON), checked field by field against proto/cri/api.proto, so a misspelt or
// mistyped field is an error naming it instead of being dropped. Used by kata-crictl.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../common/package-root.js';
import { runtime } from './gen/cri.js';

import v1 = runtime.v1;

export class ConfigError extends Error {}

let reflected: protobuf.Root | undefined;
function criRoot(): protobuf.Root {
  if (!reflected) {
    reflected = protobuf.loadSync(join(packageRoot(), 'proto', 'cri', 'api.proto'));
    reflected.resolveAll();
  }
  return reflected;
}

const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const INT_TYPES = new Set(['int32', 'int64', 'uint32', 'uint64', 'sint32', 'sint64', 'fixed32', 'fixed64', 'sfixed32', 'sfixed64']);

function scalar(type: string, v: unknown, where: string): unknown {
  if (type === 'string') {
    if (typeof v !== 'string') throw new ConfigError(`${where}: expected a string, got ${JSON.stringify(v)}`);
    return v;
  }
  if (type === 'bool') {
    if (typeof v !== 'boolean') throw new ConfigError(`${where}: expected true or false, got ${JSON.stringify(v)}`);
    return v;
  }
  if (INT_TYPES.has(type)) {
    const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new ConfigError(`${where}: expected an integer, got ${JSON.stringify(v)}`);
    if (type.startsWith('u') && n < 0) throw new ConfigError(`${where}: expected a non-negative integer, got ${n}`);
    return n;
  }
  if (type === 'double' || type === 'float') {
    if (typeof v !== 'number') throw new ConfigError(`${where}: expected a number, got ${JSON.stringify(v)}`);
    return v;
  }
  if (type === 'bytes') {
    if (typeof v !== 'string') throw new ConfigError(`${where}: expected base64 text, got ${JSON.stringify(v)}`);
    return v;
  }
  throw new ConfigError(`${where}: field type ${type} is not supported`);
}

function fieldValue(field: protobuf.Field, v: unknown, where: string): unknown {
  const rt = field.resolvedType;
  if (rt instanceof protobuf.Type) return message(rt, v, where);
  if (rt instanceof protobuf.Enum) {
    if (typeof v === 'string' && v in rt.values) return v;
    if (typeof v === 'number' && Object.values(rt.values).includes(v)) return v;
    throw new ConfigError(`${where}: ${JSON.stringify(v)} is not one of ${Object.keys(rt.values).join(', ')}`);
  }
  return scalar(field.type, v, where);
}

function message(type: protobuf.Type, json: unknown, where: string): Record<string, unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new ConfigError(`${where || 'the config'}: expected an object (${type.name}), got ${JSON.stringify(json)}`);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(json)) {
    const path = where ? `${where}.${key}` : key;
    const field = type.fields[camel(key)];
    if (!field) throw new ConfigError(`${path}: unknown field (${type.name} has ${Object.values(type.fields).map((f) => f.name).join(', ')})`);
    if (v === null) continue;
    if (field.map) {
      if (typeof v !== 'object' || Array.isArray(v)) throw new ConfigError(`${path}: expected a map of ${field.type}`);
      out[field.name] = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fieldValue(field, x, `${path}.${k}`)]));
    } else if (field.repeated) {
      if (!Array.isArray(v)) throw new ConfigError(`${path}: expected a list`);
      out[field.name] = v.map((x, i) => fieldValue(field, x, `${path}[${i}]`));
    } else {
      out[field.name] = fieldValue(field, v, path);
    }
  }
  return out;
}

/** Parses JSON or YAML text (YAML is a superset; JSON first for its clearer errors). */
export function parseConfigText(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return parseYaml(text);
    } catch (e) {
      throw new ConfigError(`${source}: neither JSON nor YAML: ${(e as Error).message.split('\n')[0]}`);
    }
  }
}

function load<T>(typeName: string, json: unknown, source: string, build: (o: Record<string, unknown>) => T): T {
  try {
    return build(message(criRoot().lookupType(`runtime.v1.${typeName}`), json, ''));
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(`${source}: ${e.message}`);
    throw e;
  }
}

export function podSandboxConfig(json: unknown, source = 'pod config'): v1.PodSandboxConfig {
  return load('PodSandboxConfig', json, source, (o) => v1.PodSandboxConfig.fromObject(o));
}

export function containerConfig(json: unknown, source = 'container config'): v1.ContainerConfig {
  return load('ContainerConfig', json, source, (o) => v1.ContainerConfig.fromObject(o));
}

export function readConfigFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseConfigText(text, path);
}
