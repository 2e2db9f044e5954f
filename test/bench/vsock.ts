// Bench suite "vsock": the hybrid vsock back-end (vhost-user-vsock in the addon) against QEMU's
// own virtio-serial, on the same TCG VM in the same run: host → guest and guest → host
// throughput, and the CONNECT round trip to a guest listener. The guest is a busybox initrd
// with the host's socat as the vsock peer (test/helpers/socat-initrd.ts).
import { createServer, connect as netConnect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootVm } from '../helpers/qemu.js';
import { socatInitrd, socatMissing } from '../helpers/socat-initrd.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { connectHybridVsock, startHybridVsock } from '../../lib/vsock/hybrid-backend.js';
import { GUEST_CID } from '../../lib/vsock/guest-cid.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

const MB = 1048576;
const SIZE = (Number(process.env.KATA_BENCH_VSOCK_MB) || 64) * MB;
const CONNECTS = 20;

// 5003 discards what it gets; 5001 sends /tmp/big to the host port it is told. The serial pair:
// the guest opens port 1 once and keeps it open (data that arrives while the guest has the port
// closed is dropped), polls it for the host's "go" byte (a port whose host end is not connected
// reads as end-of-file), reads SIZE bytes, then writes /tmp/big to port 2. KATA_BENCH_VSOCK_MB
// changes the size (default 64).
const INIT = `export PATH=/bin:/usr/bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev; mkdir -p /tmp
head -c ${SIZE} /dev/zero > /tmp/big
printf '#!/bin/sh\\nread f p\\nexec socat -u FILE:/tmp/$f VSOCK-CONNECT:2:$p\\n' > /bin/sendfile; chmod 755 /bin/sendfile
socat -u VSOCK-LISTEN:5003,fork,reuseaddr,backlog=64 OPEN:/dev/null &
socat -t 120 VSOCK-LISTEN:5001,fork,reuseaddr,backlog=64 EXEC:/bin/sendfile &
(exec 3<$(echo /dev/vport*p1); until [ "$(dd bs=1 count=1 <&3 2>/dev/null)" = g ]; do sleep 0.2; done; echo SERIAL-GO; head -c ${SIZE} <&3 > /dev/null; echo SERIAL-READ; cat /tmp/big > $(echo /dev/vport*p2) || echo SERIAL-WRITE-FAILED; echo SERIAL-SENT) &
sleep 1; echo GUEST-READY
sleep 1000000`;

const closed = (s: Socket): Promise<void> => new Promise((resolve, reject) => {
  s.once('close', () => resolve());
  s.once('error', reject);
});

function connectUnix(path: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = netConnect(path);
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
}

