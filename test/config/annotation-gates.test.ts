// Issue 34: a pod's annotation names a host file or program only where the operator's valid_*
// list for that very key allows the exact, normalised value (lib/config/annotation-rules.ts,
// path-glob.ts); some keys no annotation sets at all; the globs are anchored and by segment; a
// file whose globs could mean more than they show is refused; and a refusal reaches containerd
// as InvalidArgument before anything of the sandbox exists.
import t from 'tap';
import { ANNOTATION_RULES, GATE_FIELDS } from '../../lib/config/annotation-rules.js';
import { AnnotationError, applyAnnotations } from '../../lib/config/annotations.js';
import { ConfigValidationError, parseConfig } from '../../lib/config/index.js';
import { globProblem, matchesPathGlob, pathProblem } from '../../lib/config/path-glob.js';
import { QEMU_SPEC } from '../../lib/config/schema.js';
import type { QemuConfig } from '../../lib/config/types.js';
import { InvalidArgumentError } from '../../lib/common/errors.js';
import { silentLogger } from '../../lib/common/log/logger.js';
import { podConfig } from '../../lib/shim/pod-config.js';

const FILE = '/etc/kata-ts/configuration.toml';
const H = 'io.katacontainers.config.hypervisor.';
const config = (lines: string[]): ReturnType<typeof parseConfig> => parseConfig(`[hypervisor.qemu]\n${lines.join('\n')}\n`, FILE);
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

interface GateCase {
  key: string;
  field: keyof QemuConfig;
  gate: string;
  glob: string;
  value: string;
}

// Kata's gate key names where Kata has one (valid_hypervisor_paths, valid_virtio_fs_daemon_paths,
// valid_entropy_sources); kata-ts's own for kernel, image and initrd.
const CASES: GateCase[] = [
  { key: 'path', field: 'path', gate: 'valid_hypervisor_paths', glob: '/usr/bin/qemu-system-*', value: '/usr/bin/qemu-system-x86_64' },
  { key: 'kernel', field: 'kernel', gate: 'valid_kernel_paths', glob: '/opt/kata/share/vmlinux-*', value: '/opt/kata/share/vmlinux-6.1' },
  { key: 'image', field: 'image', gate: 'valid_image_paths', glob: '/opt/kata/share/*.img', value: '/opt/kata/share/kata.img' },
  { key: 'initrd', field: 'initrd', gate: 'valid_initrd_paths', glob: '/opt/kata/share/*.initrd', value: '/opt/kata/share/kata.initrd' },
  { key: 'virtio_fs_daemon', field: 'virtioFsDaemon', gate: 'valid_virtio_fs_daemon_paths', glob: '/usr/libexec/virtiofsd', value: '/usr/libexec/virtiofsd' },
  { key: 'entropy_source', field: 'entropySource', gate: 'valid_entropy_sources', glob: '/dev/hw*', value: '/dev/hwrng' },
];
const GATES = CASES.map((c) => c.gate);

t.test('the rule table: every key naming a path is gated by a list of its own, and no pod sets a list', async (t) => {
  t.same(CASES.map((c) => c.field).sort(), (Object.keys(QEMU_SPEC) as (keyof QemuConfig)[]).filter((f) => QEMU_SPEC[f].type === 'path').sort(), 'exactly the path keys of the schema');
  for (const c of CASES) {
    const rule = ANNOTATION_RULES[c.field];
    t.equal(rule.kind, 'host-path', `${c.key} is a host path`);
    if (rule.kind === 'host-path') t.equal(QEMU_SPEC[rule.gate].toml, c.gate, `${c.key} is gated by ${c.gate}`);
  }
  t.equal(new Set(GATE_FIELDS).size, GATE_FIELDS.length, 'no two keys share a list');
  for (const field of GATE_FIELDS) t.equal(ANNOTATION_RULES[field].kind, 'never', `${QEMU_SPEC[field].toml} is never set by a pod`);
  for (const [field, spec] of Object.entries(QEMU_SPEC) as [keyof QemuConfig, (typeof QEMU_SPEC)[keyof QemuConfig]][]) {
    if (spec.type === 'strings') t.equal(ANNOTATION_RULES[field].kind, 'never', `${spec.toml}: no list is set by a pod`);
  }
});

