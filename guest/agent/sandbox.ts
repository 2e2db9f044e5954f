// The sandbox as the agent holds it: one per agent (one VM, one pod). CreateSandbox sets the
// guest's hostname and DNS and mounts the shared storages; DestroySandbox undoes that. Containers
// (guest/agent/container/registry.ts) live inside it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../../lib/common/log/logger.js';
import { loadAddon } from '../../lib/common/native/addon.js';
import type { grpc } from '../../lib/common/proto/gen/protocols.js';
import { AlreadyExistsError, FailedPreconditionError, InternalError } from '../../lib/common/errors.js';
import { type MountedStorage, mountStorages, unmountStorages } from './storage.js';

export class Sandbox {
  id: string | undefined;
  hostname = '';
  private storages: MountedStorage[] = [];
  private created = false;

  constructor(
    /** Where the agent keeps per-sandbox files (resolv.conf), e.g. /run/kata-ts/sandbox. */
    readonly stateDir: string,
    private readonly log: Logger,
  ) {}

  get isCreated(): boolean {
    return this.created;
  }

  /** Path of the resolv.conf built from CreateSandbox's dns lines, for containers to bind. */
  get resolvConf(): string {
    return join(this.stateDir, 'resolv.conf');
  }

  create(req: grpc.ICreateSandboxRequest): void {
    if (this.created) throw new AlreadyExistsError(`sandbox ${this.id ?? ''} already exists in this agent`);
    const storages = mountStorages(req.storages ?? []);
    try {
      mkdirSync(this.stateDir, { recursive: true, mode: 0o755 });
      if (req.dns && req.dns.length > 0) writeFileSync(this.resolvConf, req.dns.join('\n') + '\n', { mode: 0o644 });
      if (req.hostname) loadAddon().setHostname(req.hostname);
    } catch (e) {
      unmountStorages(storages);
      throw new InternalError(`CreateSandbox: ${(e as Error).message}`);
    }
    this.storages = storages;
    this.id = req.sandboxId || undefined;
    this.hostname = req.hostname ?? '';
    this.created = true;
    this.log.info('sandbox created', { sandbox: this.id, hostname: this.hostname, storages: storages.length });
  }

  /** Unmounts what CreateSandbox mounted; the caller has removed the containers first. */
  destroy(): void {
    if (!this.created) throw new FailedPreconditionError('DestroySandbox: no sandbox was created in this agent');
    const errors = unmountStorages(this.storages);
    rmSync(this.stateDir, { recursive: true, force: true });
    this.storages = [];
    this.created = false;
    this.log.info('sandbox destroyed', { sandbox: this.id });
    if (errors.length > 0) throw new InternalError(`DestroySandbox: ${errors.map((e) => e.message).join('; ')}`);
  }
}
