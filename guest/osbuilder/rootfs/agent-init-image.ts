// The agent-init image: the rootfs image with the agent as PID 1 and no systemd (what Kata's
// osbuilder makes with AGENT_INIT=yes). The same cached Debian base and agent as the systemd image
// (image.ts), but /sbin/init starts the agent, which mounts /proc, /sys, /dev, /run, /tmp and the
// cgroup tree itself, reaps orphans and powers the VM off (guest/agent/init.ts), as it does from
// the initrd. Booted as a read-only DAX nvdimm (root=/dev/pmem0p1, rootflags=dax), Node and the
// agent are read in place from the host's page cache of the image instead of being unpacked into
// guest RAM as the initrd's are. Cached under <cache>/agent-init-image/<hash>. Called by
// guest/osbuilder/build.ts (`npm run guest`), the boot test and the bench.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot } from '../common/cache.js';
import { GUEST_LAUNCHER, GUEST_PREFIX, installAgent } from './agent-bundle.js';
import { writeDetails } from './details.js';
import { type ImageAsset, type ImageDetails, type ImageVariant, buildVariant, cachedVariant, checkLibraries, dropDocs } from './image.js';

const RECIPE = 'agent-init-image-recipe-2'; // 2: the agent's launcher (snapshot, bundle or modules)
export const AGENT_INIT_IMAGE_NAME = 'kata-containers-agent-init.img';
/** The script the kernel runs as init (/sbin/init points at it). */
export const AGENT_INIT = `${GUEST_PREFIX}/agent-init`;

// Node reads /proc/self/exe as it starts (and the launcher /proc/cmdline), so /proc is mounted
// before it, as the initrd's /init does; the launcher execs node, so the agent is PID 1 and mounts
// the rest. dash and util-linux mount are in minbase.
export const AGENT_INIT_SCRIPT = `#!/bin/sh
# kata-ts agent-init image: the agent is PID 1 (no systemd).
/bin/mount -t proc -o nosuid,nodev,noexec proc /proc
exec ${GUEST_LAUNCHER}
`;

/** Turns a copy of the base into the agent-init root: the agent, /sbin/init → the agent's script. */
function customizeAgentInit(rootfs: string, details: ImageDetails): void {
  details.agentSnapshot = installAgent(rootfs, false);
  checkLibraries(rootfs);
  writeFileSync(join(rootfs, AGENT_INIT), AGENT_INIT_SCRIPT, { mode: 0o755 });
  // /sbin is usr/sbin in Debian's merged /usr; the kernel tries /sbin/init first.
  const init = join(rootfs, 'usr', 'sbin', 'init');
  rmSync(init, { force: true });
  symlinkSync(AGENT_INIT, init);
  // The early mounts' targets, so PID 1 never needs to create a directory on the read-only root.
  for (const d of ['proc', 'sys', 'dev', 'run', 'tmp']) mkdirSync(join(rootfs, d), { recursive: true });
  writeFileSync(join(rootfs, 'etc', 'hostname'), 'kata\n');
  writeFileSync(join(rootfs, 'etc', 'machine-id'), '');
  dropDocs(rootfs);
  writeDetails(join(rootfs, 'etc', 'kata-ts-guest.json'), details);
}

export const AGENT_INIT_IMAGE: ImageVariant = {
  what: 'agent-init image', kind: 'agent-init-image', fileName: AGENT_INIT_IMAGE_NAME, recipe: RECIPE, extraInputs: AGENT_INIT_SCRIPT,
  label: 'kata-agent-init', init: 'agent', distroNote: '; the agent as init', step: 'adding node and the agent as init', customize: customizeAgentInit,
};

export const cachedAgentInitImage = (cache = cacheRoot()): ImageAsset | undefined => cachedVariant(AGENT_INIT_IMAGE, cache);
export const buildAgentInitImage = (opts: Parameters<typeof buildVariant>[1] = {}): Promise<ImageAsset> => buildVariant(AGENT_INIT_IMAGE, opts);