for (const c of CASES) {
  t.test(`${c.key}: gated by ${c.gate}`, async (t) => {
    const name = `${H}${c.key}`;
    const enable = `enable_annotations = ["^${c.key}$"]`;
    const refused = (lines: string[], value: string, message: RegExp, what: string): void => {
      const err = t.throws(() => applyAnnotations(config([enable, ...lines]), { [name]: value }), what) as AnnotationError;
      t.type(err, AnnotationError);
      t.match(err.message, message, what);
      t.match(err.message, new RegExp(`^annotation ${esc(name)}: ${esc(JSON.stringify(value))} .*hypervisor\\.qemu\\.${c.gate}`), `${what}: names the annotation, the value and ${c.gate}`);
    };

    refused([], c.value, new RegExp(`matches no glob of hypervisor\\.qemu\\.${c.gate} \\(\\[\\]\\) in ${esc(FILE)}; add one that matches it`), 'refused by default (an empty list)');
    refused([`${c.gate} = ["${c.glob}"]`], '/tmp/x', /matches no glob/, 'refused when its glob does not match');
    refused([`${c.gate} = ["${c.glob}"]`], `${c.value}.d/x`, /matches no glob/, '`*` does not cross "/"');
    refused([`${c.gate} = ["${c.value.slice(0, -2)}"]`], c.value, /matches no glob/, 'a glob matches the whole value, not a prefix');
    refused([`${c.gate} = ["/**"]`], '/usr/bin/../bin/x', /has a "\.\." segment; only an absolute, normalised path can be allowed/, 'refused when not normalised (..), even by "/**"');
    for (const [value, why] of [
      ['/usr/bin/./x', /has a "\." segment/],
      ['/usr/bin//x', /has an empty segment/],
      ['/usr/bin/x/', /ends in "\/"/],
      ['usr/bin/x', /is not an absolute path/],
      ['', /is empty/],
      ['/', /names the root directory/],
      ['/srv/a.img,readonly=off', /has a character other than/],
      ['/srv/a b', /has a character other than/],
      ['/srv/a\nb', /has a character other than/],
    ] as const) {
      refused([`${c.gate} = ["/**"]`], value, why, `refused: ${JSON.stringify(value)}`);
    }
    const others = GATES.filter((g) => g !== c.gate).map((g) => `${g} = ["/**", "${c.glob}"]`);
    refused(others, c.value, new RegExp(`matches no glob of hypervisor\\.qemu\\.${c.gate} \\(\\[\\]\\)`), "refused when only another key's glob would match");

    const allowed = applyAnnotations(config([enable, `${c.gate} = ["/nowhere/*", "${c.glob}"]`]), { [name]: c.value });
    t.equal(allowed.config.hypervisor.qemu[c.field], c.value, 'accepted when its glob matches');
    t.same(allowed.ignored, []);
    const deep = applyAnnotations(config([enable, `${c.gate} = ["/**"]`]), { [name]: c.value });
    t.equal(deep.config.hypervisor.qemu[c.field], c.value, 'and by "/**"');
    t.throws(() => applyAnnotations(config([enable, `${c.gate} = ["${c.glob}"]`]), { [`${H}${c.gate}`]: '["/**"]' }), { message: new RegExp(`${esc(c.gate)}: not allowed: no annotation may set ${esc(c.gate)}`) }, 'its list is never an annotation');
  });
}

