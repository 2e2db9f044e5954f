// The agent: the sandbox, the file copier and the containers,
// exposed as the handlers of grpc.AgentService and grpc.Health. Handlers stay thin: validate,
// delegate, convert. main.ts wires this to a ttrpc server; tests do the same on a unix socket.
import type { Logger } from '../../lib/common/log/logger.js';
import { loadAddon } from '../../lib/common/native/addon.js';
import { grpc } from '../../lib/common/proto/gen/protocols.js';
import { InternalError, InvalidArgumentError } from '../../lib/common/errors.js';
import { Containers } from './container/registry.js';
import { FileCopier } from './copy-file.js';
import { guestDetails } from './guest-details.js';
import { addArpNeighbors, listInterfaces, loopbackUp, listRoutes, updateInterface, updateRoutes } from './network.js';
import { getIPTables, setIPTables } from './iptables.js';
import { CpuMemOnliner } from './online-cpu-mem.js';
import { Sandbox } from './sandbox.js';
import type { AgentHandlers, HealthHandlers } from './service.js';
import { API_VERSION, AGENT_VERSION } from './version.js';

export interface AgentOptions {
  logger: Logger;
  /** Per-sandbox state, default /run/kata-ts/sandbox. */
  stateDir?: string;
  /** The only tree CopyFile writes into, default /run. */
  copyRoot?: string;
  /** Parent of the containers' cgroups, relative to the cgroup root; default kata-agent. */
  cgroupParent?: string;
  /**
   * Where the sandbox container's namespaces are linked for the pod's later containers; default
   * <stateDir>-ns, which in the guest is GUEST_SANDBOX_NS_DIR (/run/kata-ts/sandbox-ns), the path
   * the runtime names.
   */
  sandboxNsDir?: string;
  /** Called after DestroySandbox has answered: powers the VM off (init) or asks systemd to. */
  onDestroyed?: () => void;
}

export class Agent {
  readonly sandbox: Sandbox;
  readonly containers: Containers;
  private readonly copier: FileCopier;
  private readonly onliner: CpuMemOnliner;
  private readonly log: Logger;

  constructor(private readonly opts: AgentOptions) {
    this.log = opts.logger;
    this.sandbox = new Sandbox(opts.stateDir ?? '/run/kata-ts/sandbox', this.log);
    this.copier = new FileCopier(opts.copyRoot ?? '/run');
    this.onliner = new CpuMemOnliner(this.log);
    this.containers = new Containers(this.log, opts.cgroupParent ?? 'kata-agent', opts.sandboxNsDir ?? (opts.stateDir ? `${opts.stateDir}-ns` : undefined));
  }

  health(): HealthHandlers {
    return {
      Check: () => ({ status: grpc.HealthCheckResponse.ServingStatus.SERVING }),
      Version: () => ({ grpcVersion: API_VERSION, agentVersion: AGENT_VERSION }),
    };
  }

  handlers(): AgentHandlers {
    return {
      CreateSandbox: (req) => {
        this.sandbox.create(req);
        loopbackUp();
        return {};
      },
      DestroySandbox: async () => {
        await this.containers.removeAll();
        this.sandbox.destroy();
        // After the answer is on its way: the runtime waits for the reply, then for the VM to go.
        if (this.opts.onDestroyed) setTimeout(this.opts.onDestroyed, 50);
        return {};
      },
      GetGuestDetails: (req) => guestDetails(req),
      SetGuestDateTime: (req) => {
        try {
          loadAddon().setClock(Number(req.Sec ?? 0), Number(req.Usec ?? 0));
        } catch (e) {
          throw new InvalidArgumentError(`SetGuestDateTime ${req.Sec}.${req.Usec}: ${(e as Error).message}`);
        }
        return {};
      },
      ReseedRandomDev: (req) => {
        const data = req.data ? Buffer.from(req.data) : Buffer.alloc(0);
        if (data.length === 0) throw new InvalidArgumentError('ReseedRandomDev: no data');
        try {
          loadAddon().reseedRandom('/dev/random', data);
        } catch (e) {
          throw new InternalError(`ReseedRandomDev (${data.length} bytes): ${(e as Error).message}`);
        }
        return {};
      },
      CopyFile: (req) => {
        this.copier.copy(req);
        return {};
      },
      OnlineCPUMem: async (req) => {
        await this.onliner.handle(req);
        return {};
      },
      CreateContainer: async (req) => {
        await this.containers.create(req);
        return {};
      },
      StartContainer: async (req) => {
        await this.containers.start(req);
        return {};
      },
      RemoveContainer: async (req) => {
        await this.containers.remove(req);
        return {};
      },
      ExecProcess: async (req) => {
        await this.containers.exec(req);
        return {};
      },
      SignalProcess: async (req) => {
        await this.containers.signal(req);
        return {};
      },
      WaitProcess: (req) => this.containers.wait(req),
      UpdateContainer: async (req) => {
        await this.containers.update(req);
        return {};
      },
      StatsContainer: (req) => this.containers.stats(req),
      // prom-client and the /proc readers load with the first call, not with the agent.
      GetMetrics: async () => ({ metrics: await (await import('./metrics.js')).guestMetrics(this.sandbox.id ?? '', this.containers.cgroups()) }),
      PauseContainer: async (req) => {
        await this.containers.pause(req);
        return {};
      },
      ResumeContainer: async (req) => {
        await this.containers.resume(req);
        return {};
      },
      WriteStdin: (req) => this.containers.writeStdin(req),
      ReadStdout: (req, ctx) => this.containers.read(req, 'stdout', ctx.signal),
      ReadStderr: (req, ctx) => this.containers.read(req, 'stderr', ctx.signal),
      CloseStdin: (req) => {
        this.containers.closeStdin(req);
        return {};
      },
      TtyWinResize: (req) => {
        this.containers.resize(req);
        return {};
      },
      GetOOMEvent: (_req, ctx) => this.containers.nextOom(ctx.signal),
      UpdateInterface: (req) => updateInterface(req.interface),
      UpdateRoutes: (req) => ({ Routes: updateRoutes(req.routes?.Routes ?? []) }),
      ListInterfaces: () => ({ Interfaces: listInterfaces() }),
      ListRoutes: () => ({ Routes: listRoutes() }),
      AddARPNeighbors: (req) => {
        addArpNeighbors(req.neighbors?.ARPNeighbors ?? []);
        return {};
      },
      GetIPTables: async (req) => ({ data: await getIPTables(!!req.isIpv6) }),
      SetIPTables: async (req) => ({ data: await setIPTables(!!req.isIpv6, req.data ?? new Uint8Array()) }),
    };
  }
}
