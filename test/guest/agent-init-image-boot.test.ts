// The agent-init image (guest/osbuilder/rootfs/agent-init-image.ts): its contents read with debugfs
// (no VM), then one TCG boot from a DAX nvdimm where the agent is PID 1 with no systemd: the root
// is /dev/pmem0p1 mounted read-only with dax, the agent mounted the early file systems itself, an
// orphan re-parented to it is reaped (checked through the debug console, a shell in the guest),
// and DestroySandbox powers the VM off (QEMU exits 0). Assets come from the cache `npm run guest`
// fills.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { agentService, healthService } from '../../lib/common/agent/api.js';
import { grpc } from '../../lib/common/proto/gen/protocols.js';
import { TtrpcClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { AGENT_INIT, cachedAgentInitImage } from '../../guest/osbuilder/rootfs/agent-init-image.js';
import { GUEST_LAUNCHER } from '../../guest/osbuilder/rootfs/agent-bundle.js';
import { MIB } from '../../guest/osbuilder/rootfs/disk-image.js';
import { bootVm } from '../helpers/qemu.js';
import { connectHybridVsock, startHybridVsock } from '../../lib/vsock/hybrid-backend.js';
import { GUEST_CID } from '../../lib/vsock/guest-cid.js';

t.setTimeout(600000);

const kernel = cachedKernel();
const image = cachedAgentInitImage();
if (!kernel || !image) throw new Error(`guest assets missing (kernel: ${kernel ? 'ok' : 'missing'}, agent-init image: ${image ? 'ok' : 'missing'}): run \`npm run guest\` (npm test does)`);

t.test('the agent-init image: /sbin/init is the agent\'s script, node and the addon are there', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-agent-init-contents-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const d = image.details;
  t.equal(d.init, 'agent');
  const part = join(dir, 'root.ext4');
  execFileSync('dd', [`if=${image.path}`, `of=${part}`, `bs=${MIB}`, `skip=${d.partitionOffset! / MIB}`, `count=${d.fsBytes! / MIB}`, 'conv=sparse', 'status=none']);
  const debugfs = (cmd: string): string => execFileSync('debugfs', ['-R', cmd, part], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  t.match(debugfs('stat /usr/sbin/init'), new RegExp(`Fast link dest: "${AGENT_INIT}"`), '/sbin/init points at the agent\'s script');
  t.match(debugfs(`cat ${AGENT_INIT}`), new RegExp(`^exec ${GUEST_LAUNCHER}$`, 'm'), 'init execs the agent\'s launcher');
  t.match(debugfs(`stat ${GUEST_LAUNCHER}`), /Inode:\s+\d+/, 'the launcher is in the image');
  for (const f of ['/usr/bin/node', '/usr/lib/kata-ts/build/Release/kata_ts.node', '/bin/mount']) t.match(debugfs(`stat ${f}`), /Inode:\s+\d+/, `${f} is in the image`);
  const inner = JSON.parse(debugfs('cat /etc/kata-ts-guest.json')) as { init: string; inputsHash: string };
  t.same([inner.init, inner.inputsHash], ['agent', d.inputsHash], 'the details inside match the details beside');
});

/** Runs one command line in a debug console session and returns its output up to a marker. */
function shell(sock: Socket, cmd: string, timeoutMs = 60000): Promise<string> {
  const marker = `__done_${Math.random().toString(36).slice(2)}__`;
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => finish(new Error(`debug console: no answer to ${JSON.stringify(cmd)} in ${timeoutMs} ms; got ${JSON.stringify(out)}`)), timeoutMs);
    const onData = (b: Buffer): void => {
      out += b.toString('utf8');
      const at = out.lastIndexOf(`${marker}\n`);
      // The shell may echo its input: the marker is split by quotes in the command, whole only in the output.
      if (at >= 0) finish(undefined, out.slice(0, at));
    };
    const finish = (e?: Error, v?: string): void => {
      clearTimeout(timer);
      sock.off('data', onData);
      if (e) reject(e);
      else resolve(v!);
    };
    sock.on('data', onData);
    sock.write(`${cmd}; echo ${marker.slice(0, 4)}""${marker.slice(4)}\n`);
  });
}

