// kata-ts-guest (`npm run guest`): builds or reuses every guest asset the runtime boots — for now
// the kernel, the initrd, the rootfs image and the agent-init image — and links them where the shipped configuration.toml looks: build/guest/ in the
// package. The assets themselves live in the cache (guest/osbuilder/common/cache.ts), keyed by
// their inputs.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pruneCache } from './common/cache.js';
import { buildKernel } from './kernel/build.js';
import { buildNestedHostKernel } from './kernel/nested-host.js';
import { AGENT_INIT_IMAGE_NAME, buildAgentInitImage } from './rootfs/agent-init-image.js';
import { IMAGE_NAME, buildImage } from './rootfs/image.js';
import { INITRD_NAME, buildInitrd } from './rootfs/initrd.js';
import { packageRoot } from '../../lib/common/package-root.js';

export const guestAssetsDir = join(packageRoot(), 'build', 'guest');

function link(target: string, name: string): void {
  const path = join(guestAssetsDir, name);
  rmSync(path, { force: true });
  symlinkSync(target, path);
}

const USAGE = `Usage: kata-ts-guest [--force-kernel]

Builds the guest assets (or reuses cached ones with the same inputs) and links them into
build/guest/: vmlinux, bzImage, kernel.config, kernel-details.json,
kata-containers-initrd.img (the agent as PID 1), initrd-details.json,
kata-containers.img (Debian with systemd, the agent as a service; an nvdimm disk
image) and image-details.json, kata-containers-agent-init.img (the same base with the
agent as init, no systemd; an nvdimm disk image) and agent-init-image-details.json, and
nested-host-vmlinux (the nested test host's kernel, with KVM).
The first image build runs debootstrap (minutes).

  --force-kernel  rebuild the kernel even when a cached one matches
  --help          this text
`;

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const unknown = argv.filter((a) => a !== '--force-kernel');
  if (unknown.length > 0) throw new Error(`unknown argument: ${unknown[0]}\n\n${USAGE}`);
  const kernel = await buildKernel({ force: argv.includes('--force-kernel') });
  mkdirSync(guestAssetsDir, { recursive: true });
  link(kernel.vmlinux, 'vmlinux');
  link(kernel.bzImage, 'bzImage');
  link(kernel.config, 'kernel.config');
  link(join(kernel.dir, 'details.json'), 'kernel-details.json');
  const initrd = buildInitrd({ kernelConfigHash: kernel.details.configSha256 });
  link(initrd.path, INITRD_NAME);
  link(join(initrd.path, '..', 'details.json'), 'initrd-details.json');
  const image = await buildImage({ kernelConfigHash: kernel.details.configSha256 });
  link(image.path, IMAGE_NAME);
  link(join(image.path, '..', 'details.json'), 'image-details.json');
  const agentInit = await buildAgentInitImage({ kernelConfigHash: kernel.details.configSha256 });
  link(agentInit.path, AGENT_INIT_IMAGE_NAME);
  link(join(agentInit.path, '..', 'details.json'), 'agent-init-image-details.json');
  // The nested test host's kernel (KVM built in) for the tests of the KVM path (test/nested/).
  const nested = await buildNestedHostKernel();
  link(nested.vmlinux, 'nested-host-vmlinux');
  // Least recently used entries beyond a few per kind go: every code change makes a new initrd and image.
  const pruned = [kernel.dir, nested.dir, dirname(initrd.path), dirname(image.path), dirname(agentInit.path)].flatMap((d) => pruneCache(d));
  if (pruned.length > 0) process.stderr.write(`guest: removed ${pruned.length} least recently used cache entries\n`);
  const mib = (n: number | undefined): string => `${((n ?? 0) / 1048576).toFixed(1)} MiB`;
  process.stderr.write(`guest: kernel ${kernel.details.sourceVersion} (${kernel.details.hash}), initrd ${initrd.details.inputsHash} (${mib(initrd.details.bytes)}), image ${image.details.inputsHash} (${mib(image.details.bytes)}, ${mib(image.details.allocatedBytes)} allocated), agent-init image ${agentInit.details.inputsHash} (${mib(agentInit.details.bytes)}), nested-host kernel ${nested.details.hash} linked into ${guestAssetsDir}\n`);
}

main(process.argv.slice(2)).catch((e: Error) => {
  process.stderr.write(`kata-ts-guest: ${e.message}\n`);
  process.exit(1);
});
