// Faults under running pods, through a real containerd (one, shared by the cases) and real TCG VMs.
// Each case breaks one thing and checks that the shim answers in bounded time with an error naming
// what timed out, that `ctr task delete -f` (or kill + delete) still removes everything — no QEMU,
// shim, virtiofsd, mount, cgroup or state left (no case has a pod network, so no tap either) —
// and that containerd still serves:
//  - the agent stopped: its process frozen in the guest (cgroup v2 freeze, through the debug
//    console: SIGSTOP cannot stop PID 1, which the agent is in the initrd);
//  - QEMU hung: SIGSTOP to QEMU;
//  - the hybrid-vsock back-end hung under a running QEMU. It is a thread in the shim (one per
//    VM), not a process, so it cannot be killed alone; "stopped" is that thread stopped (a ptrace
//    interrupt of that one thread, as a deadlock would leave it) while the shim's other threads
//    and QEMU run. (A back-end thread that ends with an error is the other fault: the health
//    watch reads it at once, test/native's loop_thread test and test/runtime/fault-bounds.)
//  - the VM console full: a container writing without end to the guest's /dev/console; the shim's
//    memory and the console log on the host stay bounded and the pod keeps answering;
//  - a fork bomb: the spec's pids limit holds in the guest, the host's process count does not move.
// Bounds: [agent.kata] request_timeout = 8 s, health_check_interval = 10 s. A request may fail at
// its own deadline or, when the periodic check came first, naming the check that stopped the VM;
// both name what timed out. The QEMU case waits for the periodic check; the others delete -f,
// where a SIGKILL the agent does not deliver checks at once.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import type { Test } from 'tap';
import { DEBUG_CONSOLE_VSOCK_PORT } from '../../lib/common/agent/ports.js';
import type { Spec } from '../../lib/common/oci/spec.js';
import { connectHybridVsock } from '../../lib/vsock/hybrid-backend.js';
import type { Containerd } from '../demo/containerd.js';
import { cgroupDirsOf } from '../helpers/cgroup-dirs.js';
import { baseSpec, makeBundle } from '../helpers/rootfs.js';
import { e2eContainerd, IMAGE, leftovers, NOTHING_LEFT, qemuOf, shimsOf, TAG, waitForStatus } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
if (!existsSync('/usr/bin/python3')) throw new Error('python3 is missing (apt-get install python3): the back-end case stops one thread with ptrace through it');
t.setTimeout(900000);

const REQUEST_TIMEOUT = 8;
const HEALTH_INTERVAL = 10;
const KATA = ['--runtime', 'io.containerd.kata.v2'];
const LOOP = ['sh', '-c', 'trap "exit 143" TERM; while :; do sleep 1; done'];
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs a script in the guest's debug console (a root shell outside every container) until its output matches `until`. */
async function guestShell(id: string, script: string, until: RegExp, timeoutMs = 60000): Promise<string> {
  const { socket } = await connectHybridVsock(`/run/kata-ts/sandboxes/${id}/kata.hvsock`, DEBUG_CONSOLE_VSOCK_PORT, 20000);
  let out = '';
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`debug console of ${id}: no ${until} within ${timeoutMs} ms; output: ${JSON.stringify(out.slice(-2000))}`)), timeoutMs);
      socket.on('data', (b: Buffer) => {
        out += b.toString();
        if (until.test(out)) {
          clearTimeout(timer);
          resolve(out);
        }
      });
      socket.on('error', () => undefined);
      socket.write(script + '\n');
    });
  } finally {
    socket.destroy();
  }
}

/** Cgroups of the sandbox left on the host (ctr's spec puts it at /default/<id>; without one it is kata-ts/<id>). */
const cgroupsOf = (id: string): string[] => [...cgroupDirsOf(`default/${id}`), ...cgroupDirsOf(`kata-ts/${id}`)];

async function timed<T>(f: () => Promise<T>): Promise<{ r: T; ms: number }> {
  const start = Date.now();
  const r = await f();
  return { r, ms: Date.now() - start };
}

/** After a case: the pod is gone with everything it had on the host, and containerd serves. */
async function nothingLeft(t: Test, c: Containerd, id: string): Promise<void> {
  const rm = await c.ctr(['containers', 'rm', id]);
  t.equal(rm.code, 0, `the container record is removed: ${rm.stderr}`);
  for (let i = 0; i < 50 && shimsOf(c).length > 0; i++) await sleep(200);
  t.same(shimsOf(c), [], 'the shim exited with its last task');
  t.same(qemuOf(id), [], 'no QEMU');
  t.same(cgroupsOf(id), [], 'no cgroup');
  t.same(leftovers(), NOTHING_LEFT, 'no VM, shim, virtiofsd, mount or state left');
  const ls = await c.ctr(['task', 'ls']);
  t.equal(ls.code, 0, `containerd still serves: ${ls.stderr}`);
  t.notMatch(ls.stdout, id, 'and lists no task of the pod');
}

