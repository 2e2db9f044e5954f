// OCI spec → addon plan, without running anything: every refusal names the spec field, users
// resolve through the rootfs's own /etc files, and exec joins only the namespaces that differ.
import t from 'tap';
import type { Test } from 'tap';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandCgroupMount, hostCgroupMounts } from '../../guest/agent/container/cgroup-mount.js';
import { execPlan, planFromSpec } from '../../guest/agent/container/plan.js';
import type { Spec } from '../../lib/common/oci/spec.js';
import { resolveUser } from '../../guest/agent/container/user.js';

const bundle = mkdtempSync(join(tmpdir(), 'kata-ts-test-plan-'));
t.teardown(() => rmSync(bundle, { recursive: true, force: true }));
const rootfs = join(bundle, 'rootfs');
mkdirSync(join(rootfs, 'etc'), { recursive: true });
writeFileSync(join(rootfs, 'etc/passwd'), 'root:x:0:0::/root:/bin/sh\nalice:x:1000:1000::/home/alice:/bin/sh\n');
writeFileSync(join(rootfs, 'etc/group'), 'root:x:0:\nalice:x:1000:\nstaff:x:50:alice,bob\naudio:x:29:alice\n');

function spec(): Spec {
  return {
    ociVersion: '1.0.2',
    root: { path: 'rootfs' },
    process: { user: { uid: 0, gid: 0 }, args: ['sh'], cwd: '/' },
    mounts: [{ destination: '/proc', type: 'proc', source: 'proc' }],
    linux: { namespaces: [{ type: 'mount' }, { type: 'pid' }] },
  };
}

const refuses = (t: Test, s: Spec, message: RegExp) => t.throws(() => planFromSpec(s, { bundle }), { name: 'PlanError', message });

t.test('a good spec becomes a plan with an absolute rootfs and bind mounts made rbind', async (t) => {
  const s = spec();
  s.mounts!.push({ destination: '/data', type: 'bind', source: bundle, options: ['ro'] });
  const plan = planFromSpec(s, { bundle, cgroupProcs: ['/sys/fs/cgroup/x/cgroup.procs'] });
  t.equal(plan.rootfs, rootfs);
  t.same(plan.mounts[1]!.options, ['ro', 'rbind']);
  t.same(plan.namespaces, [{ type: 'mount' }, { type: 'pid' }]);
  t.same(plan.cgroupProcs, ['/sys/fs/cgroup/x/cgroup.procs']);
  t.equal(plan.process.uid, 0);
});

t.test('errors name the spec field that is wrong', async (t) => {
  let s = spec();
  delete s.root;
  refuses(t, s, /^root\.path: missing$/);
  s = spec();
  s.mounts!.push({ destination: '/x', type: 'foo' });
  refuses(t, s, /^mounts\[1\]\.type: unknown mount type "foo"$/);
  s = spec();
  s.mounts![0]!.destination = 'proc';
  refuses(t, s, /^mounts\[0\]\.destination: must be an absolute path/);
  s = spec();
  s.process!.capabilities = { effective: ['CAP_CHOWN', 'CAP_FOO'] };
  refuses(t, s, /^process\.capabilities\.effective\[1\]: unknown capability "CAP_FOO"$/);
  s = spec();
  s.process!.rlimits = [{ type: 'RLIMIT_FOO', soft: 1, hard: 1 }];
  refuses(t, s, /^process\.rlimits\[0\]\.type: unknown rlimit "RLIMIT_FOO"$/);
  s = spec();
  s.process!.rlimits = [{ type: 'RLIMIT_NOFILE', soft: 2, hard: 1 }];
  refuses(t, s, /^process\.rlimits\[0\]: soft limit 2 is above hard limit 1$/);
  s = spec();
  s.linux!.namespaces!.push({ type: 'time' as never });
  refuses(t, s, /^linux\.namespaces\[2\]\.type: unknown namespace type "time"$/);
  s = spec();
  s.linux!.namespaces = [{ type: 'pid' }];
  refuses(t, s, /^linux\.namespaces: a mount namespace is required/);
  s = spec();
  s.hostname = 'h';
  refuses(t, s, /^hostname: needs a new uts namespace$/);
  s = spec();
  s.linux!.namespaces!.push({ type: 'user' });
  refuses(t, s, /^linux\.uidMappings: a new user namespace needs/);
  s = spec();
  s.linux!.sysctl = { '../../etc/passwd': 'x' };
  refuses(t, s, /^linux\.sysctl\.\.\.\/\.\.\/etc\/passwd: not a sysctl name$/);
  s = spec();
  s.process!.oomScoreAdj = 2000;
  refuses(t, s, /^process\.oomScoreAdj: must be an integer in -1000\.\.1000/);
  s = spec();
  s.process!.args = [];
  refuses(t, s, /^process\.args: must name the program to run$/);
  s = spec();
  s.process!.user.username = 'nobody';
  refuses(t, s, /^process\.user\.username: unknown user "nobody" in .*\/etc\/passwd$/);
  s = spec();
  s.linux!.seccomp = { defaultAction: 'SCMP_ACT_ALLOW', architectures: ['SCMP_ARCH_PDP11'] };
  refuses(t, s, /^linux\.seccomp\.architectures\[0\]: unknown architecture "SCMP_ARCH_PDP11"$/);
});

