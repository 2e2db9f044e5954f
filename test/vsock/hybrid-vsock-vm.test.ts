// The vhost-user-vsock back-end against a real guest: QEMU TCG with our guest kernel, and socat
// in a busybox initrd as the guest's peer (an independent user of the kernel's virtio-vsock
// driver). Host→guest and guest→host byte-exact transfers, parallel streams, and the faults the
// runtime must survive: a client that never reads, CONNECT to a closed port, garbage instead of
// CONNECT, and QEMU killed mid-transfer (then a new QEMU reconnects to the same back-end).
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect as netConnect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { connectHybridVsock, startHybridVsock } from '../../lib/vsock/hybrid-backend.js';
import { GUEST_CID } from '../../lib/vsock/guest-cid.js';
import { bootVm, type Vm } from '../helpers/qemu.js';
import { socatInitrd, socatMissing } from '../helpers/socat-initrd.js';

t.setTimeout(900000);

const MB = 1048576;
const BIG = 64 * MB;
const SMALL = 4 * MB;
const PARALLEL = 16;

const kernel = cachedKernel();
const missing = !kernel ? 'the guest kernel is not built: run `npm run guest`' : socatMissing();

// The guest: random data files with their hashes on the console, and three socat services:
// 5000 hashes what it receives and sends the hash back; 5001 reads "<file> <port>" and sends
// that file to host port <port> (a guest-initiated connection); 5002 streams the big file.
// backlog=64: socat's default listen backlog (5) would refuse the parallel test's connections.
const INIT = `export PATH=/bin:/usr/bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev; mkdir -p /tmp
head -c ${BIG} /dev/urandom > /tmp/big; head -c ${SMALL} /dev/urandom > /tmp/small
echo "SHA big $(sha256sum < /tmp/big)"; echo "SHA small $(sha256sum < /tmp/small)"
socat -t 120 VSOCK-LISTEN:5000,fork,reuseaddr,backlog=64 EXEC:sha256sum &
printf '#!/bin/sh\\nread f p\\nexec socat -u FILE:/tmp/$f VSOCK-CONNECT:2:$p\\n' > /bin/sendfile; chmod 755 /bin/sendfile
socat -t 120 VSOCK-LISTEN:5001,fork,reuseaddr,backlog=64 EXEC:/bin/sendfile &
socat -u VSOCK-LISTEN:5002,fork,reuseaddr FILE:/tmp/big &
sleep 1; echo GUEST-READY
sleep 1000000`;

const count = (dir: string): number => readdirSync(dir).length;
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function waitVmSlot(): Promise<void> {
  // Other engineers' VMs share this machine: start ours only while fewer than two run.
  return new Promise((resolve) => {
    const check = async (): Promise<void> => {
      const { execFileSync } = await import('node:child_process');
      let n = 0;
      try {
        n = Number(execFileSync('pgrep', ['-fc', 'qemu-system'], { encoding: 'utf8' }).trim());
      } catch {
        n = 0;
      }
      if (n < 2) resolve();
      else setTimeout(() => void check(), 5000);
    };
    void check();
  });
}

async function boot(initrd: string, vhostSocket: string, teardown: (fn: () => void) => void): Promise<Vm> {
  await waitVmSlot();
  const vm = bootVm({ memoryMiB: 768, kernel: kernel!.bzImage, initrd, kernelParams: ['console=ttyS0', 'panic=-1', 'quiet'], vhostUserVsock: { socket: vhostSocket } }, teardown);
  await vm.waitFor(/GUEST-READY/, 240000);
  return vm;
}

/** Sends data to the guest's hashing service and returns the hash it answers. */
async function sendForHash(uds: string, data: Buffer): Promise<string> {
  const { socket } = await connectHybridVsock(uds, 5000);
  const chunks: Buffer[] = [];
  socket.on('data', (b: Buffer) => chunks.push(b));
  socket.resume();
  socket.end(data);
  await new Promise<void>((resolve, reject) => {
    socket.once('close', () => resolve());
    socket.once('error', reject);
  });
  return Buffer.concat(chunks).toString('utf8').split(/\s/)[0]!;
}