/** Fails the pod's requests in bounded time, naming the request that timed out (or the health check that stopped the VM). */
async function requestsFailInBoundedTime(t: Test, c: Containerd, id: string): Promise<void> {
  const exec = await timed(() => c.ctr(['task', 'exec', '--exec-id', 'stuck', id, 'echo', 'hi'], { timeoutMs: 120000 }));
  t.not(exec.r.code, 0, 'exec fails');
  t.match(exec.r.stderr, new RegExp(`did not answer (ExecProcess within ${REQUEST_TIMEOUT} s \\(\\[agent\\.kata\\] request_timeout\\)|its health check|QMP query-status)`), `exec's error names what timed out: ${exec.r.stderr.trim()}`);
  t.ok(exec.ms < (REQUEST_TIMEOUT + 15) * 1000, `within the bound (${exec.ms} ms)`);
  const ls = await timed(() => c.ctr(['task', 'ls']));
  t.match(ls.r.stdout, new RegExp(`^${id}\\s+\\d+\\s+(RUNNING|STOPPED)`, 'm'), 'state answers from the shim without the guest');
  t.ok(ls.ms < 5000, `at once (${ls.ms} ms)`);
  const kill = await timed(() => c.ctr(['task', 'kill', '-s', 'SIGTERM', id], { timeoutMs: 120000 }));
  if (kill.r.code !== 0) t.match(kill.r.stderr, new RegExp(`did not answer (SignalProcess within ${REQUEST_TIMEOUT} s|its health check|QMP query-status)|already exited`), `SIGTERM fails naming what timed out: ${kill.r.stderr.trim()}`);
  t.ok(kill.ms < (REQUEST_TIMEOUT + 15) * 1000, `within the bound (${kill.ms} ms)`);
}

/** `ctr task delete -f` of the broken pod: bounded, and it reports the pod as killed. */
async function forceDelete(t: Test, c: Containerd, id: string): Promise<void> {
  const del = await timed(() => c.ctr(['task', 'delete', '-f', id], { timeoutMs: 180000 }));
  t.equal(del.r.code, 0, `ctr task delete -f works: ${del.r.stderr.trim()}`);
  t.ok(del.ms < (3 * REQUEST_TIMEOUT + 20) * 1000, `within the bound (${del.ms} ms)`);
}

