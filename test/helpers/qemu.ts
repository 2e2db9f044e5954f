// Boots a QEMU VM for tests and watches its serial console: waits for lines, records when they
// appeared, and always kills the VM at teardown so no QEMU outlives its test. TCG, because the
// KVM on these machines cannot boot Linux (see docs/architecture.md). The command line comes from
// lib/hypervisor/qemu-args.ts like the runtime's, in its minimal mode with the console on stdio.
import { type ChildProcess, spawn } from 'node:child_process';
import { TtrpcClient } from '../../lib/common/ttrpc/index.js';
import { type QemuArgsSpec, qemuArgs } from '../../lib/hypervisor/qemu-args.js';

export const QEMU = '/usr/bin/qemu-system-x86_64';

export interface Vm {
  child: ChildProcess;
  startedAt: number;
  output(): string;
  /** Resolves with ms since start when the console has printed a match; rejects on exit or timeout. */
  waitFor(re: RegExp, timeoutMs: number): Promise<number>;
  /** Resolves with the exit code when QEMU exits by itself (e.g. the guest powered off). */
  exited(timeoutMs: number): Promise<number | null>;
  kill(): void;
}

export type TestVmSpec = Partial<QemuArgsSpec> & Pick<QemuArgsSpec, 'kernel' | 'memoryMiB' | 'kernelParams'>;

/**
 * A bare test VM: q35 on TCG, one vCPU, minimal, the console on stdio, a virtio-rng device fed
 * from /dev/urandom as the runtime's VMs have (config entropy_source); the rest as given.
 */
export function testVmSpec(s: TestVmSpec): QemuArgsSpec {
  return { qemuPath: QEMU, machineType: 'q35', accel: 'tcg', vcpus: 1, minimal: true, entropySource: '/dev/urandom', ...s };
}

/** extraArgs: QEMU arguments qemuArgs has no field for (the nested test host's second 9p share). */
export function bootVm(spec: TestVmSpec & { extraArgs?: string[] }, teardown: (fn: () => void) => void): Vm {
  const { extraArgs = [], ...rest } = spec;
  const s = testVmSpec(rest);
  const child = spawn(s.qemuPath, [...qemuArgs(s), ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  const startedAt = Date.now();
  let out = '';
  let exitCode: number | null | undefined;
  const watchers = new Set<() => void>();
  const onData = (b: Buffer): void => {
    out += b.toString('utf8');
    for (const w of watchers) w();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  child.on('exit', (code) => {
    exitCode = code;
    for (const w of watchers) w();
  });
  const kill = (): void => {
    if (exitCode === undefined) child.kill('SIGKILL');
  };
  teardown(kill);
  const wait = <T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const done = (): void => {
        watchers.delete(poll);
        clearTimeout(timer);
      };
      const poll = (): void => {
        const v = check();
        if (v !== undefined) {
          done();
          resolve(v);
        } else if (exitCode !== undefined) {
          done();
          reject(new Error(`QEMU exited (${exitCode}) before ${what}; console:\n${out.slice(-3000)}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; console:\n${out.slice(-3000)}`));
      }, timeoutMs);
      watchers.add(poll);
      poll();
    });
  return {
    child,
    startedAt,
    output: () => out,
    waitFor: (re, timeoutMs) => wait(() => (re.test(out) ? Date.now() - startedAt : undefined), timeoutMs, `${re}`),
    exited: (timeoutMs) =>
      new Promise((resolve, reject) => {
        if (exitCode !== undefined) return resolve(exitCode);
        const timer = setTimeout(() => reject(new Error(`QEMU still running after ${timeoutMs} ms; console:\n${out.slice(-3000)}`)), timeoutMs);
        child.once('exit', (code) => {
          clearTimeout(timer);
          resolve(code);
        });
      }),
    kill,
  };
}

/** Connects to a VM's agent channel socket, retrying until QEMU has created it. */
export async function connectWhenListening(path: string, timeoutMs: number): Promise<TtrpcClient> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await TtrpcClient.connect(path);
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
