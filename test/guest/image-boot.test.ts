// The rootfs image boots under QEMU TCG with systemd as init: systemd starts chronyd and the
// agent (kata-agent.service), whose ready line reaches the serial console; the host reaches the
// agent over hybrid vsock (the addon's vhost-user-vsock back-end; agent on vsock 1024) with ttrpc
// (health, guest details, a sandbox), and
// DestroySandbox makes the agent ask systemd to power off, so QEMU exits 0. The image is booted
// from an nvdimm (root=/dev/pmem0p1) when the kernel can bind a pmem namespace, and from
// virtio-blk always, which checks the image itself whatever the kernel's nvdimm support. Assets
// come from the cache `npm run guest` fills.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { agentService, healthService } from '../../lib/common/agent/api.js';
import { grpc } from '../../lib/common/proto/gen/protocols.js';
import { TtrpcClient, serviceClient } from '../../lib/common/ttrpc/index.js';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedImage } from '../../guest/osbuilder/rootfs/image.js';
import { bootVm } from '../helpers/qemu.js';
import { connectHybridVsock, startHybridVsock } from '../../lib/vsock/hybrid-backend.js';
import { GUEST_CID } from '../../lib/vsock/guest-cid.js';

// Two TCG boots of systemd: longer than the suite's default per-file timeout on a busy machine.
t.setTimeout(600000);

const kernel = cachedKernel();
const image = cachedImage();
if (!kernel || !image) throw new Error(`guest assets missing (kernel: ${kernel ? 'ok' : 'missing'}, image: ${image ? 'ok' : 'missing'}): run \`npm run guest\` (npm test does)`);

// nd_pmem enables a namespace through libnvdimm's claim code (CONFIG_ND_CLAIM, selected by
// CONFIG_NVDIMM_PFN or CONFIG_BTT); without it the probe fails with ENXIO and no /dev/pmem0 exists.
const kernelConfig = readFileSync(kernel.config, 'utf8');
const canBindPmem = /^CONFIG_ND_CLAIM=y$/m.test(kernelConfig);
// -o dax on an ACPI NFIT namespace needs a pfn device: CONFIG_NVDIMM_PFN in the kernel and the pfn
// info block osbuilder writes 4 KiB into the image. Without either, ext4 refuses the mount ("DAX
// unsupported by block device") and the kernel cannot mount its root: a boot is the proof.

// No `quiet`: the checks read the kernel's ext4 messages.
const AGENT_CMDLINE = ['console=ttyS0', 'panic=-1'];

async function bootAndCheck(t: Test, how: string, nvdimm: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kata-image-boot-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const uds = join(dir, 'vsock.sock');
  const backend = startHybridVsock({ vhostSocket: join(dir, 'vhost-vsock.sock'), udsPath: uds, guestCid: GUEST_CID });
  t.teardown(() => backend.stop());
  // qemu-args.ts adds the root= parameters of the image's device (pmem0p1 with DAX, or vda1).
  // readonly: the cached image is shared; the guest mounts it read-only anyway.
  const vm = bootVm({
    memoryMiB: 512, kernel: kernel!.bzImage, kernelParams: AGENT_CMDLINE,
    image: { path: image!.path, bytes: statSync(image!.path).size, nvdimm },
    vhostUserVsock: { socket: join(dir, 'vhost-vsock.sock') },
  }, t.teardown.bind(t));
  // The agent is not PID 1 here: systemd is.
  const readyMs = await vm.waitFor(/kata-agent ready: listening on vsock:1024 \(version [^,]+, pid \d+,/, 180000);
  t.pass(`${how}: agent ready ${readyMs} ms after QEMU started (TCG, systemd)`);
  const { socket } = await connectHybridVsock(uds, 1024);
  const client = new TtrpcClient(socket);
  t.teardown(() => client.close());
  const health = serviceClient(client, healthService);
  t.equal((await health.Check({}, { timeoutMs: 30000 })).status, grpc.HealthCheckResponse.ServingStatus.SERVING);
  const agent = serviceClient(client, agentService);
  const details = await agent.GetGuestDetails({ memBlockSize: true }, { timeoutMs: 30000 });
  t.equal(details.agentDetails!.initDaemon, false, 'systemd, not the agent, is the VM init');
  t.equal(details.agentDetails!.version, image!.details.agentVersion);
  await vm.waitFor(/Started .*chrony\.service/, 60000);
  t.pass('systemd started chronyd');
  // TCG: ptp_kvm finds no KVM, so no /dev/ptp0 and no refclock; chronyd must still start.
  t.notMatch(vm.output(), /chronyd.*(Could not open|Fatal error)/, 'chronyd started without a reference clock device');
  await agent.CreateSandbox({ hostname: 'img-pod', sandboxId: 'sb-img' }, { timeoutMs: 30000 });
  await agent.DestroySandbox({}, { timeoutMs: 30000 });
  t.equal(await vm.exited(120000), 0, 'the VM powered off through systemd after DestroySandbox');
  const out = vm.output();
  t.match(out, /Reached target .*kata-contai/, 'systemd reached kata-containers.target');
  t.match(out, /"msg":"sandbox created","sandbox":"sb-img","hostname":"img-pod"/, 'the agent logs reach the console through the journal');
  t.match(out, /reboot: Power down/, 'the kernel powered off');
  t.notMatch(out, /Failed to start|\[FAILED\]|Dependency failed/, 'no systemd unit failed');
  t.notMatch(out, /Kernel panic|Oops|BUG:|Call Trace/, 'no panic or oops in the boot log');
  t.equal(backend.error(), null, 'the vsock back-end ran without error');
  return out;
}

const nvdimmSkip = canBindPmem ? false : 'the guest kernel lacks CONFIG_ND_CLAIM (select it with CONFIG_NVDIMM_PFN=y): nd_pmem cannot enable the namespace, no /dev/pmem0';
if (nvdimmSkip) console.error(`image-boot: skipping the nvdimm boot: ${nvdimmSkip}`);

t.test('the image boots from an nvdimm as /dev/pmem0p1 with the root mounted -o dax', { skip: nvdimmSkip }, async (t) => {
  const out = await bootAndCheck(t, 'nvdimm', true);
  t.match(out, /EXT4-fs \(pmem0p1\): mounted filesystem/, 'ext4 mounted the pfn device\'s partition with -o dax');
  t.notMatch(out, /DAX unsupported|dax option not supported/);
});

t.test('the same image boots from virtio-blk: systemd, chronyd, the agent, clean power-off', async (t) => {
  await bootAndCheck(t, 'virtio-blk', false);
});
