// Bench suite "net": the pod network of a kata-ts VM (tap + tc mirroring, virtio-net on TCG)
// against runc on the same CNI bridge. A client namespace on the bridge sends 16 MiB into the
// container (busybox nc), fetches 16 MiB back from it (busybox httpd), and times small HTTP
// requests (connect + GET + close); kata-ts and runc alternate, median of RUNS each. All of it
// inside network namespaces the suite makes (test/demo/cni.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedInitrd } from '../../guest/osbuilder/rootfs/initrd.js';
import { CniBridge, cniMissing } from '../demo/cni.js';
import { type Containerd, startContainerd } from '../demo/containerd.js';
import { busyboxImageTar } from '../demo/oci-image.js';
import { type BenchRow, type BenchSuite, median } from './result.js';

const IMAGE = 'docker.io/library/kata-ts-busybox:latest';
const RUNS = 3;
const BYTES = 16 * 1048576;
const SMALL = 20;

// The client, run with node inside the client namespace: prints the milliseconds of one transfer.
const CLIENT = `
import net from 'node:net';
import http from 'node:http';
const [mode, host, arg] = process.argv.slice(2);
const t0 = performance.now();
const done = () => { process.stdout.write(String(performance.now() - t0)); };
if (mode === 'send') {
  const s = net.connect(5001, host, () => {
    const chunk = Buffer.alloc(65536);
    let left = Number(arg);
    const pump = () => { while (left > 0) { left -= chunk.length; if (!s.write(chunk)) return s.once('drain', pump); } s.end(); };
    pump();
  });
  s.on('close', done);
  s.on('data', () => {});
} else if (mode === 'get') {
  http.get({ host, port: 8080, path: '/' + arg, agent: false }, (res) => { res.on('data', () => {}); res.on('end', done); });
} else {
  const n = Number(arg); const times = [];
  const one = () => { const t = performance.now(); http.get({ host, port: 8080, path: '/small', agent: false }, (res) => { res.on('data', () => {}); res.on('end', () => { times.push(performance.now() - t); times.length < n ? one() : process.stdout.write(String(times.sort((a, b) => a - b)[Math.floor(n / 2)])); }); }); };
  one();
}
`;

function client(script: string, netns: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn('/usr/bin/nsenter', [`--net=${netns}`, '--', process.execPath, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => p.kill('SIGKILL'), 300000);
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('close', (code) => {
      clearTimeout(timer);
      const ms = Number(out);
      if (code === 0 && Number.isFinite(ms) && ms > 0) resolve(ms);
      else reject(new Error(`client ${args.join(' ')} in ${netns}: exit ${code}: ${err.trim()}`));
    });
  });
}

const SERVER = [
  'sh', '-c',
  `mkdir -p /www && dd if=/dev/zero of=/www/big bs=1048576 count=${BYTES / 1048576} 2>/dev/null && echo ok > /www/small && httpd -p 8080 -h /www && while :; do nc -l -p 5001 > /dev/null; done`,
];

export const netSuite: BenchSuite = {
  name: 'net',
  async run(): Promise<BenchRow[]> {
    const kernel = cachedKernel();
    const initrd = cachedInitrd();
    if (!kernel || !initrd) throw new Error('guest assets are not built: run `npm run guest`');
    const missing = cniMissing();
    if (missing) throw new Error(missing);
    const dir = mkdtempSync(join(tmpdir(), 'kata-bench-net-'));
    const script = join(dir, 'client.mjs');
    writeFileSync(script, CLIENT);
    const conf = join(dir, 'configuration.toml');
    writeFileSync(conf, `[hypervisor.qemu]\nkernel = "${kernel.vmlinux}"\ninitrd = "${initrd.path}"\n\n[agent.kata]\ndial_timeout = 120\n`);
    const tag = `b${process.pid}`;
    const br = new CniBridge(tag, 203, false);
    let c: Containerd | undefined;
    const ids: string[] = [];
    try {
      c = await startContainerd({ KATA_CONF_FILE: conf });
      if ((await c.ctr(['images', 'import', busyboxImageTar(dir, IMAGE)])).code !== 0) throw new Error('image import failed');
      const cl = await br.add(`ktcl${tag}`);
      const hosts: Record<'kata' | 'runc', string> = { kata: '', runc: '' };
      for (const rt of ['kata', 'runc'] as const) {
        const p = await br.add(`ktp${rt[0]}${tag}`);
        const id = `bench-net-${rt}-${process.pid}`;
        const r = await c.ctr(['run', '-d', '--runtime', `io.containerd.${rt}.v2`, '--with-ns', `network:${p.netns}`, IMAGE, id, ...SERVER], { timeoutMs: 300000 });
        if (r.code !== 0) throw new Error(`ctr run with ${rt} failed: ${r.stderr}`);
        ids.push(id);
        hosts[rt] = p.result.ips[0]!.address.split('/')[0]!;
      }
      const fig = { kata: { send: [] as number[], get: [] as number[], rtt: [] as number[] }, runc: { send: [] as number[], get: [] as number[], rtt: [] as number[] } };
      // The servers are up once a small GET answers (the VM boots under TCG meanwhile).
      for (const rt of ['kata', 'runc'] as const) {
        for (let i = 0; i < 60; i++) {
          if (await client(script, cl.netns, ['get', hosts[rt], 'small']).then(() => true, () => false)) break;
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
      for (let i = 0; i < RUNS; i++) {
        for (const rt of ['kata', 'runc'] as const) {
          fig[rt].send.push(await client(script, cl.netns, ['send', hosts[rt], String(BYTES)]));
          fig[rt].get.push(await client(script, cl.netns, ['get', hosts[rt], 'big']));
          fig[rt].rtt.push(await client(script, cl.netns, ['rtt', hosts[rt], String(SMALL)]));
        }
      }
      const mbps = (ms: number[]): number => BYTES / 1048576 / (median(ms) / 1000);
      const note = `median of ${RUNS}, alternating, one CNI bridge; TCG`;
      return [
        { suite: 'net', name: 'TCP into the container (client → pod)', value: mbps(fig.kata.send), unit: 'MiB/s', reference: { label: 'runc', value: mbps(fig.runc.send) }, note },
        { suite: 'net', name: 'TCP out of the container (pod → client, HTTP GET)', value: mbps(fig.kata.get), unit: 'MiB/s', reference: { label: 'runc', value: mbps(fig.runc.get) }, note },
        { suite: 'net', name: `small HTTP request round trip (median of ${SMALL})`, value: median(fig.kata.rtt), unit: 'ms', reference: { label: 'runc', value: median(fig.runc.rtt) }, note: 'connect + GET + close' },
      ];
    } finally {
      for (const id of ids) {
        await c?.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
        await new Promise((r) => setTimeout(r, 1000));
        await c?.ctr(['task', 'delete', '-f', id], { timeoutMs: 60000 });
        await c?.ctr(['containers', 'delete', id]);
      }
      await c?.stop();
      await br.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

