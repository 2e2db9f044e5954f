// The kernel config fragments: parsing, merging into one allconfig, and the check that names
// every requested option the final .config lost — plus the shipped fragments themselves.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { checkConfig, describeMismatches, mergeFragments, parseConfig, readFragments } from '../../guest/osbuilder/kernel/fragments.js';

const shipped = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'guest', 'osbuilder', 'kernel', 'fragments');

function fragmentDir(t: { teardown(fn: () => void): void }, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kata-frag-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

t.test('.config syntax: set, not set, comments; anything else is named with its line', async (t) => {
  const m = parseConfig('# why\nCONFIG_A=y\n# CONFIG_B is not set\nCONFIG_C="x y"\n\nCONFIG_D=64\n');
  t.same([...m], [['CONFIG_A', 'y'], ['CONFIG_B', 'n'], ['CONFIG_C', '"x y"'], ['CONFIG_D', '64']]);
  t.throws(() => parseConfig('CONFIG_A=y\nA=y\n', 'f.conf'), /f\.conf:2: not a kernel config line: "A=y"/);
});

t.test('fragments merge in file order and a contradiction names both files', async (t) => {
  const dir = fragmentDir(t, { '10-b.conf': 'CONFIG_B=y\n', '00-a.conf': 'CONFIG_A=y\n# CONFIG_X is not set\n', 'notes.txt': 'ignored' });
  const fr = readFragments(dir);
  t.same(fr.map((f) => f.file), ['00-a.conf', '10-b.conf']);
  t.equal(mergeFragments(fr), 'CONFIG_A=y\n# CONFIG_X is not set\nCONFIG_B=y\n');
  const bad = readFragments(fragmentDir(t, { 'a.conf': 'CONFIG_A=y\n', 'b.conf': '# CONFIG_A is not set\n' }));
  t.throws(() => mergeFragments(bad), /CONFIG_A is y in a\.conf but n in b\.conf/);
  t.throws(() => readFragments(fragmentDir(t, {})), /no kernel config fragments/);
});

t.test('the check names each option Kconfig dropped, with the fragment that asked for it', async (t) => {
  const fr = readFragments(fragmentDir(t, { 'fs.conf': 'CONFIG_9P_FS=y\nCONFIG_EXT4_FS=y\n', 'x.conf': '# CONFIG_Y is not set\n' }));
  const final = parseConfig('CONFIG_EXT4_FS=y\nCONFIG_Y=y\n');
  const ms = checkConfig(fr, final);
  t.same(ms, [
    { option: 'CONFIG_9P_FS', wanted: 'y', got: 'n', file: 'fs.conf' },
    { option: 'CONFIG_Y', wanted: 'n', got: 'y', file: 'x.conf' },
  ]);
  t.match(describeMismatches(ms), /CONFIG_9P_FS: asked y in fs\.conf, got not set\n.*CONFIG_Y: asked n in x\.conf, got y/);
  t.same(checkConfig(fr, parseConfig('CONFIG_EXT4_FS=y\nCONFIG_9P_FS=y\n')), []);
});

t.test('the shipped fragments: one concern each, every file explains itself, no contradictions', async (t) => {
  const fr = readFragments(shipped);
  t.ok(fr.length >= 8);
  for (const f of fr) t.match(f.text, /^# \S/, `${f.file} starts with a comment saying why`);
  const merged = mergeFragments(fr);
  for (const opt of ['CONFIG_VIRTIO_VSOCKETS', 'CONFIG_VIRTIO_FS', 'CONFIG_9P_FS', 'CONFIG_FS_DAX', 'CONFIG_BLK_DEV_PMEM', 'CONFIG_SECCOMP_FILTER', 'CONFIG_MEMCG', 'CONFIG_PID_NS', 'CONFIG_SERIAL_8250_CONSOLE', 'CONFIG_EXT4_FS',
    'CONFIG_VIRTIO_NET', 'CONFIG_IPV6', 'CONFIG_NETFILTER', 'CONFIG_NF_CONNTRACK', 'CONFIG_NF_NAT', 'CONFIG_IP_NF_IPTABLES', 'CONFIG_IP_NF_FILTER',
    'CONFIG_IP_NF_NAT', 'CONFIG_IP_NF_TARGET_MASQUERADE', 'CONFIG_IP_NF_TARGET_REJECT', 'CONFIG_NF_TABLES', 'CONFIG_NFT_NAT', 'CONFIG_IP6_NF_IPTABLES',
    'CONFIG_IP6_NF_FILTER', 'CONFIG_VETH', 'CONFIG_BRIDGE']) {
    t.match(merged, new RegExp(`^${opt}=y$`, 'm'), opt);
  }
  t.notMatch(merged, /=m$/m, 'everything built in, no modules');
});
