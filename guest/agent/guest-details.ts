// GetGuestDetails: what the runtime learns about the guest once it is up — the memory hotplug
// block size and probe interface (for memory hot-add), and the agent's version and abilities.
import { existsSync, readFileSync } from 'node:fs';
import type { grpc } from '../../lib/common/proto/gen/protocols.js';
import { STORAGE_DRIVERS } from './storage.js';
import { AGENT_VERSION } from './version.js';

const BLOCK_SIZE = '/sys/devices/system/memory/block_size_bytes';
const PROBE = '/sys/devices/system/memory/probe';

export function guestDetails(req: grpc.IGuestDetailsRequest): grpc.IGuestDetailsResponse {
  const out: grpc.IGuestDetailsResponse = {
    agentDetails: {
      version: AGENT_VERSION,
      initDaemon: process.pid === 1,
      deviceHandlers: [],
      storageHandlers: [...STORAGE_DRIVERS],
      supportsSeccomp: existsSync('/proc/sys/kernel/seccomp/actions_avail'),
    },
  };
  if (req.memBlockSize && existsSync(BLOCK_SIZE)) out.memBlockSizeBytes = parseInt(readFileSync(BLOCK_SIZE, 'utf8').trim(), 16);
  if (req.memHotplugProbe) out.supportMemHotplugProbe = existsSync(PROBE);
  return out;
}
