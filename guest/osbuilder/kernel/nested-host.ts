// The nested test host's kernel: the guest kernel's fragments plus nested-host-fragments/ (KVM for
// AMD and Intel, taps and the runtime's traffic control), built and cached by the same builder.
// Booted under QEMU TCG with -cpu max,+svm it has a working /dev/kvm, which is how the KVM path is
// tested on machines without usable KVM (test/helpers/nested-host.ts). `npm run guest` builds it.
import { join } from 'node:path';
import { packageRoot } from '../../../lib/common/package-root.js';
import { type KernelAssets, type KernelOptions, buildKernel, cachedKernel } from './build.js';

export const nestedHostFragmentsDir = (): string => join(packageRoot(), 'guest', 'osbuilder', 'kernel', 'nested-host-fragments');

export function cachedNestedHostKernel(opts: Omit<KernelOptions, 'extraFragmentsDir'> = {}): KernelAssets | undefined {
  return cachedKernel({ ...opts, extraFragmentsDir: nestedHostFragmentsDir() });
}

export function buildNestedHostKernel(opts: Omit<KernelOptions, 'extraFragmentsDir'> = {}): Promise<KernelAssets> {
  return buildKernel({ ...opts, extraFragmentsDir: nestedHostFragmentsDir() });
}