t.test('faults under running pods', async (t) => {
  const { c, dir } = await e2eContainerd(t, {}, '', undefined, `debug_console_enabled = true\nrequest_timeout = ${REQUEST_TIMEOUT}\nhealth_check_interval = ${HEALTH_INTERVAL}`);

  /** `ctr run -d` of a spec of our own (a host rootfs, resources ctr has no flag for). */
  const runSpec = async (id: string, args: string[], edit: (s: Spec) => void): Promise<void> => {
    const bundle = makeBundle('kata-faults-');
    t.teardown(() => bundle.remove());
    const spec = baseSpec(args);
    spec.root = { path: bundle.rootfs, readonly: false };
    spec.linux!.cgroupsPath = `/default/${id}`;
    edit(spec);
    const file = join(dir, `${id}.json`);
    writeFileSync(file, JSON.stringify(spec));
    const run = await c.ctr(['run', '-d', ...KATA, '--config', file, id], { timeoutMs: 240000 });
    if (run.code !== 0) throw new Error(`ctr run ${id}: ${run.stderr}`);
  };

  await t.test('the agent stopped in the guest: calls fail in bounded time naming the request, delete -f removes everything', async (t) => {
    const id = `fa-agent${TAG}`;
    const run = await c.ctr(['run', '-d', ...KATA, IMAGE, id, ...LOOP], { timeoutMs: 240000 });
    t.equal(run.code, 0, `pod: ${run.stderr}`);
    const G = '/sys/fs/cgroup/faults-hang';
    // PID 1 ignores SIGSTOP; the v2 freezer stops it all the same. The shell is the agent's child
    // but stays outside the frozen cgroup, and its stdio is the vsock stream itself.
    const out = await guestShell(id, `mkdir -p ${G} && echo 1 > ${G}/cgroup.procs && echo 1 > ${G}/cgroup.freeze && until grep -q 'frozen 1' ${G}/cgroup.events; do sleep 0.1; done; echo agent-frozen-$((40+2))`, /agent-frozen-42/);
    t.match(out, /agent-frozen-42/, 'the agent is frozen');
    await requestsFailInBoundedTime(t, c, id);
    await forceDelete(t, c, id);
    await nothingLeft(t, c, id);
  });

  await t.test('QEMU hung (SIGSTOP): calls fail in bounded time, delete -f removes everything', async (t) => {
    const id = `fa-qemu${TAG}`;
    const run = await c.ctr(['run', '-d', ...KATA, IMAGE, id, ...LOOP], { timeoutMs: 240000 });
    t.equal(run.code, 0, `pod: ${run.stderr}`);
    const [qemu] = qemuOf(id);
    t.ok(qemu, 'QEMU runs');
    process.kill(qemu!, 'SIGSTOP');
    for (let i = 0; i < 20 && !/^\d+ \(.*\) T /.test(readFileSync(`/proc/${qemu}/stat`, 'utf8')); i++) await sleep(100);
    t.match(readFileSync(`/proc/${qemu}/stat`, 'utf8'), /^\d+ \(.*\) T /, 'QEMU is stopped, not dead');
    await requestsFailInBoundedTime(t, c, id);
    // No delete here: the periodic health check finds QEMU silent and stops it by itself.
    t.match(await waitForStatus(c, id, 'STOPPED', (HEALTH_INTERVAL + REQUEST_TIMEOUT + 15) * 1000), new RegExp(`^${id}\\s+\\d+\\s+STOPPED`, 'm'), 'the health watch stops the hung VM: the task exits');
    t.match(c.log(), /not healthy; stopping its VM.*QEMU did not answer QMP query-status/, 'the shim logs why');
    const del = await c.ctr(['task', 'delete', id], { timeoutMs: 120000 });
    t.match(del.stderr, new RegExp(`task ${id} exit with non-zero exit code 255`), `a plain delete works and reports the pod killed: ${del.stderr.trim()}`);
    await nothingLeft(t, c, id);
  });

  await t.test('the hybrid-vsock back-end hung under a running QEMU: bounded errors, delete -f works, the shim does not hang on the thread', async (t) => {
    const id = `fa-vsock${TAG}`;
    const run = await c.ctr(['run', '-d', ...KATA, IMAGE, id, ...LOOP], { timeoutMs: 240000 });
    t.equal(run.code, 0, `pod: ${run.stderr}`);
    const [shim] = shimsOf(c);
    const threads = readdirSync(`/proc/${shim}/task`).filter((tid) => readFileSync(`/proc/${shim}/task/${tid}/comm`, 'utf8').trim() === 'kata-vhost-loop');
    t.equal(threads.length, 1, 'the shim runs one back-end thread, named kata-vhost-loop');
    // ptrace stops one thread, not the process; the stop lasts while the tracer lives.
    const tracer: ChildProcess = spawn('/usr/bin/python3', ['-c', [
      'import ctypes, sys',
      'libc = ctypes.CDLL(None, use_errno=True)',
      'tid = int(sys.argv[1])',
      'for req in (0x4206, 0x4207):  # PTRACE_SEIZE, PTRACE_INTERRUPT (linux/ptrace.h)',
      '    if libc.ptrace(req, tid, None, None) != 0: sys.exit("ptrace %#x: errno %d" % (req, ctypes.get_errno()))',
      'print("stopped", flush=True)',
      'sys.stdin.read()',
    ].join('\n'), threads[0]!], { stdio: ['pipe', 'pipe', 'inherit'] });
    t.teardown(() => void tracer.kill('SIGKILL'));
    const stopped = await new Promise<boolean>((resolve) => {
      tracer.stdout!.on('data', (b: Buffer) => b.toString().includes('stopped') && resolve(true));
      tracer.on('exit', () => resolve(false));
    });
    t.ok(stopped, 'the back-end thread is stopped');
    for (let i = 0; i < 20 && !/^\d+ \(.*\) t /.test(readFileSync(`/proc/${shim}/task/${threads[0]}/stat`, 'utf8')); i++) await sleep(100);
    t.match(readFileSync(`/proc/${shim}/task/${threads[0]}/stat`, 'utf8'), /^\d+ \(.*\) t /, 'in tracing stop, while the shim\'s other threads run');
    t.match(readFileSync(`/proc/${qemuOf(id)[0]}/stat`, 'utf8'), /^\d+ \(.*\) [RS] /, 'and QEMU runs');
    await requestsFailInBoundedTime(t, c, id);
    await forceDelete(t, c, id);
    t.match(c.log(), /vsock back-end's thread did not stop within 5000 ms \(hung\)/, 'the shim reports the hung thread and goes on');
    tracer.kill('SIGKILL');
    await nothingLeft(t, c, id);
  });

  await t.test('the VM console full: the host stays bounded and the pod answers', async (t) => {
    const id = `fa-console${TAG}`;
    // The guest's /dev/console is its serial port, which QEMU appends to <state>/console.log.
    await runSpec(id, ['sh', '-c', 'yes "console flood 0123456789abcdefghijklmnopqrstuvwxyz 0123456789abcdefghijklmnopqrstuvwxyz" > /dev/console'], (s) => {
      s.linux!.devices = [{ path: '/dev/console', type: 'c', major: 5, minor: 1, fileMode: 0o620, uid: 0, gid: 0 }];
    });
    const [shim] = shimsOf(c);
    const rss = (pid: number): number => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    const log = `/run/kata-ts/sandboxes/${id}/console.log`;
    const size = (p: string): number => (existsSync(p) ? statSync(p).size : 0);
    await sleep(5000);
    const before = rss(shim!);
    let maxLog = 0;
    for (let i = 0; i < 20; i++) {
      maxLog = Math.max(maxLog, size(log) + size(`${log}.1`));
      await sleep(1000);
    }
    const after = rss(shim!);
    t.ok(readFileSync(log, 'utf8').includes('console flood') || readFileSync(`${log}.1`, 'utf8').includes('console flood'), 'the flood reaches the console log');
    t.ok(maxLog < 24 << 20, `the console log on the host stays bounded (at most ${(maxLog / 2 ** 20).toFixed(1)} MiB with its rotated copy)`);
    t.ok(after - before < 48 << 20, `the shim's memory does not grow with the flood (${(before / 2 ** 20).toFixed(0)} → ${(after / 2 ** 20).toFixed(0)} MiB)`);
    const exec = await timed(() => c.ctr(['task', 'exec', '--exec-id', 'alive', id, 'echo', 'alive'], { timeoutMs: 120000 }));
    t.same({ out: exec.r.stdout, code: exec.r.code }, { out: 'alive\n', code: 0 }, `the pod answers during the flood (${exec.ms} ms): ${exec.r.stderr}`);
    t.equal((await c.ctr(['task', 'kill', '-s', 'SIGKILL', id], { timeoutMs: 120000 })).code, 0, 'kill');
    t.match(await waitForStatus(c, id, 'STOPPED', 60000), new RegExp(`^${id}\\s+\\d+\\s+STOPPED`, 'm'), 'the pod stops');
    t.equal((await c.ctr(['task', 'delete', id], { timeoutMs: 120000 })).code, 0, 'delete');
    await nothingLeft(t, c, id);
  });

  await t.test('a fork bomb: the pids limit holds in the guest, the host is unaffected, the pod can be deleted', async (t) => {
    const id = `fa-forks${TAG}`;
    const hostProcs = (): number => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).length;
    const hostBefore = hostProcs();
    await runSpec(id, ['sh', '-c', 'f() { f | f & }; f; exec sleep 1000'], (s) => {
      s.linux!.resources = { pids: { limit: 64 } };
    });
    const [qemu] = qemuOf(id);
    const qemuThreads = (): number => readdirSync(`/proc/${qemu}/task`).length;
    const threadsBefore = qemuThreads();
    await sleep(8000);
    // The container's cgroup is the agent's choice: find it by its limit.
    const out = await guestShell(id, 'for m in $(find /sys/fs/cgroup -name pids.max); do d=${m%/pids.max}; [ "$(cat $m)" = 64 ] && echo "pids $(cat $d/pids.current) $(grep max $d/pids.events)"; done; echo pids-done', /pids-done\s*$/m);
    const m = /pids (\d+) max (\d+)/.exec(out);
    t.ok(m, `the container's cgroup has the spec's limit 64: ${out.trim().slice(-300)}`);
    t.ok(Number(m?.[1]) <= 64, `pids.current ${m?.[1]} is within the limit`);
    t.ok(Number(m?.[2]) > 0, `forks were refused (pids.events max ${m?.[2]})`);
    t.ok(hostProcs() - hostBefore < 20, `the host's process count does not follow the bomb (${hostBefore} → ${hostProcs()})`);
    t.equal(qemuThreads() - threadsBefore, 0, 'QEMU starts no thread for it');
    t.equal((await c.ctr(['version'])).code, 0, 'containerd serves');
    await forceDelete(t, c, id);
    await nothingLeft(t, c, id);
  });

  const fresh = await c.ctr(['run', '--rm', ...KATA, IMAGE, `fa-fresh${TAG}`, 'echo', 'fresh'], { timeoutMs: 240000 });
  t.same({ out: fresh.stdout, code: fresh.code }, { out: 'fresh\n', code: 0 }, `after every fault a new pod runs: ${fresh.stderr}`);
  t.same(leftovers(), NOTHING_LEFT, 'nothing left');
});
