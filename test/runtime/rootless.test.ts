// rootless's host side without a VM (lib/runtime/rootless.ts): the per-sandbox user is really made
// with useradd and removed with userdel (also several at once, which contend for /etc/passwd's
// lock), the files QEMU needs are handed to it and the shared directory closed, an asset the user
// could not read is named before anything starts, and Sandbox.create refuses rootless with
// virtio-9p before anything exists. The VM itself runs rootless in test/e2e/confined-qemu.test.ts.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { silentLogger } from '../../lib/common/log/logger.js';
import { checkAssetsReadable, createVmmUser, grantSandboxFiles, removeVmmUser, runAsFor, unreadableByOthers } from '../../lib/runtime/rootless.js';
import { Sandbox } from '../../lib/runtime/sandbox.js';
import { listRecords } from '../../lib/runtime/state.js';
import { shippedConfigPath } from '../../lib/common/package-root.js';
import { parseConfig } from '../../lib/config/parse.js';

const log = silentLogger();
const passwd = (name: string): string | undefined => readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
const group = (name: string): string | undefined => readFileSync('/etc/group', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));

function tempDir(t: { teardown(f: () => void): void }): string {
  const d = mkdtempSync(join(tmpdir(), 'kata-ts-rootless-'));
  chmodSync(d, 0o755);
  t.teardown(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

t.test('a sandbox user: a system user with a group of its own, no login, made and removed', async (t) => {
  const u = await createVmmUser('sb-test', log);
  t.teardown(() => removeVmmUser(u, 'sb-test', log).catch(() => undefined));
  t.match(u.name, /^kata-ts-[0-9a-f]{8}$/);
  const line = passwd(u.name)!;
  t.ok(line, 'in /etc/passwd');
  const f = line.split(':');
  t.equal(Number(f[2]), u.uid);
  t.ok(u.uid > 0 && u.uid < 1000, 'a system uid');
  t.equal(f[4], 'kata-ts sandbox sb-test', 'the comment names the sandbox');
  t.equal(f[6], '/usr/sbin/nologin', 'no login shell');
  t.ok(group(u.name), 'a group of its own');
  t.same(runAsFor(u, 'tcg'), { uid: u.uid, gid: u.gid, groups: [] }, 'TCG: no supplementary group');
  await removeVmmUser(u, 'sb-test', log);
  t.notOk(passwd(u.name), 'removed');
  t.notOk(group(u.name), 'with its group');
  await removeVmmUser(u, 'sb-test', log); // a second removal (cleanup after delete) is no error
});

t.test("a record that names another sandbox's user does not remove it; the name is known before useradd runs", async (t) => {
  let named: string | undefined;
  const u = await createVmmUser('sb-owner', log, (name) => {
    named = name;
    t.notOk(passwd(name), 'beforeAdd runs before the user exists');
  });
  t.teardown(() => removeVmmUser(u, 'sb-owner', log).catch(() => undefined));
  t.equal(named, u.name);
  await t.rejects(removeVmmUser(u, 'sb-other', log), { message: `rootless: user ${u.name} is not sandbox sb-other's (its comment is "kata-ts sandbox sb-owner"); not removed` });
  t.ok(passwd(u.name), 'still there');
  await removeVmmUser({ name: u.name }, 'sb-owner', log);
  t.notOk(passwd(u.name), 'removed by its own sandbox, by name alone');
});

t.test('sandboxes created at once: each gets its own user despite /etc/passwd\'s lock', async (t) => {
  const users = await Promise.all([1, 2, 3, 4].map((i) => createVmmUser(`sb-${i}`, log)));
  t.teardown(() => Promise.all(users.map((u, i) => removeVmmUser(u, `sb-${i + 1}`, log).catch(() => undefined))).then(() => undefined));
  t.equal(new Set(users.map((u) => u.uid)).size, 4, 'four distinct uids');
  await Promise.all(users.map((u, i) => removeVmmUser(u, `sb-${i + 1}`, log)));
  t.same(users.filter((u) => passwd(u.name)), [], 'all removed');
});

t.test("the sandbox's files: its directory and QEMU's sockets and log are the user's; the shared directory is closed", async (t) => {
  const d = tempDir(t);
  const u = await createVmmUser('sb-files', log);
  t.teardown(() => removeVmmUser(u, 'sb-files', log).catch(() => undefined));
  const shared = join(d, 'shared');
  mkdirSync(shared);
  const files = ['vhost-vsock.sock', 'console.log'].map((f) => join(d, f));
  for (const f of files) writeFileSync(f, '');
  grantSandboxFiles(u, { dir: d, shared, files });
  t.equal(statSync(d).uid, u.uid);
  t.equal(statSync(d).mode & 0o777, 0o700);
  for (const f of files) t.equal(statSync(f).uid, u.uid, `${f} is the user's`);
  t.equal(statSync(shared).uid, 0);
  t.equal(statSync(shared).mode & 0o777, 0o700, "shared stays root's, closed");
});

t.test('an asset the user cannot read is named, with why, before anything starts', async (t) => {
  const d = tempDir(t);
  const kernel = join(d, 'bzImage');
  writeFileSync(kernel, 'k');
  chmodSync(kernel, 0o644);
  t.equal(unreadableByOthers(kernel), undefined, 'a 0644 file in open directories is readable');
  chmodSync(kernel, 0o600);
  t.throws(() => checkAssetsReadable([{ what: 'kernel', path: kernel }]), new RegExp(`rootless: QEMU's unprivileged user cannot read the kernel: ${kernel} is mode 600`));
  chmodSync(kernel, 0o644);
  chmodSync(d, 0o700);
  t.throws(() => checkAssetsReadable([{ what: 'initrd', path: kernel }]), new RegExp(`cannot read the initrd: directory ${d} is mode 700 \\(others may not enter it\\)`));
  t.throws(() => checkAssetsReadable([{ what: 'QEMU binary', path: '/bin/true-not-there', exec: true }]), /cannot run the QEMU binary: \/bin\/true-not-there: ENOENT/);
  t.equal(unreadableByOthers('/usr/bin/qemu-system-x86_64', true), undefined, "Debian's QEMU is runnable by anyone");
});

t.test('rootless with virtio-9p is refused naming both keys, before anything of the sandbox exists', async (t) => {
  const d = tempDir(t);
  const c = parseConfig(readFileSync(shippedConfigPath(), 'utf8'), shippedConfigPath());
  // Assets that exist, so the refusal is rootless's own.
  for (const f of ['bzImage', 'initrd']) writeFileSync(join(d, f), 'x');
  Object.assign(c.hypervisor.qemu, { kernel: join(d, 'bzImage'), initrd: join(d, 'initrd'), image: '', rootless: true, sharedFs: 'virtio-9p' });
  const users = readFileSync('/etc/passwd', 'utf8');
  await t.rejects(Sandbox.create({ id: `rl9p-${process.pid}`, config: c, log, stateRoot: d }), /rootless = true needs shared_fs = "virtio-fs" \(got "virtio-9p"\)/);
  t.same(listRecords(d), [], 'no sandbox state');
  t.equal(readFileSync('/etc/passwd', 'utf8'), users, 'no user made');
});