async function connectRetry(path: string, until: number): Promise<Socket> {
  for (;;) {
    try {
      return await connectUnix(path);
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export const vsockSuite: BenchSuite = {
  name: 'vsock',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    if (!kernel) throw new Error('the guest kernel is not built: run `npm run guest`');
    const why = socatMissing();
    if (why) throw new Error(why);
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-vsock-'));
    const cleanups: Array<() => void> = [() => rmSync(dir, { recursive: true, force: true })];
    try {
      const uds = join(dir, 'vsock.sock');
      const backend = startHybridVsock({ vhostSocket: join(dir, 'vhost.sock'), udsPath: uds, guestCid: GUEST_CID });
      cleanups.unshift(() => backend.stop());
      const vm = bootVm({
        memoryMiB: 768, kernel: kernel.vmlinux, initrd: socatInitrd(INIT, dir), kernelParams: ['console=ttyS0', 'panic=-1', 'quiet'],
        vhostUserVsock: { socket: join(dir, 'vhost.sock') },
        // The virtio-serial reference: the guest finds its ports by number.
        serialPorts: [{ socket: join(dir, 's1.sock'), name: 'h2g', nr: 1 }, { socket: join(dir, 's2.sock'), name: 'g2h', nr: 2 }],
      }, (f) => cleanups.unshift(f));
      const until = Date.now() + 10000;
      const s1 = await connectRetry(join(dir, 's1.sock'), until);
      const s2 = await connectRetry(join(dir, 's2.sock'), until);
      cleanups.unshift(() => { s1.destroy(); s2.destroy(); });
      await vm.waitFor(/GUEST-READY/, 240000);
      try {
        return await measure(uds, s1, s2, cleanups, () => vm.output().slice(-1500));
      } catch (e) {
        throw new Error(`${(e as Error).message}; guest console:\n${vm.output().slice(-1500)}`);
      }
    } finally {
      for (const f of cleanups) f();
    }
  },
};

async function measure(uds: string, s1: Socket, s2: Socket, cleanups: Array<() => void>, consoleTail: () => string): Promise<BenchRow[]> {
  {
    {
      const payload = Buffer.alloc(SIZE, 0x5a);
      const mbps = (ms: number): number => SIZE / MB / (ms / 1000);

      process.stderr.write('bench: vsock: vsock host → guest\n');
      // vsock host → guest: until the guest's socat has read everything and closed.
      let t0 = Date.now();
      const { socket: up } = await connectHybridVsock(uds, 5003);
      up.resume();
      up.end(payload);
      await closed(up);
      const vsockUp = Date.now() - t0;

      process.stderr.write('bench: vsock: vsock guest → host\n');
      // vsock guest → host: a guest-initiated connection to host port 7000.
      let received = 0;
      const done = new Promise<void>((resolve) => {
        const srv = createServer((s) => {
          s.on('data', (b: Buffer) => (received += b.length));
          s.once('end', () => {
            srv.close();
            resolve();
          });
        });
        srv.listen(`${uds}_7000`);
      });
      t0 = Date.now();
      const { socket: trigger } = await connectHybridVsock(uds, 5001);
      trigger.resume();
      trigger.end('big 7000\n');
      await done;
      const vsockDown = Date.now() - t0;
      if (received !== SIZE) throw new Error(`vsock guest → host delivered ${received} of ${SIZE} bytes`);

      process.stderr.write('bench: vsock: CONNECT latency\n');
      // CONNECT round trip: handshake through the back-end to the guest kernel's listener.
      const lat: number[] = [];
      for (let i = 0; i < CONNECTS; i++) {
        const t = process.hrtime.bigint();
        const { socket } = await connectHybridVsock(uds, 5003);
        lat.push(Number(process.hrtime.bigint() - t) / 1e6);
        socket.destroy();
        await new Promise((r) => setTimeout(r, 50)); // socat forks per connection: let it keep up
      }

      process.stderr.write('bench: vsock: virtio-serial\n');
      // virtio-serial, same VM: write SIZE to port 1; the guest then sends SIZE back on port 2.
      let first = 0;
      let got = 0;
      const serialDone = new Promise<void>((resolve) => {
        s2.on('data', (b: Buffer) => {
          if (first === 0) first = Date.now();
          got += b.length;
          if (got >= SIZE) resolve();
        });
      });
      s1.write('g');
      t0 = Date.now();
      s1.write(payload);
      const serialTimeout = new Promise<'timeout'>((r) => {
        const tm = setTimeout(() => r('timeout'), 120000);
        cleanups.unshift(() => clearTimeout(tm));
      });
      let note = `${SIZE / MB} MB, TCG, one VM`;
      let upRef: BenchRow['reference'];
      let downRef: BenchRow['reference'];
      if ((await Promise.race([serialDone, serialTimeout])) === 'timeout') {
        // The vsock figures stand on their own; say why the reference is missing.
        note += `; virtio-serial reference failed: ${got} of ${SIZE} bytes back in 120 s`;
        process.stderr.write(`bench: vsock: virtio-serial failed; guest console:\n${consoleTail()}\n`);
      } else {
        upRef = { label: 'virtio-serial', value: mbps(first - t0) };
        downRef = { label: 'virtio-serial', value: mbps(Date.now() - first) };
      }
      return [
        { suite: 'vsock', name: 'host → guest throughput', value: mbps(vsockUp), unit: 'MB/s', reference: upRef, note },
        { suite: 'vsock', name: 'guest → host throughput', value: mbps(vsockDown), unit: 'MB/s', reference: downRef, note },
        { suite: 'vsock', name: 'CONNECT round trip', value: median(lat), unit: 'ms', note: `median of ${CONNECTS}; virtio-serial has no connect` },
      ];
    }
  }
}
