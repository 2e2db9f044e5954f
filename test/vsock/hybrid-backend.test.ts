// The hybrid vsock back-end without a VM: bad input fails naming what is wrong, start/stop leave
// no thread or socket behind, and clients are closed when no guest can answer.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { connectHybridVsock, startHybridVsock } from '../../lib/vsock/hybrid-backend.js';
import { GUEST_CID } from '../../lib/vsock/guest-cid.js';

const count = (dir: string): number => readdirSync(dir).length;

t.test('bad input: a reserved CID and an unreachable socket path are refused, naming them', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-hvb-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  t.throws(() => startHybridVsock({ vhostSocket: join(dir, 'v'), udsPath: join(dir, 'u'), guestCid: 2 }), { name: 'RangeError', message: /guest CID .* got 2/ });
  const missing = join(dir, 'no-such-dir', 'vsock.sock');
  t.throws(() => startHybridVsock({ vhostSocket: join(dir, 'v'), udsPath: missing, guestCid: 3 }), { code: 'ENOENT', message: new RegExp(`bind ${missing}`) });
  t.throws(() => startHybridVsock({ vhostSocket: join(dir, 'no-such-dir', 'v'), udsPath: join(dir, 'u'), guestCid: 3 }), { code: 'ENOENT' });
  t.notOk(existsSync(join(dir, 'u')), 'a failed start leaves no socket behind');
  await t.rejects(connectHybridVsock(join(dir, 'absent.sock'), 1024), { code: 'ENOENT', message: /absent\.sock CONNECT 1024/ });
});

t.test('start and stop: one thread while running, sockets removed, no fd left', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-hvb-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  await readFile('/proc/self/stat'); // libuv's pool is not ours to count
  const fds = count('/proc/self/fd');
  const threads = count('/proc/self/task');
  const uds = join(dir, 'vsock.sock');
  const b = startHybridVsock({ vhostSocket: join(dir, 'vhost.sock'), udsPath: uds, guestCid: GUEST_CID });
  t.equal(count('/proc/self/task'), threads + 1);
  t.ok(existsSync(uds) && existsSync(join(dir, 'vhost.sock')));

  // Garbage is closed at once; a CONNECT no guest can answer is closed after the handshake timeout.
  const s = netConnect(uds);
  s.on('error', () => {});
  s.write('GET / HTTP/1.0\n');
  await new Promise<void>((resolve) => s.once('close', () => resolve()));
  const start = Date.now();
  await t.rejects(connectHybridVsock(uds, 1024), { code: 'ECONNREFUSED' });
  t.ok(Date.now() - start < 9000, 'closed within the handshake timeout');
  t.equal(b.error(), null);

  b.stop();
  b.stop(); // idempotent
  t.notOk(existsSync(uds) || existsSync(join(dir, 'vhost.sock')), 'both sockets are removed');
  t.equal(count('/proc/self/task'), threads);
  await new Promise((r) => setTimeout(r, 100));
  t.equal(count('/proc/self/fd'), fds);
});
