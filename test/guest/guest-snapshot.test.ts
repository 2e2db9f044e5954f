// The guest's agent snapshot is built in a VM (guest/osbuilder/rootfs/guest-snapshot.ts): what
// `npm run guest` made is cached with a stamp proving it on this host's guest CPU, and a build that
// cannot run — no kernel, or a VM QEMU refuses — fails naming the reason and leaves the cache as
// it was.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { buildAgentStart, parseStamp } from '../../guest/osbuilder/rootfs/agent-snapshot.js';
import { buildGuestSnapshot, provenOn, snapshotTarget } from '../../guest/osbuilder/rootfs/guest-snapshot.js';

t.setTimeout(300000);

const kernel = cachedKernel();
if (!kernel) throw new Error('the guest kernel is not built: run `npm run guest` (npm test does)');
const start = buildAgentStart({ say: (l) => t.comment(l) });

t.test('the cached guest snapshot is proven in a VM with the target the runtime gives guests here', async (t) => {
  const target = snapshotTarget();
  const snap = buildGuestSnapshot(start, { say: (l) => t.comment(l) });
  t.equal(snap.fields.proven_on, provenOn(target), `proven on ${provenOn(target)}`);
  t.same(parseStamp(readFileSync(snap.stamp, 'utf8')), snap.fields, 'the stamp on disk');
  t.match(snap.fields.cpu_signature, /^\S+\/\d+\/\d+/);
  t.match(snap.fields.v8_tag, /^[0-9a-f]+$/);
  t.not(snap.blob, start.blob, 'not the host\'s blob');
  const details = JSON.parse(readFileSync(join(snap.dir, 'details.json'), 'utf8')) as { hostV8Tag: string; v8Tag: string };
  t.comment(`V8 tag in the guest ${details.v8Tag}, on this host ${details.hostV8Tag}`);
});

t.test('no kernel: a clear error, nothing made', async (t) => {
  const cache = mkdtempSync(join(tmpdir(), 'kata-guest-snapshot-'));
  t.teardown(() => rmSync(cache, { recursive: true, force: true }));
  t.throws(() => buildGuestSnapshot(start, { cache, say: () => {} }), /the guest kernel is not built; run npm run guest/);
  t.same(readdirSync(cache), []);
});

t.test('a VM QEMU refuses: the error carries QEMU\'s reason, and the cache keeps no half-built entry', async (t) => {
  const cache = mkdtempSync(join(tmpdir(), 'kata-guest-snapshot-'));
  t.teardown(() => rmSync(cache, { recursive: true, force: true }));
  const target = { ...snapshotTarget(), accel: 'tcg' as const, cpuModel: 'no-such-cpu' };
  t.throws(() => buildGuestSnapshot(start, { cache, kernel, target, say: () => {} }), /building the snapshot in the VM failed \(QEMU exit 1\); console:\n.*no-such-cpu/s);
  const root = join(cache, 'agent-snapshot-guest');
  t.same(existsSync(root) ? readdirSync(root) : [], [], 'no entry, no work directory, no lock');
});
