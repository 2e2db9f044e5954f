// The initrd boots under QEMU TCG with the agent as PID 1: its ready line appears on the serial
// console, the host reaches it over a virtio-serial channel with ttrpc (health, guest details, a
// sandbox), and DestroySandbox powers the VM off cleanly. The default guest CPU starts the agent
// from the V8 snapshot the build proved on it; another CPU model (qemu64) starts the bundle, with
// the reason logged. The assets come from the cache that `npm run guest` (run by `npm test`) fills.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { agentService, healthService } from '../../lib/common/agent/api.js';
import { grpc } from '../../lib/common/proto/gen/protocols.js';
import { TtrpcClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { connectHybridVsock, startHybridVsock } from '../../lib/vsock/hybrid-backend.js';
import { GUEST_CID } from '../../lib/vsock/guest-cid.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { bootVm, connectWhenListening } from '../helpers/qemu.js';

t.setTimeout(900000);

const kernel = cachedKernel();
const initrd = cachedInitrd();
if (!kernel || !initrd) throw new Error(`guest assets missing (kernel: ${kernel ? 'ok' : 'missing'}, initrd: ${initrd ? 'ok' : 'missing'}): run \`npm run guest\` (npm test does)`);

/**
 * Dials the agent's virtio-serial port as the runtime does (lib/runtime/sandbox.ts dialAgent):
 * connect, a Health check with a short deadline, again on failure. The agent now keeps its port
 * open, so no first request is lost (test/guest/serial-channel.test.ts proves it with one attempt
 * each); the retry here stays as the runtime's defence does.
 */
async function dialSerial(channel: string, timeoutMs: number): Promise<TtrpcClient> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const c = await connectWhenListening(channel, 10000);
    try {
      await serviceClient(c, healthService).Check({}, { timeoutMs: 3000 });
      return c;
    } catch (e) {
      c.close();
      if (Date.now() > until) throw e;
    }
  }
}

t.test('the initrd boots with the agent as PID 1, serves ttrpc over virtio-serial, and powers off on DestroySandbox', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-initrd-boot-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const channel = join(dir, 'agent.sock');
  const vm = bootVm({
    memoryMiB: 512, kernel: kernel.bzImage, initrd: initrd.path,
    kernelParams: ['console=ttyS0', 'panic=-1', 'quiet', 'agent.listen=serial:agent.channel.0'],
    agentChannel: { socket: channel, name: 'agent.channel.0' },
  }, t.teardown.bind(t));
  const readyMs = await vm.waitFor(/kata-agent ready: listening on serial:agent\.channel\.0 \(version [^,]+, pid 1, snapshot,/, 120000);
  t.pass(`agent ready ${readyMs} ms after QEMU started (TCG), from the snapshot the build proved on this guest CPU (${initrd.details.agentSnapshot?.provenOn})`);
  const client = await dialSerial(channel, 60000);
  t.teardown(() => client.close());
  const health = serviceClient(client, healthService);
  t.equal((await health.Check({}, { timeoutMs: 20000 })).status, grpc.HealthCheckResponse.ServingStatus.SERVING);
  const agent = serviceClient(client, agentService);
  const details = await agent.GetGuestDetails({ memBlockSize: true }, { timeoutMs: 20000 });
  t.equal(details.agentDetails!.initDaemon, true, 'the agent is the VM init');
  t.equal(details.agentDetails!.version, initrd.details.agentVersion);
  await agent.CreateSandbox({ hostname: 'vm-pod', sandboxId: 'sb-vm' }, { timeoutMs: 20000 });
  await agent.DestroySandbox({}, { timeoutMs: 20000 });
  t.equal(await vm.exited(60000), 0, 'the VM powered off after DestroySandbox');
  const out = vm.output();
  t.match(out, /"msg":"sandbox created","sandbox":"sb-vm","hostname":"vm-pod"/, 'the agent logs JSON to the console');
  t.match(out, /"msg":"powering off"/);
  t.notMatch(out, /Kernel panic|Oops|BUG:|Attempted to kill init/, 'no panic or oops in the boot log');
  t.notMatch(out, /Failed to load the startup snapshot|starting the bundle|fell back/, 'the default guest CPU (-cpu max) uses the snapshot');
});

