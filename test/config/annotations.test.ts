// io.katacontainers.config.* annotations override a pod's VM settings only as far as the
// configuration allows (enable_annotations, and the valid_* list of each key naming a host path),
// with Kata's semantics, and every refusal names the annotation and the allow-list key. Each gate
// key's cases are in annotation-gates.test.ts.
import t from 'tap';
import { AnnotationError, applyAnnotations } from '../../lib/config/annotations.js';
import { parseConfig } from '../../lib/config/index.js';

const FILE = '/etc/kata-ts/configuration.toml';
const config = (extra = ''): ReturnType<typeof parseConfig> => parseConfig(`[hypervisor.qemu]\n${extra}\n`, FILE);
const H = 'io.katacontainers.config.hypervisor.';

t.test('an allowed annotation changes only this pod\'s configuration', async (t) => {
  const base = config('enable_annotations = ["default_memory", "default_vcpus", "^kernel_params$"]');
  const { config: c, ignored } = applyAnnotations(base, { [`${H}default_memory`]: '1024', [`${H}default_vcpus`]: '2', [`${H}kernel_params`]: 'quiet', 'io.kubernetes.cri.container-type': 'sandbox' });
  t.equal(c.hypervisor.qemu.defaultMemory, 1024);
  t.equal(c.hypervisor.qemu.defaultVcpus, 2);
  t.equal(c.hypervisor.qemu.kernelParams, 'quiet');
  t.equal(base.hypervisor.qemu.defaultMemory, 512, 'the loaded configuration is not changed');
  t.same(ignored, []);
});

t.test('an annotation that is not allow-listed fails, naming it and the allow-list key', async (t) => {
  const err = t.throws(() => applyAnnotations(config(), { [`${H}default_memory`]: '4096' })) as AnnotationError;
  t.type(err, AnnotationError);
  t.match(err.message, /^annotation io\.katacontainers\.config\.hypervisor\.default_memory: not allowed: "default_memory" matches no entry of hypervisor\.qemu\.enable_annotations \(\[\]\) in \/etc\/kata-ts\/configuration\.toml$/);
  t.throws(() => applyAnnotations(config('enable_annotations = ["default_vcpus"]'), { [`${H}image`]: '/x.img' }), { message: /hypervisor\.image: not allowed/ });
  t.throws(() => applyAnnotations(config('enable_annotations = [".*"]'), { [`${H}enable_annotations`]: 'x' }), { message: /enable_annotations: not allowed/ }, 'the allow-list itself is never overridable');
  t.throws(() => applyAnnotations(config('enable_annotations = [".*"]'), { [`${H}rootless`]: 'false' }), { message: /hypervisor\.rootless: not allowed/ }, 'nor whether QEMU runs as root');
});

t.test('values are checked as the file\'s would be', async (t) => {
  const c = config('enable_annotations = [".*"]');
  t.throws(() => applyAnnotations(c, { [`${H}default_memory`]: '1G' }), { message: /default_memory: "1G" is not a whole number/ });
  t.throws(() => applyAnnotations(c, { [`${H}default_memory`]: '32' }), { message: /32 is out of range; minimum 64/ });
  t.throws(() => applyAnnotations(c, { [`${H}shared_fs`]: 'nfs' }), { message: /"nfs" is not allowed; allowed values: virtio-fs, virtio-9p/ });
  t.throws(() => applyAnnotations(c, { [`${H}enable_debug`]: 'yes' }), { message: /"yes" is neither true nor false/ });
  t.throws(() => applyAnnotations(c, { [`${H}kernel`]: 'vmlinuz' }), { message: /"vmlinuz" is not an absolute path/ });
});

t.test('image and initrd: naming one turns the other off; path must match valid_hypervisor_paths', async (t) => {
  const c = config('enable_annotations = ["image", "initrd", "path"]\nvalid_hypervisor_paths = ["/usr/bin/qemu-system-*"]\nvalid_image_paths = ["/srv/*.img"]\nvalid_initrd_paths = ["/srv/*.initrd"]');
  t.equal(applyAnnotations(c, { [`${H}image`]: '/srv/kata.img' }).config.hypervisor.qemu.initrd, '');
  t.equal(applyAnnotations(c, { [`${H}initrd`]: '/srv/kata.initrd' }).config.hypervisor.qemu.image, '');
  t.equal(applyAnnotations(c, { [`${H}path`]: '/usr/bin/qemu-system-x86_64' }).config.hypervisor.qemu.path, '/usr/bin/qemu-system-x86_64');
  t.throws(() => applyAnnotations(c, { [`${H}path`]: '/tmp/evil-qemu' }), { message: /hypervisor\.path: "\/tmp\/evil-qemu" matches no glob of hypervisor\.qemu\.valid_hypervisor_paths/ });
});

t.test('entropy_source must match valid_entropy_sources, which no annotation can change', async (t) => {
  const c = config('enable_annotations = ["entropy_source", "valid_entropy_sources"]\nvalid_entropy_sources = ["/dev/urandom", "/dev/hwrng"]');
  t.equal(applyAnnotations(c, { [`${H}entropy_source`]: '/dev/hwrng' }).config.hypervisor.qemu.entropySource, '/dev/hwrng');
  t.throws(() => applyAnnotations(c, { [`${H}entropy_source`]: '/home/me/seed' }), { message: /hypervisor\.entropy_source: "\/home\/me\/seed" matches no glob of hypervisor\.qemu\.valid_entropy_sources/ });
  t.throws(() => applyAnnotations(c, { [`${H}valid_entropy_sources`]: '/*' }), { message: /not allowed/ });
  t.throws(() => applyAnnotations(config('enable_annotations = ["entropy_source"]'), { [`${H}entropy_source`]: '/dev/urandom' }), { message: /matches no glob of hypervisor\.qemu\.valid_entropy_sources \(\[\]\)/ }, 'none is valid by default');
});

t.test('allowed but not implemented, and agent/runtime annotations: ignored with a warning each', async (t) => {
  const { ignored, config: c } = applyAnnotations(config('enable_annotations = ["enable_iommu"]'), {
    [`${H}enable_iommu`]: 'true',
    'io.katacontainers.config.runtime.disable_guest_seccomp': 'true',
    'io.katacontainers.pkg.oci.bundle_path': '/b',
  });
  t.same(ignored.map((i) => i.key), [`${H}enable_iommu`, 'io.katacontainers.config.runtime.disable_guest_seccomp']);
  t.same(c.hypervisor.qemu, config('enable_annotations = ["enable_iommu"]').hypervisor.qemu, 'nothing else changed');
});
