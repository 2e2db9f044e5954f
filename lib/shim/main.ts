// containerd-shim-kata-v2: the entry point containerd runs for io.containerd.kata.v2. `start`
// spawns the shim server detached (containerd waits for this command's output, so the server
// must hold none of its pipes) and prints its ttrpc address; the server serves the Task API for
// the task's VM; `delete` cleans up after a shim that died, from the sandbox record on disk.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../common/log/logger.js';
import { SHIM_USAGE, type ShimArgs, parseShimArgs } from './args.js';
import { type PodRole, podRoleOfBundle } from './pod.js';
import { DEFAULT_STATE_ROOT, readRecord } from '../runtime/state.js';
import { SHIM_DIR, socketPath } from './socket-path.js';

// Only what `start` and `--help` need is imported above (state.js is socket-path.js's already). The server's modules (the Task API, the
// runtime and hypervisor under it, the generated protobuf code) and `delete`'s are imported by the
// action that needs them: containerd runs `start` on every task and waits for its output, and a
// process that loads the whole tree to spawn another that loads it again pays twice.

function canConnect(path: string): Promise<boolean> {
  return new Promise((res) => {
    const s = net.createConnection(path);
    s.once('connect', () => (s.destroy(), res(true)));
    s.once('error', () => res(false));
  });
}

/**
 * How long `shim start` waits for its server to listen. Node's start is ~0.1 s on a host, but a few
 * seconds on a slow one (the nested test host runs under TCG: measured over 10 s there at times).
 */
const SERVER_LISTEN_TIMEOUT_MS = 30000;

