// A trivial initrd: busybox-static and an /init script the caller writes, packed as a
// gzip-compressed newc cpio with Debian's cpio. The VM that builds the guest's agent snapshot
// boots one (guest-snapshot.ts), and so do boot tests. Made in a directory the caller removes.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const BUSYBOX = '/bin/busybox';

/** extraFiles: host files copied to the same paths in the initrd (e.g. a binary and its libraries). */
export function busyboxInitrd(init: string, dir = mkdtempSync(join(tmpdir(), 'kata-initrd-')), extraFiles: string[] = []): string {
  if (!existsSync(BUSYBOX)) throw new Error(`${BUSYBOX} is missing (apt-get install busybox-static)`);
  const root = join(dir, 'root');
  for (const d of ['bin', 'dev', 'proc', 'sys']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync(BUSYBOX, join(root, 'bin', 'busybox'));
  chmodSync(join(root, 'bin', 'busybox'), 0o755);
  for (const f of extraFiles) {
    mkdirSync(join(root, dirname(f)), { recursive: true });
    copyFileSync(f, join(root, f));
    chmodSync(join(root, f), 0o755);
  }
  writeFileSync(join(root, 'init'), `#!/bin/busybox sh\n/bin/busybox --install -s /bin\nexport PATH=/bin\n${init}\n`, { mode: 0o755 });
  execFileSync('mknod', ['-m', '600', join(root, 'dev', 'console'), 'c', '5', '1']); // init's stdio
  const out = join(dir, 'initrd.cpio.gz');
  execFileSync('sh', ['-c', `cd "${root}" && find . | cpio -o -H newc --quiet | gzip -1 > "${out}"`]);
  return out;
}
