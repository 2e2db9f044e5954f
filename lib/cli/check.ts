// `kata-runtime check`: can this host run kata-ts? One result per check; the command fails
// (exit 1) when a required one fails. Informational results (TCG instead of KVM, the agent
// channel) never fail it. The shared filesystem's parts (virtiofsd, QEMU's device) are checked. Called by kata-runtime.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { constants, accessSync } from 'node:fs';
import { checkAssets } from '../config/assets.js';
import { GuestAssetError } from '../config/errors.js';
import { loadConfig } from '../config/load.js';
import { templateStatus } from '../factory/template.js';
import type { RuntimeConfig } from '../config/types.js';
import { type AccelSetting, chooseAccel, probeHost } from '../hypervisor/accel.js';
import { DEFAULT_KVM_DEVICE, type KvmProbe, probeKvm } from '../hypervisor/kvm-probe.js';
import { loadAddon } from '../common/native/addon.js';
import { predictAgentStart } from './agent-start-mode.js';
import { guestAssets } from './assets.js';
import { versionLine } from './probe.js';

export type CheckStatus = 'ok' | 'fail' | 'warn' | 'info';

export interface CheckResult {
  name: string;
  status: CheckStatus;
  detail: string;
}

export const CONTAINERD_PATH = '/usr/bin/containerd';

/**
 * The hybrid vsock channel needs QEMU's vhost-user-vsock-pci device and the addon's back-end; no
 * /dev/vhost-vsock. With the virtio-serial channel it is not needed at all.
 */
