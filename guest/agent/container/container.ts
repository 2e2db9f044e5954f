// A container on this machine, the way runc makes one: create() sets up its first process in
// new namespaces and leaves it waiting, start() lets it exec, exec() runs one more process in its
// namespaces and cgroup. Called by the agent's container registry (registry.ts: CreateContainer,
// StartContainer, ExecProcess, SignalProcess, WaitProcess). The setup itself is the addon's
// (native/src/container).
import { join } from 'node:path';
import { Cgroup } from '../../../lib/common/cgroup/cgroup.js';
import { loadAddon } from '../../../lib/common/native/addon.js';
import type { ExitInfo } from '../process/reaper.js';
import { execPlan, planFromSpec } from './plan.js';
import { ContainerProcess } from './process.js';
import type { ProcessSpec, Spec } from '../../../lib/common/oci/spec.js';

export interface CreateOptions {
  id: string;
  /** The bundle directory (root.path is relative to it). */
  bundle: string;
  spec: Spec;
  /** A cgroup the caller owns; else one is made from linux.cgroupsPath (and removed with the container). */
  cgroup?: Cgroup;
}

export class Container {
  private readonly execs = new Set<ContainerProcess>();

  private constructor(
    readonly id: string,
    readonly init: ContainerProcess,
    readonly cgroup: Cgroup | undefined,
    private readonly ownsCgroup: boolean,
    private readonly seccomp: ReturnType<typeof planFromSpec>['seccomp'],
  ) {}

  get pid(): number {
    return this.init.pid;
  }

  /** Sets the container up; its process waits for start(). On failure nothing is left behind. */
  static async create(opts: CreateOptions): Promise<Container> {
    if (!/^[\w.-]+$/.test(opts.id)) throw new RangeError(`container id must be [A-Za-z0-9_.-]+, got ${JSON.stringify(opts.id)}`);
    let cgroup = opts.cgroup;
    const ownsCgroup = !cgroup && !!opts.spec.linux?.cgroupsPath;
    // The plan first: a bad spec is refused before anything is made. The cgroup it joins is added
    // once the cgroup exists (cgroupProcs is the one part of the plan that depends on it).
    const plan = planFromSpec(opts.spec, { bundle: opts.bundle });
    if (ownsCgroup) cgroup = await Cgroup.create(opts.spec.linux!.cgroupsPath!.replace(/^\/+/, ''), opts.spec.linux?.resources ?? {});
    try {
      plan.cgroupProcs = procsFiles(cgroup);
      const created = await loadAddon().containerCreate(plan);
      return new Container(opts.id, new ContainerProcess(created), cgroup, ownsCgroup, plan.seccomp);
    } catch (e) {
      if (ownsCgroup) await cgroup!.destroy({ kill: true }).catch(() => undefined);
      throw e;
    }
  }

  async start(): Promise<void> {
    await this.init.start();
  }

  /** Runs process in the container's namespaces and cgroup (started; its stdio is on the result). */
  async exec(process: ProcessSpec): Promise<ContainerProcess> {
    if (this.init.state !== 'running') throw new Error(`container ${this.id} is ${this.init.state}, not running`);
    const plan = execPlan(this.init.pid, process, { cgroupProcs: procsFiles(this.cgroup), seccomp: this.seccomp });
    const p = new ContainerProcess(await loadAddon().containerCreate(plan));
    this.execs.add(p);
    void p.wait().finally(() => this.execs.delete(p));
    await p.start();
    return p;
  }

  kill(signal: NodeJS.Signals | number = 'SIGTERM'): void {
    this.init.kill(signal);
  }

  wait(): Promise<ExitInfo> {
    return this.init.wait();
  }

  resize(rows: number, cols: number): void {
    this.init.resize(rows, cols);
  }

  /** Kills whatever still runs, waits for it, and removes the cgroup if this container made it. */
  async destroy(): Promise<void> {
    if (this.init.state === 'created') await this.init.discard();
    this.init.kill('SIGKILL');
    for (const p of this.execs) p.kill('SIGKILL');
    await Promise.all([this.init.wait(), ...[...this.execs].map((p) => p.wait())].map((w) => w.catch(() => undefined)));
    if (this.ownsCgroup) await this.cgroup!.destroy({ kill: true });
  }
}

function procsFiles(cgroup: Cgroup | undefined): string[] {
  return cgroup ? cgroup.dirs.map((d) => join(d, 'cgroup.procs')) : [];
}
