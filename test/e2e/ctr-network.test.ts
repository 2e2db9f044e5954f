// End to end, pod networking: pods wired by Debian's CNI bridge plugin (test/demo/cni.ts, all in
// network namespaces this test makes) run through a private containerd with
// `ctr run --with-ns network:/run/netns/X`, in kata-ts VMs and, compared, under runc. The
// container sees the plugin's address, MTU, default route and IPv6 address; a server in it
// answers a client namespace and a second pod; a second container of the pod reaches it over
// 127.0.0.1 with the pod's hostname; resolv.conf arrives. Afterwards no tap, qdisc or filter is
// left, the veth is as the plugin made it, and no network namespace of the test remains.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';
import { CniBridge, cniMissing, httpGetIn, netnsNamed } from '../demo/cni.js';
import type { Containerd } from '../demo/containerd.js';
import { e2eContainerd, IMAGE, leftovers, NOTHING_LEFT, qemuOf, TAG, waitForStatus } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
const missing = cniMissing();
if (missing) throw new Error(missing);

t.setTimeout(900000);

const KATA = ['--runtime', 'io.containerd.kata.v2'];
const RUNC = ['--runtime', 'io.containerd.runc.v2'];
const LOOP = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'];
const SERVER = (text: string): string[] => ['sh', '-c', `mkdir -p /www && echo ${text} > /www/index.html && exec httpd -f -p 8080 -h /www`];
const pod = (type: 'sandbox' | 'container', sandboxId: string): string[] => ['--annotation', `io.kubernetes.cri.container-type=${type}`, '--annotation', `io.kubernetes.cri.sandbox-id=${sandboxId}`];
const sh = (args: string[]): string => spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' }).stdout;
const linkState = (ns: string): string =>
  (sh(['ip', '-n', ns, '-o', 'addr', 'show', 'dev', 'eth0']).replace(/valid_lft.*$/gm, '') + sh(['ip', '-n', ns, '-o', 'link', 'show', 'dev', 'eth0']).replace(/qlen \d+/, '')).replace(/[\s\\]+/g, ' ');

/** What the runtime made in a pod namespace and must have removed: taps, ingress qdiscs, filters. */
function runtimeLeftovers(ns: string): string[] {
  const left: string[] = [];
  if (sh(['ip', '-n', ns, 'link', 'show']).includes('_kata')) left.push('tap');
  if (sh(['tc', '-n', ns, 'qdisc', 'show', 'dev', 'eth0']).includes('ingress')) left.push('ingress qdisc');
  if (sh(['tc', '-n', ns, 'filter', 'show', 'dev', 'eth0', 'ingress']).includes('mirred')) left.push('filter');
  return left;
}

async function exec(c: Containerd, id: string, execId: string, script: string): Promise<string> {
  const r = await c.ctr(['task', 'exec', '--exec-id', execId, id, 'sh', '-c', script], { timeoutMs: 120000 });
  if (r.code !== 0) throw new Error(`exec in ${id} (${script}): exit ${r.code}: ${r.stderr}`);
  return r.stdout;
}

/** Retries a client request a few times: the guest's first ARP and the server's start take a moment under TCG. */
async function fetchFrom(netns: string, url: string): Promise<string> {
  let last = '';
  for (let i = 0; i < 10; i++) {
    const r = await httpGetIn(netns, url);
    if (r.code === 0) return r.stdout;
    last = r.stderr;
    await new Promise((res) => setTimeout(res, 1000));
  }
  throw new Error(`wget ${url} from ${netns}: ${last}`);
}

/** An HTTP GET with busybox nc inside a container (the image's static busybox wget crashes in its resolver). */
const httpVia = (ip: string): string => `(for i in 1 2 3 4 5; do printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 10 ${ip} 8080 > /tmp/out && grep -q hello /tmp/out && cat /tmp/out && exit 0; sleep 1; done; exit 1)`;

async function stop(c: Containerd, id: string): Promise<void> {
  await c.ctr(['task', 'kill', id]);
  await waitForStatus(c, id, 'STOPPED', 30000);
  await c.ctr(['task', 'delete', '-f', id], { timeoutMs: 60000 });
  await c.ctr(['containers', 'rm', id]);
}

