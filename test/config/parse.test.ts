// parseConfig: the shipped default, defaults for omitted keys, relative path resolution, and every
// kind of error (syntax, unknown key/section/hypervisor, wrong type, value not allowed, range).
import t from 'tap';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ConfigSyntaxError,
  ConfigValidationError,
  logLevelFor,
  packageRoot,
  parseConfig,
  shippedConfigPath,
} from '../../lib/config/index.js';
import { FACTORY_SPEC, KATA_AGENT_SPEC, QEMU_SPEC, RUNTIME_SPEC } from '../../lib/config/schema.js';

const FILE = '/srv/kata/configuration.toml';

function problemsOf(text: string): ConfigValidationError {
  try {
    parseConfig(text, FILE);
  } catch (e) {
    if (e instanceof ConfigValidationError) return e;
    throw e;
  }
  throw new Error('parseConfig accepted invalid input');
}

t.test('the shipped default parses and its guest assets resolve against the package root', async (t) => {
  const root = packageRoot();
  t.ok(readFileSync(join(root, 'package.json'), 'utf8').includes('"name": "kata-ts"'));
  const c = parseConfig(readFileSync(shippedConfigPath(), 'utf8'), shippedConfigPath());
  const q = c.hypervisor.qemu;
  t.equal(q.path, '/usr/bin/qemu-system-x86_64');
  t.equal(q.kernel, join(root, 'build/guest/vmlinux'));
  t.equal(q.image, join(root, 'build/guest/kata-containers-agent-init.img'), 'the agent-init image is the default guest');
  t.equal(q.initrd, '', 'only one of image and initrd is set in the shipped file');
  t.equal(q.disableImageNvdimm, false, 'an image is an nvdimm with DAX, as in Kata');
  t.equal(q.machineType, 'q35');
  t.equal(q.defaultVcpus, 1);
  t.equal(q.defaultMemory, 512);
  t.equal(q.sharedFs, 'virtio-fs', 'virtio-fs is the default, as in Kata');
  t.equal(q.virtioFsDaemon, '/usr/lib/qemu/virtiofsd');
  t.equal(q.virtioFsCache, 'auto');
  t.same(q.virtioFsExtraArgs, []);
  t.equal(q.virtioFsCacheSize, 0);
  t.equal(q.accel, 'auto');
  t.equal(q.kernelParams, '');
  t.equal(c.agent.kata.dialTimeout, 45);
  t.equal(c.runtime.internetworkingModel, 'tcfilter');
  t.same(c.origin, { path: shippedConfigPath(), source: 'argument' });
});

t.test('an empty file gives the same configuration as the shipped default', async (t) => {
  const shipped = parseConfig(readFileSync(shippedConfigPath(), 'utf8'), shippedConfigPath());
  const empty = parseConfig('', FILE);
  t.same({ ...empty, origin: null }, { ...shipped, origin: null }, 'code defaults match the shipped file');
});

