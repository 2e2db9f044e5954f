// The legacy iptables tools for the initrd (the image gets Debian's iptables package instead):
// xtables-legacy-multi, the extensions it loads (matches, targets), and the shared libraries
// both need, all from the host's iptables package (the host is Debian bookworm like the guest).
// The agent's GetIPTables/SetIPTables (guest/agent/iptables.ts) run them. Used by initrd.ts.
import { cpSync, existsSync, mkdirSync, readdirSync, realpathSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sharedLibraries } from './shared-libraries.js';

const MULTI = '/usr/sbin/xtables-legacy-multi';
const EXTENSIONS = '/usr/lib/x86_64-linux-gnu/xtables';
// The names xtables-legacy-multi answers to (it dispatches on argv[0]).
const NAMES = ['iptables-legacy', 'iptables-legacy-save', 'iptables-legacy-restore', 'ip6tables-legacy', 'ip6tables-legacy-save', 'ip6tables-legacy-restore'];

/** Every host file that goes into the guest for iptables, for the initrd's hash; throws naming what is missing. */
export function iptablesFiles(): string[] {
  for (const p of [MULTI, EXTENSIONS]) if (!existsSync(p)) throw new Error(`${p} is missing: the guest's iptables come from the host (apt-get install iptables)`);
  const extensions = readdirSync(EXTENSIONS).filter((f) => f.endsWith('.so')).sort().map((f) => join(EXTENSIONS, f));
  const libs = new Set([MULTI, ...extensions].flatMap((f) => sharedLibraries(f)));
  return [MULTI, ...extensions, ...[...libs].sort()];
}

/** Copies the tools into rootfs and names them as the agent calls them. */
export function installIptables(rootfs: string): void {
  for (const f of iptablesFiles()) {
    const dest = join(rootfs, f);
    if (existsSync(dest)) continue; // a library the agent's bundle already brought
    mkdirSync(dirname(dest), { recursive: true });
    cpSync(realpathSync(f), dest);
  }
  for (const name of NAMES) symlinkSync('xtables-legacy-multi', join(rootfs, 'usr', 'sbin', name));
}