t.test('pods on a CNI bridge: address, MTU, routes, IPv6, DNS, a server reached from a client, another pod and a second container; runc compared', async (t) => {
  const { c, dir } = await e2eContainerd(t);
  const br = new CniBridge(`e${TAG}`, 202);
  t.teardown(() => br.destroy());
  const [a, b, cl, r] = await Promise.all([`ktpa${TAG}`, `ktpb${TAG}`, `ktcl${TAG}`, `ktpr${TAG}`].map((n) => br.add(n)));
  const nsA = `ktpa${TAG}`;
  const v4 = (x: typeof a): string => x.result.ips.find((i) => i.address.includes('.'))!.address;
  const v6 = (x: typeof a): string => x.result.ips.find((i) => i.address.includes(':'))!.address;
  const ipA = v4(a).split('/')[0]!;
  const beforeA = linkState(nsA);
  const resolv = join(dir, 'resolv.conf');
  writeFileSync(resolv, 'nameserver 10.222.202.53\nsearch pods.kata.test\noptions ndots:2\n');
  const dns = ['--mount', `type=bind,src=${resolv},dst=/etc/resolv.conf,options=rbind:ro`];

  const sbA = `e2e-neta${TAG}`;
  const runA = await c.ctr(['run', '-d', ...KATA, ...pod('sandbox', sbA), '--with-ns', `network:${a.netns}`, ...dns, IMAGE, sbA, ...SERVER(`hello-from-${sbA}`)], { timeoutMs: 240000 });
  t.equal(runA.code, 0, `pod A started in a VM: ${runA.stderr}\n${runA.code ? c.log().slice(-3000) : ''}`);
  t.equal(qemuOf(sbA).length, 1, 'one QEMU');
  t.match(sh(['ip', '-n', nsA, '-d', 'link', 'show', 'tap0_kata']), /tun type tap/, 'a tap next to the veth in the pod namespace');
  t.match(sh(['tc', '-n', nsA, 'filter', 'show', 'dev', 'eth0', 'ingress']), /Egress Redirect to device tap0_kata/, 'eth0 redirected to the tap');

  const seen = await exec(c, sbA, 'net1', 'ip -o -4 addr show dev eth0; echo mtu $(cat /sys/class/net/eth0/mtu); ip route; ip -o -6 addr show dev eth0 scope global; cat /etc/resolv.conf; hostname');
  t.match(seen, new RegExp(`inet ${v4(a).replace(/\./g, '\\.')} `), `the container has the plugin's address ${v4(a)}:\n${seen}`);
  t.match(seen, /^mtu 1400$/m, 'and its MTU');
  t.match(seen, /^default via 10\.222\.202\.1 dev eth0/m, 'and the default route via the bridge');
  t.match(seen, new RegExp(`inet6 ${v6(a).split('/')[0]}/64`), `and the IPv6 address ${v6(a)}`);
  t.match(seen, /nameserver 10\.222\.202\.53\nsearch pods\.kata\.test\noptions ndots:2\n/, 'resolv.conf from the spec\'s mount');
  t.match(seen, new RegExp(`^${sbA}$`, 'm'), 'hostname: the pod\'s');

  t.equal((await fetchFrom(cl.netns, `http://${ipA}:8080/`)).trim(), `hello-from-${sbA}`, 'a client namespace on the bridge gets the page from the container');

  // The guest's packet filter (kata-runtime iptables → the agent's SetIPTables/GetIPTables): a rule
  // that drops the port stops the pod answering on it; get returns the rule; an empty table lets it answer again.
  const KATA_RUNTIME = join(packageRoot(), 'bin', 'kata-runtime.js');
  const iptables = (args: string[], input?: string) => spawnSync(KATA_RUNTIME, ['iptables', ...args], { encoding: 'utf8', timeout: 60000, ...(input !== undefined ? { input } : {}) });
  const table = (rule: string): string => ['*filter', ':INPUT ACCEPT [0:0]', ':FORWARD ACCEPT [0:0]', ':OUTPUT ACCEPT [0:0]', ...(rule ? [rule] : []), 'COMMIT', ''].join('\n');
  const drop = iptables(['set', sbA, '-'], table('-A INPUT -p tcp --dport 8080 -j DROP'));
  t.equal(drop.status, 0, `iptables set: ${drop.stderr}`);
  t.match(iptables(['get', sbA]).stdout, /^-A INPUT -p tcp -m tcp --dport 8080 -j DROP$/m, 'get returns the rule');
  const blocked = await httpGetIn(cl.netns, `http://${ipA}:8080/`, 5000);
  t.not(blocked.code, 0, `with the port dropped in the guest, the pod no longer answers on it: ${blocked.stdout}${blocked.stderr}`);
  t.equal(iptables(['set', sbA, '-'], table('')).status, 0, 'the rule removed');
  t.equal((await fetchFrom(cl.netns, `http://${ipA}:8080/`)).trim(), `hello-from-${sbA}`, 'and the pod answers again');

  const sbB = `e2e-netb${TAG}`;
  const runB = await c.ctr(['run', '-d', ...KATA, ...pod('sandbox', sbB), '--with-ns', `network:${b.netns}`, IMAGE, sbB, ...LOOP], { timeoutMs: 240000 });
  t.equal(runB.code, 0, `pod B started: ${runB.stderr}`);
  t.match(await exec(c, sbB, 'get1', httpVia(ipA)), new RegExp(`\r\n\r\nhello-from-${sbA}\n$`), 'pod B reaches pod A over the bridge');

  // The second container of pod A names the pause container's namespaces, as CRI does.
  const pidA = new RegExp(`^${sbA}\\s+(\\d+)`, 'm').exec((await c.ctr(['task', 'ls'])).stdout)?.[1] ?? '1';
  const ctnA = `e2e-neta2${TAG}`;
  const second = await c.ctr(['run', '-d', ...KATA, ...pod('container', sbA), '--with-ns', `network:${a.netns}`, '--with-ns', `uts:/proc/${pidA}/ns/uts`, '--with-ns', `ipc:/proc/${pidA}/ns/ipc`, IMAGE, ctnA, ...LOOP], { timeoutMs: 240000 });
  t.equal(second.code, 0, `second container of pod A: ${second.stderr}`);
  const local = await exec(c, ctnA, 'lo1', `${httpVia('127.0.0.1')}; hostname`);
  t.match(local, new RegExp(`\r\n\r\nhello-from-${sbA}\n${sbA}\n$`), 'it reaches the first container over 127.0.0.1 and has the pod\'s hostname');

  // runc, same bridge, same spec shape: what the container sees matches.
  const rid = `e2e-netr${TAG}`;
  const rr = await c.ctr(['run', '--rm', ...RUNC, '--with-ns', `network:${r.netns}`, ...dns, IMAGE, rid, 'sh', '-c', 'ip -o -4 addr show dev eth0; echo mtu $(cat /sys/class/net/eth0/mtu); ip route; cat /etc/resolv.conf'], { timeoutMs: 120000 });
  t.equal(rr.code, 0, `runc on the same bridge: ${rr.stderr}`);
  const shape = (s: string): string => s.replace(/10\.222\.202\.\d+\/24/g, 'ADDR').replace(/src 10\.222\.202\.\d+/g, 'src ADDR').replace(/^\d+: /gm, '').replace(/\\.*$/gm, '').replace(/ +$/gm, '');
  const kataShape = shape(seen.split('\n').filter((l) => !/inet6|^e2e-/.test(l)).join('\n'));
  t.equal(kataShape, shape(rr.stdout), `kata and runc containers see the same address shape, MTU, routes and resolv.conf:\nkata:\n${kataShape}\nrunc:\n${shape(rr.stdout)}`);

  await stop(c, ctnA);
  await stop(c, sbA);
  await stop(c, sbB);
  for (const id of [sbA, sbB]) t.same(qemuOf(id), [], `no VM left for ${id}`);
  t.same(runtimeLeftovers(nsA), [], 'no tap, qdisc or filter left in pod A\'s namespace');
  t.same(runtimeLeftovers(`ktpb${TAG}`), [], 'nor in pod B\'s');
  t.equal(linkState(nsA), beforeA, 'pod A\'s veth and addresses as the plugin made them');
});

t.test('a network namespace path that does not exist: a clear error, nothing left', async (t) => {
  const { c } = await e2eContainerd(t);
  const id = `e2e-netbad${TAG}`;
  const ns = `/var/run/netns/kt-none${TAG}`;
  const run = await c.ctr(['run', '--rm', ...KATA, '--with-ns', `network:${ns}`, IMAGE, id, 'true'], { timeoutMs: 120000 });
  t.not(run.code, 0, 'refused');
  t.match(run.stderr, new RegExp(`network namespace ${ns} does not exist`), `the error names the path: ${run.stderr}`);
  await c.ctr(['containers', 'rm', id]);
  t.same(qemuOf(id), [], 'no VM');
  t.notOk(existsSync(`/run/kata-ts/sandboxes/${id}`), 'no sandbox state');
});

t.test('after the suite: no VM, shim, mount, state or network namespace of these tests', async (t) => {
  t.same(leftovers(), NOTHING_LEFT, 'nothing left');
  t.same(netnsNamed(TAG), [], 'no network namespace left');
});