t.test('every key of the schema is in the shipped file, with a comment above it', async (t) => {
  const lines = readFileSync(shippedConfigPath(), 'utf8').split('\n');
  const sections: [string, { toml: string }[]][] = [
    ['[hypervisor.qemu]', Object.values(QEMU_SPEC)],
    ['[agent.kata]', Object.values(KATA_AGENT_SPEC)],
    ['[runtime]', Object.values(RUNTIME_SPEC)],
    ['[factory]', Object.values(FACTORY_SPEC)],
  ];
  for (const [header, specs] of sections) {
    const start = lines.indexOf(header);
    t.ok(start >= 0, `${header} is in the file`);
    for (const { toml } of specs) {
      const at = lines.findIndex((l, i) => i > start && new RegExp(`^#? ?${toml} = `).test(l));
      t.ok(at > start, `${header} ${toml} is in the file`);
      let above = at - 1;
      // Alternatives (image / initrd) share one comment above the group.
      while (above > start && /^(# )?\w+ = /.test(lines[above] ?? '')) above--;
      t.match(lines[above] ?? '', /^# /, `${header} ${toml} has a comment`);
    }
  }
});

t.test('relative paths resolve against the directory of a file that is not the shipped one', async (t) => {
  const c = parseConfig('[hypervisor.qemu]\nkernel = "assets/vmlinux"\ninitrd = "../initrd.img"\npath = "/opt/qemu"\n', FILE);
  const q = c.hypervisor.qemu;
  t.equal(q.kernel, '/srv/kata/assets/vmlinux');
  t.equal(q.initrd, '/srv/initrd.img');
  t.equal(q.path, '/opt/qemu', 'absolute paths stay as written');
  t.equal(q.image, '', 'a file that sets only initrd drops the default image');
  const img = parseConfig('[hypervisor.qemu]\nimage = "rootfs.img"\n', FILE).hypervisor.qemu;
  t.equal(img.image, '/srv/kata/rootfs.img');
  t.equal(img.kernel, join(packageRoot(), 'build/guest/vmlinux'), 'omitted keys keep package-relative defaults');
  t.equal(parseConfig('[hypervisor.qemu]\nkernel = "k"\n', 'rel/dir/c.toml', { baseDir: '/base' }).hypervisor.qemu.kernel, '/base/k');
});

t.test('values given override the defaults', async (t) => {
  const c = parseConfig(
    [
      '[hypervisor.qemu]',
      'default_vcpus = 2',
      'default_memory = 64',
      'shared_fs = "virtio-9p"',
      'accel = "tcg"',
      'kernel_params = "quiet"',
      'enable_debug = true',
      '[agent.kata]',
      'debug_console_enabled = true',
      'dial_timeout = 5',
      'request_timeout = 7',
      'health_check_interval = 0',
      '[runtime]',
      'sandbox_cgroup_only = true',
      'internetworking_model = "none"',
      'create_container_timeout = 90',
    ].join('\n'),
    FILE,
  );
  t.match(c.hypervisor.qemu, { defaultVcpus: 2, defaultMemory: 64, sharedFs: 'virtio-9p', accel: 'tcg', kernelParams: 'quiet', enableDebug: true });
  t.same(c.agent.kata, { channel: 'hybrid-vsock', debugConsoleEnabled: true, dialTimeout: 5, requestTimeout: 7, healthCheckInterval: 0, enableDebug: false, enableTracing: false });
  t.same(c.runtime, { enableDebug: false, sandboxCgroupOnly: true, disableNewNetns: false, internetworkingModel: 'none', enableTracing: false, jaegerEndpoint: '', jaegerUser: '', jaegerPassword: '', createContainerTimeout: 90 });
});

t.test('the virtio-fs keys (Kata\'s names): daemon path, cache mode, extra arguments as a string array', async (t) => {
  const q = parseConfig('[hypervisor.qemu]\nvirtio_fs_daemon = "bin/virtiofsd"\nvirtio_fs_cache = "never"\nvirtio_fs_extra_args = ["-o", "xattr"]\n', FILE).hypervisor.qemu;
  t.equal(q.virtioFsDaemon, '/srv/kata/bin/virtiofsd', 'a relative daemon path resolves against the file');
  t.equal(q.virtioFsCache, 'never');
  t.same(q.virtioFsExtraArgs, ['-o', 'xattr']);
  const e = problemsOf('[hypervisor.qemu]\nvirtio_fs_extra_args = "-o xattr"\nvirtio_fs_cache = "metadata"\nvirtio_fs_cache_size = -1\n');
  t.match(e.message, /hypervisor\.qemu\.virtio_fs_extra_args: expected array of strings, got string/);
  t.match(e.message, /hypervisor\.qemu\.virtio_fs_cache: "metadata" is not allowed; allowed values: auto, always, never, none/);
  t.match(e.message, /hypervisor\.qemu\.virtio_fs_cache_size: -1 is out of range; minimum 0/);
  t.match(problemsOf('[hypervisor.qemu]\nvirtio_fs_extra_args = ["-o", 1]\n').message, /virtio_fs_extra_args: expected array of strings, got array/);
});

t.test('the memory keys: tcg_tb_size_mb (kata-ts\'s, MiB, 0 = QEMU\'s default) and reclaim_guest_freed_memory (Kata\'s)', async (t) => {
  const shipped = parseConfig(readFileSync(shippedConfigPath(), 'utf8'), shippedConfigPath()).hypervisor.qemu;
  t.equal(shipped.tcgTbSizeMb, 64, 'the default the pods bench chose');
  t.equal(shipped.reclaimGuestFreedMemory, true);
  const q = parseConfig('[hypervisor.qemu]\ntcg_tb_size_mb = 0\nreclaim_guest_freed_memory = false\n', FILE).hypervisor.qemu;
  t.equal(q.tcgTbSizeMb, 0);
  t.equal(q.reclaimGuestFreedMemory, false);
  t.equal(parseConfig('[hypervisor.qemu]\ntcg_tb_size_mb = 256\n', FILE).hypervisor.qemu.tcgTbSizeMb, 256);
  const e = problemsOf('[hypervisor.qemu]\ntcg_tb_size_mb = -8\nreclaim_guest_freed_memory = "yes"\n');
  t.match(e.message, /hypervisor\.qemu\.tcg_tb_size_mb: -8 is out of range; minimum 0/);
  t.match(e.message, /hypervisor\.qemu\.reclaim_guest_freed_memory: expected boolean, got string/);
  t.match(problemsOf('[hypervisor.qemu]\ntcg_tb_size_mb = "32M"\n').message, /tcg_tb_size_mb: expected integer, got string/);
  t.match(problemsOf('[hypervisor.qemu]\ntcg_tb_size = 32\n').message, /unknown key hypervisor\.qemu\.tcg_tb_size; valid keys there: .*tcg_tb_size_mb/);
});

t.test('max_concurrent_boots (kata-ts\'s): 0 (automatic) shipped, a count, never negative', async (t) => {
  const shipped = parseConfig(readFileSync(shippedConfigPath(), 'utf8'), shippedConfigPath()).hypervisor.qemu;
  t.equal(shipped.maxConcurrentBoots, 0, 'the host\'s CPUs under TCG, no limit under KVM');
  t.equal(parseConfig('', FILE).hypervisor.qemu.maxConcurrentBoots, 0, 'the default without the key');
  t.equal(parseConfig('[hypervisor.qemu]\nmax_concurrent_boots = 4\n', FILE).hypervisor.qemu.maxConcurrentBoots, 4);
  t.match(problemsOf('[hypervisor.qemu]\nmax_concurrent_boots = -1\n').message, /hypervisor\.qemu\.max_concurrent_boots: -1 is out of range; minimum 0/);
  t.match(problemsOf('[hypervisor.qemu]\nmax_concurrent_boots = "two"\n').message, /max_concurrent_boots: expected integer, got string/);
});

t.test('cpu_features (Kata\'s key): none by default; QEMU -cpu properties, anything else refused naming the key', async (t) => {
  const shipped = parseConfig(readFileSync(shippedConfigPath(), 'utf8'), shippedConfigPath()).hypervisor.qemu;
  t.equal(shipped.cpuFeatures, '');
  t.equal(parseConfig('', FILE).hypervisor.qemu.cpuFeatures, '', 'the default without the key');
  t.equal(parseConfig('[hypervisor.qemu]\ncpu_features = "pmu=off,-avx2,+sse4.2"\n', FILE).hypervisor.qemu.cpuFeatures, 'pmu=off,-avx2,+sse4.2');
  for (const bad of ['pmu=off -avx2', 'pmu=off,', ',pmu=off', 'a=b=c', 'x,-device,y=z\n', 'host;rm']) {
    t.match(problemsOf(`[hypervisor.qemu]\ncpu_features = ${JSON.stringify(bad)}\n`).message, /hypervisor\.qemu\.cpu_features: .*expected QEMU -cpu properties separated by commas/, `refused: ${JSON.stringify(bad)}`);
  }
  t.match(problemsOf('[hypervisor.qemu]\ncpu_features = 1\n').message, /cpu_features: expected string, got integer/);
});

t.test('entropy_source (Kata\'s key): /dev/urandom by default, "" for no device, a path resolved like the others', async (t) => {
  const shipped = parseConfig(readFileSync(shippedConfigPath(), 'utf8'), shippedConfigPath()).hypervisor.qemu;
  t.equal(shipped.entropySource, '/dev/urandom');
  t.same(shipped.validEntropySources, []);
  t.equal(parseConfig('[hypervisor.qemu]\n', FILE).hypervisor.qemu.entropySource, '/dev/urandom', 'the default without the key');
  t.equal(parseConfig('[hypervisor.qemu]\nentropy_source = ""\n', FILE).hypervisor.qemu.entropySource, '');
  t.equal(parseConfig('[hypervisor.qemu]\nentropy_source = "/dev/hwrng"\n', FILE).hypervisor.qemu.entropySource, '/dev/hwrng');
  t.match(problemsOf('[hypervisor.qemu]\nentropy_source = 1\n').message, /hypervisor\.qemu\.entropy_source: expected string, got integer/);
  t.match(problemsOf('[hypervisor.qemu]\nvalid_entropy_sources = "/dev/*"\n').message, /valid_entropy_sources: expected array of strings, got string/);
});

t.test('[factory] (Kata\'s VM templating keys): off by default; on, it needs virtio-9p, virtio-serial and a root QEMU', async (t) => {
  const shipped = parseConfig(readFileSync(shippedConfigPath(), 'utf8'), shippedConfigPath());
  t.same(shipped.factory, { enableTemplate: false, templatePath: '/run/kata-ts/template' });
  const ok = parseConfig('[hypervisor.qemu]\nshared_fs = "virtio-9p"\n[agent.kata]\nchannel = "virtio-serial"\n[factory]\nenable_template = true\ntemplate_path = "tpl"\n', FILE);
  t.same(ok.factory, { enableTemplate: true, templatePath: join(dirname(FILE), 'tpl') }, 'a relative template_path resolves against the file');
  const e = problemsOf('[hypervisor.qemu]\nrootless = true\n[factory]\nenable_template = true\n').message;
  t.match(e, /hypervisor\.qemu\.shared_fs: "virtio-fs" is not supported by kata-ts: set "virtio-9p" \(factory\.enable_template: a clone of the VM template has private RAM/);
  t.match(e, /agent\.kata\.channel: "hybrid-vsock" is not supported by kata-ts: set "virtio-serial"/);
  t.match(e, /hypervisor\.qemu\.rootless: "true" is not supported by kata-ts: factory\.enable_template: a rootless QEMU cannot read the root-owned template/);
  t.doesNotThrow(() => parseConfig('[factory]\nenable_template = false\n', FILE), 'off, the other keys do not matter');
  t.match(problemsOf('[factory]\nenable_template = "yes"\n').message, /factory\.enable_template: expected boolean, got string/);
  t.match(problemsOf('factory = 1\n').message, /factory: expected table, got integer/);
  t.same(parseConfig('[factory]\nvm_cache_number = 2\n', FILE).ignored, [{ key: 'factory.vm_cache_number', value: 2 }], "Kata's VM cache keys are ignored, with a warning");
});

t.test('a TOML syntax error names the file, line and column', async (t) => {
  const text = 'a = 1\n[hypervisor.qemu\nkernel = "x"\n';
  t.throws(() => parseConfig(text, FILE), ConfigSyntaxError);
  try {
    parseConfig(text, FILE);
  } catch (e) {
    if (!(e instanceof ConfigSyntaxError)) throw e;
    t.equal(e.file, FILE);
    t.equal(e.line, 2);
    t.ok(e.column > 0);
    t.match(e.message, new RegExp(`^${FILE}:2:${e.column}: TOML syntax error: `));
  }
});

t.test('an unknown key names the file, the full key path and the keys valid there', async (t) => {
  const e = problemsOf('[hypervisor.qemu]\nkernal = "x"\n');
  t.same(e.problems, [
    { kind: 'unknown-key', key: 'hypervisor.qemu.kernal', valid: Object.values(QEMU_SPEC).map((s) => s.toml) },
  ]);
  t.equal(e.file, FILE);
  t.match(e.message, `${FILE}: invalid configuration`);
  t.match(e.message, /unknown key hypervisor\.qemu\.kernal; valid keys there: path, kernel, image, initrd, /);
  t.match(problemsOf('[runtime]\ndebug = true\n').message, /unknown key runtime\.debug; valid keys there: enable_debug, sandbox_cgroup_only, disable_new_netns, internetworking_model/);
  t.match(problemsOf('enable_debug = true\n').message, /unknown key enable_debug; valid keys there: \[hypervisor\], \[agent\], \[runtime\]/);
});

t.test('unknown sections and hypervisors name the supported ones', async (t) => {
  t.match(problemsOf('[hypervisor.firecracker]\npath = "/x"\n').message, /unsupported section \[hypervisor\.firecracker\]; supported: \[hypervisor\.qemu\]/);
  t.match(problemsOf('[agent.other]\n').message, /unsupported section \[agent\.other\]; supported: \[agent\.kata\]/);
  t.match(problemsOf('[templates]\nenable_template = false\n').message, /unsupported section \[templates\]; supported: \[hypervisor\], \[agent\], \[runtime\], \[factory\], \[image\], \[netmon\]/);
  t.match(problemsOf('hypervisor = "qemu"\n').message, /hypervisor: expected table, got string/);
  t.match(problemsOf('[hypervisor]\npath = "/x"\n').message, /unknown key hypervisor\.path; valid keys there: \[hypervisor\.qemu\]/);
  t.match(problemsOf('[hypervisor]\nqemu = 1\n').message, /hypervisor\.qemu: expected table, got integer/);
});

t.test('a wrong type names the expected and the given type', async (t) => {
  const e = problemsOf('[hypervisor.qemu]\ndefault_vcpus = "2"\nenable_debug = 1\nkernel = ["a"]\ndefault_memory = 1.5\n[agent.kata]\ndial_timeout = true\n');
  t.same(e.problems, [
    { kind: 'wrong-type', key: 'hypervisor.qemu.kernel', expected: 'string', got: 'array' },
    { kind: 'wrong-type', key: 'hypervisor.qemu.default_vcpus', expected: 'integer', got: 'string' },
    { kind: 'wrong-type', key: 'hypervisor.qemu.default_memory', expected: 'integer', got: 'float' },
    { kind: 'wrong-type', key: 'hypervisor.qemu.enable_debug', expected: 'boolean', got: 'integer' },
    { kind: 'wrong-type', key: 'agent.kata.dial_timeout', expected: 'integer', got: 'boolean' },
  ]);
  t.match(e.message, /hypervisor\.qemu\.default_vcpus: expected integer, got string/);
  t.match(e.message, /agent\.kata\.dial_timeout: expected integer, got boolean/);
});

t.test('a value outside an enum names the allowed values', async (t) => {
  t.match(problemsOf('[hypervisor.qemu]\nshared_fs = "nfs"\n').message, /hypervisor\.qemu\.shared_fs: "nfs" is not allowed; allowed values: virtio-fs, virtio-9p/);
  t.match(problemsOf('[hypervisor.qemu]\naccel = "hvf"\n').message, /hypervisor\.qemu\.accel: "hvf" is not allowed; allowed values: auto, kvm, tcg/);
  t.match(problemsOf('[runtime]\ninternetworking_model = "bridged"\n').message, /runtime\.internetworking_model: "bridged" is not allowed; allowed values: macvtap, tcfilter, none/);
});

t.test('internetworking_model = "macvtap" (Kata\'s) is refused at load, not silently run as tcfilter', async (t) => {
  t.match(problemsOf('[runtime]\ninternetworking_model = "macvtap"\n').message, /runtime\.internetworking_model: "macvtap" is not supported by kata-ts: use "tcfilter" \(the default\) or "none"/);
});

t.test('numbers out of range are named with their minimum', async (t) => {
  const e = problemsOf('[hypervisor.qemu]\ndefault_vcpus = 0\ndefault_memory = 32\n[agent.kata]\ndial_timeout = -1\n');
  t.same(e.problems, [
    { kind: 'out-of-range', key: 'hypervisor.qemu.default_vcpus', value: 0, min: 1 },
    { kind: 'out-of-range', key: 'hypervisor.qemu.default_memory', value: 32, min: 64 },
    { kind: 'out-of-range', key: 'agent.kata.dial_timeout', value: -1, min: 1 },
  ]);
  t.match(e.message, /hypervisor\.qemu\.default_memory: 32 is out of range; minimum 64/);
});

t.test('the fault bounds are checked: a zero request or create timeout is refused, a zero health interval turns the checks off', async (t) => {
  const e = problemsOf('[agent.kata]\nrequest_timeout = 0\nhealth_check_interval = -1\n[runtime]\ncreate_container_timeout = 0\n');
  t.same(e.problems, [
    { kind: 'out-of-range', key: 'agent.kata.request_timeout', value: 0, min: 1 },
    { kind: 'out-of-range', key: 'agent.kata.health_check_interval', value: -1, min: 0 },
    { kind: 'out-of-range', key: 'runtime.create_container_timeout', value: 0, min: 1 },
  ]);
});

t.test('enable_debug of a section sets the log level of its component', async (t) => {
  const quiet = parseConfig('', FILE);
  for (const c of ['runtime', 'shim', 'hypervisor', 'agent'] as const) t.equal(logLevelFor(quiet, c), 'info', c);
  const hv = parseConfig('[hypervisor.qemu]\nenable_debug = true\n', FILE);
  t.equal(logLevelFor(hv, 'hypervisor'), 'debug');
  t.equal(logLevelFor(hv, 'runtime'), 'info');
  const ag = parseConfig('[agent.kata]\nenable_debug = true\n', FILE);
  t.equal(logLevelFor(ag, 'agent'), 'debug');
  t.equal(logLevelFor(ag, 'shim'), 'info');
  const rt = parseConfig('[runtime]\nenable_debug = true\n', FILE);
  t.equal(logLevelFor(rt, 'shim'), 'debug');
  t.equal(logLevelFor(rt, 'runtime'), 'debug');
  t.equal(logLevelFor(rt, 'agent'), 'info');
});

t.test('a file that sets only the image turns the default initrd off, and the other way round', async (t) => {
  const img = parseConfig('[hypervisor.qemu]\nimage = "/srv/img"\n', '/srv/kata/configuration.toml');
  t.equal(img.hypervisor.qemu.image, '/srv/img');
  t.equal(img.hypervisor.qemu.initrd, '');
  const rd = parseConfig('[hypervisor.qemu]\ninitrd = "/srv/rd"\n', '/srv/kata/configuration.toml');
  t.equal(rd.hypervisor.qemu.initrd, '/srv/rd');
  t.equal(rd.hypervisor.qemu.image, '');
});
