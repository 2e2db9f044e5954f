// A nested-virtualization test host: this machine's own userland in a VM whose CPU has AMD SVM
// (QEMU TCG, -cpu max,+svm) and whose kernel has KVM (guest/osbuilder/kernel/nested-host.ts), so
// /dev/kvm works inside it and the KVM path — QEMU with -accel kvm, the addon's KVM ioctls — runs
// for real on machines without usable KVM. The root is the host's, read-only over 9p with a tmpfs
// overlay (guest/osbuilder/rootfs/nested-host-init.ts). `run` executes a shell script in it and
// returns its output and exit status; the VM is always stopped at teardown. One host per test file:
// booting one costs seconds, every command inside it runs under TCG.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Socket, createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Test } from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';
import { cachedNestedHostKernel } from '../../guest/osbuilder/kernel/nested-host.js';
import { busyboxInitrd } from '../../guest/osbuilder/rootfs/busybox-initrd.js';
import { NESTED_HOST_JOB_DIR, NESTED_HOST_JOB_TAG, NESTED_HOST_PORT, NESTED_HOST_READY, NESTED_HOST_ROOT_TAG, nestedHostInit } from '../../guest/osbuilder/rootfs/nested-host-init.js';
import { QEMU, type Vm, bootVm } from './qemu.js';

export interface JobResult {
  status: number;
  output: string;
  ms: number;
}

export interface NestedHost {
  vm: Vm;
  /** Runs `script` (POSIX sh) as root in the nested host; rejects only when the host stops answering. */
  run(script: string, timeoutMs?: number): Promise<JobResult>;
  /** Where the jobs' files are, as the nested host sees that directory. */
  jobDir: string;
  /** ms from QEMU's start until the host served jobs. */
  bootMs: number;
}

type Teardown = (fn: () => void | Promise<void>) => void;

