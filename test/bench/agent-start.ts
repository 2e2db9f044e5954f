// Bench suite "agent-start": the agent's start — process start → listening, as the agent measures
// it (Node's time origin to the ready line) — for each way the launcher can start it: from the V8
// snapshot, the one-file bundle, and the compiled module tree (the start before the snapshot).
// In the guest under TCG (the cached initrd, agent.start= on the kernel command line, rounds
// alternating the modes so drift hits each alike) and on the host (the launcher's node commands
// on a unix socket). Each snapshot and bundle row carries the modules figure of the same run as
// its reference, so the ratio column is the speed-up.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootVm } from '../helpers/qemu.js';
import { agentNodeArgs } from '../helpers/agent-process.js';
import { packageRoot } from '../../lib/common/package-root.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { type StartMode, START_MODES } from '../../guest/osbuilder/rootfs/agent-launcher.js';
import { type AgentStartFiles, buildAgentStart } from '../../guest/osbuilder/rootfs/agent-snapshot.js';
import { cpuSignature } from '../../guest/osbuilder/rootfs/cpu-signature.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

const GUEST_ROUNDS = 5;
const HOST_ROUNDS = 7;
const READY = /kata-agent ready: .*, (\w+), (\d+) ms\)/;

interface Figures {
  /** The agent's own figure: process start → listening. */
  agentMs: number;
  /** QEMU start → ready line (guest only). */
  bootMs?: number;
}

async function guestStart(mode: StartMode, kernel: string, initrd: string, dir: string, i: number): Promise<Figures> {
  const cleanups: Array<() => void> = [];
  try {
    const vm = bootVm({
      memoryMiB: 512, kernel, initrd,
      kernelParams: ['console=ttyS0', 'panic=-1', 'quiet', 'agent.listen=serial:agent.channel.0', `agent.start=${mode}`],
      agentChannel: { socket: join(dir, `${mode}${i}.sock`), name: 'agent.channel.0' },
    }, (f) => cleanups.push(f));
    const bootMs = await vm.waitFor(READY, 180000);
    const m = READY.exec(vm.output())!;
    if (m[1] !== mode) throw new Error(`agent.start=${mode} started ${m[1]}; console:\n${vm.output().slice(-2000)}`);
    return { agentMs: Number(m[2]), bootMs };
  } finally {
    for (const f of cleanups) f();
  }
}

function hostStart(mode: StartMode, files: AgentStartFiles, dir: string, i: number): Promise<Figures> {
  const args = [...agentNodeArgs(mode, files), '--listen', `unix:${join(dir, `${mode}${i}.sock`)}`, '--cmdline', '/dev/null', '--state-dir', join(dir, `${mode}${i}`)];
  const child = spawn(realpathSync(process.execPath), args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KATA_TS_PACKAGE_ROOT: packageRoot() } });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${mode} agent not ready after 20 s: ${out}`));
    }, 20000);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = READY.exec(out);
      if (m) {
        clearTimeout(timer);
        child.once('exit', () => resolve({ agentMs: Number(m[2]) }));
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!READY.test(out)) reject(new Error(`${mode} agent exited (${code}) before ready: ${out}`));
    });
  });
}

/** Runs `rounds` rounds of every mode, alternating; returns the figures per mode. */
async function alternate(rounds: number, once: (mode: StartMode, i: number) => Promise<Figures>): Promise<Map<StartMode, Figures[]>> {
  const runs = new Map<StartMode, Figures[]>(START_MODES.map((m) => [m, []]));
  for (let i = 0; i < rounds; i++) for (const mode of START_MODES) runs.get(mode)!.push(await once(mode, i));
  return runs;
}

function rows(where: string, runs: Map<StartMode, Figures[]>, note: string): BenchRow[] {
  const agent = (m: StartMode): number => median(runs.get(m)!.map((f) => f.agentMs));
  const out: BenchRow[] = START_MODES.map((mode) => ({
    suite: 'agent-start',
    name: `${where}: agent process start → listening, ${mode}`,
    value: agent(mode),
    unit: 'ms',
    reference: mode === 'modules' ? undefined : { label: 'modules', value: agent('modules') },
    note,
  }));
  const guest = runs.get('modules')![0]!.bootMs !== undefined;
  const boot = (m: StartMode): number => median(runs.get(m)!.map((f) => f.bootMs!));
  if (guest) {
    for (const mode of START_MODES) {
      out.push({ suite: 'agent-start', name: `${where}: QEMU start → agent ready, ${mode}`, value: boot(mode), unit: 'ms', reference: mode === 'modules' ? undefined : { label: 'modules', value: boot('modules') }, note });
    }
  }
  // The snapshot against the bundle it falls back to on a CPU it was not proven on.
  out.push({ suite: 'agent-start', name: `${where}: snapshot against bundle, ${guest ? 'QEMU start → agent ready' : 'agent process start → listening'}`, value: guest ? boot('snapshot') : agent('snapshot'), unit: 'ms', reference: { label: 'bundle', value: guest ? boot('bundle') : agent('bundle') }, note });
  return out;
}

export const agentStartSuite: BenchSuite = {
  name: 'agent-start',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    if (!kernel || !initrd) throw new Error('guest assets are not built: run `npm run guest`');
    const files = buildAgentStart(); // cached by `npm run guest`
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-agent-start-'));
    try {
      const host = await alternate(HOST_ROUNDS, (mode, i) => hostStart(mode, files, dir, i));
      const guest = await alternate(GUEST_ROUNDS, (mode, i) => guestStart(mode, kernel.vmlinux, initrd.path, dir, i));
      const proven = initrd.details.agentSnapshot;
      return [
        ...rows('guest (initrd, TCG)', guest, `median of ${GUEST_ROUNDS}, modes alternated; snapshot proven on ${proven?.provenOn ?? '(no record)'}, CPU ${proven?.cpuSignature.split(' ')[0] ?? '?'}`),
        ...rows('host', host, `median of ${HOST_ROUNDS}, modes alternated, unix socket; host CPU ${cpuSignature(readFileSync('/proc/cpuinfo', 'utf8')).split(' ')[0]}`),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
