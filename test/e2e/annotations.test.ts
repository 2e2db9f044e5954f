// Per-pod VM settings through containerd: an io.katacontainers.config.hypervisor.* annotation that
// the configuration allow-lists gives this pod a bigger VM, seen from inside; one it does not allow
// fails the create with an error naming the annotation and the allow-list key, and leaves nothing.
import { existsSync } from 'node:fs';
import t from 'tap';
import { e2eContainerd, IMAGE, leftovers, TAG, NOTHING_LEFT } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
t.setTimeout(600000);

const KATA = ['--runtime', 'io.containerd.kata.v2'];
const MEMORY = 'io.katacontainers.config.hypervisor.default_memory';
const VCPUS = 'io.katacontainers.config.hypervisor.default_vcpus';
const memTotalKiB = (out: string): number => Number(/^MemTotal:\s+(\d+) kB/m.exec(out)?.[1] ?? NaN);

t.test('an allowed annotation sizes the pod\'s VM; one that is not allowed is refused and leaves nothing', async (t) => {
  const { c } = await e2eContainerd(t, {}, 'enable_annotations = ["^default_memory$"]');
  const cmd = ['grep', 'MemTotal', '/proc/meminfo'];

  const plain = await c.ctr(['run', ...KATA, '--rm', IMAGE, `ann-plain${TAG}`, ...cmd], { timeoutMs: 240000 });
  t.equal(plain.code, 0, `default VM: ${plain.stderr}`);
  const big = await c.ctr(['run', ...KATA, '--rm', '--annotation', `${MEMORY}=1024`, IMAGE, `ann-big${TAG}`, ...cmd], { timeoutMs: 240000 });
  t.equal(big.code, 0, `annotated VM: ${big.stderr}`);
  const [small, large] = [memTotalKiB(plain.stdout), memTotalKiB(big.stdout)];
  t.comment(`MemTotal: ${small} kB with default_memory = 512, ${large} kB with the annotation = 1024`);
  t.ok(small < 512 * 1024 && large > 800 * 1024, `the guest sees the annotated size (${small} → ${large} kB)`);

  const refused = await c.ctr(['run', ...KATA, '--rm', '--annotation', `${VCPUS}=2`, IMAGE, `ann-no${TAG}`, 'true'], { timeoutMs: 240000 });
  t.not(refused.code, 0, 'the create fails');
  t.match(refused.stderr, /annotation io\.katacontainers\.config\.hypervisor\.default_vcpus: not allowed: "default_vcpus" matches no entry of hypervisor\.qemu\.enable_annotations/, `the error names the annotation and the allow-list key: ${refused.stderr}`);
  const bad = await c.ctr(['run', ...KATA, '--rm', '--annotation', `${MEMORY}=lots`, IMAGE, `ann-bad${TAG}`, 'true'], { timeoutMs: 240000 });
  t.match(bad.stderr, /default_memory: "lots" is not a whole number/, `a malformed value is refused: ${bad.stderr}`);
  for (const id of [`ann-no${TAG}`, `ann-bad${TAG}`]) await c.ctr(['containers', 'rm', id]);
  t.same(leftovers(), NOTHING_LEFT, 'no VM, shim, mount or state left');
});