t.test('keys that no annotation sets, whatever enable_annotations says', async (t) => {
  const c = config(['enable_annotations = [".*"]', 'valid_virtio_fs_daemon_paths = ["/**"]']);
  for (const [key, value] of [['virtio_fs_extra_args', '["-o","source=/"]'], ['seccompsandbox', ''], ['rootless', 'false'], ['max_concurrent_boots', '100'], ['enable_annotations', '.*'], ['valid_kernel_paths', '/**']]) {
    t.throws(() => applyAnnotations(c, { [`${H}${key}`]: value }), { message: new RegExp(`^annotation ${esc(H + key)}: not allowed: no annotation may set ${key} \\(`) }, key);
  }
});

t.test('values that go into a QEMU option string: only their own syntax', async (t) => {
  const c = config(['enable_annotations = ["^machine_type$", "^cpu_features$"]']);
  t.equal(applyAnnotations(c, { [`${H}machine_type`]: 'pc-q35-7.2' }).config.hypervisor.qemu.machineType, 'pc-q35-7.2');
  t.throws(() => applyAnnotations(c, { [`${H}machine_type`]: 'q35,dumpdtb=/etc/passwd' }), { message: /machine_type: "q35,dumpdtb=\/etc\/passwd" is not valid: expected a QEMU machine type's name alone/ }, 'no machine properties: dumpdtb= writes a host file');
  t.equal(applyAnnotations(c, { [`${H}cpu_features`]: 'pmu=off,-avx2' }).config.hypervisor.qemu.cpuFeatures, 'pmu=off,-avx2');
  t.equal(applyAnnotations(c, { [`${H}cpu_features`]: '' }).config.hypervisor.qemu.cpuFeatures, '', 'none, as in the file');
  t.throws(() => applyAnnotations(c, { [`${H}cpu_features`]: 'pmu=off -device x' }), { message: /cpu_features: .* is not valid: expected QEMU -cpu properties/ }, "the file's check applies to the annotation too");
  t.match(t.throws(() => config(['machine_type = "q35,kernel=/etc/shadow"'])), { message: /hypervisor\.qemu\.machine_type: "q35,kernel=\/etc\/shadow" is not supported by kata-ts: expected a QEMU machine type's name alone/ }, 'and in the file');
});

t.test('an ignored Kata key naming a host path changes nothing', async (t) => {
  const c = config(['enable_annotations = ["jailer_path", "firmware", "file_mem_backend"]']);
  const { config: out, ignored } = applyAnnotations(c, { [`${H}jailer_path`]: '/tmp/x', [`${H}firmware`]: '/etc/shadow', [`${H}file_mem_backend`]: '/' });
  t.same(ignored.map((i) => i.key), [`${H}jailer_path`, `${H}firmware`, `${H}file_mem_backend`]);
  t.same(out.hypervisor.qemu, c.hypervisor.qemu);
});

t.test('globs: anchored, by segment, nothing special but * ? **', async (t) => {
  const cases: [string, string, boolean][] = [
    ['/usr/bin/qemu-system-x86_64', '/usr/bin/qemu-system-*', true],
    ['/usr/bin/qemu-system-x86_64', '/usr/bin/qemu-system-x86_6?', true],
    ['/usr/bin/qemu', '/usr/bin/qemu*', true],
    ['/usr/bin/x/y', '/usr/bin/*', false],
    ['/usr/bin/x', '/usr/*', false],
    ['/usr/bin/x', '/usr/**', true],
    ['/usr/bin/x', '/usr/**/x', true],
    ['/usr/x', '/usr/**/x', true],
    ['/usr/bin/x', '/**', true],
    ['/usr/bin/x', '**', false],
    ['/usr/bin/x', '*', false],
    ['/usr/bin/x', '/usr/bin', false],
    ['/usr/bin', '/usr/bin/x', false],
    ['/usr/bin/xy', '/usr/bin/x', false],
    ['/usr/bin/x', 'usr/bin/x', false],
    ['/usr/bin/.x', '/usr/bin/*', false],
    ['/usr/bin/.x', '/usr/bin/.*', true],
    ['/usr/.hidden/x', '/usr/**', false],
    ['/usr/bin/x', '/usr/bin/{x,y}', false],
    ['/usr/bin/x', '/usr/bin/[x]', false],
    ['/usr/bin/x', '/usr/bin/+(x)', false],
    ['/usr/bin/a.b', '/usr/bin/a?b', true],
    ['/usr/bin/axb', '/usr/bin/a.b', false],
    ['/usr/bin/aab', '/usr/bin/a+b', false],
    ['/usr/bin/../bin/x', '/usr/bin/**', false],
    ['/usr/bin/./x', '/usr/bin/*', false],
    ['/usr/bin//x', '/usr/bin/*', false],
    ['/usr/bin/x/', '/usr/bin/*', false],
    ['/usr/bin/a,b', '/usr/bin/*', false],
    ['/A/b', '/a/b', false],
    ['', '', false],
  ];
  for (const [value, pattern, expected] of cases) t.equal(matchesPathGlob(value, pattern), expected, `${JSON.stringify(value)} vs ${JSON.stringify(pattern)}`);
  t.equal(pathProblem('/usr/lib/qemu/virtiofsd'), undefined);
  t.equal(globProblem(''), undefined, "Kata's \"\" entry is accepted, and allows nothing");
});

t.test('a file whose valid_* globs could mean more than they show is refused, naming the key', async (t) => {
  for (const [glob, why] of [
    ['usr/bin/*', /must be an absolute path/],
    ['/usr/bin/', /must not end in "\/"/],
    ['/usr/../bin/*', /must not have a "\.\." segment/],
    ['/usr/./bin', /must not have a "\." segment/],
    ['/usr//bin', /empty segment/],
    ['/usr/**x', /"\*\*" must be a whole segment/],
    ['/usr/{bin,sbin}/x', /only letters, digits/],
    ['/usr/[ab]', /only letters, digits/],
    ['/srv/a,b', /only letters, digits/],
  ] as const) {
    for (const gate of GATES) {
      const err = t.throws(() => config([`${gate} = ${JSON.stringify([glob])}`])) as ConfigValidationError;
      t.type(err, ConfigValidationError);
      t.match(err.message, new RegExp(`hypervisor\\.qemu\\.${gate}: ${esc(JSON.stringify(glob))} is not supported by kata-ts: .*`), `${gate} = [${JSON.stringify(glob)}]`);
      t.match(err.message, why);
    }
  }
  t.same(config(['valid_entropy_sources = ["/dev/urandom", "/dev/random", ""]']).hypervisor.qemu.validEntropySources, ['/dev/urandom', '/dev/random', ''], "Kata's own list loads");
});

t.test('the shim: a refused annotation is InvalidArgument naming the annotation, the value and the key to set', async (t) => {
  const loaded = config(['enable_annotations = ["^virtio_fs_daemon$"]', 'valid_virtio_fs_daemon_paths = ["/usr/libexec/virtiofsd"]']);
  const err = t.throws(() => podConfig('p1', loaded, { [`${H}virtio_fs_daemon`]: '/tmp/evil' }, silentLogger())) as InvalidArgumentError;
  t.type(err, InvalidArgumentError);
  t.match(err.message, /^create p1: annotation io\.katacontainers\.config\.hypervisor\.virtio_fs_daemon: "\/tmp\/evil" matches no glob of hypervisor\.qemu\.valid_virtio_fs_daemon_paths \(\["\/usr\/libexec\/virtiofsd"\]\)/);
  t.type(err.cause, AnnotationError);
  t.equal(podConfig('p1', loaded, { [`${H}virtio_fs_daemon`]: '/usr/libexec/virtiofsd' }, silentLogger()).hypervisor.qemu.virtioFsDaemon, '/usr/libexec/virtiofsd');
});
