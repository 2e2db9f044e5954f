// Kata Containers' own configuration-qemu.toml loads unchanged: the keys kata-ts implements take
// effect, each key Kata defines that kata-ts does not is ignored with one warning (and shown by
// `kata-runtime env` and `check`), and a key nobody defines, or a value of the wrong type, is
// still an error that names the key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { parse } from 'smol-toml';
import { ConfigValidationError, KATA_SECTIONS, ignoredWarning, kataKeyType, packageRoot, parseConfig } from '../../lib/config/index.js';
import { FACTORY_SPEC, KATA_AGENT_SPEC, QEMU_SPEC, RUNTIME_SPEC } from '../../lib/config/schema.js';
import { cli } from '../cli/helpers.js';
import { tempDir, writeFile } from './helpers.js';

const FIXTURE = join(packageRoot(), 'test', 'config', 'fixtures', 'kata-configuration-qemu.toml');
const text = readFileSync(FIXTURE, 'utf8');

/** The dotted keys of a parsed Kata file, section by section ([hypervisor.qemu] → hypervisor.qemu.KEY). */
function fileKeys(doc: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (table: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(table)) {
      const dotted = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) walk(v as Record<string, unknown>, dotted);
      else out.push(dotted);
    }
  };
  walk(doc, '');
  return out;
}

const implemented: Record<string, Set<string>> = {
  'hypervisor.qemu': new Set(Object.values(QEMU_SPEC).map((f) => f.toml)),
  'agent.kata': new Set(Object.values(KATA_AGENT_SPEC).map((f) => f.toml)),
  runtime: new Set(Object.values(RUNTIME_SPEC).map((f) => f.toml)),
  factory: new Set(Object.values(FACTORY_SPEC).map((f) => f.toml)),
};

function problemsOf(body: string): string {
  try {
    parseConfig(body, '/etc/kata-containers/configuration.toml');
  } catch (e) {
    if (e instanceof ConfigValidationError) return e.message;
    throw e;
  }
  throw new Error('parseConfig accepted invalid input');
}

t.test('the fixture has every section and key of the known-key table, and nothing else', async (t) => {
  const keys = fileKeys(parse(text) as Record<string, unknown>);
  const table = Object.entries(KATA_SECTIONS).flatMap(([section, ks]) => Object.keys(ks).map((k) => `${section}.${k}`));
  // Kata's file leaves a few keys commented out or names them only for other hypervisors; the
  // fixture sets each key that an x86_64 QEMU install has, so it must be inside the table.
  t.same(keys.filter((k) => !table.includes(k)), [], 'every key in the file is one Kata defines');
  t.ok(keys.length >= 100, `a complete file (${keys.length} keys)`);
});

t.test("Kata's configuration-qemu.toml loads: implemented keys take effect, the rest are ignored with one warning each", async (t) => {
  const c = parseConfig(text, '/etc/kata-containers/configuration.toml');
  t.equal(c.hypervisor.qemu.image, '/usr/share/kata-containers/kata-containers.img');
  t.equal(c.hypervisor.qemu.initrd, '', 'the file names the image, so the initrd default does not apply');
  t.equal(c.hypervisor.qemu.defaultMemory, 2048);
  t.equal(c.hypervisor.qemu.sharedFs, 'virtio-fs');
  t.equal(c.hypervisor.qemu.cpuFeatures, 'pmu=off', "Kata's cpu_features takes effect");
  t.equal(c.agent.kata.dialTimeout, 45);
  t.equal(c.runtime.internetworkingModel, 'tcfilter');

  const expected = fileKeys(parse(text) as Record<string, unknown>).filter((k) => {
    const section = Object.keys(implemented).find((s) => k.startsWith(`${s}.`));
    return !section || !implemented[section]!.has(k.slice(section.length + 1));
  });
  t.same(c.ignored.map((i) => i.key).sort(), expected.sort(), 'exactly the keys kata-ts lacks, once each');
  for (const key of ['hypervisor.qemu.enable_iommu', 'hypervisor.qemu.block_device_driver', 'agent.kata.kernel_modules', 'factory.vm_cache_number', 'image.provision', 'netmon.path']) {
    t.ok(c.ignored.some((i) => i.key === key), `${key} is ignored`);
  }
  t.same(c.factory, { enableTemplate: false, templatePath: '/run/vc/vm/template' }, "[factory]'s template keys take effect");
  const iommu = c.ignored.find((i) => i.key === 'hypervisor.qemu.enable_iommu')!;
  t.equal(iommu.value, false, 'the value is kept for the report');
  t.equal(ignoredWarning(iommu), 'hypervisor.qemu.enable_iommu: not supported by kata-ts, ignored');
});

