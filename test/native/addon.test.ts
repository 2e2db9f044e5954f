import t from 'tap';
import { addonCandidates, isNativeError, isNativeFieldError, loadAddon, type NativeContainerPlan, type NativeSeccompProfile } from '../../lib/common/native/addon.js';

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

t.test('a seccomp profile the addon refuses comes back as fields, not a message to parse', async (t) => {
  const addon = loadAddon();
  const refused = (profile: unknown): unknown => {
    try {
      addon.seccompCheck(profile as NativeSeccompProfile);
    } catch (e) {
      return e;
    }
    return undefined;
  };
  const bad = refused({ defaultAction: 'SCMP_ACT_ALLOW', architectures: [], syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_MAYBE', args: [] }] });
  t.ok(isNativeFieldError(bad), 'a TypeError with field and detail');
  t.match(bad, { field: 'seccomp.syscalls[0].action', detail: 'unknown action "SCMP_ACT_MAYBE"' });
  const notArray = refused({ defaultAction: 'SCMP_ACT_ALLOW', architectures: [], syscalls: [{ names: 'mkdir', action: 'SCMP_ACT_ERRNO', args: [] }] });
  t.match(notArray, { field: 'seccomp.syscalls[0].names', detail: 'expected an array' });
  t.equal(refused({ defaultAction: 'SCMP_ACT_ALLOW', architectures: ['SCMP_ARCH_X86_64'], syscalls: [] }), undefined, 'a good profile passes');
});

t.test('a plan value the addon cannot convert names its field', async (t) => {
  const plan = {
    rootfs: '', readonlyRoot: false, hostname: '', namespaces: [], uidMappings: [], gidMappings: [], mounts: [], devices: [],
    maskedPaths: [], readonlyPaths: [], cgroupProcs: [],
    process: { args: ['true'], env: [], cwd: '/', uid: 0, gid: 0, additionalGids: [], noNewPrivileges: false, terminal: false, rlimits: [{ type: 'RLIMIT_NOPE', soft: 1, hard: 1 }] },
  } as NativeContainerPlan;
  t.throws(() => loadAddon().containerCreate(plan), { name: 'TypeError', field: 'process.rlimits[0].type', detail: 'no rlimit "RLIMIT_NOPE"' });
});
