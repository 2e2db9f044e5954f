// Which start the guest's agent will use (snapshot, bundle or modules) and why, as far as the host
// can tell before a VM boots: the kernel parameters' agent.start=, and whether the guest asset's
// snapshot was proven on the accelerator, CPU model and QEMU this host's guests get (the guest
// asset's details.json, written by guest/osbuilder/rootfs/guest-snapshot.ts). The launcher in the
// guest has the last word: it starts the blob only when the CPU signature matches. Used by
// `kata-runtime check` and `env`.
import type { RuntimeConfig } from '../config/types.js';
import { defaultCpuModel, guestCpuTarget, qemuVersionOf } from '../hypervisor/qemu-args.js';
import type { AssetInfo } from './assets.js';
import { versionLine } from './probe.js';

export type AgentStart = 'snapshot' | 'bundle' | 'modules';

export interface AgentStartPrediction {
  mode: AgentStart | 'unknown';
  why: string;
}

interface SnapshotRecord {
  provenOn: string;
  cpuSignature: string;
}

function snapshotRecord(details: Record<string, unknown> | undefined): SnapshotRecord | undefined {
  const s = details?.agentSnapshot;
  if (!s || typeof s !== 'object') return undefined;
  const { provenOn, cpuSignature } = s as Record<string, unknown>;
  return typeof provenOn === 'string' && typeof cpuSignature === 'string' ? { provenOn, cpuSignature } : undefined;
}

/** `vm:ACCEL:MODEL:VERSION` of this host's guests, as guest-snapshot.ts writes provenOn; cpu_features follow the model. */
export function guestTarget(accel: 'kvm' | 'tcg', qemuVersion: string, cpuFeatures = ''): string {
  return guestCpuTarget(accel, `${defaultCpuModel(accel)}${cpuFeatures ? `,${cpuFeatures}` : ''}`, qemuVersion);
}

export function predictAgentStart(config: RuntimeConfig, accel: 'kvm' | 'tcg' | undefined, guest: AssetInfo | undefined): AgentStartPrediction {
  const words = config.hypervisor.qemu.kernelParams.split(/\s+/).filter(Boolean);
  const asked = words.filter((w) => w.startsWith('agent.start=')).pop()?.slice('agent.start='.length);
  if (asked === 'bundle' || asked === 'modules') return { mode: asked, why: `kernel_params sets agent.start=${asked}` };
  if (asked !== undefined && asked !== 'snapshot') return { mode: 'bundle', why: `kernel_params sets agent.start=${asked}, which is not snapshot, bundle or modules: the launcher starts the bundle` };
  if (!guest?.present) return { mode: 'unknown', why: `the guest asset ${guest?.path ?? '(none configured)'} is missing` };
  if (!guest.details) return { mode: 'unknown', why: `${guest.path} has no details.json beside it: cannot tell what its snapshot was proven on` };
  const record = snapshotRecord(guest.details);
  if (!record) return { mode: 'bundle', why: `${guest.path} records no snapshot proven in a VM (built by an older kata-ts): its launcher starts the bundle; run npm run guest` };
  if (!accel) return { mode: 'unknown', why: 'no accelerator can be used, so no guest boots' };
  const v = versionLine(config.hypervisor.qemu.path);
  const qemuVersion = 'version' in v ? qemuVersionOf(v.version) ?? v.version : 'unknown';
  const target = guestTarget(accel, qemuVersion, config.hypervisor.qemu.cpuFeatures);
  if (target !== record.provenOn) {
    return { mode: 'bundle', why: `the snapshot was proven on ${record.provenOn}, this host's guests run on ${target}: the launcher starts the snapshot only if the guest CPU's signature is still ${record.cpuSignature}, and the bundle otherwise` };
  }
  return { mode: 'snapshot', why: `proven in a VM like this host's guests (${target}), CPU ${record.cpuSignature}` };
}
