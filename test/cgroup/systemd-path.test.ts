// systemd's slice:prefix:name cgroupsPath: the unit it names and the directory systemd gives it,
// by systemd's rule for slice names (each "-" a level).
import t from 'tap';
import { DEFAULT_SLICE, expandSlice, isSystemdCgroupsPath, parseSystemdCgroupsPath } from '../../lib/common/cgroup/systemd-path.js';

t.test('slice names expand one level per "-"', async (t) => {
  t.equal(expandSlice('-.slice'), '', 'the root slice');
  t.equal(expandSlice('system.slice'), 'system.slice');
  t.equal(expandSlice('kubepods-besteffort-pod1.slice'), 'kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod1.slice');
  for (const bad of ['kubepods', 'a--b.slice', '-a.slice', 'a-.slice', 'a/b.slice', '.slice'])
    t.throws(() => expandSlice(bad), RangeError, `refused: ${bad}`);
});

t.test('slice:prefix:name is a scope in the slice', async (t) => {
  t.ok(isSystemdCgroupsPath('test.slice:cri-containerd:abc'));
  t.notOk(isSystemdCgroupsPath('/kubepods/pod1/abc'), 'a cgroupfs path');
  t.notOk(isSystemdCgroupsPath('a/b:c:d'), 'a "/" is never in the form');
  t.same(parseSystemdCgroupsPath('test.slice:cri-containerd:abc'), { driver: 'systemd', slice: 'test.slice', unit: 'cri-containerd-abc.scope', path: 'test.slice/cri-containerd-abc.scope' });
  t.same(parseSystemdCgroupsPath(':kata:abc'), { driver: 'systemd', slice: DEFAULT_SLICE, unit: 'kata-abc.scope', path: 'system.slice/kata-abc.scope' }, 'no slice: system.slice');
  t.same(parseSystemdCgroupsPath('-.slice::abc'), { driver: 'systemd', slice: '-.slice', unit: 'abc.scope', path: 'abc.scope' }, 'no prefix, the root slice');
  t.throws(() => parseSystemdCgroupsPath('test.slice:p:'), /the name \(third field\) is empty/);
  t.throws(() => parseSystemdCgroupsPath('test.slice:p:child.slice'), /names a slice; a sandbox needs a scope/);
  t.throws(() => parseSystemdCgroupsPath('test.slice:p:a b'), /a unit name may hold only/);
});
