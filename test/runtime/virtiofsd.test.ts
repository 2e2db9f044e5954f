// The virtio-fs daemon on its own (no VM): its command line from the configuration, a DAX window
// refused by name, a missing daemon named, the real /usr/lib/qemu/virtiofsd started into a
// cgroup-joining callback, stopped with its socket and lock file removed, and an orphan (its
// owner gone) stopped from the record alone.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { parseConfig } from '../../lib/config/parse.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { Virtiofsd, stopOrphanVirtiofsd, virtiofsdArgs, virtiofsdPidFile, virtiofsdSpec } from '../../lib/runtime/virtiofsd.js';

const DAEMON = '/usr/lib/qemu/virtiofsd';
if (!existsSync(DAEMON)) throw new Error(`${DAEMON} is missing (apt-get install qemu-system-common)`);

function dirs(t: { teardown(f: () => void): void }): { state: string; shared: string } {
  const state = mkdtempSync(join(tmpdir(), 'kata-vfsd-'));
  t.teardown(() => rmSync(state, { recursive: true, force: true }));
  const shared = join(state, 'shared');
  mkdirSync(shared);
  return { state, shared };
}

t.test('the command line: socket in the state dir, the shared dir as source, cache mode (Kata\'s never is none), extra args last', async (t) => {
  const q = parseConfig('[hypervisor.qemu]\nvirtio_fs_cache = "never"\nvirtio_fs_extra_args = ["-o", "xattr"]\n', '/x/c.toml').hypervisor.qemu;
  const s = virtiofsdSpec(q, '/run/kata-ts/sandboxes/a', '/run/kata-ts/sandboxes/a/shared');
  t.same(virtiofsdArgs(s), ['--socket-path=/run/kata-ts/sandboxes/a/virtiofsd.sock', '-o', 'source=/run/kata-ts/sandboxes/a/shared', '-o', 'cache=none', '-o', 'log_level=info', '-o', 'xattr']);
  t.equal(virtiofsdPidFile('/run/kata-ts/sandboxes/a/virtiofsd.sock'), '/run/virtiofsd/.run.kata-ts.sandboxes.a.virtiofsd.sock.pid');
  q.virtioFsCacheSize = 1024;
  t.throws(() => virtiofsdSpec(q, '/s', '/s/shared'), /hypervisor\.qemu\.virtio_fs_cache_size = 1024: a DAX cache window is not available/);
});

t.test('a daemon path that does not exist is named and nothing is left', async (t) => {
  const d = dirs(t);
  const q = parseConfig('[hypervisor.qemu]\nvirtio_fs_daemon = "/nonexistent/virtiofsd"\n', '/x/c.toml').hypervisor.qemu;
  await t.rejects(Virtiofsd.start(virtiofsdSpec(q, d.state, d.shared), silentLogger(), async () => undefined), /virtio-fs daemon \/nonexistent\/virtiofsd does not exist \(hypervisor\.qemu\.virtio_fs_daemon/);
  t.notOk(existsSync(join(d.state, 'virtiofsd.sock')));
});

t.test('the real daemon: joined before its socket is up, stopped with socket and lock file gone; a daemon refusing its arguments is reported in its words', async (t) => {
  const d = dirs(t);
  const q = parseConfig('', '/x/c.toml').hypervisor.qemu;
  const joined: number[] = [];
  const v = await Virtiofsd.start(virtiofsdSpec(q, d.state, d.shared), silentLogger(), async (pid) => void joined.push(pid));
  t.teardown(() => v.stop());
  t.same(joined, [v.pid], 'the daemon was handed to the cgroup');
  t.ok(existsSync(v.spec.socket), 'its socket is in the state dir');
  t.ok(existsSync(virtiofsdPidFile(v.spec.socket)), 'it holds its lock file');
  let died = '';
  v.watch((why) => (died = why));
  await v.stop(200);
  t.notOk(v.running);
  t.equal(died, '', 'a stop that was asked for is not a death');
  t.notOk(existsSync(v.spec.socket), 'socket removed');
  t.notOk(existsSync(virtiofsdPidFile(v.spec.socket)), 'lock file removed');

  q.virtioFsExtraArgs = ['-o', 'cache=bogus'];
  await t.rejects(Virtiofsd.start(virtiofsdSpec(q, d.state, d.shared), silentLogger(), async () => undefined), /virtiofsd exited at start \(\d+\): .*bogus/s);
});

t.test('a daemon that dies is reported once through watch; an orphan is stopped from its record', async (t) => {
  const d = dirs(t);
  const q = parseConfig('', '/x/c.toml').hypervisor.qemu;
  const v = await Virtiofsd.start(virtiofsdSpec(q, d.state, d.shared), silentLogger(), async () => undefined);
  t.teardown(() => v.stop());
  const died = new Promise<string>((r) => v.watch(r));
  process.kill(v.pid, 'SIGKILL');
  t.match(await died, new RegExp(`virtiofsd \\(pid ${v.pid}\\) exited unexpectedly \\(SIGKILL\\)`));
  t.equal(v.failure, await died);
  await v.stop();
  t.notOk(existsSync(v.spec.socket));

  const o = await Virtiofsd.start(virtiofsdSpec(q, d.state, d.shared), silentLogger(), async () => undefined);
  t.teardown(() => o.stop());
  await stopOrphanVirtiofsd(o.record);
  await o.exited;
  t.notOk(existsSync(o.spec.socket), 'orphan: socket removed');
  t.notOk(existsSync(virtiofsdPidFile(o.spec.socket)), 'orphan: lock file removed');
  t.notOk(readFileSync('/proc/self/mountinfo', 'utf8').includes(d.state), 'nothing mounted');
});
