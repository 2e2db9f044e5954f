// Before a VM template is saved (template.ts), its agent serves once what each clone's runtime asks
// first: Health, the clock, entropy, and a container created and removed again. Under TCG the
// agent's first run of a code path is slow (V8 parses and compiles it, and runs it unoptimised);
// the compiled code lives in guest RAM, which the template saves and every clone shares, so the
// clones skip that work. The warm-up container leaves nothing behind: its rootfs is an empty
// tmpfs the agent mounts for it and unmounts with it, and its process is never started.
import { randomBytes } from 'node:crypto';
import type { Spec } from '../common/oci/spec.js';
import type { AgentClient } from '../agent/connect.js';
import { specToProto } from '../agent/spec-to-proto.js';

export const WARM_UP_CONTAINER = 'kata-ts-template-warm-up';
// One level below /run: the agent makes the mount point and removes it again with the container.
const ROOTFS = `/run/${WARM_UP_CONTAINER}`;
const ROUNDS = 2;

/** What `ctr run` asks for by default: new namespaces, the usual mounts and masks. */
function warmUpSpec(): Spec {
  return {
    ociVersion: '1.1.0',
    process: {
      terminal: false,
      user: { uid: 0, gid: 0 },
      // Create checks only that args[0] exists in the container; the rootfs is empty, but every
      // container's /dev has a null device, and this process is never started.
      args: ['/dev/null'],
      env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      cwd: '/',
      noNewPrivileges: true,
    },
    root: { path: ROOTFS, readonly: false },
    hostname: WARM_UP_CONTAINER,
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
      { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'strictatime', 'mode=755', 'size=65536k'] },
      { destination: '/dev/pts', type: 'devpts', source: 'devpts', options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620', 'gid=5'] },
      { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k'] },
      { destination: '/dev/mqueue', type: 'mqueue', source: 'mqueue', options: ['nosuid', 'noexec', 'nodev'] },
      { destination: '/sys', type: 'sysfs', source: 'sysfs', options: ['nosuid', 'noexec', 'nodev', 'ro'] },
    ],
    linux: {
      resources: { memory: { limit: 64 << 20 } },
      namespaces: [{ type: 'pid' }, { type: 'ipc' }, { type: 'uts' }, { type: 'mount' }],
      maskedPaths: ['/proc/acpi', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/timer_list', '/proc/timer_stats', '/proc/sched_debug', '/sys/firmware', '/proc/scsi'],
      readonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
    },
  };
}

/** Runs the warm-up on a connected agent; throws naming the request that failed. */
export async function warmUpAgent(client: AgentClient, timeoutMs: number): Promise<void> {
  const { agent, health } = client;
  const step = async <T>(what: string, p: Promise<T>): Promise<T> => {
    try {
      return await p;
    } catch (e) {
      throw new Error(`the template's warm-up ${what} failed: ${(e as Error).message}`, { cause: e });
    }
  };
  for (let i = 0; i < ROUNDS; i++) {
    const now = Date.now();
    // As a clone's runtime sends them: together.
    await Promise.all([
      step('Health check', health.Check({}, { timeoutMs })),
      step('SetGuestDateTime', agent.SetGuestDateTime({ Sec: Math.floor(now / 1000), Usec: (now % 1000) * 1000 }, { timeoutMs })),
      step('ReseedRandomDev', agent.ReseedRandomDev({ data: randomBytes(512) }, { timeoutMs })),
    ]);
    await step('CreateContainer', agent.CreateContainer({
      containerId: WARM_UP_CONTAINER,
      execId: WARM_UP_CONTAINER,
      OCI: specToProto(warmUpSpec()),
      storages: [{ driver: 'ephemeral', source: 'tmpfs', fstype: 'tmpfs', mountPoint: ROOTFS, options: ['size=1m'] }],
    }, { timeoutMs }));
    await step('RemoveContainer', agent.RemoveContainer({ containerId: WARM_UP_CONTAINER, timeout: 10 }, { timeoutMs }));
  }
}