function connectWhenUp(path: string, timeoutMs: number): Promise<Socket> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      const s = createConnection(path);
      s.once('connect', () => resolve(s));
      s.once('error', (e) => {
        s.destroy();
        if (Date.now() > until) reject(new Error(`nested host: ${path}: ${e.message}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Boots the nested host and waits until it serves jobs. */
export async function startNestedHost(teardown: Teardown, opts: { memoryMiB?: number; vcpus?: number; bootTimeoutMs?: number; kernel?: string; /** systemd as PID 1, on D-Bus (the systemd cgroup driver's tests). */ systemd?: boolean } = {}): Promise<NestedHost> {
  const kernel = opts.kernel ?? cachedNestedHostKernel()?.vmlinux;
  if (!kernel) throw new Error('the nested test host\'s kernel is not built: run `npm run guest` (npm test does)');
  const tree = packageRoot();
  if (/\s/.test(tree)) throw new Error(`nested host: the project path ${JSON.stringify(tree)} has white space, which the kernel command line cannot carry`);
  const dir = mkdtempSync(join(tmpdir(), 'kata-nested-host-'));
  teardown(() => rmSync(dir, { recursive: true, force: true }));
  const jobs = join(dir, 'jobs');
  mkdirSync(jobs);
  const initrd = busyboxInitrd(nestedHostInit(), dir);
  const port = join(dir, 'jobs.sock');
  const vm = bootVm({
    qemuPath: QEMU, cpuModel: 'max,+svm', vcpus: opts.vcpus ?? 2, memoryMiB: opts.memoryMiB ?? 4096,
    kernel, initrd, kernelParams: ['console=ttyS0', 'panic=-1', 'quiet', `nested.tree=${tree}`, ...(opts.systemd ? ['nested.systemd=1'] : [])],
    serialPorts: [{ socket: port, name: NESTED_HOST_PORT }],
    extraArgs: [
      // The host's root read-only; the job directory writable. multidevs=remap: / spans devices.
      '-fsdev', `local,id=${NESTED_HOST_ROOT_TAG},path=/,security_model=none,readonly=on,multidevs=remap`,
      '-device', `virtio-9p-pci,fsdev=${NESTED_HOST_ROOT_TAG},mount_tag=${NESTED_HOST_ROOT_TAG}`,
      '-fsdev', `local,id=${NESTED_HOST_JOB_TAG},path=${jobs},security_model=none`,
      '-device', `virtio-9p-pci,fsdev=${NESTED_HOST_JOB_TAG},mount_tag=${NESTED_HOST_JOB_TAG}`,
    ],
  }, teardown);
  const socket = await connectWhenUp(port, 30000);
  let buffered = '';
  const waiters = new Map<string, (line: string) => void>();
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffered += chunk;
    let nl: number;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl).trim();
      buffered = buffered.slice(nl + 1);
      const key = line.split(' ').slice(0, 2).join(' ');
      const w = waiters.get(key) ?? waiters.get(line);
      if (w) w(line);
    }
  });
  socket.on('error', () => {});
  const reply = (key: string, timeoutMs: number, what: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(key);
        reject(new Error(`nested host: no answer for ${what} after ${timeoutMs} ms; console:\n${vm.output().slice(-3000)}`));
      }, timeoutMs);
      waiters.set(key, (line) => {
        clearTimeout(timer);
        waiters.delete(key);
        resolve(line);
      });
      void vm.exited(timeoutMs).then(() => {
        if (!waiters.has(key)) return;
        clearTimeout(timer);
        waiters.delete(key);
        reject(new Error(`nested host: QEMU exited before ${what}; console:\n${vm.output().slice(-3000)}`));
      }, () => {});
    });
  await reply('ready', opts.bootTimeoutMs ?? (opts.systemd ? 300000 : 120000), 'its boot');
  const bootMs = await vm.waitFor(new RegExp(NESTED_HOST_READY), 1000);
  teardown(async () => {
    socket.write('poweroff\n');
    await vm.exited(20000).catch(() => undefined);
    socket.destroy();
    vm.kill();
  });
  let n = 0;
  const host: NestedHost = {
    vm,
    jobDir: NESTED_HOST_JOB_DIR,
    bootMs,
    async run(script: string, timeoutMs = 300000): Promise<JobResult> {
      const id = `job${++n}`;
      writeFileSync(join(jobs, `${id}.sh`), script);
      const started = Date.now();
      socket.write(`${id}\n`);
      const line = await reply(`done ${id}`, timeoutMs, `job ${id}: ${script.split('\n')[0]}`);
      const status = Number(line.split(' ')[2]);
      return { status, output: readFileSync(join(jobs, `${id}.out`), 'utf8'), ms: Date.now() - started };
    },
  };
  // Every job runs the project's own build: say so at once if the nested host cannot see it.
  const seen = await host.run(`test -x ${join(tree, 'build', 'kata_kvm_probe')} && test -d ${join(tree, 'dist')} && echo tree-ok`, 30000);
  if (!/tree-ok/.test(seen.output)) throw new Error(`nested host: the project tree ${tree} (its build/ and dist/) is not visible inside: ${seen.output.trim()}`);
  return host;
}

/**
 * A shell script for the nested host: boots QEMU with `accel` on our kernel and initrd until the
 * agent's ready line (or `limitS` seconds), stops it, and prints `boot-ms N` (QEMU start → ready,
 * as the nested host's clock has it) and then the console. Shared by the KVM test and the bench.
 */
export function agentBootScript(o: { accel: 'kvm' | 'tcg'; kernel: string; initrd: string; log: string; limitS?: number }): string {
  const limit = o.limitS ?? 600;
  const cpu = o.accel === 'kvm' ? 'host' : 'max';
  return `start=$(date +%s%N)
qemu-system-x86_64 -nodefaults -nographic -no-reboot -M q35 -accel ${o.accel} -cpu ${cpu} -m 512 \\
  -kernel ${o.kernel} -initrd ${o.initrd} -serial stdio \\
  -object rng-random,id=rng0,filename=/dev/urandom -device virtio-rng-pci,rng=rng0 \\
  -append "console=ttyS0 panic=-1 quiet agent.listen=unix:/run/agent.sock" > ${o.log} 2>&1 &
qemu=$!
ready=
for i in $(seq ${limit * 10}); do
  if grep -q 'kata-agent ready' ${o.log}; then ready=$(date +%s%N); break; fi
  kill -0 $qemu 2>/dev/null || break
  sleep 0.1
done
kill $qemu 2>/dev/null; wait $qemu 2>/dev/null
[ -n "$ready" ] && echo "boot-ms $(( (ready - start) / 1000000 ))"
cat ${o.log}
[ -n "$ready" ]
`;
}

/**
 * A suite run inside the nested host passed. Its failing assertions go into the name, short, so a
 * summary of the outer run says what failed; the end of its output goes to a comment.
 */
export function innerPassed(t: Test, output: string, file: string): void {
  const passed = /tap exit 0$/m.test(output);
  // The inner TAP arrives flattened into lines; each "not ok N - name" up to the next " ok " or "#".
  const failures = [...output.matchAll(/not ok \d+ - (.{1,160}?)(?= +(?:not )?ok \d+ - | +\\?# |$)/gm)].map((m) => m[1]!.trim());
  if (!passed) t.comment(`${file} in the nested host, the end of its output:\n${output.slice(-6000)}`);
  t.ok(passed, passed ? `${file} passed in the nested host` : `${file} failed in the nested host: ${failures.slice(0, 5).join('; ') || 'no failing assertion named (see the comment)'}`);
}