/** Listens on <uds>_<port> for one guest connection and hashes what it sends. */
function receiveFromGuest(uds: string, port: number, watch: (s: Socket) => void = () => {}): { server: Server; done: Promise<{ bytes: number; hash: string; error?: Error }>; progress: () => number } {
  let resolveDone!: (v: { bytes: number; hash: string; error?: Error }) => void;
  let seen = 0;
  const done = new Promise<{ bytes: number; hash: string; error?: Error }>((r) => (resolveDone = r));
  const server = createServer((s: Socket) => {
    watch(s);
    const h = createHash('sha256');
    let bytes = 0;
    s.on('data', (b: Buffer) => {
      h.update(b);
      bytes += b.length;
      seen = bytes;
    });
    // On close: an error may follow the end (a stream the back-end marks as cut by a reset).
    let error: Error | undefined;
    s.once('error', (e) => (error = e));
    s.once('close', () => resolveDone(error ? { bytes, hash: '', error } : { bytes, hash: h.digest('hex') }));
    server.close();
  });
  server.listen(`${uds}_${port}`);
  return { server, done, progress: () => seen };
}

async function askGuestToSend(uds: string, file: 'big' | 'small', port: number): Promise<void> {
  const { socket } = await connectHybridVsock(uds, 5001);
  socket.resume();
  socket.end(`${file} ${port}\n`);
  await new Promise<void>((resolve) => socket.once('close', () => resolve()));
}

