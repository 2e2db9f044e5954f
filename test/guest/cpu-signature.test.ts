// The CPU signature the agent's snapshot is proven with (guest/osbuilder/rootfs/cpu-signature.ts):
// the launcher's shell function (under dash, the image's /bin/sh, and busybox sh, the initrd's) and
// the TypeScript one agree on real and made-up /proc/cpuinfo files, and pick what V8 probes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { cpuSignature, cpuSignatureShell } from '../../guest/osbuilder/rootfs/cpu-signature.js';

const dir = mkdtempSync(join(tmpdir(), 'kata-cpu-signature-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

const intel = `processor\t: 0
vendor_id\t: GenuineIntel
cpu family\t: 6
model\t\t: 85
model name\t: Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz
flags\t\t: fpu vme sse sse2 pni ssse3 fma cx16 sse4_1 sse4_2 popcnt xsave avx f16c lahf_lm abm bmi1 avx2 bmi2 avx512f
vmx flags\t: vnmi preemption_timer invvpid ept_x_only
bugs\t\t: spectre_v1

processor\t: 1
vendor_id\t: GenuineIntel
cpu family\t: 6
model\t\t: 86
flags\t\t: fpu avx512f
`;
const samples: Array<[string, string, string]> = [
  ['this host', readFileSync('/proc/cpuinfo', 'utf8'), ''],
  ['an Intel host with vmx flags and a second CPU', intel, 'GenuineIntel/6/85 pni ssse3 fma sse4_1 sse4_2 popcnt xsave avx f16c lahf_lm abm bmi1 avx2 bmi2'],
  ['QEMU qemu64', 'processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 15\nmodel\t\t: 107\nmodel name\t: QEMU Virtual CPU version 2.5+\nflags\t\t: fpu sse sse2 pni cx16 hypervisor lahf_lm svm\n\n', 'AuthenticAMD/15/107 pni lahf_lm'],
  ['a file with no flags line', 'processor\t: 0\nvendor_id\t: AuthenticAMD\n', 'AuthenticAMD//'],
  ['an empty file', '', '//'],
];

function shellSignature(shell: string[], file: string): string {
  const script = `${cpuSignatureShell()}\ncpu_signature "$1"\nprintf '%s' "$cpu_signature"`;
  const r = spawnSync(shell[0]!, [...shell.slice(1), '-c', script, 'sh', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${shell.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

samples.forEach(([name, text, want], i) => {
  t.test(`${name}: the launcher's shell function and cpuSignature agree`, async (t) => {
    const file = join(dir, `cpuinfo-${i}`);
    writeFileSync(file, text);
    const ts = cpuSignature(text);
    if (want) t.equal(ts, want, 'what V8 probes, in cpuinfo order, after vendor/family/model of the first CPU');
    else t.match(ts, /^\S+\/\d+\/\d+( \S+)*$/, `this host: ${ts}`);
    t.equal(shellSignature(['/bin/sh'], file), ts, 'dash');
    t.equal(shellSignature(['/bin/busybox', 'sh'], file), ts, 'busybox sh');
  });
});
