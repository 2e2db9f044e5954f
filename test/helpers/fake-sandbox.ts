// A test double of TaskSandbox (lib/runtime/task-sandbox.ts): the shim's task model is driven
// against it in test/shim/task.test.ts, so its state rules are checked without a VM. The real
// Sandbox is tested on the same paths by test/runtime/sandbox.test.ts and test/e2e/. A process
// "runs" from start or exec until the test makes it exit (exit()) or a signal ends it (128+signal);
// every call is recorded, and gate() holds a call until the test releases it.
import { PassThrough, Writable } from 'node:stream';
import { readFileSync } from 'node:fs';
import type { LinuxResources } from '../../lib/common/cgroup/resources.js';
import type { ProcessSpec, Spec } from '../../lib/common/oci/spec.js';
import type { grpc } from '../../lib/common/proto/gen/protocols.js';
import { shippedConfigPath } from '../../lib/common/package-root.js';
import { parseConfig } from '../../lib/config/parse.js';
import type { NewSandbox, OomEvent, ProcessStdio, SandboxLauncher, TaskSandbox } from '../../lib/runtime/task-sandbox.js';

interface FakeProcess {
  status: Promise<number>;
  exit: (status: number) => void;
  stdout: PassThrough;
  stderr: PassThrough;
  stdin: Buffer[];
}

export class FakeSandbox implements TaskSandbox {
  readonly calls: string[] = [];
  readonly containers = new Set<string>();
  running = true;
  readonly pid: number;
  private readonly procs = new Map<string, FakeProcess>();
  private readonly gates = new Map<string, Promise<void>>();
  private readonly ooms: OomEvent[] = [];
  private oomWake: (() => void) | undefined;
  private static nextPid = 40000;

  constructor(readonly id: string) {
    this.pid = FakeSandbox.nextPid++;
  }

  /** Holds the next call of `name` until the returned function is called. */
  gate(name: string): () => void {
    let release!: () => void;
    this.gates.set(name, new Promise<void>((r) => (release = r)));
    return release;
  }

  private async record(call: string, name: string): Promise<void> {
    this.calls.push(call);
    const g = this.gates.get(name);
    if (g) {
      this.gates.delete(name);
      await g;
    }
  }

  private spawn(id: string, execId: string): void {
    let exit!: (status: number) => void;
    const status = new Promise<number>((r) => (exit = r));
    const p: FakeProcess = { status, exit, stdout: new PassThrough(), stderr: new PassThrough(), stdin: [] };
    void status.then(() => {
      p.stdout.end();
      p.stderr.end();
    });
    this.procs.set(`${id}/${execId}`, p);
  }

  private proc(id: string, execId: string): FakeProcess {
    const p = this.procs.get(`${id}/${execId}`);
    if (!p) throw new Error(`fake sandbox ${this.id}: no process ${id}/${execId}`);
    return p;
  }

  /** The test's hand: the process exits with this status. */
  exit(id: string, execId: string, status: number): void {
    this.proc(id, execId).exit(status);
  }

  /** The guest reports an OOM kill. */
  oom(containerId: string): void {
    this.ooms.push({ containerId });
    this.oomWake?.();
  }

  async createContainer(id: string, _bundle: string, _spec: Spec): Promise<void> {
    await this.record(`createContainer ${id}`, 'createContainer');
    this.containers.add(id);
  }
  async startContainer(id: string): Promise<void> {
    await this.record(`startContainer ${id}`, 'startContainer');
    this.spawn(id, id);
  }
  async pauseContainer(id: string): Promise<void> {
    await this.record(`pauseContainer ${id}`, 'pauseContainer');
  }
  async resumeContainer(id: string): Promise<void> {
    await this.record(`resumeContainer ${id}`, 'resumeContainer');
  }
  async updateContainer(id: string, resources: LinuxResources): Promise<void> {
    await this.record(`updateContainer ${id} ${JSON.stringify(resources)}`, 'updateContainer');
  }
  async statsContainer(id: string): Promise<grpc.ICgroupStats> {
    await this.record(`statsContainer ${id}`, 'statsContainer');
    return { pidsStats: { current: 3, limit: 0 } };
  }
  async exec(id: string, execId: string, process: ProcessSpec): Promise<void> {
    await this.record(`exec ${id}/${execId} ${(process.args ?? []).join(' ')}`, 'exec');
    this.spawn(id, execId);
  }
  async signal(id: string, execId: string, signal: number): Promise<void> {
    await this.record(`signal ${id}/${execId} ${signal}`, 'signal');
    const targets = execId ? [this.proc(id, execId)] : [...this.procs.entries()].filter(([k]) => k.startsWith(`${id}/`)).map(([, p]) => p);
    if (signal === 9 || signal === 15) for (const p of targets) p.exit(128 + signal);
  }
  wait(id: string, execId: string): Promise<number> {
    return this.proc(id, execId).status;
  }
  stdio(id: string, execId: string): ProcessStdio {
    const p = this.procs.get(`${id}/${execId}`);
    const stdin = new Writable({
      write: (chunk: Buffer, _enc, done) => {
        p?.stdin.push(chunk);
        done();
      },
    });
    if (p) return { stdout: p.stdout, stderr: p.stderr, stdin };
    // Not started yet: streams that end at once (the init's copies start at create, before start).
    const ended = (): PassThrough => new PassThrough().end();
    return { stdout: ended(), stderr: ended(), stdin };
  }
  async closeStdin(id: string, execId: string): Promise<void> {
    await this.record(`closeStdin ${id}/${execId}`, 'closeStdin');
  }
  async resizePty(id: string, execId: string, rows: number, columns: number): Promise<void> {
    await this.record(`resizePty ${id}/${execId} ${rows}x${columns}`, 'resizePty');
  }
  async *oomEvents(): AsyncGenerator<OomEvent> {
    while (this.running) {
      const e = this.ooms.shift();
      if (e) yield e;
      else await new Promise<void>((r) => (this.oomWake = r));
    }
  }
  async deleteContainer(id: string): Promise<void> {
    await this.record(`deleteContainer ${id}`, 'deleteContainer');
    this.containers.delete(id);
  }
  async delete(): Promise<void> {
    await this.record('delete', 'delete');
    this.containers.clear();
    this.running = false;
    this.oomWake?.();
  }
}

/** A launcher whose sandboxes are FakeSandboxes; the configuration is the shipped one unless `configText` is set. */
export class FakeLauncher implements SandboxLauncher {
  readonly sandboxes: FakeSandbox[] = [];
  /** Makes the next create fail with this error. */
  failCreate: Error | undefined;
  /** A configuration.toml to load instead of the shipped one (named /etc/kata-ts/configuration.toml). */
  configText: string | undefined;

  loadConfig(): ReturnType<SandboxLauncher['loadConfig']> {
    if (this.configText !== undefined) return parseConfig(this.configText, '/etc/kata-ts/configuration.toml');
    return parseConfig(readFileSync(shippedConfigPath(), 'utf8'), shippedConfigPath());
  }

  async create(o: NewSandbox): Promise<FakeSandbox> {
    if (this.failCreate) throw this.failCreate;
    const s = new FakeSandbox(o.id);
    this.sandboxes.push(s);
    return s;
  }
}
