// The agent's virtio-serial channel loses no byte the host sends: every host connection's first
// request is answered on the one attempt, whether the host connects before the agent has opened
// its port or at any moment while the agent waits between connections. Until the agent kept its
// port open (guest/agent/serial-port.ts), a request sent between the agent's end-of-file read and
// its close of the port was discarded by the guest kernel, and the runtime had to retry.
// One VM serves every case; the cycles' delays sweep the agent's wait between connections. While
// no host is connected the port reports POLLHUP without end; the agent must wait on it without
// spinning, which the guest's own /proc/1/stat shows (read through the debug console, itself a
// second serial port served the same way).
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { agentService, healthService } from '../../lib/common/agent/api.js';
import { grpc } from '../../lib/common/proto/gen/protocols.js';
import { TtrpcClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { bootVm, connectWhenListening } from '../helpers/qemu.js';

t.setTimeout(600000);

const kernel = cachedKernel();
const initrd = cachedInitrd();
if (!kernel || !initrd) throw new Error(`guest assets missing (kernel: ${kernel ? 'ok' : 'missing'}, initrd: ${initrd ? 'ok' : 'missing'}): run \`npm run guest\` (npm test does)`);

const SERVING = grpc.HealthCheckResponse.ServingStatus.SERVING;
const CYCLES = 40;
const READY = /kata-agent ready: listening on serial:agent\.channel\.0 /;

const dir = mkdtempSync(join(tmpdir(), 'kata-serial-channel-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
const channel = join(dir, 'agent.sock');
const consoleSocket = join(dir, 'console.sock');
const vm = bootVm({
  memoryMiB: 512, kernel: kernel.bzImage, initrd: initrd.path,
  kernelParams: ['console=ttyS0', 'panic=-1', 'quiet', 'agent.listen=serial:agent.channel.0', 'agent.debug_console', 'agent.debug_console_serial=agent.debug_console.0'],
  agentChannel: { socket: channel, name: 'agent.channel.0' },
  debugConsoleChannel: { socket: consoleSocket, name: 'agent.debug_console.0' },
}, t.teardown.bind(t));

/** One connection, one Health check sent at once, no second attempt; the connection is closed after. */
async function checkOnce(c: TtrpcClient, timeoutMs: number): Promise<number | null | undefined> {
  try {
    return (await serviceClient(c, healthService).Check({}, { timeoutMs })).status;
  } finally {
    c.close();
  }
}

t.test('a request sent before the agent has opened its port is answered once it is up', async (t) => {
  // QEMU creates the socket at once; the agent is seconds away (TCG).
  const c = await connectWhenListening(channel, 60000);
  const answer = checkOnce(c, 240000);
  t.notMatch(vm.output(), READY, 'the request was sent before the agent was ready');
  const readyMs = await vm.waitFor(READY, 240000);
  t.equal(await answer, SERVING, `answered (agent ready ${readyMs} ms after QEMU started)`);
});

t.test(`${CYCLES} host connect/disconnect cycles: each first request is answered on the one attempt`, async (t) => {
  let answered = 0;
  const started = Date.now();
  for (let i = 0; i < CYCLES; i++) {
    // 0–247 ms after the last hang-up: the agent is somewhere in its wait for the next connection.
    await sleep((i * 53) % 250);
    const c = await TtrpcClient.connect(channel);
    const status = await checkOnce(c, 20000).catch((e: Error) => {
      t.fail(`cycle ${i + 1}: the first request of a connection went unanswered: ${e.message}`);
      return undefined;
    });
    if (status !== SERVING) break;
    answered++;
  }
  t.equal(answered, CYCLES, `${answered} of ${CYCLES} connections answered on their first request (${Date.now() - started} ms)`);
});

t.test('with no host on the agent port, the agent waits without spinning', async (t) => {
  const sock = net.connect(consoleSocket);
  t.teardown(() => sock.destroy());
  await new Promise<void>((resolve, reject) => sock.once('connect', resolve).once('error', reject));
  let out = '';
  sock.on('data', (d: Buffer) => (out += d.toString()));
  // utime + stime of PID 1 (the agent, all its threads), in clock ticks (USER_HZ = 100).
  const ticks = async (mark: string): Promise<number> => {
    sock.write(`echo ${mark}=$(cut -d' ' -f14,15 /proc/1/stat)\n`);
    const re = new RegExp(`${mark}=(\\d+) (\\d+)`);
    const until = Date.now() + 60000;
    for (;;) {
      const m = re.exec(out);
      if (m) return Number(m[1]) + Number(m[2]);
      if (Date.now() > until) throw new Error(`no ${mark} line from the debug console; got ${JSON.stringify(out)}`);
      await sleep(50);
    }
  };
  const before = await ticks('A');
  const t0 = Date.now();
  await sleep(4000);
  const after = await ticks('B');
  const share = (after - before) / 100 / ((Date.now() - t0) / 1000);
  t.ok(share < 0.25, `the agent used ${(share * 100).toFixed(1)}% of a CPU over ${Date.now() - t0} ms with its port's host end hung up (a spinning wait takes ~100%)`);
  sock.end('exit\n');
});

t.test('the channel still carries a whole session and the VM powers off on DestroySandbox', async (t) => {
  const c = await TtrpcClient.connect(channel);
  t.teardown(() => c.close());
  const agent = serviceClient(c, agentService);
  const details = await agent.GetGuestDetails({ memBlockSize: true }, { timeoutMs: 20000 });
  t.equal(details.agentDetails!.version, initrd.details.agentVersion);
  await agent.CreateSandbox({ hostname: 'serial-pod', sandboxId: 'sb-serial' }, { timeoutMs: 20000 });
  await agent.DestroySandbox({}, { timeoutMs: 20000 });
  t.equal(await vm.exited(60000), 0, 'the VM powered off after DestroySandbox');
  t.notMatch(vm.output(), /Kernel panic|Oops|BUG:|Attempted to kill init/, 'no panic or oops in the boot log');
});