t.test('a user name resolves through the rootfs files, with its supplementary groups', async (t) => {
  t.same(resolveUser(rootfs, 'alice'), { uid: 1000, gid: 1000, additionalGids: [50, 29] });
  t.same(resolveUser(rootfs, '1000'), { uid: 1000, gid: 1000, additionalGids: [50, 29] });
  t.same(resolveUser(rootfs, '4242'), { uid: 4242, gid: 4242, additionalGids: [] }, 'a numeric id needs no passwd entry');
  const s = spec();
  s.process!.user = { uid: 0, gid: 0, username: 'alice', additionalGids: [7] };
  const p = planFromSpec(s, { bundle }).process;
  t.same([p.uid, p.gid, p.additionalGids], [1000, 1000, [50, 29, 7]]);
});

t.test('a "cgroup" mount becomes one cgroup2 mount on v2, a tmpfs of hierarchies on v1', async (t) => {
  const m = { destination: '/sys/fs/cgroup', type: 'cgroup', source: 'cgroup', options: ['nosuid', 'ro'] };
  const v2 = hostCgroupMounts('30 23 0:26 / /sys/fs/cgroup rw,nosuid - cgroup2 cgroup2 rw,nsdelegate\n');
  t.same(expandCgroupMount(m, v2), [{ destination: '/sys/fs/cgroup', type: 'cgroup2', source: 'cgroup', options: ['nosuid', 'ro'] }]);
  const hybrid = hostCgroupMounts(
    [
      '31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755',
      '32 31 0:29 / /sys/fs/cgroup/cpu,cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct',
      '40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd',
      '41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw',
      '50 23 0:40 / /mnt/other rw - cgroup cgroup rw,memory',
    ].join('\n'),
  );
  t.same(
    expandCgroupMount(m, hybrid).map((x) => `${x.type} ${x.destination} ${x.options!.join(',')}`),
    [
      'tmpfs /sys/fs/cgroup nosuid,mode=755',
      'cgroup /sys/fs/cgroup/cpu,cpuacct nosuid,ro,cpu,cpuacct',
      'cgroup /sys/fs/cgroup/systemd nosuid,ro,name=systemd',
      'cgroup2 /sys/fs/cgroup/unified nosuid,ro',
      'tmpfs /sys/fs/cgroup remount,ro,nosuid,mode=755',
    ],
  );
});

t.test('exec joins only the namespaces that differ from ours', async (t) => {
  const plan = execPlan(process.pid, { user: { uid: 0, gid: 0 }, args: ['true'], cwd: '/' });
  t.same(plan.namespaces, [], 'our own process shares every namespace with us');
  t.equal(plan.rootfs, '');
  t.throws(() => execPlan(0x3fffffff, { user: { uid: 0, gid: 0 }, args: ['true'], cwd: '/' }), { message: /^pid: read \/proc\/\d+\/ns\/pid: ENOENT/ });
});
