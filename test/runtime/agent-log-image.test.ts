// The agent's log lines reach the runtime's log from the rootfs image guest too (systemd runs the
// agent as a service there; test/e2e/agent-log.test.ts covers the initrd, agent as init, through
// containerd): the runtime's logger gets the agent's "container started" with source=agent and the
// sandbox id.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { cachedKernel } from '../../guest/osbuilder/kernel/build.js';
import { cachedImage } from '../../guest/osbuilder/rootfs/image.js';
import { Logger } from '../../lib/common/log/logger.js';
import { Sandbox } from '../../lib/runtime/sandbox.js';
import { baseSpec, makeBundle, rootfsSkipReason } from '../helpers/rootfs.js';
import { vmConfig } from '../helpers/vm-config.js';

t.setTimeout(600000);
const kernel = cachedKernel();
const image = cachedImage();
if (!kernel || !image) throw new Error('guest assets missing: run `npm run guest` (npm test does)');
const skip = rootfsSkipReason();
if (skip) throw new Error(`the runtime tests cannot run: ${skip}`);

t.test("the image guest's agent log lines arrive in the runtime's log", async (t) => {
  const stateRoot = mkdtempSync(join(tmpdir(), 'kata-rt-state-'));
  t.teardown(() => rmSync(stateRoot, { recursive: true, force: true }));
  const b = makeBundle('kata-rt-alog-');
  t.teardown(() => b.remove());
  const cfg = vmConfig(kernel.bzImage, { kind: 'image', path: image.path }, 240);
  let out = '';
  const log = new Logger({ component: 'kata-shim', level: 'info', stream: { write: (s: string) => ((out += s), true) } });
  const id = `rt-alog-${process.pid}`;
  const sb = await Sandbox.create({ id, config: cfg, log, stateRoot });
  t.teardown(() => sb.delete().catch(() => undefined));
  await sb.createContainer('c', b.dir, baseSpec(['true']));
  await sb.startContainer('c');
  t.equal(await sb.wait('c'), 0);
  const lines = (): Array<Record<string, unknown>> => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.source === 'agent');
  const until = Date.now() + 20000;
  while (!lines().some((l) => l.msg === 'container started') && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
  t.match(lines().find((l) => l.msg === 'container started'), { source: 'agent', sandbox: id, component: 'kata-agent', level: 'info', container: 'c' });
  t.ok(lines().some((l) => l.msg === 'listening' && l.init === false), "the agent's start-up line, logged before the runtime connected, as a systemd service");
  await sb.delete();
});