t.test('a typo is still an error, in a section kata-ts implements and in one it ignores', async (t) => {
  const msg = problemsOf(`${text}\n[image.extra]\nx = 1\n`.replace('enable_iommu = false', 'enable_iommmu = false').replace('enable_template = false', 'enable_templates = false'));
  t.match(msg, /unknown key hypervisor\.qemu\.enable_iommmu; valid keys there: path, kernel/);
  t.match(msg, /unknown key factory\.enable_templates/);
  t.match(msg, /unknown key image\.extra/, 'a table where Kata has a key is no key of its');
  t.match(problemsOf('[hypervisor.firecracker]\npath = "/usr/bin/firecracker"\n'), /unsupported section \[hypervisor\.firecracker\]; supported: \[hypervisor\.qemu\]/);
  t.match(problemsOf('[netmonn]\nenable_netmon = false\n'), /unsupported section \[netmonn\]; supported: .*\[netmon\]/);
});

t.test('values of the wrong type are errors naming the key, whether kata-ts uses the key or not', async (t) => {
  const msg = problemsOf('[hypervisor.qemu]\nenable_iommu = "yes"\ndefault_memory = "2G"\n[agent.kata]\nkernel_modules = [1, 2]\n[factory]\nvm_cache_number = "3"\n');
  t.match(msg, /hypervisor\.qemu\.enable_iommu: expected boolean, got string/);
  t.match(msg, /hypervisor\.qemu\.default_memory: expected integer, got string/);
  t.match(msg, /agent\.kata\.kernel_modules: expected array of strings, got array/);
  t.match(msg, /factory\.vm_cache_number: expected integer, got string/);
});

t.test('the known-key table answers by section', async (t) => {
  t.equal(kataKeyType('hypervisor.qemu', 'virtio_fs_extra_args'), 'array');
  t.equal(kataKeyType('runtime', 'enable_pprof'), 'boolean');
  t.equal(kataKeyType('runtime', 'enable_iommu'), undefined, 'a key of another section is not known here');
  t.equal(kataKeyType('hypervisor.clh', 'path'), undefined);
});

t.test('kata-runtime env and check show the ignored settings', async (t) => {
  const dir = tempDir(t);
  // The fixture's guest assets do not exist here; point them at nothing so check reports only what it must.
  const conf = writeFile(dir, 'configuration.toml', text);
  const env = cli(['env'], { KATA_CONF_FILE: conf });
  t.equal(env.status, 0, env.stderr);
  t.match(env.stdout, /^\[Ignored\]$/m);
  t.match(env.stdout, /^ {2}hypervisor\.qemu\.enable_iommu: not supported by kata-ts, ignored \(false\)$/m);
  t.match(env.stdout, /^ {2}netmon\.enable_netmon: not supported by kata-ts, ignored \(false\)$/m);
  t.match(env.stdout, /^ {4}defaultMemory = 2048$/m, 'settings in effect are listed with their values');
  const json = JSON.parse(cli(['env', '--json'], { KATA_CONF_FILE: conf }).stdout) as { config: { ignored: { key: string }[] } };
  t.ok(json.config.ignored.some((i) => i.key === 'factory.vm_cache_number'), 'env --json carries them too');
  const check = cli(['check'], { KATA_CONF_FILE: conf });
  t.match(check.stdout, /^WARN config: \d+ Kata setting\(s\) not supported by kata-ts, ignored: .*hypervisor\.qemu\.enable_iommu/m);
});
