// The debootstrap step of the image: bad input is refused before anything runs, and a failing
// debootstrap (a suite the mirror does not have, or no network) reports its last lines and leaves
// the cache as it was: no half-built tree, no work directory, no lock.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { buildBase, cachedBase } from '../../guest/osbuilder/rootfs/base-rootfs.js';
import { Progress } from '../../guest/osbuilder/common/progress.js';

function tempCache(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'kata-rootfs-base-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const quiet = (): Progress => new Progress('rootfs-base', { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream);

t.test('bad suite and package names are refused before debootstrap runs', async (t) => {
  const cache = tempCache(t);
  await t.rejects(buildBase({ cache, suite: 'bookworm; rm -rf /', log: quiet() }), /bad suite name "bookworm; rm -rf \/"/);
  await t.rejects(buildBase({ cache, packages: ['systemd', '--foo'], log: quiet() }), /bad package name "--foo"/);
  t.same(readdirSync(cache), [], 'nothing written to the cache');
});

t.test('a failing debootstrap names itself and leaves the cache as it was', { skip: existsSync('/usr/sbin/debootstrap') ? false : 'debootstrap is not installed' }, async (t) => {
  const cache = tempCache(t);
  await t.rejects(buildBase({ cache, suite: 'no-such-suite', log: quiet() }), /debootstrap failed \(exit \d+\); its last lines:/);
  t.same(readdirSync(join(cache, 'rootfs-base')), [], 'no tree, no work directory, no lock left');
  t.equal(cachedBase(cache, 'no-such-suite'), undefined);
});
