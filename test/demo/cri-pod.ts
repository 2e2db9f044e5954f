// The demo's Kubernetes part: a pod through containerd's CRI with the `kata` runtime handler,
// driven by kata-crictl as kubelet would drive it (runp, create, start, exec -s, inspectp, stopp,
// rmp). Two containers share the pod's VM: a web server and a client with CPU and memory limits,
// whose arrival grows the VM (hot-plug). Prints the pod IP, the guest kernel and what each
// container sees; removes the pod even when a step fails. Called by test/demo/main.ts.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../lib/common/package-root.js';
import type { Containerd } from './containerd.js';

const CRICTL = join(packageRoot(), 'bin', 'kata-crictl.js');

export async function criPodDemo(c: Containerd, dir: string, image: string, say: (s: string) => void): Promise<void> {
  const crictl = (args: string[]): Promise<string> =>
    new Promise((resolve, reject) => {
      const p = spawn(CRICTL, ['-r', `unix://${c.socket}`, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      p.stdout.on('data', (b: Buffer) => (out += b.toString()));
      p.stderr.on('data', (b: Buffer) => (err += b.toString()));
      p.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`kata-crictl ${args.join(' ')}: ${err.trim() || `exit ${code}`}`))));
    });
  const logs = join(dir, 'pod-logs');
  mkdirSync(logs, { recursive: true });
  const podJson = join(dir, 'pod.json');
  writeFileSync(podJson, JSON.stringify({ metadata: { name: 'demo', namespace: 'default', uid: `demo-${process.pid}` }, hostname: 'demo-pod', log_directory: logs, linux: {} }));
  const ctr = (name: string, command: string[], resources?: Record<string, number>): string => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify({ metadata: { name }, image: { image }, command, log_path: `${name}.log`, linux: resources ? { resources } : {} }));
    return path;
  };

  const t0 = Date.now();
  say(`kata-crictl runp --runtime kata ${podJson}`);
  const pod = await crictl(['runp', '--runtime', 'kata', podJson]);
  try {
    say(`pod ${pod.slice(0, 13)} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (its VM booted)`);
    const web = await crictl(['create', pod, ctr('web', ['sh', '-c', 'while :; do echo "hello from $(hostname), kernel $(uname -r)" | nc -l -p 8080; done']), podJson]);
    // 1 CPU and 256 MiB: the VM grows by them when this container joins.
    const client = await crictl(['create', pod, ctr('client', ['sleep', '100000'], { cpu_period: 100000, cpu_quota: 100000, memory_limit_in_bytes: 256 << 20 }), podJson]);
    await crictl(['start', web, client]);
    const ip = (JSON.parse(await crictl(['inspectp', pod])) as { status: { network: { ip: string } } }).status.network.ip;
    say(`two containers in one VM; pod IP ${ip}`);
    for (const [name, id] of [['web', web], ['client', client]] as const) {
      const kernel = await crictl(['exec', '-s', id, 'uname', '-r']);
      const cpus = await crictl(['exec', '-s', id, 'nproc']);
      say(`  ${name}: guest kernel ${kernel}, ${cpus} vCPU(s)`);
    }
    say(`  client → web over the pod's localhost: ${await crictl(['exec', '-s', client, 'nc', '-w', '10', '127.0.0.1', '8080'])}`);
  } finally {
    await crictl(['stopp', pod]).catch((e: Error) => say(e.message));
    await crictl(['rmp', pod]).catch((e: Error) => say(e.message));
    say(`pod stopped and removed (${((Date.now() - t0) / 1000).toFixed(1)} s in all)`);
  }
}