t.test('a guest CPU other than the one the snapshot was proven on (qemu64 beside the default max) boots the bundle, answers, and says why', async (t) => {
  // The blob is proven on the runtime's guest CPU (-cpu max under TCG); node refuses a blob whose
  // V8 tag is not its own and, as PID 1, would panic the kernel. The launcher compares the CPU
  // signature first and starts the bundle.
  const dir = mkdtempSync(join(tmpdir(), 'kata-initrd-qemu64-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const channel = join(dir, 'agent.sock');
  const vm = bootVm({
    memoryMiB: 512, kernel: kernel.bzImage, initrd: initrd.path, cpuModel: 'qemu64',
    kernelParams: ['console=ttyS0', 'panic=-1', 'quiet', 'agent.listen=serial:agent.channel.0'],
    agentChannel: { socket: channel, name: 'agent.channel.0' },
  }, t.teardown.bind(t));
  await vm.waitFor(/kata-agent ready: listening on \S+ \(version [^,]+, pid 1, bundle,/, 120000);
  t.pass('the agent is PID 1, started from the bundle');
  const client = await dialSerial(channel, 60000);
  t.teardown(() => client.close());
  t.equal((await serviceClient(client, healthService).Check({}, { timeoutMs: 20000 })).status, grpc.HealthCheckResponse.ServingStatus.SERVING, 'it answers');
  const out = vm.output();
  t.match(out, /kata-agent-start: warning: the snapshot \S+ was proven on another CPU \(\S+\/\d+\/\d+[^)]*\), this guest's is AuthenticAMD\/15\/107 [^;]*; starting the bundle/, 'the launcher says why, naming both CPUs');
  t.match(out, /"msg":"agent start fell back","reason":"the snapshot \S+ was proven on another CPU/, 'and the agent logs it once, where the runtime\'s log shows it');
  t.equal(out.match(/"msg":"agent start fell back"/g)?.length, 1, 'once');
  t.notMatch(out, /Failed to load the startup snapshot|Kernel panic/, 'node never saw the blob');
});

t.test('the agent answers a ttrpc health Check over hybrid vsock (vhost-user-vsock back-end in the addon)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-initrd-vsock-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const uds = join(dir, 'vsock.sock');
  const backend = startHybridVsock({ vhostSocket: join(dir, 'vhost-vsock.sock'), udsPath: uds, guestCid: GUEST_CID });
  t.teardown(() => backend.stop());
  const vm = bootVm({
    memoryMiB: 512, kernel: kernel.bzImage, initrd: initrd.path,
    kernelParams: ['console=ttyS0', 'panic=-1', 'quiet'],
    vhostUserVsock: { socket: join(dir, 'vhost-vsock.sock') },
  }, t.teardown.bind(t));
  const readyMs = await vm.waitFor(/kata-agent ready: listening on vsock:1024 /, 120000);
  t.pass(`agent ready on vsock ${readyMs} ms after QEMU started (TCG)`);
  const { socket } = await connectHybridVsock(uds, 1024);
  const client = new TtrpcClient(socket);
  t.teardown(() => client.close());
  const health = serviceClient(client, healthService);
  t.equal((await health.Check({}, { timeoutMs: 20000 })).status, grpc.HealthCheckResponse.ServingStatus.SERVING);
  const agent = serviceClient(client, agentService);
  await agent.CreateSandbox({ hostname: 'vsock-pod', sandboxId: 'sb-vsock' }, { timeoutMs: 20000 });
  await agent.DestroySandbox({}, { timeoutMs: 20000 });
  t.equal(await vm.exited(60000), 0, 'the VM powered off after DestroySandbox');
  t.equal(backend.error(), null);
});
