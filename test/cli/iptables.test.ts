// kata-runtime iptables against a sandbox in a VM through containerd: set replaces the guest's
// filter table (iptables-restore format), get returns it as iptables-save prints it, rules the
// guest refuses are an error naming the line and change nothing, and --v6 reaches ip6tables.
import { existsSync } from 'node:fs';
import t from 'tap';
import { cli } from './helpers.js';
import { e2eContainerd, IMAGE, leftovers, TAG } from '../e2e/helpers.js';

if (!existsSync('/usr/bin/containerd')) throw new Error('containerd is missing (apt-get install containerd)');
t.setTimeout(600000);

const RULES = ['*filter', ':INPUT ACCEPT [0:0]', ':FORWARD ACCEPT [0:0]', ':OUTPUT ACCEPT [0:0]', '-A INPUT -p tcp --dport 8080 -j DROP', 'COMMIT', ''].join('\n');

t.test('set, get and a refused rule set, in a running sandbox', async (t) => {
  const { c } = await e2eContainerd(t);
  const id = `ipt${TAG}`;
  const run = await c.ctr(['run', '-d', '--runtime', 'io.containerd.kata.v2', IMAGE, id, 'sleep', '600'], { timeoutMs: 240000 });
  t.equal(run.code, 0, `started: ${run.stderr}`);

  const set = cli(['iptables', 'set', id, '-'], {}, RULES);
  t.equal(set.status, 0, `set: ${set.stderr}`);
  const get = cli(['iptables', 'get', id]);
  t.equal(get.status, 0, get.stderr);
  t.match(get.stdout, /^\*filter$/m, 'iptables-save output');
  t.match(get.stdout, /^-A INPUT -p tcp -m tcp --dport 8080 -j DROP$/m, 'the rule set is the rule read back');

  const bad = cli(['iptables', 'set', id, '-'], {}, '*filter\n-A NOSUCHCHAIN -j DROP\nCOMMIT\n');
  t.equal(bad.status, 1);
  t.match(bad.stderr, /InvalidArgument: SetIPTables: \/usr\/sbin\/iptables-legacy-restore: .*line:? ?2/i, `the guest's refusal names the line: ${bad.stderr}`);
  t.equal(cli(['iptables', 'get', id]).stdout, get.stdout, 'a refused set changes nothing');

  const v6 = cli(['iptables', 'set', '--v6', id, '-'], {}, RULES.replace('--dport 8080', '--dport 8443'));
  t.equal(v6.status, 0, `set --v6: ${v6.stderr}`);
  t.match(cli(['iptables', 'get', '--v6', id]).stdout, /--dport 8443 -j DROP/, 'ip6tables has its own rules');
  t.notMatch(cli(['iptables', 'get', id]).stdout, /8443/, 'and IPv4 is untouched');

  t.match(cli(['iptables', 'get', `nope${TAG}`]).stderr, /no sandbox "nope-\d+"/);
  t.equal(cli(['iptables', 'frob', id]).status, 2, 'an unknown action is bad usage');

  await c.ctr(['task', 'kill', '-s', 'SIGKILL', id]);
  await c.ctr(['task', 'delete', '-f', id]);
  await c.ctr(['containers', 'rm', id]);
  t.same(leftovers(), { qemu: [], shims: [], mounts: [], state: [] }, 'nothing left');
});
