// The folders say what runs where, and this keeps them honest: the shipped host library (lib/)
// never imports dev-only code (test/, which holds the tests, the bench and the demo); code shared
// by host and guest (lib/common/) imports nothing outside itself; the agent (guest/agent/, run in
// the VM) imports from lib/ only lib/common/ and nothing of the host's guest build
// (guest/osbuilder/). On the host, lib/agent is the one agent client: the shim reaches the
// guest through the runtime, the CLI tools and the VM factory through lib/agent, and nothing else
// builds a client of the agent's services; the runtime starts VMs through lib/hypervisor's
// interface, not through QEMU's modules, and assembles them in one place (sandbox-vm.ts), which
// the VM factory uses too: the layers import downwards only. Reads the TypeScript sources, so it needs no build of its
// own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import t from 'tap';
import { packageRoot } from '../../lib/common/package-root.js';

const root = packageRoot();

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(relative(root, join(e.parentPath, e.name)));
  }
  return out;
}

/** Every relative module a source file imports, as a path from the package root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\(\s*)'(\.[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => relative(root, resolve(root, dirname(file), s)));
}

/** The source files under dir whose text matches re. */
function mentioning(dir: string, re: RegExp): string[] {
  return sources(dir).filter((f) => re.test(readFileSync(join(root, f), 'utf8')));
}

function violations(dir: string, allowed: (target: string) => boolean): string[] {
  const bad: string[] = [];
  for (const f of sources(dir)) for (const target of importsOf(f)) if (!allowed(target)) bad.push(`${f} imports ${target}`);
  return bad;
}

t.test('lib/ never imports from test/', async (t) => {
  t.same(violations('lib', (p) => !p.startsWith('test/')), []);
});

t.test('lib/common/ imports nothing outside itself', async (t) => {
  t.same(violations('lib/common', (p) => p.startsWith('lib/common/')), []);
});

t.test('the agent imports nothing of the osbuilder (the guest build, run on the host)', async (t) => {
  t.same(violations('guest/agent', (p) => !p.startsWith('guest/osbuilder/')), []);
});

t.test('the agent imports from lib/ only lib/common/', async (t) => {
  t.same(violations('guest/agent', (p) => !p.startsWith('lib/') || p.startsWith('lib/common/')), []);
});

/** The runtime's front, all the shim may use of it: the sandbox's interface and its launch, the state records and their cleanup, tracing's set-up. */
const RUNTIME_FRONT = ['task-sandbox', 'launch', 'state', 'cleanup', 'tracing'].map((m) => `lib/runtime/${m}.js`);

t.test('the shim reaches the guest only through the runtime (TaskSandbox)', async (t) => {
  t.same(violations('lib/shim', (p) => !p.startsWith('lib/common/agent/') && !p.startsWith('lib/agent/') && (!p.startsWith('lib/runtime/') || RUNTIME_FRONT.includes(p))), []);
  // The shim's one ttrpc client is the event publisher's, to containerd (not to the guest).
  const clients = sources('lib/shim').filter((f) => /\b(TtrpcClient|serviceClient)\b/.test(readFileSync(join(root, f), 'utf8')));
  t.same(clients, ['lib/shim/publisher.ts']);
});

t.test('the agent client depends on no layer that uses it', async (t) => {
  const above = ['lib/runtime/', 'lib/shim/', 'lib/cli/', 'lib/factory/'];
  t.same(violations('lib/agent', (p) => !above.some((a) => p.startsWith(a))), []);
});

t.test('the layers import downwards only: no cycle between the runtime and the factory', async (t) => {
  t.same(violations('lib/runtime', (p) => !['lib/factory/', 'lib/shim/', 'lib/cli/'].some((a) => p.startsWith(a))), []);
  t.same(violations('lib/factory', (p) => !['lib/shim/', 'lib/cli/'].some((a) => p.startsWith(a))), []);
});

t.test('a VM is assembled in one place (lib/runtime/sandbox-vm.ts)', async (t) => {
  // Starting a VMM and dialling a booting VM's agent: the sandbox and the template factory both launch through SandboxVm.
  const starts = mentioning('lib', /\bhypervisor(For\([^)]*\))?\.start\(/).filter((f) => !f.startsWith('lib/hypervisor/'));
  t.same(starts, ['lib/runtime/sandbox-vm.ts']);
  const boots = mentioning('lib', /\bboot: \{ vm\b/).filter((f) => !f.startsWith('lib/agent/'));
  t.same(boots, ['lib/runtime/sandbox-vm.ts']);
});

t.test('the runtime starts VMs through the hypervisor interface, not through QEMU', async (t) => {
  t.same(violations('lib/runtime', (p) => !p.startsWith('lib/hypervisor/qemu')), []);
  // The one place that names an implementation is the choice of it.
  const outside = sources('lib/hypervisor').filter((f) => !f.startsWith('lib/hypervisor/qemu/'));
  t.same(outside.filter((f) => importsOf(f).some((p) => p.startsWith('lib/hypervisor/qemu/'))), ['lib/hypervisor/select.ts']);
});

t.test('the CLI tools and the VM factory reach the agent only through lib/agent', async (t) => {
  for (const dir of ['lib/cli', 'lib/factory']) t.same(mentioning(dir, /\b(TtrpcClient|serviceClient|agentService|healthService)\b/), [], `${dir} builds no ttrpc client`);
  // The debug console is a shell on a vsock port of its own, not the agent's API: exec.ts dials it.
  const vsock = (p: string): boolean => !p.startsWith('lib/vsock/') && !p.startsWith('lib/common/vsock/');
  t.same([...violations('lib/cli', vsock), ...violations('lib/factory', vsock)], ['lib/cli/exec.ts imports lib/vsock/hybrid-backend.js'], 'and dial no vsock but the debug console');
});

t.test('only lib/agent builds a client of the agent\'s services', async (t) => {
  t.same(mentioning('lib', /\b(agentService|healthService)\b/).filter((f) => !f.startsWith('lib/agent/')), ['lib/common/agent/api.ts'], 'the service descriptors are used in lib/agent alone');
  const clients = mentioning('lib', /\bTtrpcClient\b/).filter((f) => !f.startsWith('lib/agent/') && !f.startsWith('lib/common/ttrpc/'));
  t.same(clients, ['lib/shim/publisher.ts'], "the one other ttrpc client is the shim's, to containerd");
});

t.test('the checks see the imports they judge', async (t) => {
  t.ok(importsOf('lib/runtime/sandbox.ts').includes('lib/agent/connect.js'), 'a known import is found');
  t.ok(mentioning('lib/agent', /\bserviceClient\(/).length > 0, 'a known client is found');
  t.ok(sources('lib/common').length > 10 && sources('guest/agent').length > 10 && sources('guest/osbuilder').length > 10, 'the source trees are read');
});