t.test('hybrid vsock with a socat guest', { skip: missing }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-hvsock-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const initrd = socatInitrd(INIT, dir);
  const vhostSocket = join(dir, 'vhost-vsock.sock');
  const uds = join(dir, 'vsock.sock');

  await readFile('/proc/self/stat'); // starts libuv's thread pool, so it does not count as ours
  const fdsBefore = count('/proc/self/fd');
  const threadsBefore = count('/proc/self/task');
  const backend = startHybridVsock({ vhostSocket, udsPath: uds, guestCid: GUEST_CID });
  let stopped = false;
  t.teardown(() => {
    if (!stopped) backend.stop();
  });
  t.equal(count('/proc/self/task'), threadsBefore + 1, 'the back-end runs on one thread of its own');

  const vm = await boot(initrd, vhostSocket, t.teardown.bind(t));
  const guestSha = (name: string): string => new RegExp(`SHA ${name} ([0-9a-f]{64})`).exec(vm.output())![1]!;

  await t.test('host → guest: 64 MB arrive byte-exact', async (t) => {
    const data = randomBytes(BIG);
    const start = Date.now();
    t.equal(await sendForHash(uds, data), sha(data));
    t.pass(`64 MB host → guest in ${Date.now() - start} ms (TCG)`);
  });

  await t.test('guest → host: a guest connection to CID 2 port P reaches <uds>_P; 64 MB byte-exact', async (t) => {
    const rx = receiveFromGuest(uds, 7000);
    t.teardown(() => rx.server.close());
    const start = Date.now();
    await askGuestToSend(uds, 'big', 7000);
    const got = await rx.done;
    t.equal(got.bytes, BIG);
    t.equal(got.hash, guestSha('big'));
    t.pass(`64 MB guest → host in ${Date.now() - start} ms (TCG)`);
  });

  await t.test(`${PARALLEL} streams each way at once stay independent and byte-exact`, async (t) => {
    const sends = Array.from({ length: PARALLEL }, () => randomBytes(SMALL));
    const rxs = Array.from({ length: PARALLEL }, (_, i) => receiveFromGuest(uds, 7100 + i));
    t.teardown(() => rxs.forEach((r) => r.server.close()));
    const [hashes, , got] = await Promise.all([
      Promise.all(sends.map((d) => sendForHash(uds, d))),
      Promise.all(rxs.map((_, i) => askGuestToSend(uds, 'small', 7100 + i))),
      Promise.all(rxs.map((r) => r.done)),
    ]);
    t.same(hashes, sends.map(sha), 'every host → guest stream arrived intact');
    t.same(got.map((g) => g.hash), Array(PARALLEL).fill(guestSha('small')), 'every guest → host stream arrived intact');
  });

  await t.test('a client that never reads does not stall the others', async (t) => {
    const { socket: stalled } = await connectHybridVsock(uds, 5002); // the guest pushes 64 MB at it
    t.teardown(() => stalled.destroy());
    stalled.pause();
    await new Promise((r) => setTimeout(r, 2000));
    const data = randomBytes(SMALL);
    t.equal(await sendForHash(uds, data), sha(data), 'another stream still flows');
    const rx = receiveFromGuest(uds, 7200);
    t.teardown(() => rx.server.close());
    await askGuestToSend(uds, 'small', 7200);
    t.equal((await rx.done).hash, guestSha('small'), 'a guest → host stream still flows');
    stalled.destroy();
  });

  await t.test('CONNECT to a guest port nobody listens on is closed', async (t) => {
    await t.rejects(connectHybridVsock(uds, 5999), { code: 'ECONNREFUSED', message: /vsock\.sock CONNECT 5999: closed by the back-end/ });
  });

  await t.test('garbage instead of CONNECT is closed and the back-end keeps serving', async (t) => {
    for (const junk of ['HELLO 5000\n', 'CONNECT x\n', 'CONNECT 99999999999\n', 'x'.repeat(200)]) {
      const s = netConnect(uds);
      const got: Buffer[] = [];
      s.on('data', (b: Buffer) => got.push(b));
      s.on('error', () => {});
      s.write(junk);
      await new Promise<void>((resolve) => s.once('close', () => resolve()));
      t.equal(Buffer.concat(got).length, 0, `${JSON.stringify(junk.slice(0, 24))} is closed without a reply`);
    }
    const data = randomBytes(MB);
    t.equal(await sendForHash(uds, data), sha(data), 'a proper CONNECT still works');
    t.equal(backend.error(), null);
  });

  await t.test('QEMU killed mid-transfer: streams end, the back-end cleans up and serves the next QEMU', async (t) => {
    // Settle: fds of finished streams are closed by now.
    await new Promise((r) => setTimeout(r, 500));
    const rx = receiveFromGuest(uds, 7300, (s) => backend.watch(s, 7300));
    t.teardown(() => rx.server.close());
    const trigger = askGuestToSend(uds, 'big', 7300).catch(() => undefined); // it ends with the VM
    const { socket: up } = await backend.connect(5000);
    const upEnded = new Promise<string>((resolve) => {
      up.once('error', (e: NodeJS.ErrnoException) => resolve(`error ${e.code ?? e.message}`));
      up.once('close', () => resolve('closed'));
    });
    up.resume();
    up.on('error', () => {});
    const writer = setInterval(() => up.writable && up.write(randomBytes(256 * 1024)), 5);
    t.teardown(() => clearInterval(writer));
    // Kill while both directions are moving: a few MB in, far from 64.
    while (rx.progress() < 4 * MB) await new Promise((r) => setTimeout(r, 5));
    vm.kill();
    await vm.exited(30000);
    const got = await rx.done;
    await trigger;
    t.ok(got.bytes < BIG, `the guest → host stream ended early (${got.bytes} of ${BIG} bytes)${got.error ? `: ${got.error.message}` : ''}`);
    t.match(got.error?.message, /vsock device went away mid-stream|ECONNRESET/, 'and with an error, not a clean end');
    t.match(await upEnded, /^error ECONNRESET$/, 'the host → guest stream ended with an error');
    clearInterval(writer);
    up.destroy();
    rx.server.close();
    await new Promise((r) => setTimeout(r, 500));
    t.equal(backend.error(), null, 'the back-end thread is still running');

    // A new QEMU reconnects to the same back-end.
    const vm2 = await boot(initrd, vhostSocket, t.teardown.bind(t));
    const data = randomBytes(MB);
    t.equal(await sendForHash(uds, data), sha(data), 'the back-end serves the new VM');
    vm2.kill();
    await vm2.exited(30000);
    await new Promise((r) => setTimeout(r, 500));
  });

  backend.stop();
  stopped = true;
  await new Promise((r) => setTimeout(r, 200));
  t.equal(count('/proc/self/task'), threadsBefore, 'no thread left after stop');
  t.equal(count('/proc/self/fd'), fdsBefore, 'no fd left after stop');
});
