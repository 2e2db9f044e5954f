// `kata-runtime env`: the effective configuration and why that file, the hypervisor (path,
// version, the accelerator that would be used and why), and the guest assets with their image
// details. Called by kata-runtime.ts.
import { locateConfig } from '../config/locate.js';
import { ignoredWarning } from '../config/kata-keys.js';
import { loadConfig } from '../config/load.js';
import type { IgnoredSetting } from '../config/types.js';
import { chooseAccel, probeHost } from '../hypervisor/accel.js';
import { type AgentStartPrediction, predictAgentStart } from './agent-start-mode.js';
import { type AssetInfo, guestAssets } from './assets.js';
import { versionLine } from './probe.js';

export interface EnvReport {
  config: { path: string; source: string; reason: string; values: Record<string, unknown>; ignored: IgnoredSetting[] };
  hypervisor: { path: string; version?: string; versionError?: string; accelSetting: string; accel?: 'kvm' | 'tcg'; accelReason: string };
  assets: AssetInfo[];
  /** Which start the guest's agent will use (snapshot, bundle, modules) and why. */
  agentStart: AgentStartPrediction;
}

/** Throws (ConfigError and friends) when no configuration can be loaded: env has nothing to show then. */
export function envReport(): EnvReport {
  const where = locateConfig();
  const config = loadConfig();
  const q = config.hypervisor.qemu;
  const v = versionLine(q.path);
  const host = probeHost();
  let accel: 'kvm' | 'tcg' | undefined;
  let accelReason: string;
  try {
    const c = chooseAccel(q.accel, host);
    accel = c.accel;
    accelReason = c.warning ?? (c.accel === 'kvm' ? 'KVM is usable' : 'hypervisor.qemu.accel = "tcg"');
  } catch (e) {
    accelReason = (e as Error).message;
  }
  const { origin: _origin, ignored, ...values } = config;
  const assets = guestAssets(config);
  return {
    config: { path: where.path, source: where.source, reason: where.reason, values, ignored },
    hypervisor: { path: q.path, ...('version' in v ? { version: v.version } : { versionError: v.error }), accelSetting: q.accel, ...(accel ? { accel } : {}), accelReason },
    assets,
    agentStart: predictAgentStart(config, accel, assets.find((a) => a.key !== 'hypervisor.qemu.kernel')),
  };
}

export function formatEnv(r: EnvReport): string {
  const lines = ['[Config]', `  Path = ${r.config.path}`, `  Source = ${r.config.source}`, `  Reason = ${r.config.reason}`];
  for (const [section, body] of Object.entries(r.config.values)) {
    for (const [sub, fields] of Object.entries(body as Record<string, unknown>)) {
      // [hypervisor.qemu] and [agent.kata] are nested one deeper than [runtime].
      if (fields && typeof fields === 'object') {
        lines.push(`  [${section}.${sub}]`, ...Object.entries(fields).map(([k, v]) => `    ${k} = ${JSON.stringify(v)}`));
      } else {
        if (!lines.includes(`  [${section}]`)) lines.push(`  [${section}]`);
        lines.push(`    ${sub} = ${JSON.stringify(fields)}`);
      }
    }
  }
  // Kata's keys the file sets that kata-ts does not implement: loaded, not in effect.
  lines.push('[Ignored]', ...(r.config.ignored.length ? r.config.ignored.map((i) => `  ${ignoredWarning(i)} (${JSON.stringify(i.value)})`) : ['  (none)']));
  const h = r.hypervisor;
  lines.push('[Hypervisor]', `  Path = ${h.path}`, `  Version = ${h.version ?? `(unknown: ${h.versionError})`}`, `  Accel setting = ${h.accelSetting}`,
    `  Accel = ${h.accel ?? '(none)'}: ${h.accelReason}`);
  for (const a of r.assets) {
    lines.push(`[Asset ${a.key}]`, `  Path = ${a.path}`, `  Present = ${a.present}${a.bytes !== undefined ? ` (${a.bytes} bytes)` : ''}`);
    if (a.details) {
      lines.push(`  Image details (${a.detailsPath}):`, ...Object.entries(a.details).map(([k, v]) => `    ${k} = ${JSON.stringify(v)}`));
    } else {
      lines.push(`  Image details = ${a.detailsError ?? 'none (no details.json beside the asset)'}`);
    }
  }
  lines.push('[Agent start]', `  Mode = ${r.agentStart.mode}`, `  Reason = ${r.agentStart.why}`);
  return lines.join('\n');
}
