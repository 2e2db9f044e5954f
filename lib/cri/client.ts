// A CRI v1 client on @grpc/grpc-js: runtime.v1.RuntimeService and runtime.v1.ImageService over a
// unix socket (containerd's CRI plugin), requests and answers typed by the generated lib/cri/gen
// module. Used by kata-crictl and by the CRI tests. A refused call becomes a CriError that names
// the gRPC status, the method and the object it was about.
import * as grpc from '@grpc/grpc-js';
import { runtime } from './gen/cri.js';

import v1 = runtime.v1;

export const DEFAULT_ENDPOINT = 'unix:///run/containerd/containerd.sock';

export class CriError extends Error {
  constructor(
    readonly method: string,
    readonly code: grpc.status,
    readonly details: string,
    readonly object?: string,
  ) {
    super(`${method}${object ? ` ${object}` : ''}: ${grpc.status[code] ?? `status ${code}`}: ${details}`);
  }
  /** The gRPC status name, e.g. NOT_FOUND. */
  get codeName(): string {
    return grpc.status[this.code] ?? String(this.code);
  }
}

/** unix:///path, unix:path or a bare /path, as crictl takes them; grpc-js wants unix:///path or unix:path. */
export function endpointTarget(endpoint: string): string {
  if (endpoint.startsWith('/')) return `unix://${endpoint}`;
  if (endpoint.startsWith('unix:')) return endpoint;
  throw new Error(`runtime endpoint ${JSON.stringify(endpoint)}: only unix sockets are supported (unix:///path)`);
}

interface Encoder<Req> {
  encode(m: Req): { finish(): Uint8Array };
}
interface Decoder<Res> {
  decode(b: Uint8Array): Res;
}

export interface CallOptions {
  /** The call's deadline in milliseconds from now; none when 0 or absent. */
  timeoutMs?: number;
  /** What the call is about (a pod or container id), for the error message. */
  object?: string;
}

export class CriClient {
  private readonly client: grpc.Client;

  /** defaultTimeoutMs: the deadline of calls that give none (0: none). */
  constructor(endpoint: string = DEFAULT_ENDPOINT, private readonly defaultTimeoutMs = 0) {
    // No retries or keepalive pings: each CLI call is one request on a local socket.
    this.client = new grpc.Client(endpointTarget(endpoint), grpc.credentials.createInsecure(), {
      'grpc.enable_retries': 0,
    });
  }

  close(): void {
    this.client.close();
  }

  private unary<Req, Res>(service: 'RuntimeService' | 'ImageService', method: string, reqType: Encoder<Req>, resType: Decoder<Res>, req: Req, opts: CallOptions = {}): Promise<Res> {
    const path = `/runtime.v1.${service}/${method}`;
    const timeoutMs = opts.timeoutMs ?? this.defaultTimeoutMs;
    const options: grpc.CallOptions = timeoutMs ? { deadline: Date.now() + timeoutMs } : {};
    return new Promise<Res>((resolve, reject) => {
      this.client.makeUnaryRequest<Req, Res>(path, (m) => Buffer.from(reqType.encode(m).finish()), (b) => resType.decode(b), req, new grpc.Metadata(), options, (err, res) => {
        if (err) reject(new CriError(method, err.code, err.details || err.message, opts.object));
        else resolve(res!);
      });
    });
  }

