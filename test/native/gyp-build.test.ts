// binding.gyp must build the same addon as CMakeLists.txt from the one source list
// (native/sources.gypi). Builds it with node-gyp in a scratch copy, so the cmake build is untouched.
import t from 'tap';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../lib/common/package-root.js';

const run = promisify(execFile);

t.test('node-gyp builds an addon that loads and reaches the C++ core', async (t) => {
  t.setTimeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'kata-gyp-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['package.json', 'binding.gyp', 'native']) cpSync(join(packageRoot(), f), join(dir, f), { recursive: true });
  symlinkSync(join(packageRoot(), 'node_modules'), join(dir, 'node_modules'));
  const gyp = join(packageRoot(), 'node_modules', '.bin', 'node-gyp');
  await run(gyp, ['rebuild', '--nodedir=/usr', '-j', '2'], { cwd: dir, maxBuffer: 64 << 20 });
  const built = join(dir, 'build', 'Release', 'kata_ts.node');
  t.ok(existsSync(built), 'node-gyp wrote build/Release/kata_ts.node');
  const addon = createRequire(import.meta.url)(built) as { abiVersion(): number; errnoName(n: number): string };
  t.equal(addon.abiVersion(), 1);
  t.equal(addon.errnoName(13), 'EACCES');
});