t.test('boots from a DAX nvdimm with the agent as PID 1: mounts, reaping, power-off', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-agent-init-boot-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const uds = join(dir, 'vsock.sock');
  const backend = startHybridVsock({ vhostSocket: join(dir, 'vhost-vsock.sock'), udsPath: uds, guestCid: GUEST_CID });
  t.teardown(() => backend.stop());
  // No `quiet`: the checks read the kernel's ext4 messages. qemu-args.ts adds root=/dev/pmem0p1 rootflags=dax.
  const vm = bootVm({
    memoryMiB: 512, kernel: kernel.bzImage, kernelParams: ['console=ttyS0', 'panic=-1', 'agent.debug_console'],
    image: { path: image.path, bytes: statSync(image.path).size, nvdimm: true },
    vhostUserVsock: { socket: join(dir, 'vhost-vsock.sock') },
  }, t.teardown.bind(t));
  const readyMs = await vm.waitFor(/kata-agent ready: listening on vsock:1024 \(version [^,]+, pid 1,/, 180000);
  t.pass(`the agent is PID 1, ready ${readyMs} ms after QEMU started (TCG)`);
  const { socket } = await connectHybridVsock(uds, 1024);
  const client = new TtrpcClient(socket);
  t.teardown(() => client.close());
  t.equal((await serviceClient(client, healthService).Check({}, { timeoutMs: 30000 })).status, grpc.HealthCheckResponse.ServingStatus.SERVING);
  const agent = serviceClient(client, agentService);
  const details = await agent.GetGuestDetails({ memBlockSize: true }, { timeoutMs: 30000 });
  t.equal(details.agentDetails!.initDaemon, true, 'the agent, not systemd, is the VM init');

  const { socket: con } = await connectHybridVsock(uds, 1026);
  t.teardown(() => con.destroy());
  await shell(con, "PS1=''; PS2=''"); // an interactive shell without a tty still prints its prompt
  const mounts = await shell(con, 'cat /proc/mounts');
  t.match(mounts, /^\/dev\/root \/ ext4 ro,[^ ]*dax/m, 'the root is mounted read-only with dax');
  for (const [target, fstype] of [['/proc', 'proc'], ['/sys', 'sysfs'], ['/dev', 'devtmpfs'], ['/dev/pts', 'devpts'], ['/run', 'tmpfs'], ['/tmp', 'tmpfs'], ['/sys/fs/cgroup', 'cgroup2']]) {
    t.match(mounts, new RegExp(`^\\S+ ${target} ${fstype} `, 'm'), `${target} (${fstype}) is mounted`);
  }
  t.match(await shell(con, 'cat /proc/1/cmdline | tr "\\0" " "'), /^\/usr\/bin\/node .*\/usr\/lib\/kata-ts\//m, 'PID 1 is node running the agent (the launcher exec\'d it)');
  // A grandchild whose parent exits goes to PID 1; the agent must reap it, or it stays a zombie.
  const zombies = await shell(con, 'sh -c "sleep 1 & echo \\$!" > /tmp/orphan; sleep 3; p=$(cat /tmp/orphan); if [ -e /proc/$p ]; then echo "left: $(grep State /proc/$p/status)"; else echo reaped; fi');
  t.match(zombies, /^reaped$/m, 'the orphan was reaped by the agent as PID 1');
  con.destroy();

  await agent.CreateSandbox({ hostname: 'ai-pod', sandboxId: 'sb-ai' }, { timeoutMs: 30000 });
  await agent.DestroySandbox({}, { timeoutMs: 30000 });
  t.equal(await vm.exited(120000), 0, 'the VM powered off after DestroySandbox');
  const out = vm.output();
  t.match(out, /EXT4-fs \(pmem0p1\): mounted filesystem/, 'ext4 mounted the pfn device\'s partition');
  t.notMatch(out, /DAX unsupported|dax option not supported/);
  t.match(out, /reboot: Power down/, 'the kernel powered off');
  t.notMatch(out, /systemd\[1\]/, 'no systemd ran');
  t.notMatch(out, /Kernel panic|Oops|BUG:|Call Trace/, 'no panic or oops in the boot log');
  t.equal(backend.error(), null, 'the vsock back-end ran without error');
});
