// Typed errors of the configuration module. loadConfig/parseConfig throw the first three; checkAssets
// throws GuestAssetError. Each names the file and the key so the user can fix it without reading code.

/** One thing wrong in a configuration file; `key` is the full dotted path, e.g. hypervisor.qemu.kernel. */
export type ConfigProblem =
  | { kind: 'unknown-key'; key: string; valid: string[] }
  | { kind: 'unknown-section'; key: string; supported: string[] }
  | { kind: 'wrong-type'; key: string; expected: string; got: string }
  | { kind: 'not-allowed'; key: string; value: string; allowed: string[] }
  | { kind: 'out-of-range'; key: string; value: number; min: number }
  | { kind: 'not-supported'; key: string; value: string; reason: string };

export class ConfigError extends Error {
  constructor(message: string, readonly file: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The file is not valid TOML; line and column are 1-based, as smol-toml reports them. */
export class ConfigSyntaxError extends ConfigError {
  constructor(file: string, readonly line: number, readonly column: number, detail: string) {
    super(`${file}:${line}:${column}: TOML syntax error: ${detail}`, file);
  }
}

/** Valid TOML that breaks the schema. Every problem in the file is listed, so one edit fixes all. */
export class ConfigValidationError extends ConfigError {
  constructor(file: string, readonly problems: ConfigProblem[]) {
    const lines = problems.map((p) => `  ${describeProblem(p)}`);
    super(`${file}: invalid configuration:\n${lines.join('\n')}`, file);
  }
}

/** A configuration file that was asked for (ConfigPath, KATA_CONF_FILE) or searched for is absent. */
export class ConfigNotFoundError extends ConfigError {
  constructor(file: string, readonly reason: string) {
    super(`${file}: ${reason}`, file);
  }
}

export function describeProblem(p: ConfigProblem): string {
  switch (p.kind) {
    case 'unknown-key':
      return `unknown key ${p.key}; valid keys there: ${p.valid.join(', ')}`;
    case 'unknown-section':
      return `unsupported section [${p.key}]; supported: ${p.supported.map((s) => `[${s}]`).join(', ')}`;
    case 'wrong-type':
      return `${p.key}: expected ${p.expected}, got ${p.got}`;
    case 'not-allowed':
      return `${p.key}: ${JSON.stringify(p.value)} is not allowed; allowed values: ${p.allowed.join(', ')}`;
    case 'out-of-range':
      return `${p.key}: ${p.value} is out of range; minimum ${p.min}`;
    case 'not-supported':
      return `${p.key}: ${JSON.stringify(p.value)} is not supported by kata-ts: ${p.reason}`;
  }
}

/** A guest asset or the hypervisor binary that the configuration names is unusable. */
export type AssetProblem =
  | { kind: 'missing'; key: string; path: string }
  | { kind: 'not-a-file'; key: string; path: string }
  | { kind: 'not-executable'; key: string; path: string }
  | { kind: 'not-a-device'; key: string; path: string }
  | { kind: 'both-set'; keys: [string, string] }
  | { kind: 'none-set'; keys: [string, string] };

export class GuestAssetError extends Error {
  constructor(readonly configFile: string, readonly problems: AssetProblem[]) {
    super(`guest assets named by ${configFile} are not usable:\n${problems.map((p) => `  ${describeAsset(p)}`).join('\n')}`);
    this.name = 'GuestAssetError';
  }
}

function describeAsset(p: AssetProblem): string {
  switch (p.kind) {
    case 'missing':
      return `${p.key} = ${p.path}: no such file`;
    case 'not-a-file':
      return `${p.key} = ${p.path}: not a regular file`;
    case 'not-executable':
      return `${p.key} = ${p.path}: not executable`;
    case 'not-a-device':
      return `${p.key} = ${p.path}: not a character device (e.g. /dev/urandom)`;
    case 'both-set':
      return `${p.keys[0]} and ${p.keys[1]} are both set; set only one (a rootfs image or an initrd)`;
    case 'none-set':
      return `neither ${p.keys[0]} nor ${p.keys[1]} is set; one of them is needed`;
  }
}
