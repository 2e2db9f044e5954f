// End to end with VM templating ([factory] enable_template, lib/factory/template.ts): the
// configuration is checked, `kata-runtime factory init` makes the template and proves a clone,
// containers through containerd start as clones (their QEMU loads the template's state, each
// guest gets its own entropy and the host's time), a sandbox that differs from the template and
// one with a corrupt template still boot (and say why), and `factory destroy` removes it all.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { cachedAgentInitImage } from '../../guest/osbuilder/rootfs/agent-init-image.js';
import { packageRoot } from '../../lib/common/package-root.js';
import { WARM_UP_CONTAINER } from '../../lib/factory/warm-up.js';
import { pidsMatching } from '../demo/containerd.js';
import { e2eContainerd, IMAGE, leftovers, NOTHING_LEFT, TAG } from './helpers.js';

if (!existsSync('/usr/bin/containerd') || !existsSync('/usr/bin/ctr')) throw new Error('containerd and ctr are missing (apt-get install containerd)');
const image = cachedAgentInitImage();
if (!image) throw new Error('the agent-init image is not built: run `npm run guest` (npm test does)');

t.setTimeout(600000);

const KATA = ['--runtime', 'io.containerd.kata.v2'];
const TEMPLATE = `/run/kata-ts-e2e-template${TAG}`;
const TEMPLATE_CONF = `channel = "virtio-serial"\n\n[factory]\nenable_template = true\ntemplate_path = "${TEMPLATE}"\n`;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function kataRuntime(conf: string, args: string[]): Promise<CliResult> {
  try {
    const r = await promisify(execFile)(process.execPath, [join(packageRoot(), 'bin', 'kata-runtime.js'), ...args], { env: { ...process.env, KATA_CONF_FILE: conf }, timeout: 300000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof x.code === 'number' ? x.code : -1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
}

/** QEMU processes whose command line names the template directory (the template's own, or a clone's). */
const templateQemus = (): number[] => pidsMatching(TEMPLATE).filter((p) => readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('qemu-system'));

t.test('factory init refuses a configuration a template cannot work with, naming the keys', async (t) => {
  const { dir } = await e2eContainerd(t, {}, 'shared_fs = "virtio-fs"', undefined, `channel = "hybrid-vsock"\n\n[factory]\nenable_template = true\ntemplate_path = "${TEMPLATE}"\n`, image.path);
  const r = await kataRuntime(join(dir, 'configuration.toml'), ['factory', 'init']);
  t.equal(r.code, 1);
  t.match(r.stderr, /hypervisor\.qemu\.shared_fs: "virtio-fs" is not supported by kata-ts: set "virtio-9p"/);
  t.match(r.stderr, /agent\.kata\.channel: "hybrid-vsock" is not supported by kata-ts: set "virtio-serial"/);
  t.notOk(existsSync(TEMPLATE), 'no template directory');
  const off = join(dir, 'off.toml');
  writeFileSync(off, readFileSync(join(dir, 'configuration.toml'), 'utf8').replace('shared_fs = "virtio-fs"', 'shared_fs = "virtio-9p"').replace('hybrid-vsock', 'virtio-serial').replace('enable_template = true', 'enable_template = false'));
  const r2 = await kataRuntime(off, ['factory', 'init']);
  t.equal(r2.code, 1);
  t.match(r2.stderr, /VM templating is off: set enable_template = true in \[factory\]/);
});

t.test('sandboxes start as clones of the template, each with its own entropy and the host time', async (t) => {
  const { c, dir } = await e2eContainerd(t, {}, 'shared_fs = "virtio-9p"', undefined, TEMPLATE_CONF, image.path);
  const conf = join(dir, 'configuration.toml');
  t.teardown(async () => {
    for (const p of templateQemus()) process.kill(p, 'SIGKILL');
    await kataRuntime(conf, ['factory', 'destroy']);
  });
  const none = await kataRuntime(conf, ['factory', 'status']);
  t.equal(none.code, 1, 'status fails while there is no template');
  t.match(none.stdout, `no VM template in ${TEMPLATE}`);

  const init = await kataRuntime(conf, ['factory', 'init']);
  t.equal(init.code, 0, `factory init: ${init.stderr}`);
  t.match(init.stderr, /booting the template VM[\s\S]*the agent listens after \d+ ms[\s\S]*a clone's agent answered \d+ ms after QEMU started/, 'progress on stderr');
  t.match(init.stdout, /usable {5}: yes/);
  t.same(readdirSync(TEMPLATE).sort(), ['console.log', 'memory', 'state', 'template.json']);
  const templateConsole = readFileSync(join(TEMPLATE, 'console.log'), 'utf8');
  t.match(templateConsole, `"msg":"container removed","container":"${WARM_UP_CONTAINER}"`, 'the template warmed its agent up with a container, and removed it');
  t.notMatch(templateConsole, /"level":"error"/, 'with no error in the guest');
  t.same(readdirSync(dirname(TEMPLATE)).filter((d) => d.startsWith(`kata-ts-e2e-template${TAG}.`)), [], 'no build or check directory left');
  t.same(templateQemus(), [], 'the template VM and its check clone are gone');
  const again = await kataRuntime(conf, ['factory', 'init']);
  t.equal(again.code, 1);
  t.match(again.stderr, `a VM template already exists in ${TEMPLATE}: run kata-runtime factory destroy first`);

  const script = 'date +%s; head -c 16 /dev/urandom | od -An -tx1 | tr -d " \\n"; echo; cat /etc/hostname 2>/dev/null; hostname';
  const outs: string[] = [];
  for (const n of [1, 2]) {
    const id = `e2e-tpl${n}${TAG}`;
    const before = Math.floor(Date.now() / 1000);
    const r = await c.ctr(['run', '--rm', ...KATA, IMAGE, id, 'sh', '-c', script], { timeoutMs: 240000 });
    t.equal(r.code, 0, `run ${n}: ${r.stderr}`);
    const [date, random, ...rest] = r.stdout.trim().split('\n');
    t.ok(Math.abs(Number(date) - before) < 60, `the guest's clock is the host's (${date} vs ${before}), not the template's`);
    t.match(random, /^[0-9a-f]{32}$/);
    t.ok(rest.includes(id), `the hostname is the sandbox's own (${rest.join(' ')})`);
    outs.push(random!);
  }
  t.not(outs[0], outs[1], 'two clones draw different random bytes (ReseedRandomDev)');
  const cloned = c.log().match(/"msg":"VM cloned from the template"[^\n]*/g) ?? [];
  t.equal(cloned.length, 2, 'both sandboxes were clones');

  // Another kernel parameter: another VM than the template's, so it boots, and the log says why.
  writeFileSync(conf, readFileSync(conf, 'utf8').replace('shared_fs = "virtio-9p"', 'shared_fs = "virtio-9p"\nkernel_params = "agent.log=info"'));
  const r3 = await c.ctr(['run', '--rm', ...KATA, IMAGE, `e2e-tpl3${TAG}`, 'true'], { timeoutMs: 240000 });
  t.equal(r3.code, 0, `a differing sandbox still runs: ${r3.stderr}`);
  t.match(c.log(), /"msg":"VM template not used: this VM differs from it; booting the VM"[^\n]*"reason":"kernelParams: the template has \[[^\]]*\], this VM \[[^\]]*agent\.log=info/);
  const status = await kataRuntime(conf, ['factory', 'status']);
  t.equal(status.code, 1, 'status: not usable by this configuration');
  t.match(status.stdout, /not usable : made for another VM than this configuration's: kernelParams/);

  writeFileSync(conf, readFileSync(conf, 'utf8').replace('\nkernel_params = "agent.log=info"', ''));
  // A state QEMU cannot load: the sandbox fails naming the file, and leaves nothing behind.
  const state = readFileSync(join(TEMPLATE, 'state'));
  writeFileSync(join(TEMPLATE, 'state'), state.subarray(0, 4096));
  const bad = await c.ctr(['run', '--rm', ...KATA, IMAGE, `e2e-tpl5${TAG}`, 'true'], { timeoutMs: 240000 });
  t.not(bad.code, 0, 'a clone whose state is cut short fails');
  t.match(bad.stderr, new RegExp(`restoring the VM state from ${TEMPLATE}/state`), `the error names the state file: ${bad.stderr}`);
  await c.ctr(['containers', 'delete', `e2e-tpl5${TAG}`]);
  t.same(leftovers(), NOTHING_LEFT, 'nothing left of the failed clone');
  writeFileSync(join(TEMPLATE, 'state'), state);

  // A corrupt record: warned about, and the sandbox boots.
  writeFileSync(join(TEMPLATE, 'template.json'), '{ not json');
  const r4 = await c.ctr(['run', '--rm', ...KATA, IMAGE, `e2e-tpl4${TAG}`, 'true'], { timeoutMs: 240000 });
  t.equal(r4.code, 0, `a sandbox with a corrupt template still runs: ${r4.stderr}`);
  t.match(c.log(), new RegExp(`"msg":"VM template not used; booting the VM"[^\\n]*"reason":"${TEMPLATE}/template\\.json is corrupt`));

  const destroy = await kataRuntime(conf, ['factory', 'destroy']);
  t.equal(destroy.code, 0);
  t.match(destroy.stdout, `removed the VM template in ${TEMPLATE}`);
  t.notOk(existsSync(TEMPLATE), 'the template directory is gone');
  t.same(templateQemus(), []);
  t.same(leftovers(), NOTHING_LEFT, 'nothing left');
});
