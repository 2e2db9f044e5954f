// AF_VSOCK listen/accept/connect as net.Socket streams. The echo test needs a vsock transport
// that can reach ourselves (vsock_loopback, CID 1); where there is none it skips and says why.
import t from 'tap';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { release } from 'node:os';
import { randomInt } from 'node:crypto';
import { VMADDR_CID_HOST, VMADDR_CID_LOCAL, VsockServer, connectVsock, socketPair } from '../../lib/common/vsock/socket.js';

const hasVsock = existsSync('/dev/vsock');
const loopback = existsSync('/sys/module/vsock_loopback');
const loopbackWhy =
  `vsock_loopback is not loaded (no /sys/module/vsock_loopback)` +
  (existsSync(`/lib/modules/${release()}`) ? '; run `modprobe vsock_loopback` to enable this test' : ` and this kernel has no loadable modules (no /lib/modules/${release()})`);

const port = (): number => randomInt(20000, 60000);
const servers: VsockServer[] = [];
t.teardown(() => servers.forEach((s) => s.close()));

t.test('listen binds a port on any CID; a second listen on it is refused; close frees it', { skip: !hasVsock && 'no /dev/vsock: no vsock support' }, async (t) => {
  const p = port();
  const s = VsockServer.listen(p);
  servers.push(s);
  t.equal(s.address().port, p);
  t.throws(() => VsockServer.listen(p), { code: 'EADDRINUSE', message: new RegExp(`bind vsock 4294967295:${p}`) });
  s.close();
  t.throws(() => s.address(), /closed/);
  const again = VsockServer.listen(p);
  servers.push(again);
  again.close();
});

t.test('bad ports and CIDs are refused before any syscall', async (t) => {
  t.throws(() => VsockServer.listen(-1), RangeError);
  t.throws(() => VsockServer.listen(1.5), RangeError);
  await t.rejects(connectVsock(2 ** 32, 1), RangeError);
});

t.test('a refused connect rejects with the errno naming the address', { skip: !hasVsock && 'no /dev/vsock: no vsock support' }, async (t) => {
  // Nothing listens on this port on the host side (CID 2): the peer resets or the connect times out.
  const p = port();
  await t.rejects(connectVsock(VMADDR_CID_HOST, p), { message: new RegExp(`vsock 2:${p}|AF_VSOCK`) });
});

t.test('echo over the loopback CID with backpressure', { skip: !loopback && loopbackWhy }, async (t) => {
  const p = port();
  const s = VsockServer.listen(p);
  servers.push(s);
  s.on('connection', (sock) => sock.pipe(sock)); // echo
  const c = await connectVsock(VMADDR_CID_LOCAL, p);
  t.teardown(() => c.destroy());
  const payload = Buffer.alloc(8 << 20, 7); // larger than the socket buffers: write() must report backpressure
  let received = 0;
  c.on('data', (d: Buffer) => (received += d.length));
  const flushed = c.write(payload);
  t.equal(flushed, false, 'write reports backpressure for 8 MB');
  c.end();
  await once(c, 'end');
  t.equal(received, payload.length);
});

t.test('the fd stream wrapper carries 8 MB both ways with backpressure and half-close', async (t) => {
  // The same socketFromFd path a vsock connection takes, on a socketpair, so the stream itself is
  // tested even where no vsock peer exists.
  const [a, b] = socketPair();
  t.teardown(() => {
    a.destroy();
    b.destroy();
  });
  b.pipe(b); // echo, pausing when a's reads lag
  const payload = Buffer.alloc(8 << 20);
  for (let i = 0; i < payload.length; i++) payload[i] = i & 0xff;
  const chunks: Buffer[] = [];
  a.on('data', (d: Buffer) => chunks.push(d));
  t.equal(a.write(payload), false, 'write reports backpressure for 8 MB');
  await once(a, 'drain');
  a.end(); // half-close: b sees end, ends its side through pipe
  await once(a, 'end');
  t.ok(Buffer.concat(chunks).equals(payload), 'the echo is byte-exact');
});
