import t from 'tap';
import { addonCandidates, isNativeError, loadAddon } from '../../lib/common/native/addon.js';

t.test('the addon loads from the package and reaches the C++ core', async (t) => {
  const addon = loadAddon();
  t.equal(addon.abiVersion(), 1);
  t.equal(addon.errnoName(2), 'ENOENT');
});

t.test('bindings check their arguments and name the usage', async (t) => {
  const addon = loadAddon() as unknown as { errnoName: () => string };
  t.throws(() => addon.errnoName(), /Usage: errnoName\(errno: number\)/);
});

t.test('the loader lists the places it searches, KATA_TS_ADDON first', async (t) => {
  const list = addonCandidates({ KATA_TS_ADDON: '/x/y.node' });
  t.equal(list[0], '/x/y.node');
  t.ok(list.some((p) => p.endsWith('build/Release/kata_ts.node')));
  t.notOk(isNativeError(new Error('plain')));
});
