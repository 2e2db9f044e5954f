// Which configuration file loadConfig uses: ConfigPath beats KATA_CONF_FILE beats /etc beats the
// shipped default; a file asked for by name must exist. /etc is injected (etcPath) so no test
// writes to the real /etc, except the one that checks the real default resolution.
import t from 'tap';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigNotFoundError,
  ConfigValidationError,
  ETC_CONFIG_PATH,
  loadConfig,
  locateConfig,
  packageRoot,
  shippedConfigPath,
} from '../../lib/config/index.js';
import { tempDir, writeFile } from './helpers.js';

/** Four candidate files, each with a different default_vcpus so the one used is visible. */
function candidates(t: Parameters<typeof tempDir>[0]) {
  const dir = tempDir(t);
  const file = (name: string, vcpus: number) => writeFile(dir, name, `[hypervisor.qemu]\ndefault_vcpus = ${vcpus}\n`);
  return {
    dir,
    configPath: file('containerd.toml', 2),
    env: file('env.toml', 3),
    etc: file('etc.toml', 4),
    shipped: file('shipped.toml', 5),
  };
}

t.test('ConfigPath beats KATA_CONF_FILE beats /etc beats the shipped default', async (t) => {
  const c = candidates(t);
  const all = { configPath: c.configPath, env: { KATA_CONF_FILE: c.env }, etcPath: c.etc, shippedPath: c.shipped };
  const load = (o: Parameters<typeof loadConfig>[0]) => {
    const r = loadConfig(o);
    return [r.hypervisor.qemu.defaultVcpus, r.origin.source, r.origin.path];
  };
  t.same(load(all), [2, 'config-path', c.configPath]);
  t.same(load({ ...all, configPath: undefined }), [3, 'env', c.env]);
  t.same(load({ ...all, configPath: '', env: { KATA_CONF_FILE: '' } }), [4, 'etc', c.etc], 'empty values count as unset');
  t.same(load({ ...all, configPath: undefined, env: {} }), [4, 'etc', c.etc]);
  t.same(load({ configPath: undefined, env: {}, etcPath: join(c.dir, 'absent.toml'), shippedPath: c.shipped }), [5, 'shipped', c.shipped]);
  t.match(locateConfig(all).reason, /ConfigPath/);
  t.match(locateConfig({ ...all, configPath: undefined }).reason, /KATA_CONF_FILE/);
});

t.test('the environment defaults to process.env', async (t) => {
  const c = candidates(t);
  const saved = process.env.KATA_CONF_FILE;
  t.teardown(() => {
    if (saved === undefined) delete process.env.KATA_CONF_FILE;
    else process.env.KATA_CONF_FILE = saved;
  });
  process.env.KATA_CONF_FILE = c.env;
  t.equal(loadConfig({ etcPath: c.etc }).origin.source, 'env');
});

t.test('a missing ConfigPath or KATA_CONF_FILE is an error naming it, with no fall-back', async (t) => {
  const c = candidates(t);
  const gone = join(c.dir, 'gone.toml');
  const base = { etcPath: c.etc, shippedPath: c.shipped };
  t.throws(() => loadConfig({ ...base, configPath: gone, env: { KATA_CONF_FILE: c.env } }), ConfigNotFoundError);
  t.throws(() => loadConfig({ ...base, configPath: gone }), {
    message: `${gone}: configuration file named by the containerd runtime option ConfigPath does not exist`,
    file: gone,
  });
  t.throws(() => loadConfig({ ...base, env: { KATA_CONF_FILE: gone } }), {
    message: `${gone}: configuration file named by KATA_CONF_FILE does not exist`,
  });
  t.throws(() => loadConfig({ ...base, configPath: c.dir }), { message: /is not a regular file/ });
  t.throws(() => loadConfig({ env: {}, etcPath: c.dir, shippedPath: c.shipped }), {
    message: `${c.dir}: configuration file the system-wide configuration is not a regular file`,
  }, 'an /etc path that is a directory is an error, not skipped');
  const noShipped = join(c.dir, 'no-shipped.toml');
  t.throws(() => loadConfig({ env: {}, etcPath: gone, shippedPath: noShipped }), {
    message: new RegExp(`^${noShipped}: configuration file the default shipped in the package .*${gone}\\) does not exist$`),
  });
});

t.test('a relative ConfigPath resolves against the working directory', async (t) => {
  const c = candidates(t);
  const cwd = process.cwd();
  t.teardown(() => process.chdir(cwd));
  process.chdir(c.dir);
  t.equal(loadConfig({ configPath: 'containerd.toml', env: {} }).origin.path, c.configPath);
});

t.test('relative paths resolve against the directory of the file used', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'sub'));
  const p = writeFile(join(dir, 'sub'), 'c.toml', '[hypervisor.qemu]\nkernel = "vmlinux"\ninitrd = "../initrd.img"\n');
  const q = loadConfig({ configPath: p, env: {} }).hypervisor.qemu;
  t.equal(q.kernel, join(dir, 'sub', 'vmlinux'));
  t.equal(q.initrd, join(dir, 'initrd.img'));
  t.equal(q.image, '');
});

t.test('a shipped default at an injected path still resolves against the package root', async (t) => {
  const dir = tempDir(t);
  const p = writeFile(dir, 'shipped.toml', '[hypervisor.qemu]\nkernel = "build/guest/vmlinux"\n');
  const c = loadConfig({ env: {}, etcPath: join(dir, 'absent'), shippedPath: p });
  t.equal(c.origin.source, 'shipped');
  t.equal(c.hypervisor.qemu.kernel, join(packageRoot(), 'build/guest/vmlinux'));
});

t.test('errors in the chosen file name that file', async (t) => {
  const dir = tempDir(t);
  const p = writeFile(dir, 'bad.toml', '[runtime]\nenable_debug = "yes"\n');
  t.throws(() => loadConfig({ configPath: p }), ConfigValidationError);
  t.throws(() => loadConfig({ configPath: p }), { message: new RegExp(`^${p}: invalid configuration:\\n  runtime\\.enable_debug: expected boolean, got string$`) });
});

t.test('with nothing configured, the real lookup uses the shipped default', async (t) => {
  if (existsSync(ETC_CONFIG_PATH)) {
    const reason = `${ETC_CONFIG_PATH} exists on this machine, so the shipped default is not the one used`;
    t.pass(reason, { skip: reason });
    return;
  }
  const where = locateConfig({ env: {} });
  t.same(where, {
    path: shippedConfigPath(),
    source: 'shipped',
    reason: `no ConfigPath, no KATA_CONF_FILE and no ${ETC_CONFIG_PATH}: the package default`,
  });
  t.equal(shippedConfigPath(), join(packageRoot(), 'config', 'configuration.toml'));
  const c = loadConfig({ env: {} });
  t.same(c.origin, { path: shippedConfigPath(), source: 'shipped' });
  t.equal(c.hypervisor.qemu.image, join(packageRoot(), 'build/guest/kata-containers-agent-init.img'));
});
