// The agent: the sandbox, the file copier and (with the container machinery) the containers,
// exposed as the handlers of grpc.AgentService and grpc.Health. Handlers stay thin: validate,
// delegate, convert. main.ts wires this to a ttrpc server; tests do the same on a unix socket.
import type { Logger } from '../../lib/log/logger.js';
import { loadAddon } from '../../lib/native/addon.js';
import { grpc } from '../../lib/proto/gen/protocols.js';
import { Code, TtrpcError } from '../../lib/ttrpc/index.js';
import { FileCopier } from './copy-file.js';
import { guestDetails } from './guest-details.js';
import { Sandbox } from './sandbox.js';
import type { AgentHandlers, HealthHandlers } from './service.js';
import { API_VERSION, AGENT_VERSION } from './version.js';

export interface AgentOptions {
  logger: Logger;
  /** Per-sandbox state, default /run/kata-ts/sandbox. */
  stateDir?: string;
  /** The only tree CopyFile writes into, default /run. */
  copyRoot?: string;
  /** Called after DestroySandbox has answered: powers the VM off (init) or asks systemd to. */
  onDestroyed?: () => void;
}

export class Agent {
  readonly sandbox: Sandbox;
  private readonly copier: FileCopier;
  private readonly log: Logger;

  constructor(private readonly opts: AgentOptions) {
    this.log = opts.logger;
    this.sandbox = new Sandbox(opts.stateDir ?? '/run/kata-ts/sandbox', this.log);
    this.copier = new FileCopier(opts.copyRoot ?? '/run');
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
        return {};
      },
      DestroySandbox: () => {
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
          throw new TtrpcError(Code.InvalidArgument, `SetGuestDateTime ${req.Sec}.${req.Usec}: ${(e as Error).message}`);
        }
        return {};
      },
      CopyFile: (req) => {
        this.copier.copy(req);
        return {};
      },
    };
  }
}
