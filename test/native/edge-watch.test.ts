// The addon's edge watch as guest/agent/serial-port.ts uses it, on a socket pair instead of a
// virtio-serial port (the VM test, test/guest/serial-channel.test.ts, covers the port): after a
// hang-up the level stays "ready" for good, yet the watch reports it once, through the poller.
import { writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { loadAddon } from '../../lib/common/native/addon.js';
import { EPOLLHUP, EPOLLIN, EPOLLOUT, FdWatch } from '../../lib/common/native/poll.js';

t.test('an edge watch reports each change of a fd once, while the fd stays ready', async (t) => {
  const addon = loadAddon();
  const [a, b] = addon.streamSocketPair();
  let bOpen = true;
  t.teardown(() => {
    addon.closeFd(a);
    if (bOpen) addon.closeFd(b);
  });
  const w = addon.edgeWatchOpen(a, EPOLLIN | EPOLLOUT);
  const watch = new FdWatch(w);
  t.teardown(() => {
    watch.stop();
    addon.closeFd(w);
  });
  // A fresh socket is writable: one edge at once, then none.
  t.equal(addon.edgeWatchDrain(w), 1);
  t.equal(addon.edgeWatchDrain(w), 0);

  const fired: number[] = [];
  watch.once(EPOLLIN, (ev) => fired.push(ev));
  await sleep(100);
  t.same(fired, [], 'no report without a change');
  writeSync(b, 'x');
  for (let i = 0; i < 50 && !fired.length; i++) await sleep(20);
  t.equal(fired.length, 1, 'a write is one change');
  t.equal(addon.edgeWatchDrain(w), 1);
  t.ok(addon.pollNow(a, EPOLLIN) & EPOLLIN, 'the byte is still unread');

  addon.closeFd(b);
  bOpen = false;
  t.ok(addon.pollNow(a, EPOLLIN) & EPOLLHUP, 'the peer hung up: POLLHUP from now on');
  t.equal(addon.edgeWatchDrain(w), 1, 'the hang-up is one change');
  watch.once(EPOLLIN, (ev) => fired.push(ev));
  await sleep(200);
  t.equal(fired.length, 1, 'and is not reported again while it lasts');

  const d = addon.dupFd(a);
  t.not(d, a);
  addon.closeFd(d);
  t.ok(addon.pollNow(a, EPOLLIN) & EPOLLIN, 'closing a duplicate leaves the fd open');
});

t.test('the edge watch bindings name a bad fd', async (t) => {
  const addon = loadAddon();
  t.throws(() => addon.edgeWatchOpen(-1, EPOLLIN), /fd -1.*EBADF|EBADF.*fd -1/);
  t.throws(() => addon.dupFd(-1), /dup fd -1/);
  t.throws(() => (addon as unknown as { pollNow(): number }).pollNow(), /Usage: pollNow\(fd: number, events: number\)/);
});
