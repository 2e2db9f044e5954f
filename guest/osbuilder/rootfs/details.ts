// The details each guest asset carries, inside it (/etc/kata-ts-guest.json) and beside it
// (details.json): what it was built from, so `kata-runtime env` can print "Image details".
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { } from './agent-bundle.js';
import { packageRoot } from '../../../lib/common/package-root.js';

export interface GuestDetails {
  kind: 'initrd' | 'image';
  distro: string;
  agentVersion: string;
  agentCommit: string;
  builtAt: string;
  kernelConfigHash?: string;
  inputsHash: string;
  bytes?: number;
  /** The agent's V8 snapshot the asset carries: where it was proven (guest-snapshot.ts). */
  agentSnapshot?: AgentSnapshotDetails;
}

export interface AgentSnapshotDetails {
  /** `vm:ACCEL:CPU MODEL:QEMU VERSION`. */
  provenOn: string;
  /** The CPU signature the launcher compares (cpu-signature.ts). */
  cpuSignature: string;
  v8Tag: string;
}

export function gitCommit(): string {
  try {
    const rev = execFileSync('git', ['-C', packageRoot(), 'rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['-C', packageRoot(), 'status', '--porcelain'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return dirty ? `${rev}-dirty` : rev;
  } catch {
    return 'unknown';
  }
}

export function writeDetails(path: string, d: GuestDetails): void {
  writeFileSync(path, JSON.stringify(d, null, 2) + '\n');
}