function vhostUserCheck(config: RuntimeConfig): CheckResult {
  if (config.agent.kata.channel === 'virtio-serial') return { name: 'vhost-user', status: 'info', detail: 'not used: agent.kata.channel = "virtio-serial"' };
  let devices = '';
  try {
    devices = execFileSync(config.hypervisor.qemu.path, ['-device', 'help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10000 });
  } catch (e) {
    return { name: 'vhost-user', status: 'fail', detail: `${config.hypervisor.qemu.path} -device help: ${(e as Error).message}` };
  }
  if (!/"vhost-user-vsock-pci"/.test(devices)) return { name: 'vhost-user', status: 'fail', detail: `${config.hypervisor.qemu.path} has no vhost-user-vsock-pci device (agent.kata.channel = "hybrid-vsock" needs it; "virtio-serial" does not)` };
  try {
    if (typeof loadAddon().VhostVsockBackend !== 'function') throw new Error('the addon has no VhostVsockBackend');
  } catch (e) {
    return { name: 'vhost-user', status: 'fail', detail: `the vhost-user-vsock back-end: ${(e as Error).message}` };
  }
  return { name: 'vhost-user', status: 'ok', detail: 'QEMU has vhost-user-vsock-pci; the addon serves it (hybrid vsock, no /dev/vhost-vsock needed)' };
}

/**
 * The shared filesystem: virtio-fs needs the daemon (virtio_fs_daemon, runnable) and QEMU's
 * vhost-user-fs-pci; virtio-9p needs QEMU's virtio-9p-pci.
 */
function sharedFsCheck(config: RuntimeConfig): CheckResult {
  const q = config.hypervisor.qemu;
  const device = q.sharedFs === 'virtio-fs' ? 'vhost-user-fs-pci' : 'virtio-9p-pci';
  let devices = '';
  try {
    devices = execFileSync(q.path, ['-device', 'help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10000 });
  } catch (e) {
    return { name: 'shared fs', status: 'fail', detail: `${q.path} -device help: ${(e as Error).message}` };
  }
  if (!devices.includes(`"${device}"`)) return { name: 'shared fs', status: 'fail', detail: `${q.path} has no ${device} device (hypervisor.qemu.shared_fs = "${q.sharedFs}" needs it)` };
  if (q.sharedFs === 'virtio-9p') return { name: 'shared fs', status: 'ok', detail: 'virtio-9p (QEMU\'s virtio-9p-pci)' };
  if (q.virtioFsCacheSize !== 0) return { name: 'shared fs', status: 'fail', detail: `hypervisor.qemu.virtio_fs_cache_size = ${q.virtioFsCacheSize}: QEMU 7.2's vhost-user-fs-pci has no DAX cache window; set 0` };
  try {
    accessSync(q.virtioFsDaemon, constants.X_OK);
  } catch {
    return { name: 'shared fs', status: 'fail', detail: `hypervisor.qemu.virtio_fs_daemon = ${q.virtioFsDaemon}: missing or not executable (Debian package qemu-system-common)` };
  }
  const v = spawnSync(q.virtioFsDaemon, ['--version'], { encoding: 'utf8', timeout: 10000 });
  if (v.status !== 0) return { name: 'shared fs', status: 'fail', detail: `${q.virtioFsDaemon} --version exited ${v.status ?? v.signal}: ${(v.stderr || v.stdout).trim().split('\n')[0] ?? ''}` };
  const version = (v.stdout || v.stderr).trim().split('\n')[0] ?? '';
  return { name: 'shared fs', status: 'ok', detail: `virtio-fs: ${q.virtioFsDaemon} (${version}), cache=${q.virtioFsCache}; QEMU has vhost-user-fs-pci` };
}

export async function runChecks(): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  const uid = process.getuid?.() ?? -1;
  out.push(uid === 0
    ? { name: 'root', status: 'ok', detail: 'running as root' }
    : { name: 'root', status: 'fail', detail: `running as uid ${uid}; the runtime needs root (mounts, QEMU, /run/kata-ts)` });

  let config: RuntimeConfig | undefined;
  try {
    config = loadConfig();
    out.push({ name: 'config', status: 'ok', detail: `${config.origin.path} (${config.origin.source})` });
    if (config.ignored.length > 0) {
      out.push({ name: 'config', status: 'warn', detail: `${config.ignored.length} Kata setting(s) not supported by kata-ts, ignored: ${config.ignored.map((i) => i.key).join(', ')}` });
    }
  } catch (e) {
    out.push({ name: 'config', status: 'fail', detail: (e as Error).message.replace(/\n\s*/g, '; ') });
  }

  if (config) {
    const qemu = config.hypervisor.qemu.path;
    const v = versionLine(qemu);
    out.push('version' in v
      ? { name: 'qemu', status: 'ok', detail: `${qemu}: ${v.version}` }
      : { name: 'qemu', status: 'fail', detail: v.error });
    const host = probeHost();
    let accel: 'kvm' | 'tcg' | undefined;
    try {
      const choice = chooseAccel(config.hypervisor.qemu.accel, host);
      accel = choice.accel;
      out.push(choice.accel === 'kvm'
        ? { name: 'accel', status: 'ok', detail: `KVM (${host.cpuFlag}, ${host.kvmModule}, ${DEFAULT_KVM_DEVICE}: a VM ran the real-mode guest)` }
        : { name: 'accel', status: 'warn', detail: `TCG: ${choice.warning ?? 'hypervisor.qemu.accel = "tcg"'}` });
    } catch (e) {
      out.push({ name: 'accel', status: 'fail', detail: (e as Error).message });
    }
    // Shown wherever /dev/kvm exists, also where accel stays on TCG: the PVM-style host's lines say why.
    out.push(...kvmChecks(config.hypervisor.qemu.accel, host.devKvm ? host.kvm ?? probeKvm() : undefined));
    out.push(agentStartCheck(config, accel));
  }

  if (config) out.push(vhostUserCheck(config));
  if (config) out.push(sharedFsCheck(config));

  if (config) {
    try {
      await checkAssets(config);
      const q = config.hypervisor.qemu;
      out.push({ name: 'guest assets', status: 'ok', detail: `kernel ${q.kernel}, ${q.image ? `image ${q.image}` : `initrd ${q.initrd}`}` });
    } catch (e) {
      const lines = e instanceof GuestAssetError ? e.message.split('\n').slice(1).map((l) => l.trim()) : [(e as Error).message];
      out.push({ name: 'guest assets', status: 'fail', detail: lines.join('; ') });
    }
  }

  if (config?.factory.enableTemplate) out.push(templateCheck(config));
  out.push(containerdCheck());
  return out;
}

/**
 * KVM, the way Kata's `kata-runtime check` shows it: one line per capability the runtime needs
 * (native/src/kvm/capabilities.cc says why each), then one for a VM create and its real-mode vCPU
 * run; a single INFO line when there is no /dev/kvm. A missing piece FAILs only where KVM is
 * demanded (accel = "kvm"); with "auto" it is a WARN (TCG is used instead), with "tcg" INFO.
 */
export function kvmChecks(setting: AccelSetting, probe: KvmProbe | undefined): CheckResult[] {
  const lacking: CheckStatus = setting === 'kvm' ? 'fail' : setting === 'auto' ? 'warn' : 'info';
  if (!probe) {
    return [{ name: 'kvm', status: 'info', detail: `capabilities not checked: ${DEFAULT_KVM_DEVICE} does not exist (no KVM on this host; TCG needs none)` }];
  }
  if (probe.kind !== 'kvm') {
    return [{ name: 'kvm', status: lacking, detail: `capabilities not checked: ${probe.kind === 'no-addon' ? probe.error : probe.error.message}` }];
  }
  const lines: CheckResult[] = probe.device.capabilities.map((c) => {
    const name = `kvm ${c.name}`;
    if (c.present) return { name, status: 'ok', detail: `${c.value === 1 ? 'present' : `present (${c.value})`}: ${c.neededFor}` };
    const why = c.error ? c.error.message : 'missing';
    if (c.required) return { name, status: lacking, detail: `${why}: needed for ${c.neededFor}` };
    return { name, status: setting === 'tcg' ? 'info' : 'warn', detail: `${why} (optional, QEMU runs without it): ${c.neededFor}` };
  });
  const d = probe.device;
  const facts = `API ${d.apiVersion}, vCPU mmap ${d.vcpuMmapSize} bytes, capabilities asked on the ${d.checkedOnVm ? 'VM' : '/dev/kvm'} fd`;
  const vm = probe.vm;
  if (!vm.created) lines.push({ name: 'kvm vm', status: lacking, detail: `${vm.error.message} (${facts})` });
  else if (!vm.realMode.ok) lines.push({ name: 'kvm vm', status: lacking, detail: `KVM_CREATE_VM worked; the real-mode vCPU run failed: ${vm.realMode.failure ?? 'no reason given'} (${facts})` });
  else lines.push({ name: 'kvm vm', status: 'ok', detail: `KVM_CREATE_VM and a real-mode vCPU run: ${vm.realMode.exits.join(', ')} in ${vm.realMode.elapsedMs.toFixed(1)} ms (${facts})` });
  return lines;
}

/** Which start the guest's agent will use: the snapshot is the fast one, so anything else is a WARN (the guest still works). */
function agentStartCheck(config: RuntimeConfig, accel: 'kvm' | 'tcg' | undefined): CheckResult {
  const guest = guestAssets(config).find((a) => a.key !== 'hypervisor.qemu.kernel');
  const p = predictAgentStart(config, accel, guest);
  return { name: 'agent start', status: p.mode === 'snapshot' ? 'ok' : p.mode === 'unknown' ? 'warn' : 'info', detail: `${p.mode}: ${p.why}` };
}

/** With VM templating on: is there a template this configuration's sandboxes can be cloned from. A WARN: they still boot without. */
function templateCheck(c: RuntimeConfig): CheckResult {
  const s = templateStatus(c);
  if (!s.exists) return { name: 'vm template', status: 'warn', detail: `none in ${s.dir}: sandboxes boot until kata-runtime factory init makes one` };
  if (s.problem) return { name: 'vm template', status: 'warn', detail: `${s.dir} is not usable (${s.problem}): sandboxes boot; run kata-runtime factory destroy, then init` };
  return { name: 'vm template', status: 'ok', detail: `${s.dir}, made ${s.createdAt}: sandboxes of the default size start as its clones` };
}

function containerdCheck(): CheckResult {
  try {
    accessSync(CONTAINERD_PATH, constants.X_OK);
  } catch {
    return { name: 'containerd', status: 'fail', detail: `${CONTAINERD_PATH} is missing or not executable` };
  }
  const v = versionLine(CONTAINERD_PATH);
  return 'version' in v ? { name: 'containerd', status: 'ok', detail: `${CONTAINERD_PATH}: ${v.version}` } : { name: 'containerd', status: 'fail', detail: v.error };
}

export function formatCheck(r: CheckResult): string {
  return `${r.status.toUpperCase().padEnd(4)} ${r.name}: ${r.detail}`;
}
