// A private containerd for the demo and the end-to-end tests: its own root, state and sockets in a temporary
// directory, our shim on its PATH. ctr() runs Debian's ctr against it. The CRI plugin is off unless
// `cri` is given: then containerd runs inside a network namespace of its own (made here, removed by
// stop()), where the CRI plugin's CNI bridge lives, with `kata` and `runc` runtime handlers, CNI
// config and IPAM state of its own (Debian's bridge, host-local and loopback plugins) and a
// locally built sandbox (pause) image — no registry, and nothing on the host's interfaces.
// A ctr that times out is SIGKILLed: it forwards SIGTERM to its task and would wait on.
// stop() ends containerd, then removes every shim, VM and mount it left — so a failed test
// leaves nothing running.
import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountsUnder } from '../../lib/common/mount/mountinfo.js';
import { packageRoot } from '../../lib/common/package-root.js';

export const SHIM = join(packageRoot(), 'bin', 'containerd-shim-kata-v2');

/** Whether a command line (/proc/PID/cmdline) is our shim's: bin/ runs its one-file bundle or the module tree. */
export function isShimCommand(cmdline: string): boolean {
  return cmdline.includes('containerd-shim-kata-v2.cjs') || cmdline.includes('shim/main.js');
}

/** The CRI plugin on, in a network namespace of its own; see criConfig(). */
export interface CriOptions {
  /** Third octet of the pod subnet 10.223.<n>.0/24 (tests running side by side use different ones). */
  subnet: number;
  /** The sandbox (pause) image; it must be imported into the k8s.io namespace (see importCriImage). */
  sandboxImage: string;
  /**
   * Both handlers get containerd's runtime option SystemdCgroup = true (kubeadm's setting): runc
   * then uses its systemd driver; the kata handler must take the option as well.
   */
  systemdCgroup?: boolean;
}

export const CNI_BIN_DIR = '/usr/lib/cni';
export const CRI_NAMESPACE = 'k8s.io';

export interface Containerd {
  dir: string;
  socket: string;
  /** With CRI: the network namespace containerd runs in (its name under /run/netns), home of the CNI bridge. */
  netns?: string;
  ctr(args: string[], opts?: { timeoutMs?: number; input?: string }): Promise<{ stdout: string; stderr: string; code: number }>;
  log(): string;
  /**
   * Stops containerd with SIGTERM (shims and VMs go on), runs `whileDown` if given, and starts it
   * again on the same root and state.
   */
  restart(whileDown?: () => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/** Processes (other than this one) whose command line contains text. */
export function pidsMatching(text: string): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text) && pid !== process.pid;
    } catch {
      return false;
    }
  });
}

/** The shim server serving sock: the process whose command line has `-socket <sock>` (never its first argument). */
export function shimServerPid(sock: string): number {
  const [pid] = pidsMatching(`\0-socket\0${sock}\0`);
  if (pid === undefined) throw new Error(`no shim server serves ${sock}`);
  return pid;
}

/**
 * The CRI plugin's part of config.toml: runtime handlers `runc` (the default) and `kata` (our shim,
 * Kata's pod annotations passed through), CNI from Debian's plugins with a bridge config of its own,
 * the stream server on loopback only, the sandbox image given.
 */
export function criConfig(dir: string, o: CriOptions): string {
  const cri = 'plugins."io.containerd.grpc.v1.cri"';
  const confDir = join(dir, 'cni', 'net.d');
  mkdirSync(confDir, { recursive: true });
  writeFileSync(join(confDir, '10-kata-ts.conflist'), JSON.stringify({
    cniVersion: '1.0.0',
    name: 'kata-ts-cri',
    plugins: [{
      type: 'bridge',
      bridge: 'ktcri0',
      isGateway: true,
      ipMasq: false,
      mtu: 1400,
      ipam: { type: 'host-local', ranges: [[{ subnet: `10.223.${o.subnet}.0/24` }]], routes: [{ dst: '0.0.0.0/0' }], dataDir: join(dir, 'cni', 'ipam') },
    }],
  }, null, 2));
  return [
    `[${cri}]`,
    `  sandbox_image = "${o.sandboxImage}"`,
    '  disable_apparmor = true',
    // The pause container asks for oom_score_adj -998; where lowering it is not allowed (these
    // machines), runc fails. Cap it at containerd's own, as for rootless containerd.
    '  restrict_oom_score_adj = true',
    '  stream_server_address = "127.0.0.1"',
    '  stream_server_port = "0"',
    `  [${cri}.containerd]`,
    '    default_runtime_name = "runc"',
    `    [${cri}.containerd.runtimes.runc]`,
    '      runtime_type = "io.containerd.runc.v2"',
    ...(o.systemdCgroup ? [`    [${cri}.containerd.runtimes.runc.options]`, '      SystemdCgroup = true'] : []),
    `    [${cri}.containerd.runtimes.kata]`,
    '      runtime_type = "io.containerd.kata.v2"',
    '      pod_annotations = ["io.katacontainers.*"]',
    '      privileged_without_host_devices = true',
    ...(o.systemdCgroup ? [`    [${cri}.containerd.runtimes.kata.options]`, '      SystemdCgroup = true'] : []),
    `  [${cri}.cni]`,
    `    bin_dir = "${CNI_BIN_DIR}"`,
    `    conf_dir = "${confDir}"`,
    '    max_conf_num = 1',
    '',
  ].join('\n');
}

