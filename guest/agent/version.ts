// The agent's version, reported by Health.Version and GetGuestDetails: the package version, so
// the runtime can tell which agent an image carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../lib/common/package-root.js';

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0'; // an image built without package.json beside the agent
  }
}

export const AGENT_VERSION = packageVersion();
// The API generation the runtime can check against; bumped when agent.proto changes incompatibly.
export const API_VERSION = 'ttrpc/kata-agent-1';