async function start(a: ShimArgs, argv: string[]): Promise<void> {
  mkdirSync(SHIM_DIR, { recursive: true });
  const pod = podRoleOfBundle(a.id, a.bundle);
  const sock = socketPath(a, pod.sandboxId);
  if (pod.kind === 'container' && !(await canConnect(sock))) {
    throw new Error(`container ${a.id} belongs to pod ${pod.sandboxId}, whose shim is not running (start the sandbox container first)`);
  }
  if (!(await canConnect(sock))) {
    rmSync(sock, { force: true });
    const self = realpathSync(fileURLToPath(import.meta.url));
    // The server runs with this process's node flags (bin/containerd-shim-kata-v2 sets its heap's).
    const args = [...process.execArgv, self, ...argv.filter((x) => x !== 'start'), '-socket', sock];
    const child = spawn(process.execPath, args, { cwd: a.bundle, detached: true, stdio: 'ignore', env: process.env });
    child.unref();
    const until = Date.now() + SERVER_LISTEN_TIMEOUT_MS;
    while (!(await canConnect(sock))) {
      if (child.exitCode !== null) throw new Error(`the shim server exited at start (${child.exitCode}); see the shim log`);
      if (Date.now() > until) {
        // containerd gets an error and forgets this shim: a server that listens later would be an orphan.
        child.kill('SIGKILL');
        throw new Error(`the shim server did not listen on ${sock} within ${SERVER_LISTEN_TIMEOUT_MS / 1000} s; it was killed`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const address = `unix://${sock}`;
  writeFileSync(join(a.bundle, 'address'), address);
  process.stdout.write(address);
}

async function shimLogger(a: ShimArgs): Promise<Logger> {
  const [{ Logger }, { FifoLogSink }] = await Promise.all([import('../common/log/logger.js'), import('./log-fifo.js')]);
  // containerd reads the shim's log from the fifo "log" in the bundle, already open for reading.
  let stream: Pick<NodeJS.WritableStream, 'write'> = process.stderr;
  const fifo = join(a.bundle, 'log');
  // KATA_TS_SHIM_LOG (in containerd's environment) names a file to log to instead: for debugging.
  if (process.env.KATA_TS_SHIM_LOG) stream = createWriteStream(process.env.KATA_TS_SHIM_LOG, { flags: 'a' });
  else if (existsSync(fifo)) {
    try {
      stream = FifoLogSink.open(fifo);
    } catch {
      /* no reader: keep stderr */
    }
  }
  return new Logger({ component: 'kata-shim', level: a.debug ? 'debug' : 'info', stream, fields: { namespace: a.namespace } });
}

async function serve(a: ShimArgs): Promise<void> {
  if (!a.socket) throw new Error('the shim server needs -socket (containerd runs `start`, which passes it)');
  const [log, { EventPublisher }, { TtrpcServer }, { taskService }, { traceTaskService }] = await Promise.all([
    shimLogger(a),
    import('./publisher.js'),
    import('../common/ttrpc/index.js'),
    import('./service.js'),
    import('./tracing.js'),
  ]);
  const events = new EventPublisher(process.env.TTRPC_ADDRESS ?? '', a.namespace, log);
  const server = new TtrpcServer({ logger: log.child({ subsystem: 'ttrpc' }) });
  const shutdown = async (): Promise<void> => {
    await events.flushed();
    await server.close();
    events.close();
    rmSync(a.socket, { force: true });
    log.info('shim exiting');
    process.exit(0);
  };
  server.register(traceTaskService(taskService({ log, events, namespace: a.namespace, onShutdown: () => void shutdown() })));
  await server.listen(a.socket);
  process.on('SIGTERM', () => void shutdown());
  // containerd ≥ 1.7 also gives its gRPC address; events go over ttrpc, so it is only recorded.
  // startMs: node's time origin → listening, the server's own start (test/bench/shim.ts reads it).
  log.info('shim serving', { startMs: Math.round(performance.now()), socket: a.socket, id: a.id, ttrpcAddress: process.env.TTRPC_ADDRESS ?? '', grpcAddress: process.env.GRPC_ADDRESS ?? a.address });
}

/** After a shim is gone: stop its VM, undo its mounts, print a DeleteResponse for containerd. */
async function cleanup(a: ShimArgs): Promise<void> {
  const [{ Logger }, { containerd }, { cleanupSandbox, unmountShares }, { unmountRootfs }, { timestamp }] = await Promise.all([
    import('../common/log/logger.js'),
    import('../common/proto/gen/protocols.js'),
    import('../runtime/cleanup.js'),
    import('./rootfs.js'),
    import('./timestamp.js'),
  ]);
  const log = new Logger({ component: 'kata-shim', stream: process.stderr });
  let pod: PodRole = { kind: 'sandbox', sandboxId: a.id };
  try {
    pod = podRoleOfBundle(a.id, a.bundle);
  } catch (e) {
    log.warn('no readable spec in the bundle; cleaning up as a pod of its own', { error: e as Error });
  }
  let pid = 0;
  if (pod.kind === 'container') {
    // Only this container's shares: the VM belongs to the sandbox container, cleaned up with it.
    const rec = readRecord(DEFAULT_STATE_ROOT, pod.sandboxId);
    if (rec) {
      pid = rec.qemuPid;
      for (const c of rec.containers.filter((c) => c.id === a.id)) unmountShares(c);
    }
  } else {
    pid = await cleanupSandbox(DEFAULT_STATE_ROOT, a.id, log);
  }
  try {
    unmountRootfs(a.bundle);
  } catch {
    /* not mounted */
  }
  if (pod.kind === 'sandbox') rmSync(socketPath(a, pod.sandboxId), { force: true }); // a killed shim leaves it
  log.info('cleaned up after the shim', { id: a.id, hadSandbox: pid !== 0 });
  const resp = containerd.task.v2.DeleteResponse.encode({ pid, exitStatus: 128 + 9, exitedAt: timestamp() }).finish();
  process.stdout.write(resp);
}

async function main(argv: string[]): Promise<void> {
  const a = parseShimArgs(argv);
  if (a === 'help') {
    process.stdout.write(SHIM_USAGE);
    return;
  }
  if (a.action === 'start') return start(a, argv);
  if (a.action === 'delete') return cleanup(a);
  return serve(a);
}

if (process.argv[1] && resolve(realpathSync(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv.slice(2)).catch((e: Error) => {
    process.stderr.write(`containerd-shim-kata-v2: ${e.message}\n`);
    process.exit(1);
  });
}