  version(o?: CallOptions) {
    return this.unary('RuntimeService', 'Version', v1.VersionRequest, v1.VersionResponse, v1.VersionRequest.create({ version: 'v1' }), o);
  }
  status(req: v1.IStatusRequest, o?: CallOptions) {
    return this.unary('RuntimeService', 'Status', v1.StatusRequest, v1.StatusResponse, v1.StatusRequest.create(req), o);
  }
  runPodSandbox(req: v1.IRunPodSandboxRequest, o?: CallOptions) {
    return this.unary('RuntimeService', 'RunPodSandbox', v1.RunPodSandboxRequest, v1.RunPodSandboxResponse, v1.RunPodSandboxRequest.create(req), { object: req.config?.metadata?.name ?? undefined, ...o });
  }
  stopPodSandbox(id: string, o?: CallOptions) {
    return this.unary('RuntimeService', 'StopPodSandbox', v1.StopPodSandboxRequest, v1.StopPodSandboxResponse, v1.StopPodSandboxRequest.create({ podSandboxId: id }), { object: id, ...o });
  }
  removePodSandbox(id: string, o?: CallOptions) {
    return this.unary('RuntimeService', 'RemovePodSandbox', v1.RemovePodSandboxRequest, v1.RemovePodSandboxResponse, v1.RemovePodSandboxRequest.create({ podSandboxId: id }), { object: id, ...o });
  }
  podSandboxStatus(id: string, verbose = false, o?: CallOptions) {
    return this.unary('RuntimeService', 'PodSandboxStatus', v1.PodSandboxStatusRequest, v1.PodSandboxStatusResponse, v1.PodSandboxStatusRequest.create({ podSandboxId: id, verbose }), { object: id, ...o });
  }
  listPodSandbox(filter: v1.IPodSandboxFilter = {}, o?: CallOptions) {
    return this.unary('RuntimeService', 'ListPodSandbox', v1.ListPodSandboxRequest, v1.ListPodSandboxResponse, v1.ListPodSandboxRequest.create({ filter }), o);
  }
  createContainer(req: v1.ICreateContainerRequest, o?: CallOptions) {
    return this.unary('RuntimeService', 'CreateContainer', v1.CreateContainerRequest, v1.CreateContainerResponse, v1.CreateContainerRequest.create(req), { object: `${req.config?.metadata?.name ?? ''} in pod ${req.podSandboxId ?? ''}`, ...o });
  }
  startContainer(id: string, o?: CallOptions) {
    return this.unary('RuntimeService', 'StartContainer', v1.StartContainerRequest, v1.StartContainerResponse, v1.StartContainerRequest.create({ containerId: id }), { object: id, ...o });
  }
  stopContainer(id: string, timeoutSeconds: number, o?: CallOptions) {
    return this.unary('RuntimeService', 'StopContainer', v1.StopContainerRequest, v1.StopContainerResponse, v1.StopContainerRequest.create({ containerId: id, timeout: timeoutSeconds }), { object: id, ...o });
  }
  removeContainer(id: string, o?: CallOptions) {
    return this.unary('RuntimeService', 'RemoveContainer', v1.RemoveContainerRequest, v1.RemoveContainerResponse, v1.RemoveContainerRequest.create({ containerId: id }), { object: id, ...o });
  }
  listContainers(filter: v1.IContainerFilter = {}, o?: CallOptions) {
    return this.unary('RuntimeService', 'ListContainers', v1.ListContainersRequest, v1.ListContainersResponse, v1.ListContainersRequest.create({ filter }), o);
  }
  containerStatus(id: string, verbose = false, o?: CallOptions) {
    return this.unary('RuntimeService', 'ContainerStatus', v1.ContainerStatusRequest, v1.ContainerStatusResponse, v1.ContainerStatusRequest.create({ containerId: id, verbose }), { object: id, ...o });
  }
  execSync(id: string, cmd: string[], timeoutSeconds = 0, o?: CallOptions) {
    return this.unary('RuntimeService', 'ExecSync', v1.ExecSyncRequest, v1.ExecSyncResponse, v1.ExecSyncRequest.create({ containerId: id, cmd, timeout: timeoutSeconds }), { object: id, ...o });
  }
  /** The URL of the CRI's streaming server where the pod's ports are forwarded (portForward.ts speaks to it). */
  portForward(podId: string, ports: number[], o?: CallOptions) {
    return this.unary('RuntimeService', 'PortForward', v1.PortForwardRequest, v1.PortForwardResponse, v1.PortForwardRequest.create({ podSandboxId: podId, port: ports }), { object: podId, ...o });
  }
  containerStats(id: string, o?: CallOptions) {
    return this.unary('RuntimeService', 'ContainerStats', v1.ContainerStatsRequest, v1.ContainerStatsResponse, v1.ContainerStatsRequest.create({ containerId: id }), { object: id, ...o });
  }
  listContainerStats(filter: v1.IContainerStatsFilter = {}, o?: CallOptions) {
    return this.unary('RuntimeService', 'ListContainerStats', v1.ListContainerStatsRequest, v1.ListContainerStatsResponse, v1.ListContainerStatsRequest.create({ filter }), o);
  }
  podSandboxStats(id: string, o?: CallOptions) {
    return this.unary('RuntimeService', 'PodSandboxStats', v1.PodSandboxStatsRequest, v1.PodSandboxStatsResponse, v1.PodSandboxStatsRequest.create({ podSandboxId: id }), { object: id, ...o });
  }
  listPodSandboxStats(filter: v1.IPodSandboxStatsFilter = {}, o?: CallOptions) {
    return this.unary('RuntimeService', 'ListPodSandboxStats', v1.ListPodSandboxStatsRequest, v1.ListPodSandboxStatsResponse, v1.ListPodSandboxStatsRequest.create({ filter }), o);
  }
  listImages(o?: CallOptions) {
    return this.unary('ImageService', 'ListImages', v1.ListImagesRequest, v1.ListImagesResponse, v1.ListImagesRequest.create({}), o);
  }
  imageStatus(image: string, o?: CallOptions) {
    return this.unary('ImageService', 'ImageStatus', v1.ImageStatusRequest, v1.ImageStatusResponse, v1.ImageStatusRequest.create({ image: { image } }), { object: image, ...o });
  }
}
