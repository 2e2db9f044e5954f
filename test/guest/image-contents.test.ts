// What the built rootfs image holds, read straight from its ext4 partition with debugfs (no VM):
// the agent unit and the default target, chronyd enabled, node and the libraries it needs, the
// details file, an empty machine-id for the read-only root. Also that the cache keys move with
// their inputs. The image comes from the cache `npm run guest` fills.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { BASE_PACKAGES, baseHash } from '../../guest/osbuilder/rootfs/base-rootfs.js';
import { MIB } from '../../guest/osbuilder/rootfs/disk-image.js';
import { AGENT_UNIT, CHRONY_CONF, CHRONY_DROPIN, CHRONY_PTP_REFCLOCK, TARGET_UNIT, cachedImage } from '../../guest/osbuilder/rootfs/image.js';

t.test('the base rootfs cache key covers the suite and the package list, not their order', async (t) => {
  t.equal(baseHash(BASE_PACKAGES, 'bookworm'), baseHash([...BASE_PACKAGES].reverse(), 'bookworm'));
  t.not(baseHash(BASE_PACKAGES, 'bookworm'), baseHash(BASE_PACKAGES, 'trixie'));
  t.not(baseHash(BASE_PACKAGES, 'bookworm'), baseHash([...BASE_PACKAGES, 'udev'], 'bookworm'));
});

const image = cachedImage();
t.test('the image holds the agent as a systemd service, chronyd, node and the details', { skip: image ? false : 'no cached image: run `npm run guest`' }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kata-image-contents-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const d = image!.details;
  const part = join(dir, 'root.ext4');
  execFileSync('dd', [`if=${image!.path}`, `of=${part}`, `bs=${MIB}`, `skip=${d.partitionOffset! / MIB}`, `count=${d.fsBytes! / MIB}`, 'conv=sparse', 'status=none']);
  const debugfs = (cmd: string): string => execFileSync('debugfs', ['-R', cmd, part], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const cat = (path: string): string => debugfs(`cat ${path}`);
  const exists = (path: string): boolean => /Inode:\s+\d+/.test(debugfs(`stat ${path}`));

  const unit = cat(`/etc/systemd/system/${AGENT_UNIT}`);
  t.match(unit, /^ExecStart=\/usr\/lib\/kata-ts\/agent\/kata-agent-start --poweroff-on-destroy$/m, 'the launcher starts the agent');
  for (const f of ['kata-agent-start', 'kata-agent.cjs', 'kata-agent.blob', 'kata-agent.blob.stamp']) t.ok(exists(`/usr/lib/kata-ts/agent/${f}`), `the image holds ${f}`);
  const nodeBytes = /Size:\s+(\d+)/.exec(debugfs('stat /usr/bin/node'))?.[1];
  t.match(cat('/usr/lib/kata-ts/agent/kata-agent.blob.stamp'), new RegExp(`^node_bytes=${nodeBytes}$`, 'm'), 'the snapshot is stamped for the image\'s node');
  t.match(unit, /^StandardOutput=journal\+console$/m);
  t.match(unit, /^SuccessAction=poweroff$/m);
  t.match(debugfs('stat /etc/systemd/system/default.target'), /Fast link dest: "\/etc\/systemd\/system\/kata-containers\.target"/, 'default.target is kata-containers.target');
  t.match(cat(`/etc/systemd/system/${TARGET_UNIT}`), /^Wants=kata-agent\.service chrony\.service$/m);
  t.ok(exists(`/etc/systemd/system/${TARGET_UNIT}.wants/chrony.service`), 'chronyd enabled');
  t.ok(exists('/usr/sbin/chronyd'));
  t.equal(cat('/etc/chrony/chrony.conf'), CHRONY_CONF, 'chronyd takes time from the host only (no network pool)');
  t.equal(cat('/etc/chrony/kata-ptp.conf'), CHRONY_PTP_REFCLOCK);
  t.equal(cat('/etc/systemd/system/chrony.service.d/kata-ptp.conf'), CHRONY_DROPIN, 'the PTP refclock is linked in only where /dev/ptp0 exists');
  t.ok(exists('/lib/systemd/systemd'));
  t.ok(exists('/usr/bin/node'));
  t.ok(exists('/usr/lib/kata-ts/build/Release/kata_ts.node'));
  t.ok(exists('/usr/lib/x86_64-linux-gnu/libstdc++.so.6'), 'libstdc++6 for node');
  t.ok(exists('/usr/lib/x86_64-linux-gnu/libseccomp.so.2'), 'libseccomp2 for the addon');
  t.equal(cat('/etc/machine-id'), '', 'machine-id empty: systemd makes one per boot');
  t.match(cat('/etc/fstab'), /^tmpfs \/tmp tmpfs/m);
  const inner = JSON.parse(cat('/etc/kata-ts-guest.json')) as { kind: string; inputsHash: string; baseHash: string };
  t.equal(inner.kind, 'image');
  t.equal(inner.inputsHash, d.inputsHash);
  t.equal(inner.baseHash, d.baseHash);
  t.notOk(exists('/etc/systemd/system/timers.target.wants'), 'no periodic maintenance timers');
});
