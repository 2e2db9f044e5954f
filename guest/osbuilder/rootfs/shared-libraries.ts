// The shared libraries a host binary links against, found with ldd, so a guest tree (the initrd,
// the image, the snapshot VM's chroot, a test initrd) can carry the binary with what it needs.
// The host is Debian bookworm like the guest.
import { execFileSync } from 'node:child_process';

/** Absolute host paths of the libraries `binary` needs, the loader included, sorted. */
export function sharedLibraries(binary: string): string[] {
  const out = execFileSync('ldd', [binary], { encoding: 'utf8' });
  const libs = new Set<string>();
  for (const line of out.split('\n')) {
    const m = /=>\s*(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (m) libs.add(m[1]!);
  }
  return [...libs].sort();
}