function ipNetns(args: string[]): void {
  const r = spawnSync('ip', ['netns', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ip netns ${args.join(' ')}: ${r.stderr.trim()}`);
}

export async function startContainerd(env: Record<string, string> = {}, opts: { cri?: CriOptions } = {}): Promise<Containerd> {
  const dir = mkdtempSync(join(tmpdir(), 'kata-ctrd-'));
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  symlinkSync(SHIM, join(bin, 'containerd-shim-kata-v2'));
  const socket = join(dir, 'containerd.sock');
  writeFileSync(join(dir, 'config.toml'), [
    'version = 2',
    `root = "${join(dir, 'root')}"`,
    `state = "${join(dir, 'state')}"`,
    ...(opts.cri ? [] : ['disabled_plugins = ["io.containerd.grpc.v1.cri"]']),
    '[grpc]',
    `  address = "${socket}"`,
    '[ttrpc]',
    `  address = "${socket}.ttrpc"`,
    ...(opts.cri ? ['[plugins]', criConfig(dir, opts.cri)] : []),
    '',
  ].join('\n'));
  // containerd, the CNI plugins it runs and the bridge they make live in this namespace.
  const netns = opts.cri ? `ktcri-${dir.slice(-6)}` : undefined;
  if (netns) {
    ipNetns(['add', netns]);
    spawnSync('ip', ['-n', netns, 'link', 'set', 'lo', 'up']);
  }
  let log = '';
  let child!: ChildProcess;
  let exited!: Promise<void>;
  const launch = async (): Promise<void> => {
    const argv = ['containerd', '--config', join(dir, 'config.toml'), '--log-level', 'debug'];
    // nsenter execs containerd: the child's pid is containerd's.
    child = spawn(netns ? 'nsenter' : argv[0]!, netns ? [`--net=/run/netns/${netns}`, '--', ...argv] : argv.slice(1), {
      // Not tap's NODE_OPTIONS (its loaders): the shim must run as it would under a real containerd.
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS')), ...env, PATH: `${bin}:${process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin'}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const me = child;
    me.stdout!.on('data', (b: Buffer) => (log += b.toString()));
    me.stderr!.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-200000)));
    exited = new Promise<void>((r) => me.once('exit', () => r()));
    const until = Date.now() + 20000;
    while (!existsSync(socket)) {
      if (me.exitCode !== null) throw new Error(`containerd exited at start:\n${log.slice(-3000)}`);
      if (Date.now() > until) {
        me.kill('SIGKILL');
        throw new Error(`containerd did not create ${socket} in 20 s:\n${log.slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await launch();
  const ctr = (args: string[], opts: { timeoutMs?: number; input?: string } = {}) =>
    new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => {
      const child = execFile('ctr', ['--address', socket, ...args], { timeout: opts.timeoutMs ?? 180000, killSignal: 'SIGKILL', maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
        resolve({ stdout, stderr, code: err ? ((err as { code?: number }).code ?? 1) : 0 });
      });
      child.stdin?.on('error', () => undefined); // ctr may exit without reading its stdin (EPIPE)
      child.stdin?.end(opts.input ?? '');
    });
  return {
    dir,
    socket,
    ...(netns ? { netns } : {}),
    ctr,
    log: () => log,
    restart: async (whileDown) => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
      if (child.exitCode === null && child.signalCode === null) throw new Error('containerd did not stop within 10 s of SIGTERM');
      await whileDown?.();
      rmSync(socket, { force: true }); // so launch() waits for the new one
      await launch();
    },
    stop: async () => {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      // Shims and VMs of this containerd: their command lines name its directory or its state.
      for (const pid of [...pidsMatching(dir)]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      for (const m of mountsUnder(dir)) execFile('umount', ['-l', m], () => undefined);
      await new Promise((r) => setTimeout(r, 200));
      // The bridge and any veth the CNI plugins left go with the namespace.
      if (netns) ipNetns(['del', netns]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
