// GetIPTables/SetIPTables: the guest's packet filter read with iptables-save and replaced with
// iptables-restore (ip6tables-* for IPv6), as Kata's agent does. The legacy (x_tables) variants:
// the initrd carries them from the host's iptables package, the image from Debian's, and the
// guest kernel has IP_NF_IPTABLES. Called by agent.ts.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Code, TtrpcError } from '../../lib/common/ttrpc/index.js';

export const IPTABLES_DIR = '/usr/sbin';
const TIMEOUT_MS = 30_000;
const MAX_OUTPUT = 16 << 20;

function tool(ipv6: boolean, verb: 'save' | 'restore'): string {
  return `${IPTABLES_DIR}/${ipv6 ? 'ip6tables' : 'iptables'}-legacy-${verb}`;
}

function run(path: string, args: string[], input: Uint8Array | undefined, what: string): Promise<Buffer> {
  if (!existsSync(path)) return Promise.reject(new TtrpcError(Code.FailedPrecondition, `${what}: ${path} is not in this guest image`));
  return new Promise((resolve, reject) => {
    const child = execFile(path, args, { encoding: 'buffer', timeout: TIMEOUT_MS, maxBuffer: MAX_OUTPUT }, (err, stdout, stderr) => {
      if (err) {
        const detail = stderr.toString().trim() || err.message;
        // iptables-restore refuses bad input with status 1 or 2 and says where: the caller's mistake.
        reject(new TtrpcError(input ? Code.InvalidArgument : Code.Internal, `${what}: ${path}: ${detail}`));
      } else {
        resolve(stdout);
      }
    });
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input ? Buffer.from(input) : undefined);
  });
}

export async function getIPTables(ipv6: boolean): Promise<Uint8Array> {
  return run(tool(ipv6, 'save'), [], undefined, 'GetIPTables');
}

/** Replaces every table the input names (iptables-restore without --noflush). */
export async function setIPTables(ipv6: boolean, data: Uint8Array): Promise<Uint8Array> {
  if (data.length === 0) throw new TtrpcError(Code.InvalidArgument, 'SetIPTables: no rules given (data is empty)');
  return run(tool(ipv6, 'restore'), [], data, 'SetIPTables');
}
