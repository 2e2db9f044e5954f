// checkAssets: every missing or unusable file is reported with its path and the key that named it,
// and image/initrd must be exactly one. Uses temp files; nothing outside them is touched.
import t from 'tap';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkAssets, GuestAssetError, parseConfig, type RuntimeConfig } from '../../lib/config/index.js';
import { tempDir, writeFile } from './helpers.js';

/** A config whose assets all exist in a temp dir; `extra` TOML lines go into [hypervisor.qemu]. */
function setup(t: Parameters<typeof tempDir>[0], extra = ''): { dir: string; config: RuntimeConfig } {
  const dir = tempDir(t);
  writeFile(dir, 'vmlinux', 'k');
  writeFile(dir, 'rootfs.img', 'i');
  writeFile(dir, 'initrd.img', 'r');
  chmodSync(writeFile(dir, 'qemu', '#!/bin/sh\n'), 0o755);
  const text = `[hypervisor.qemu]\npath = "qemu"\nkernel = "vmlinux"\n${extra}\n`;
  return { dir, config: parseConfig(text, join(dir, 'configuration.toml')) };
}

async function problems(config: RuntimeConfig): Promise<GuestAssetError> {
  try {
    await checkAssets(config);
  } catch (e) {
    if (e instanceof GuestAssetError) return e;
    throw e;
  }
  throw new Error('checkAssets accepted the configuration');
}

t.test('all assets present: image or initrd alone passes', async (t) => {
  await t.resolves(checkAssets(setup(t, 'image = "rootfs.img"').config));
  await t.resolves(checkAssets(setup(t, 'initrd = "initrd.img"').config));
});

t.test('missing kernel, image and qemu are each named with path and key', async (t) => {
  const { dir, config } = setup(t, 'image = "nope.img"');
  config.hypervisor.qemu.kernel = join(dir, 'no-vmlinux');
  config.hypervisor.qemu.path = join(dir, 'no-qemu');
  const e = await problems(config);
  t.same(e.problems, [
    { kind: 'missing', key: 'hypervisor.qemu.path', path: join(dir, 'no-qemu') },
    { kind: 'missing', key: 'hypervisor.qemu.kernel', path: join(dir, 'no-vmlinux') },
    { kind: 'missing', key: 'hypervisor.qemu.image', path: join(dir, 'nope.img') },
  ]);
  t.match(e.message, `guest assets named by ${join(dir, 'configuration.toml')} are not usable`);
  t.match(e.message, `hypervisor.qemu.kernel = ${join(dir, 'no-vmlinux')}: no such file`);
  t.match(e.message, `hypervisor.qemu.image = ${join(dir, 'nope.img')}: no such file`);
});

t.test('the entropy source must be a character device; "" needs none', async (t) => {
  const { dir, config } = setup(t, 'image = "rootfs.img"\nentropy_source = "seed"');
  writeFile(dir, 'seed', 'not random');
  const e = await problems(config);
  t.same(e.problems, [{ kind: 'not-a-device', key: 'hypervisor.qemu.entropy_source', path: join(dir, 'seed') }]);
  t.match(e.message, `hypervisor.qemu.entropy_source = ${join(dir, 'seed')}: not a character device`);
  const gone = await problems(setup(t, 'image = "rootfs.img"\nentropy_source = "/dev/no-such-rng"').config);
  t.same(gone.problems, [{ kind: 'missing', key: 'hypervisor.qemu.entropy_source', path: '/dev/no-such-rng' }]);
  await t.resolves(checkAssets(setup(t, 'image = "rootfs.img"\nentropy_source = ""').config));
  await t.resolves(checkAssets(setup(t, 'image = "rootfs.img"\nentropy_source = "/dev/urandom"').config));
});

t.test('a missing initrd is named with its key', async (t) => {
  const { dir, config } = setup(t, 'initrd = "gone.img"');
  const e = await problems(config);
  t.same(e.problems, [{ kind: 'missing', key: 'hypervisor.qemu.initrd', path: join(dir, 'gone.img') }]);
});

t.test('image and initrd both set is an error, and neither set is one too', async (t) => {
  const both = await problems(setup(t, 'image = "rootfs.img"\ninitrd = "initrd.img"').config);
  t.same(both.problems, [{ kind: 'both-set', keys: ['hypervisor.qemu.image', 'hypervisor.qemu.initrd'] }]);
  t.match(both.message, /hypervisor\.qemu\.image and hypervisor\.qemu\.initrd are both set; set only one/);
  const none = await problems(setup(t, 'image = ""').config);
  t.same(none.problems, [{ kind: 'none-set', keys: ['hypervisor.qemu.image', 'hypervisor.qemu.initrd'] }]);
  t.match(none.message, /neither hypervisor\.qemu\.image nor hypervisor\.qemu\.initrd is set/);
});

t.test('a directory or a non-executable qemu is reported as such', async (t) => {
  const { dir, config } = setup(t, 'image = "rootfs.img"');
  mkdirSync(join(dir, 'kdir'));
  config.hypervisor.qemu.kernel = join(dir, 'kdir');
  config.hypervisor.qemu.path = join(dir, 'vmlinux'); // a regular file without x bits
  const e = await problems(config);
  // root passes access(X_OK) only when some x bit is set, so this holds for root too.
  t.same(e.problems, [
    { kind: 'not-executable', key: 'hypervisor.qemu.path', path: join(dir, 'vmlinux') },
    { kind: 'not-a-file', key: 'hypervisor.qemu.kernel', path: join(dir, 'kdir') },
  ]);
});

t.test('the shipped default names build/guest assets; before they are built they are reported missing', async (t) => {
  const config = parseConfig('', '/nonexistent/configuration.toml');
  try {
    await checkAssets(config);
    t.pass('guest assets are built and QEMU is installed');
  } catch (e) {
    if (!(e instanceof GuestAssetError)) throw e;
    for (const p of e.problems) {
      t.equal(p.kind, 'missing');
      if (p.kind === 'missing') t.match(p.key, /^hypervisor\.qemu\.(path|kernel|image|initrd)$/);
    }
  }
});
