// The libFuzzer targets of the guest-facing parsers (native/fuzz/, docs/fuzzing.md) build, and each
// runs its smoke (scripts/fuzz.sh --smoke TARGET: a fixed number of runs from its seed corpus,
// regression inputs included), which must end clean: a crash, a sanitizer report, a broken
// invariant or a hang fails the test. clang++ with libFuzzer is required: where it is missing this
// fails, naming the package, rather than skipping (scripts/setup.sh installs it).
import t from 'tap';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../lib/common/package-root.js';

const run = promisify(execFile);
const root = packageRoot();
const script = join(root, 'scripts', 'fuzz.sh');
// The build from scratch takes most of this on two cores; the smoke runs a few seconds each.
t.setTimeout(600_000);

async function fuzzSh(args: string[], timeoutMs: number): Promise<{ ok: boolean; out: string }> {
  try {
    const { stdout, stderr } = await run('bash', [script, ...args], { cwd: root, timeout: timeoutMs, maxBuffer: 64 << 20 });
    return { ok: true, out: stdout + stderr };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    return { ok: false, out: `${err.message}\n${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

t.test('clang++ with libFuzzer is installed', async (t) => {
  const r = await fuzzSh(['--check'], 30_000);
  t.ok(r.ok, r.ok ? 'clang++, libFuzzer, cmake and ninja found' : r.out.trim());
});

t.test('the fuzz targets build and each smoke run ends clean', async (t) => {
  t.setTimeout(600_000);
  const started = Date.now();
  const list = await fuzzSh(['--list'], 30_000);
  const targets = list.out.split('\n').filter((l) => /^\w+$/.test(l));
  t.ok(targets.length >= 4, `targets: ${targets.join(', ')}`);
  const built = await fuzzSh(['--build', ...targets], 540_000);
  if (!t.ok(built.ok, 'scripts/fuzz.sh --build')) {
    t.comment(built.out);
    return;
  }
  t.comment(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const target of targets) {
    const r = await fuzzSh(['--smoke', target], 120_000);
    const line = r.out.split('\n').find((l) => l.startsWith(`fuzz smoke ${target}:`)) ?? '';
    t.ok(r.ok && line.includes(': ok,'), line || `fuzz smoke ${target}: no result`);
    if (!r.ok) t.comment(r.out);
  }
  t.comment(`build and smoke took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
